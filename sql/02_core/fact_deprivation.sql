-- one row per submission × unit (the sheet's) × deprivation indicator (1.1 … 6.2) × household group (poor / near_poor),
--   loaded submissions of committed batches; base_households is the "Tổng số hộ" (base) line of the same
--   submission, unit and group unless the indicator line states its own
create or replace table fact_deprivation as

with deprivation as (

    select * from stg_deprivation

),

loaded_submissions as (

    select * from loaded_submission

),

units as (

    select * from dim_unit

),

---------- not materialized: the bases read only the base lines again, cheaper than copying a million wide rows
loaded_figures as not materialized (

    select
        deprivation.*,
        loaded_submissions.unit_key                         as reporting_unit_key,
        loaded_submissions.unit_code                        as reporting_unit_code,
        coalesce(deprivation.unit_code, loaded_submissions.unit_code) as sheet_unit_code,
        coalesce(deprivation.unit_name, loaded_submissions.unit_name) as sheet_unit_name,
        coalesce(loaded_submissions.period_end_date, make_date(deprivation.year, 12, 31)) as period_end_date
    from deprivation
    join loaded_submissions
        on loaded_submissions.submission_id = deprivation.submission_id
        and loaded_submissions.batch_id = deprivation.batch_id

),

---------- the denominators: the base line states them in its "Số hộ" columns
bases as (

    select
        submission_id,
        batch_id,
        sheet_unit_code,
        household_group,
        coalesce(max(value) filter (where measure = 'base_households'),
                 max(value) filter (where measure = 'deprived_households')) as base_households,
        coalesce(min(cell_ref) filter (where measure = 'base_households'), min(cell_ref)) as base_cell_ref
    from loaded_figures
    where indicator_code = 'base'
    group by submission_id, batch_id, sheet_unit_code, household_group

),

indicator_lines as (

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
        sheet_unit_code,
        sheet_unit_name,
        indicator_code,
        indicator_label,
        household_group,

        ---------- households and percent
        max(value) filter (where measure = 'deprived_households')                   as deprived_households,
        max(value) filter (where measure = 'base_households')                       as own_base_households,
        max(value) filter (where measure = 'stated_pct')                            as stated_pct,

        ---------- lineage
        source_file,
        sheet,
        row_number                                          as line_row_number,
        coalesce(min(cell_ref) filter (where measure = 'deprived_households'), min(cell_ref)) as cell_ref
    from loaded_figures
    where indicator_code is distinct from 'base'
    group by
        submission_id, batch_id, program_code, year, period_type, period_label, period_end_date,
        reporting_unit_code, reporting_unit_key, sheet_unit_code, sheet_unit_name,
        indicator_code, indicator_label, household_group, source_file, sheet, row_number

),

with_base_and_unit as (

    select
        indicator_lines.*,
        coalesce(indicator_lines.own_base_households, bases.base_households) as base_households,
        case when indicator_lines.own_base_households is null then bases.base_cell_ref end as base_cell_ref,
        units.unit_key
    from indicator_lines
    left join bases
        on bases.submission_id = indicator_lines.submission_id
        and bases.batch_id = indicator_lines.batch_id
        and bases.sheet_unit_code is not distinct from indicator_lines.sheet_unit_code
        and bases.household_group = indicator_lines.household_group
    left join units
        on units.unit_code = indicator_lines.sheet_unit_code
        and indicator_lines.period_end_date between units.valid_from and coalesce(units.valid_to, date '9999-12-31')

),

final as (

    select
        ---------- contract
        submission_id,
        unit_key,
        sheet_unit_code                                     as unit_code,
        sheet_unit_name                                     as unit_name,
        program_code,
        year,
        period_type,
        period_label,
        indicator_code,
        indicator_label,
        household_group,
        cast(deprived_households as bigint)                 as deprived_households,
        cast(base_households as bigint)                     as base_households,
        cast(stated_pct as double)                          as stated_pct,

        ---------- the file's unit
        reporting_unit_code,
        reporting_unit_key,

        ---------- lineage
        batch_id,
        source_file,
        sheet,
        cell_ref,
        base_cell_ref,
        line_row_number
    from with_base_and_unit

)

select * from final
