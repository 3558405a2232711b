-- household counts of loaded submissions that are not whole numbers (the facts store households as integers)
with households as (

    select * from stg_households

),

submissions as (

    select * from submission

),

final as (

    select households.submission_id, households.unit_code, households.stage, households.measure,
           households.value, households.source_file, households.cell_ref
    from households
    join submissions
        on submissions.submission_id = households.submission_id
        and submissions.batch_id = households.batch_id
    where submissions.status = 'loaded'
      and households.measure in ('total_households', 'poor', 'near_poor', 'escaped_poverty', 'new_poor', 'ethnic_minority_poor')
      and households.value <> round(households.value)

)

select * from final
