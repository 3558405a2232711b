-- one row per check of a loaded or superseded file's period against what else the lake knows of it:
--   sheet_period  a form sheet of the file names another period than the file (the file's period is its first form
--                 sheet's): expected = the file's period, actual = the sheet's
--   saved_before  the sender saved the workbook (document properties) before the period even began, e.g. last
--                 year's file sent again: expected = the period's first day, actual = the day it was saved
--   The report title and dates typed in the sheet are not in the lake: the reader, which sees them with their
--   cells, must compare those (see docs/rules.md).
with submissions as (

    select * from submission

),

periods as (

    select * from dim_period

),

units as (

    select * from dim_unit

),

sheet_periods as (

    select submission_id, batch_id, sheet, year, period_label from stg_budget
    union
    select submission_id, batch_id, sheet, year, period_label from stg_households
    union
    select submission_id, batch_id, sheet, year, period_label from stg_deprivation
    union
    select submission_id, batch_id, sheet, year, period_label from stg_output

),

files as (

    select
        submissions.*,
        coalesce(units.unit_name, submissions.unit_name)    as display_name
    from submissions
    left join units using (unit_key)
    where submissions.status in ('loaded', 'superseded')

),

sheet_checks as (

    select distinct
        files.program_code,
        files.year,
        files.submission_id,
        files.unit_code,
        files.display_name                                  as unit_name,
        cast(null as varchar)                               as project_code,
        files.source_file,
        sheet_periods.sheet,
        cast(null as varchar)                               as cell_ref,
        files.period_label                                  as expected,
        sheet_periods.period_label                          as actual,
        'sheet_period'                                      as check_kind,
        'trang tính ghi kỳ "' || sheet_periods.period_label || '" nhưng tệp là báo cáo kỳ "'
            || files.period_label || '"'                    as detail_vi,
        'the sheet names the period "' || sheet_periods.period_label || '" but the file reports on "'
            || files.period_label || '"'                    as detail_en,
        sheet_periods.year is distinct from files.year
            or sheet_periods.period_label is distinct from files.period_label as disagrees
    from files
    join sheet_periods
        on sheet_periods.submission_id = files.submission_id
        and sheet_periods.batch_id = files.batch_id

),

saved_checks as (

    select
        files.program_code,
        files.year,
        files.submission_id,
        files.unit_code,
        files.display_name                                  as unit_name,
        cast(null as varchar)                               as project_code,
        files.source_file,
        cast(null as varchar)                               as sheet,
        cast(null as varchar)                               as cell_ref,
        strftime(periods.start_date, '%Y-%m-%d')            as expected,
        strftime(cast(files.saved_at + interval 7 hour as date), '%Y-%m-%d') as actual,
        'saved_before'                                      as check_kind,
        'tệp được lưu ngày ' || strftime(cast(files.saved_at + interval 7 hour as date), '%d/%m/%Y')
            || ', trước khi kỳ "' || files.period_label || '" bắt đầu (' || strftime(periods.start_date, '%d/%m/%Y')
            || ')'                                          as detail_vi,
        'the file was saved on ' || strftime(cast(files.saved_at + interval 7 hour as date), '%Y-%m-%d')
            || ', before the period "' || files.period_label || '" began (' || strftime(periods.start_date, '%Y-%m-%d')
            || ')'                                          as detail_en,
        cast(files.saved_at + interval 7 hour as date) < periods.start_date as disagrees
    from files
    join periods
        on periods.year = files.year
        and periods.period_label = files.period_label
    where files.saved_at is not null

),

final as (

    select * from sheet_checks
    union all
    select * from saved_checks

)

select * from final
