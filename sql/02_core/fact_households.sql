-- one row per submission × Biểu 02 line (a unit) × stage (start / end), loaded submissions of committed batches
--   figures without a stage (stage na in the lake): total_households and target_reduction_pct are on
--   both stage rows (the denominator of both rates; the period's target); escaped_poverty, new_poor
--   and ethnic_minority_poor (a flow over the period, a count at its end) on the end row only
create or replace table fact_households as

with households as (

    select * from stg_households

),

loaded_submissions as (

    select * from loaded_submission

),

units as (

    select * from dim_unit

),

stages(stage) as (

    values ('start'), ('end')

),

loaded_figures as (

    select
        households.*,
        loaded_submissions.unit_key                         as reporting_unit_key,
        coalesce(loaded_submissions.unit_code, households.reporting_unit_code) as submission_unit_code,
        ---------- the total line is the reporting unit's own line, whether or not the reader named its unit
        case when households.line_role = 'total'
            then coalesce(households.unit_code, loaded_submissions.unit_code, households.reporting_unit_code)
            else households.unit_code
        end                                                 as line_unit_code,
        case when households.line_role = 'total'
            then coalesce(households.unit_name, loaded_submissions.unit_name, households.reporting_unit_name)
            else households.unit_name
        end                                                 as line_unit_name,
        coalesce(loaded_submissions.period_end_date, make_date(households.year, 12, 31)) as period_end_date
    from households
    join loaded_submissions
        on loaded_submissions.submission_id = households.submission_id
        and loaded_submissions.batch_id = households.batch_id

),

---------- each figure lands on the stage row(s) it describes
staged_figures as (

    select
        loaded_figures.*,
        stages.stage                                        as fact_stage
    from loaded_figures
    join stages
        on loaded_figures.stage = stages.stage
        or (loaded_figures.stage = 'na'
            and (loaded_figures.measure in ('total_households', 'target_reduction_pct') or stages.stage = 'end'))

),

---------- a figure stated for the stage wins over the same figure stated without one
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
        submission_unit_code                                as reporting_unit_code,
        reporting_unit_key,
        line_unit_code                                      as unit_code,
        line_unit_name                                      as unit_name,
        line_role,
        fact_stage                                          as stage,

        ---------- households
        coalesce(max(value) filter (where measure = 'total_households' and stage <> 'na'),
                 max(value) filter (where measure = 'total_households'))            as total_households,
        max(value) filter (where measure = 'poor')                                  as poor,
        max(value) filter (where measure = 'near_poor')                             as near_poor,
        max(value) filter (where measure = 'escaped_poverty')                       as escaped_poverty,
        max(value) filter (where measure = 'new_poor')                              as new_poor,
        max(value) filter (where measure = 'ethnic_minority_poor')                  as ethnic_minority_poor,

        ---------- percent
        coalesce(max(value) filter (where measure = 'target_reduction_pct' and stage <> 'na'),
                 max(value) filter (where measure = 'target_reduction_pct'))        as target_reduction_pct,
        max(value) filter (where measure = 'poor_rate_pct')                         as stated_poor_rate_pct,
        max(value) filter (where measure = 'near_poor_rate_pct')                    as stated_near_poor_rate_pct,

        ---------- lineage
        source_file,
        sheet,
        row_number                                          as line_row_number,
        coalesce(min(cell_ref) filter (where measure = 'poor'), min(cell_ref))     as cell_ref
    from staged_figures
    group by
        submission_id, batch_id, program_code, year, period_type, period_label, period_end_date,
        submission_unit_code, reporting_unit_key, line_unit_code, line_unit_name, line_role, fact_stage,
        source_file, sheet, row_number

),

---------- the line's unit version valid at the end of the period (codes are reused across lists)
with_unit_version as (

    select
        pivoted.*,
        units.unit_key
    from pivoted
    left join units
        on units.unit_code = pivoted.unit_code
        and pivoted.period_end_date between units.valid_from and coalesce(units.valid_to, date '9999-12-31')

),

final as (

    select
        ---------- contract
        submission_id,
        unit_key,
        unit_code,
        unit_name,
        program_code,
        year,
        period_type,
        period_label,
        stage,
        cast(total_households as bigint)                    as total_households,
        cast(poor as bigint)                                as poor,
        cast(near_poor as bigint)                           as near_poor,
        cast(escaped_poverty as bigint)                     as escaped_poverty,
        cast(new_poor as bigint)                            as new_poor,
        cast(ethnic_minority_poor as bigint)                as ethnic_minority_poor,
        cast(target_reduction_pct as double)                as target_reduction_pct,

        ---------- stated rates, kept beside the counts to be checked
        cast(stated_poor_rate_pct as double)                as stated_poor_rate_pct,
        cast(stated_near_poor_rate_pct as double)           as stated_near_poor_rate_pct,

        ---------- the file's unit and the line's role in it
        reporting_unit_code,
        reporting_unit_key,
        line_role,

        ---------- lineage
        batch_id,
        source_file,
        sheet,
        cell_ref,
        line_row_number
    from with_unit_version

)

select * from final
