-- fact rows whose project_code is not in dim_project (they would miss every roll-up)
with facts as (

    select * from fact_budget

),

projects as (

    select * from dim_project

),

final as (

    select facts.submission_id, facts.program_code, facts.project_code, facts.source_file, facts.cell_ref
    from facts
    left join projects on projects.project_code = facts.project_code
    where projects.project_code is null

)

select * from final
