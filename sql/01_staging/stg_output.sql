-- one row per figure read from a Biểu 04 sheet (lake dataset output, committed or not)
create or replace view stg_output as

with source as (

    select * from read_parquet('${lake}/output/**/*.parquet', hive_partitioning=true, union_by_name=true)

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
        cast(unit_code as varchar)                          as unit_code,
        cast(unit_name as varchar)                          as unit_name,
        cast(form_code as varchar)                          as form_code,

        ---------- line
        cast(project_code as varchar)                       as project_code,   -- null: label not in the catalogue
        cast(project_label as varchar)                      as project_label,
        cast(indicator as varchar)                          as indicator,      -- the output as typed ("Số nhà được hỗ trợ")
        cast(unit_of_measure as varchar)                    as unit_of_measure, -- Nhà / Bể / Công trình / Người / km …

        ---------- column
        cast(measure as varchar)                            as measure,        -- planned / achieved / stated_pct / planned_mvnd / disbursed_mvnd

        ---------- value (physical units; million VND for *_mvnd; percent for stated_pct)
        cast(value as decimal(18, 6))                       as value,
        cast(original_text as varchar)                      as original_text,
        cast(original_unit as varchar)                      as original_unit,

        ---------- lineage
        cast(source_file as varchar)                        as source_file,
        cast(sheet as varchar)                              as sheet,
        cast(cell_ref as varchar)                           as cell_ref,
        cast(row_number as integer)                         as row_number

    from source

)

select * from renamed
