-- one row per data-quality finding as the reader found it (lake dataset finding, committed or not): raw, no
--   severity and no message (dq_issue takes them from finding_catalogue)
create or replace view stg_finding as

with source as (

    select * from read_parquet('${lake}/finding/**/*.parquet', hive_partitioning=true, union_by_name=true)
    ---------- a lake written before the findings catalogue has no label and no params: they read as null
    union all by name
    select cast(null as varchar) as label, cast(null as varchar) as params where false

),

---------- the lake's columns are text already: no cast
final as (

    select
        submission_id, batch_id,                                        -- ids
        rule_code,                                                      -- rule
        unit_code, project_code, source_file, sheet, cell_ref, label,   -- where
        expected, actual, params                                        -- what; params: JSON object of text, or null
    from source

)

select * from final
