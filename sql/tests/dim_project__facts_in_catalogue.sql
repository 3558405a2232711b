-- fact rows whose project_code is not in dim_project (they would miss every roll-up); a fact_output row may have
--   none (null = label not matched: counted in the program total only)
with facts as (

    select 'fact_budget' as fact, submission_id, program_code, project_code, source_file, cell_ref from fact_budget
    union all
    select 'fact_output', submission_id, program_code, project_code, source_file, cell_ref from fact_output
    where project_code is not null

),

final as (

    select *
    from facts
    where project_code is null
       or project_code not in (select project_code from dim_project where project_code is not null)

)

select * from final
