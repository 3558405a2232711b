-- fact_output rows with a project_code that is not in dim_project (null = label not matched: counted in the program total only)
with facts as (

    select * from fact_output

),

projects as (

    select * from dim_project

),

final as (

    select facts.submission_id, facts.program_code, facts.project_code, facts.source_file, facts.cell_ref
    from facts
    left join projects on projects.project_code = facts.project_code
    where facts.project_code is not null
      and projects.project_code is null

)

select * from final
