-- one row per loaded or superseded file whose workbook says (document properties) when the sender saved it:
--   expected = the first day of the file's period, actual = the day it was saved (Vietnam time), both yyyy-mm-dd;
--   a file saved before its period even began is likely an earlier period's file sent again.
--   (A sheet naming another period than its file is MIXED_SUBMISSION and a "Kỳ báo cáo" line disagreeing with
--   the title PERIOD_MISMATCH, both found while the file is read.)
with submissions as (

    select * from submission

),

periods as (

    select * from dim_period

),

units as (

    select * from dim_unit

),

files as (

    select
        submissions.*,
        coalesce(units.unit_name, submissions.unit_name)    as display_name
    from submissions
    left join units using (unit_key)
    where submissions.status in ('loaded', 'superseded')
      and submissions.saved_at is not null

),

final as (

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
        strftime(cast(files.saved_at + interval 7 hour as date), '%d/%m/%Y') as saved_on,
        strftime(periods.start_date, '%d/%m/%Y')            as period_start,
        files.period_label
    from files
    join periods
        on periods.year = files.year
        and periods.period_label = files.period_label

)

select * from final
