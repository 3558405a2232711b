-- one row per program × period × unit × basis (reported / reported_by_parent / rolled_up): households and poverty rates
--   basis reported: the unit's own file, its total line (or its own line); reported_by_parent: the unit's line in
--   its parent's file (a commune line of a district's Biểu 02); rolled_up: Σ over the unit's children of their
--   counts (a child's reported figures, else its line in the parent's file, else its own roll-up), rates recomputed
create or replace table mart_poverty as

with facts as (

    select * from fact_households

),

submissions as (

    select * from submission

),

units as (

    select * from dim_unit

),

---------- each unit with figures × the ancestors they climb to: up to and including its nearest ancestor with figures
rollup_targets as (

    select * from bridge_rollup_target
    where fact_table = 'fact_households'

),

periods as (

    select * from dim_period

),

---------- one line of a file: both stages side by side
lines as (

    select
        facts.program_code,
        facts.year,
        facts.period_label,
        facts.unit_key,
        facts.unit_code,
        facts.unit_name,
        case
            when facts.line_role = 'total' or facts.unit_code = facts.reporting_unit_code then 'reported'
            else 'reported_by_parent'
        end                                                 as basis,
        facts.submission_id,
        facts.source_file,
        submissions.received_at,

        ---------- households
        sum(facts.total_households) filter (where facts.stage = 'start')   as total_households_start,
        sum(facts.total_households) filter (where facts.stage = 'end')     as total_households_end,
        sum(facts.poor) filter (where facts.stage = 'start')               as poor_start,
        sum(facts.poor) filter (where facts.stage = 'end')                 as poor_end,
        sum(facts.near_poor) filter (where facts.stage = 'start')          as near_poor_start,
        sum(facts.near_poor) filter (where facts.stage = 'end')            as near_poor_end,
        sum(facts.escaped_poverty) filter (where facts.stage = 'end')      as escaped_poverty,
        sum(facts.new_poor) filter (where facts.stage = 'end')             as new_poor,
        sum(facts.ethnic_minority_poor) filter (where facts.stage = 'end') as ethnic_minority_poor,

        ---------- percent, as stated
        max(facts.target_reduction_pct)                                     as target_reduction_pct,
        max(facts.stated_poor_rate_pct) filter (where facts.stage = 'start')      as stated_poor_rate_start_pct,
        max(facts.stated_poor_rate_pct) filter (where facts.stage = 'end')        as stated_poor_rate_end_pct,
        max(facts.stated_near_poor_rate_pct) filter (where facts.stage = 'start') as stated_near_poor_rate_start_pct,
        max(facts.stated_near_poor_rate_pct) filter (where facts.stage = 'end')   as stated_near_poor_rate_end_pct
    from facts
    left join submissions on submissions.submission_id = facts.submission_id
    group by all

),

---------- one source per unit and basis: the newest file that states it
chosen_lines as (

    select *
    from lines
    qualify row_number() over (
        partition by program_code, year, period_label, coalesce(unit_key, unit_code, unit_name), basis
        order by received_at desc, submission_id desc
    ) = 1

),

---------- a unit's own figures: from its own file if it sent one, else from its parent's
unit_figures as (

    select *
    from chosen_lines
    where unit_key is not null
    qualify row_number() over (
        partition by program_code, year, period_label, unit_key
        order by case basis when 'reported' then 1 else 2 end
    ) = 1

),

---------- rolled_up: Σ over the children of each child's own figures, else its roll-up (bridge_rollup_target)
rolled_up_lines as (

    select
        rollup_targets.program_code,
        rollup_targets.year,
        rollup_targets.period_label,
        rollup_targets.ancestor_key                         as unit_key,
        sum(unit_figures.total_households_start)            as total_households_start,
        sum(unit_figures.total_households_end)              as total_households_end,
        sum(unit_figures.poor_start)                        as poor_start,
        sum(unit_figures.poor_end)                          as poor_end,
        sum(unit_figures.near_poor_start)                   as near_poor_start,
        sum(unit_figures.near_poor_end)                     as near_poor_end,
        sum(unit_figures.escaped_poverty)                   as escaped_poverty,
        sum(unit_figures.new_poor)                          as new_poor,
        sum(unit_figures.ethnic_minority_poor)              as ethnic_minority_poor,
        count(*)                                            as contributing_units
    from rollup_targets
    join unit_figures
        on unit_figures.program_code = rollup_targets.program_code
        and unit_figures.year = rollup_targets.year
        and unit_figures.period_label = rollup_targets.period_label
        and unit_figures.unit_key = rollup_targets.unit_key
    group by rollup_targets.program_code, rollup_targets.year, rollup_targets.period_label,
             rollup_targets.ancestor_key

),

all_lines as (

    select
        basis, program_code, year, period_label, unit_key, unit_code, unit_name,
        total_households_start, total_households_end, poor_start, poor_end, near_poor_start, near_poor_end,
        escaped_poverty, new_poor, ethnic_minority_poor, target_reduction_pct,
        stated_poor_rate_start_pct, stated_poor_rate_end_pct,
        stated_near_poor_rate_start_pct, stated_near_poor_rate_end_pct,
        cast(1 as bigint)                                   as contributing_units,
        submission_id,
        source_file
    from chosen_lines
    union all
    ---------- the target is the unit's own (a target is given to a unit, it is not summed from its children)
    select
        'rolled_up', rolled_up_lines.program_code, rolled_up_lines.year, rolled_up_lines.period_label,
        rolled_up_lines.unit_key, units.unit_code, units.unit_name,
        rolled_up_lines.total_households_start, rolled_up_lines.total_households_end,
        rolled_up_lines.poor_start, rolled_up_lines.poor_end,
        rolled_up_lines.near_poor_start, rolled_up_lines.near_poor_end,
        rolled_up_lines.escaped_poverty, rolled_up_lines.new_poor, rolled_up_lines.ethnic_minority_poor,
        unit_figures.target_reduction_pct,
        null, null, null, null,
        rolled_up_lines.contributing_units,
        null,
        null
    from rolled_up_lines
    join units on units.unit_key = rolled_up_lines.unit_key
    left join unit_figures
        on unit_figures.program_code = rolled_up_lines.program_code
        and unit_figures.year = rolled_up_lines.year
        and unit_figures.period_label = rolled_up_lines.period_label
        and unit_figures.unit_key = rolled_up_lines.unit_key

),

---------- rates recomputed from counts: 100 × households / all households of the unit
with_rates as (

    select
        all_lines.*,
        coalesce(total_households_end, total_households_start) as total_households,
        100.0 * poor_start / nullif(total_households_start, 0)         as poor_rate_start_pct,
        100.0 * poor_end / nullif(total_households_end, 0)             as poor_rate_end_pct,
        100.0 * near_poor_start / nullif(total_households_start, 0)    as near_poor_rate_start_pct,
        100.0 * near_poor_end / nullif(total_households_end, 0)        as near_poor_rate_end_pct
    from all_lines

),

final as (

    select
        ---------- contract
        with_rates.year,
        with_rates.unit_code,
        coalesce(units.unit_name, with_rates.unit_name)     as unit_name,
        with_rates.basis,
        cast(with_rates.total_households as bigint)         as total_households,
        cast(with_rates.poor_start as bigint)               as poor_start,
        cast(with_rates.poor_rate_start_pct as double)      as poor_rate_start_pct,
        cast(with_rates.poor_end as bigint)                 as poor_end,
        cast(with_rates.poor_rate_end_pct as double)        as poor_rate_end_pct,
        cast(with_rates.near_poor_start as bigint)          as near_poor_start,
        cast(with_rates.near_poor_rate_start_pct as double) as near_poor_rate_start_pct,
        cast(with_rates.near_poor_end as bigint)            as near_poor_end,
        cast(with_rates.near_poor_rate_end_pct as double)   as near_poor_rate_end_pct,
        ---------- percentage points; met when the reduction, rounded as rates are published (2 decimals), reaches the target
        cast(with_rates.poor_rate_start_pct - with_rates.poor_rate_end_pct as double) as poor_rate_reduction_pct,
        cast(with_rates.target_reduction_pct as double)     as target_reduction_pct,
        round(with_rates.poor_rate_start_pct - with_rates.poor_rate_end_pct, 2)
            >= with_rates.target_reduction_pct              as target_met,

        ---------- extras
        with_rates.program_code,
        with_rates.period_label,
        periods.period_type,
        with_rates.unit_key,
        units.unit_level,
        cast(with_rates.total_households_start as bigint)   as total_households_start,
        cast(with_rates.total_households_end as bigint)     as total_households_end,
        cast(with_rates.stated_poor_rate_start_pct as double)      as stated_poor_rate_start_pct,
        cast(with_rates.stated_poor_rate_end_pct as double)        as stated_poor_rate_end_pct,
        cast(with_rates.stated_near_poor_rate_start_pct as double) as stated_near_poor_rate_start_pct,
        cast(with_rates.stated_near_poor_rate_end_pct as double)   as stated_near_poor_rate_end_pct,
        cast(with_rates.escaped_poverty as bigint)          as escaped_poverty,
        cast(with_rates.new_poor as bigint)                 as new_poor,
        cast(with_rates.ethnic_minority_poor as bigint)     as ethnic_minority_poor,
        cast(with_rates.contributing_units as bigint)       as contributing_units,
        with_rates.submission_id,
        with_rates.source_file,
        coalesce(approvals.approval_status, 'none')         as approval_status    -- the portal's sign-off of this unit's Biểu 02 for the period (approval)
    from with_rates
    left join units on units.unit_key = with_rates.unit_key
    left join periods
        on periods.year = with_rates.year
        and periods.period_label = with_rates.period_label
    left join approval as approvals
        on approvals.program_code = with_rates.program_code
        and approvals.form_code = '02'
        and approvals.unit_code = with_rates.unit_code
        and approvals.year = with_rates.year
        and approvals.period_label = with_rates.period_label

)

select * from final
