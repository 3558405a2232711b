-- one row per figure read from a Biểu 02 sheet (lake dataset households, committed or not)
create or replace view stg_households as

with source as (

    select * from read_parquet('${lake}/households/**/*.parquet', hive_partitioning=true, union_by_name=true)

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
        cast(reporting_unit_code as varchar)                as reporting_unit_code,  -- the unit that sent the file
        cast(reporting_unit_name as varchar)                as reporting_unit_name,
        cast(form_code as varchar)                          as form_code,

        ---------- line
        cast(unit_code as varchar)                          as unit_code,      -- the line's unit (null: name not matched)
        cast(unit_name as varchar)                          as unit_name,
        cast(line_role as varchar)                          as line_role,      -- total: the reporting unit's own line

        ---------- column
        cast(stage as varchar)                              as stage,          -- start / end / na
        cast(measure as varchar)                            as measure,        -- total_households / poor / near_poor / escaped_poverty / new_poor / ethnic_minority_poor / target_reduction_pct / poor_rate_pct / near_poor_rate_pct

        ---------- value (households; percent for the *_pct measures)
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
