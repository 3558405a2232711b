-- one row per figure of a unit's loaded file that the same unit also reported for the same period one year before
--   (same program, period type and months: "6 tháng đầu năm 2024" against "6 tháng đầu năm 2023"):
--   Biểu 01 allocated and disbursed per project line × budget level × capital type × vintage; Biểu 02 total,
--   poor and near-poor households of the unit's own line at the end of the period.
--   expected = last year's figure, actual = this year's, ratio = actual / expected
with budget as (

    select * from fact_budget

),

households as (

    select * from fact_households

),

periods as (

    select * from dim_period

),

budget_lines as (

    select
        submission_id, program_code, unit_code, year, period_label, project_code, budget_level, capital_type, vintage,
        min(unit_name)                                      as unit_name,
        min(source_file)                                    as source_file,
        min(sheet)                                          as sheet,
        min(cell_ref)                                       as allocated_cell,
        min(disbursed_cell_ref)                             as disbursed_cell,
        sum(allocated_mvnd)                                 as allocated_mvnd,
        sum(disbursed_mvnd)                                 as disbursed_mvnd
    from budget
    group by submission_id, program_code, unit_code, year, period_label, project_code, budget_level, capital_type, vintage

),

own_household_lines as (

    select *
    from households
    where stage = 'end'
      and (line_role = 'total' or unit_code = reporting_unit_code)

),

figures as (

    select submission_id, program_code, unit_code, unit_name, year, period_label, project_code, source_file, sheet,
           allocated_cell as cell_ref, (select label_vi from config_code_word where column_name = 'finding_measure' and code = 'allocated') as measure_vi, 'allocated' as measure_en,
           budget_level || ' ' || capital_type || ' ' || vintage as figure_key, cast(allocated_mvnd as double) as value,
           project_code || ' (' || budget_level || ' ' || capital_type || ' ' || vintage || ')' as figure_label
    from budget_lines
    union all
    select submission_id, program_code, unit_code, unit_name, year, period_label, project_code, source_file, sheet,
           disbursed_cell, (select label_vi from config_code_word where column_name = 'finding_measure' and code = 'disbursed'), 'disbursed',
           budget_level || ' ' || capital_type || ' ' || vintage, cast(disbursed_mvnd as double),
           project_code || ' (' || budget_level || ' ' || capital_type || ' ' || vintage || ')'
    from budget_lines
    union all
    select submission_id, program_code, unit_code, unit_name, year, period_label, null, source_file, sheet,
           null, (select label_vi from config_code_word where column_name = 'finding_measure' and code = 'households'), 'households', 'households', cast(total_households as double), ''
    from own_household_lines
    union all
    select submission_id, program_code, unit_code, unit_name, year, period_label, null, source_file, sheet,
           cell_ref, (select label_vi from config_code_word where column_name = 'finding_measure' and code = 'poor'), 'poor households', 'households', cast(poor as double), ''
    from own_household_lines
    union all
    select submission_id, program_code, unit_code, unit_name, year, period_label, null, source_file, sheet,
           null, (select label_vi from config_code_word where column_name = 'finding_measure' and code = 'near_poor'), 'near-poor households', 'households', cast(near_poor as double), ''
    from own_household_lines

),

dated as (

    select
        figures.*,
        periods.period_type,
        month(periods.start_date)                           as start_month,
        month(periods.end_date)                             as end_month
    from figures
    join periods
        on periods.year = figures.year
        and periods.period_label = figures.period_label

),

final as (

    select
        this_year.program_code,
        this_year.year,
        this_year.submission_id,
        this_year.unit_code,
        coalesce(this_year.unit_name, this_year.unit_code)  as unit_name,
        this_year.project_code,
        this_year.source_file,
        this_year.sheet,
        this_year.cell_ref,
        last_year.value                                     as expected,
        this_year.value                                     as actual,
        round(this_year.value / nullif(last_year.value, 0), 2) as ratio,     -- for the message
        this_year.measure_vi,
        this_year.measure_en,
        this_year.figure_key,
        this_year.figure_label,
        this_year.period_label,
        last_year.period_label                              as previous_period
    from dated as this_year
    join dated as last_year
        on last_year.program_code = this_year.program_code
        and last_year.unit_code = this_year.unit_code
        and last_year.project_code is not distinct from this_year.project_code
        and last_year.measure_en = this_year.measure_en
        and last_year.figure_key = this_year.figure_key
        and last_year.period_type = this_year.period_type
        and last_year.start_month = this_year.start_month
        and last_year.end_month = this_year.end_month
        and last_year.year = this_year.year - 1

)

select * from final
