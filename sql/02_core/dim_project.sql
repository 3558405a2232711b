-- one row per program, project, sub-project or content line of the catalogue
create or replace table dim_project as

with projects as (

    select * from stg_project

),

final as (

    select
        program_code,
        project_code,
        parent_code,
        project_level,
        ordinal,
        name_vi,
        aliases
    from projects

)

select * from final
