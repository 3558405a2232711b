-- one row per number read from a Biểu 01 sheet (lake dataset budget, committed or not)
create or replace view stg_budget as

with source as (

    select * from read_parquet('${lake}/budget/**/*.parquet', hive_partitioning=true, union_by_name=true)

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
        cast(line_role as varchar)                          as line_role,      -- leaf / aggregate / section / total

        ---------- column
        cast(vintage as varchar)                            as vintage,        -- current / carryover
        cast(budget_level as varchar)                       as budget_level,   -- NSTW / NSDP / HUY_DONG / TOTAL
        cast(capital_type as varchar)                       as capital_type,   -- DTPT / SN / NA / TOTAL
        cast(measure as varchar)                            as measure,        -- allocated / disbursed / disbursement_pct

        ---------- money (million VND; percent for measure disbursement_pct)
        cast(value_mvnd as decimal(18, 6))                  as value_mvnd,
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
