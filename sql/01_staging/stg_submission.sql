-- one row per file taken from the inbox (the lake ledger: every row belongs to a committed batch)
create or replace view stg_submission as

with source as (

    select * from read_parquet('${lake}/submission/**/*.parquet', hive_partitioning=true, union_by_name=true)
    -- ledgers written before first_seen_at_epoch_ms or reason_finding was kept, or after reason_vi was: the column is null
    union all by name
    select cast(null as bigint) as first_seen_at_epoch_ms, cast(null as varchar) as reason_finding,
           cast(null as varchar) as reason_vi where false

),

renamed as (

    select
        ---------- ids
        cast(submission_id as varchar)                      as submission_id,
        cast(batch_id as varchar)                           as batch_id,
        cast(run_id as varchar)                             as run_id,

        ---------- file
        cast(source_file as varchar)                        as source_file,
        cast(sha256 as varchar)                             as sha256,
        cast(size_bytes as bigint)                          as size_bytes,
        cast(received_at_epoch_ms as bigint)                as received_at_epoch_ms,
        cast(epoch_ms(cast(received_at_epoch_ms as bigint)) as timestamp) as received_at,  -- UTC
        ---------- when the warehouse received the file (receipt record or intake's first listing); null when unknown
        case when coalesce(cast(first_seen_at_epoch_ms as bigint), 0) > 0
             then cast(epoch_ms(cast(first_seen_at_epoch_ms as bigint)) as timestamp) end as first_seen_at,  -- UTC
        ---------- when the sender last saved the workbook (document properties); null when unknown
        case when coalesce(cast(saved_at_epoch_ms as bigint), 0) > 0
             then cast(epoch_ms(cast(saved_at_epoch_ms as bigint)) as timestamp) end as saved_at,  -- UTC

        ---------- what the file is
        cast(program_code as varchar)                       as program_code,
        cast(form_code as varchar)                          as form_code,
        cast(unit_code as varchar)                          as unit_code,
        cast(unit_name as varchar)                          as unit_name,
        cast(period_year as integer)                        as year,
        cast(period_type as varchar)                        as period_type,
        cast(period_label as varchar)                       as period_label,

        ---------- intake outcome (extracted / rejected / duplicate)
        cast(status as varchar)                             as ledger_status,
        cast(reason_code as varchar)                        as reason_code,
        cast(reason_vi as varchar)                          as reason_vi,        -- ledgers before reason_finding
        cast(reason_finding as varchar)                     as reason_finding,   -- why, raw: Finding.toJson
        cast(fact_rows as integer)                          as fact_rows,
        cast(finding_count as integer)                      as finding_count

    from source

)

select * from renamed
