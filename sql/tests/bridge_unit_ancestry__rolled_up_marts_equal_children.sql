-- rolled_up rows of the additive marts whose figures differ from Σ over the children of each child's best figures
--   (reported, else reported_by_parent, else rolled_up): one row per mart × unit × line × figure that differs, or
--   whose rolled_up row or children are missing. A line is the mart's keys below the unit (project, source,
--   indicator, household group ...), a figure one additive column.
with figures as (

    select 'mart_poverty' as mart, program_code, year, period_label, unit_key, basis,
           '' as line, figure, cast(value as decimal(38, 6)) as value
    from mart_poverty
    unpivot include nulls (value for figure in (total_households_start, total_households_end, poor_start, poor_end,
                                                near_poor_start, near_poor_end))
    union all
    select 'mart_deprivation', program_code, year, period_label, unit_key, basis,
           concat_ws(' ', indicator_code, household_group), figure, cast(value as decimal(38, 6))
    from mart_deprivation
    unpivot include nulls (value for figure in (deprived_households, base_households))
    union all
    select 'mart_output', program_code, year, period_label, unit_key, basis,
           concat_ws(' ', project_code, indicator_key, unit_of_measure_key), figure, cast(value as decimal(38, 6))
    from mart_output
    unpivot include nulls (value for figure in (planned, achieved, planned_mvnd, disbursed_mvnd))
    union all
    select 'mart_disbursement', program_code, year, period_label, unit_key, basis,
           concat_ws(' ', project_code, budget_level, capital_type, vintage), figure, cast(value as decimal(38, 6))
    from mart_disbursement
    unpivot include nulls (value for figure in (allocated_mvnd, disbursed_mvnd))

),

units as (

    select * from dim_unit

),

child_rows as (

    select
        figures.*,
        units.parent_key,
        case figures.basis when 'reported' then 1 when 'reported_by_parent' then 2 else 3 end as basis_rank,
        min(case figures.basis when 'reported' then 1 when 'reported_by_parent' then 2 else 3 end) over (
            partition by figures.mart, figures.program_code, figures.year, figures.period_label, figures.unit_key
        )                                                   as best_basis_rank
    from figures
    join units on units.unit_key = figures.unit_key
    where units.parent_key is not null

),

children_sums as (

    select mart, program_code, year, period_label, parent_key as unit_key, line, figure, sum(value) as value,
           count(*) as children
    from child_rows
    where basis_rank = best_basis_rank
    group by mart, program_code, year, period_label, parent_key, line, figure

),

rolled_up as (

    select * from figures where basis = 'rolled_up'

),

final as (

    select
        mart, program_code, year, period_label, unit_key, line, figure,
        rolled_up.value                                     as rolled_up_value,
        children_sums.value                                 as children_value
    from rolled_up
    full outer join children_sums using (mart, program_code, year, period_label, unit_key, line, figure)
    where rolled_up.basis is null
       or children_sums.children is null
       or rolled_up.value is distinct from children_sums.value

)

select * from final
