-- one row per program, project, sub-project or content line of the catalogue (reference projects.csv)
create or replace table stg_project as

with source as (

    select * from read_csv('${reference}/projects.csv', header = true, auto_detect = false, columns = {
        'program_code': 'VARCHAR', 'project_code': 'VARCHAR', 'parent_code': 'VARCHAR',
        'project_level': 'VARCHAR', 'ordinal': 'VARCHAR', 'name_vi': 'VARCHAR', 'aliases': 'VARCHAR'
    })

),

renamed as (

    select
        ---------- ids
        cast(program_code as varchar)                       as program_code,
        cast(project_code as varchar)                       as project_code,   -- the program row: project_code = program_code
        cast(parent_code as varchar)                        as parent_code,

        ---------- line
        cast(project_level as varchar)                      as project_level,  -- program / project / subproject / content
        cast(ordinal as varchar)                            as ordinal,
        cast(name_vi as varchar)                            as name_vi,
        cast(aliases as varchar)                            as aliases

    from source

)

select * from renamed
