-- fact_deprivation rows without a ledger row for their (submission_id, batch_id), or of a submission that is not loaded
with facts as (

    select * from fact_deprivation

),

ledger as (

    select * from stg_submission

),

submissions as (

    select * from submission

),

final as (

    select
        facts.submission_id,
        facts.batch_id,
        facts.unit_code,
        facts.cell_ref,
        submissions.status
    from facts
    left join ledger
        on ledger.submission_id = facts.submission_id
        and ledger.batch_id = facts.batch_id
    left join submissions
        on submissions.submission_id = facts.submission_id
        and submissions.batch_id = facts.batch_id
    where ledger.submission_id is null
       or submissions.status is distinct from 'loaded'

)

select * from final
