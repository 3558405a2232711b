-- one row per data-quality finding (lake dataset finding, committed or not)
create or replace view stg_finding as

with source as (

    select * from read_parquet('${lake}/finding/**/*.parquet', hive_partitioning=true, union_by_name=true)

),

renamed as (

    select
        ---------- ids
        cast(submission_id as varchar)                      as submission_id,
        cast(batch_id as varchar)                           as batch_id,

        ---------- rule
        cast(rule_code as varchar)                          as rule_code,
        cast(severity as varchar)                           as severity,       -- error / warning / info

        ---------- where
        cast(unit_code as varchar)                          as unit_code,
        cast(project_code as varchar)                       as project_code,
        cast(source_file as varchar)                        as source_file,
        cast(sheet as varchar)                              as sheet,
        cast(cell_ref as varchar)                           as cell_ref,

        ---------- what
        cast(expected as varchar)                           as expected,
        cast(actual as varchar)                             as actual,
        cast(message_vi as varchar)                         as message_vi,
        cast(message_en as varchar)                         as message_en

    from source

)

select * from renamed
