-- one row per submission × unit × Biểu 04 line (project × indicator × unit of measure), loaded submissions of committed batches
create or replace table fact_output as

with outputs as (

    select * from stg_output

),

loaded_submissions as (

    select * from loaded_submission

),

units as (

    select * from dim_unit

),

loaded_figures as (

    select
        outputs.*,
        loaded_submissions.unit_key                         as reporting_unit_key,
        loaded_submissions.unit_code                        as reporting_unit_code,
        coalesce(outputs.unit_code, loaded_submissions.unit_code) as line_unit_code,
        coalesce(outputs.unit_name, loaded_submissions.unit_name) as line_unit_name,
        coalesce(loaded_submissions.period_end_date, make_date(outputs.year, 12, 31)) as period_end_date
    from outputs
    join loaded_submissions
        on loaded_submissions.submission_id = outputs.submission_id
        and loaded_submissions.batch_id = outputs.batch_id

),

pivoted as (

    select
        ---------- keys
        submission_id,
        batch_id,
        program_code,
        year,
        period_type,
        period_label,
        period_end_date,
        reporting_unit_code,
        reporting_unit_key,
        line_unit_code,
        line_unit_name,
        project_code,
        project_label,
        indicator,
        unit_of_measure,

        ---------- physical units, percent, million VND
        max(value) filter (where measure = 'planned')                               as planned,
        max(value) filter (where measure = 'achieved')                              as achieved,
        max(value) filter (where measure = 'stated_pct')                            as stated_pct,
        max(value) filter (where measure = 'planned_mvnd')                          as planned_mvnd,
        max(value) filter (where measure = 'disbursed_mvnd')                        as disbursed_mvnd,
        max(original_unit) filter (where measure in ('planned_mvnd', 'disbursed_mvnd')) as original_money_unit,

        ---------- lineage
        source_file,
        sheet,
        row_number                                          as line_row_number,
        coalesce(min(cell_ref) filter (where measure = 'planned'), min(cell_ref))  as cell_ref,
        min(cell_ref) filter (where measure = 'achieved')                           as achieved_cell_ref,
        min(cell_ref) filter (where measure = 'disbursed_mvnd')                     as disbursed_cell_ref
    from loaded_figures
    group by
        submission_id, batch_id, program_code, year, period_type, period_label, period_end_date,
        reporting_unit_code, reporting_unit_key, line_unit_code, line_unit_name,
        project_code, project_label, indicator, unit_of_measure, source_file, sheet, row_number

),

with_unit_version as (

    select
        pivoted.*,
        units.unit_key
    from pivoted
    left join units
        on units.unit_code = pivoted.line_unit_code
        and pivoted.period_end_date between units.valid_from and coalesce(units.valid_to, date '9999-12-31')

),

final as (

    select
        ---------- contract
        submission_id,
        unit_key,
        line_unit_code                                      as unit_code,
        line_unit_name                                      as unit_name,
        program_code,
        year,
        period_type,
        period_label,
        project_code,                                       -- null: label not in the catalogue
        project_label,
        indicator,
        unit_of_measure,
        cast(planned as decimal(18, 6))                     as planned,
        cast(achieved as decimal(18, 6))                    as achieved,
        cast(stated_pct as double)                          as stated_pct,
        cast(planned_mvnd as decimal(18, 6))                as planned_mvnd,
        cast(disbursed_mvnd as decimal(18, 6))              as disbursed_mvnd,

        ---------- the file's unit
        reporting_unit_code,
        reporting_unit_key,

        ---------- lineage
        batch_id,
        source_file,
        sheet,
        cell_ref,
        achieved_cell_ref,
        disbursed_cell_ref,
        line_row_number,
        original_money_unit
    from with_unit_version

)

select * from final
