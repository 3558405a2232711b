-- one row per figure read from a Biểu 03 sheet (lake dataset deprivation, committed or not)
create or replace view stg_deprivation as

with source as (

    select * from read_parquet('${lake}/deprivation/**/*.parquet', hive_partitioning=true, union_by_name=true)

),

renamed as (

    select
        ---------- ids
        cast(submission_id as varchar)                      as submission_id,
        cast(batch_id as varchar)                           as batch_id,

        ---------- report
        cast(program_code as varchar)                       as program_code,
        cast(period_year as integer)                        as year,
        cast(period_type as varchar)                        as period_type,
        cast(period_label as varchar)                       as period_label,
        cast(unit_code as varchar)                          as unit_code,      -- the sheet's unit
        cast(unit_name as varchar)                          as unit_name,
        cast(form_code as varchar)                          as form_code,

        ---------- line
        cast(indicator_code as varchar)                     as indicator_code, -- 1.1 … 6.2, or base for the "Tổng số hộ" line
        cast(indicator_label as varchar)                    as indicator_label,
        cast(household_group as varchar)                    as household_group, -- poor / near_poor

        ---------- column
        cast(measure as varchar)                            as measure,        -- deprived_households / base_households / stated_pct

        ---------- value (households; percent for stated_pct)
        cast(value as decimal(18, 6))                       as value,
        cast(original_text as varchar)                      as original_text,

        ---------- lineage
        cast(source_file as varchar)                        as source_file,
        cast(sheet as varchar)                              as sheet,
        cast(cell_ref as varchar)                           as cell_ref,
        cast(row_number as integer)                         as row_number

    from source

)

select * from renamed
