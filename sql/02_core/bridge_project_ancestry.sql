-- one row per project × itself and every ancestor up to the program (the catalogue's tree): a line of a project
--   counts for each of them in the marts and the lineage
create or replace table bridge_project_ancestry as

with recursive projects as (

    select * from dim_project

),

ancestry(project_code, ancestor_code) as (

    select project_code, project_code
    from projects
    union
    select ancestry.project_code, projects.parent_code
    from ancestry
    join projects on projects.project_code = ancestry.ancestor_code
    where projects.parent_code is not null
      and projects.parent_code <> projects.project_code

),

final as (

    select
        project_code,
        ancestor_code
    from ancestry

)

select * from final
