-- one row per data-quality finding as the reader found it (lake dataset finding, committed or not): raw, no
--   severity and no message (dq_issue takes them from finding_catalogue)
create or replace view stg_finding as

with source as (

    select * from read_parquet('${lake}/finding/**/*.parquet', hive_partitioning=true, union_by_name=true)
    ---------- a lake written before the findings catalogue has no label and no params: they read as null
    union all by name
    select cast(null as varchar) as label, cast(null as varchar) as params where false

),

renamed as (

    select
        ---------- ids
        cast(submission_id as varchar)                      as submission_id,
        cast(batch_id as varchar)                           as batch_id,

        ---------- rule
        cast(rule_code as varchar)                          as rule_code,

        ---------- where
        cast(unit_code as varchar)                          as unit_code,
        cast(project_code as varchar)                       as project_code,
        cast(source_file as varchar)                        as source_file,
        cast(sheet as varchar)                              as sheet,
        cast(cell_ref as varchar)                           as cell_ref,
        cast(label as varchar)                              as label,

        ---------- what
        cast(expected as varchar)                           as expected,
        cast(actual as varchar)                             as actual,
        cast(params as varchar)                             as params        -- JSON object of text, or null

    from source

)

select * from renamed
