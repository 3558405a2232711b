-- fact rows whose project_code is not in dim_project (they would miss every roll-up); a fact_output row may have
--   none (null = label not matched: counted in the program total only)
with facts as (

    select 'fact_budget' as fact, submission_id, program_code, project_code, source_file, cell_ref from fact_budget
    union all
    select 'fact_output', submission_id, program_code, project_code, source_file, cell_ref from fact_output
    where project_code is not null

),

projects as (

    select * from dim_project

),

final as (

    select facts.fact, facts.submission_id, facts.program_code, facts.project_code, facts.source_file, facts.cell_ref
    from facts
    left join projects on projects.project_code = facts.project_code
    where projects.project_code is null

)

select * from final
