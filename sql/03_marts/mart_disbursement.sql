-- one row per program × period × unit × basis × project (any level; the program total has project_code = program_code)
--   × budget level × capital type × vintage, each of the last three concrete or ALL
create or replace table mart_disbursement as

with facts as (

    select * from fact_budget

),

units as (

    select * from dim_unit

),

projects as (

    select * from dim_project

),

periods as (

    select * from dim_period

),

---------- each reporter × the ancestors its figures climb to: up to and including its nearest reporting ancestor
rollup_targets as (

    select * from bridge_rollup_target
    where fact_table = 'fact_budget'

),

---------- project hierarchy: a line counts for itself and every ancestor up to the program
project_ancestry as (

    select * from bridge_project_ancestry

),

---------- basis reported: the unit's own loaded submissions
reported_lines as (

    select
        'reported'                                          as basis,
        facts.program_code,
        facts.year,
        facts.period_label,
        facts.unit_key,
        facts.unit_code,
        coalesce(units.unit_name, facts.unit_name)          as unit_name,
        units.unit_level,
        facts.project_code,
        facts.budget_level,
        facts.capital_type,
        facts.vintage,
        facts.allocated_mvnd,
        facts.disbursed_mvnd
    from facts
    left join units using (unit_key)

),

---------- basis rolled_up: a parent sums each child's reported figures, or the child's own roll-up when the
---------- child did not report (bridge_rollup_target)
rolled_up_lines as (

    select
        'rolled_up'                                         as basis,
        facts.program_code,
        facts.year,
        facts.period_label,
        ancestors.unit_key,
        ancestors.unit_code,
        ancestors.unit_name,
        ancestors.unit_level,
        facts.project_code,
        facts.budget_level,
        facts.capital_type,
        facts.vintage,
        facts.allocated_mvnd,
        facts.disbursed_mvnd
    from facts
    join rollup_targets
        on rollup_targets.program_code = facts.program_code
        and rollup_targets.year = facts.year
        and rollup_targets.period_label = facts.period_label
        and rollup_targets.unit_key = facts.unit_key
    join units as ancestors on ancestors.unit_key = rollup_targets.ancestor_key

),

unit_lines as (

    select * from reported_lines
    union all
    select * from rolled_up_lines

),

lines_with_project_ancestors as (

    select
        unit_lines.*,
        coalesce(project_ancestry.ancestor_code, unit_lines.project_code) as rollup_project_code
    from unit_lines
    left join project_ancestry on project_ancestry.project_code = unit_lines.project_code

),

---------- the finest grain first: the cube below then reads one row per group, not one per line (it aggregates
---------- its input once for each of its 8 grouping sets)
line_totals as (

    select
        basis, program_code, year, period_label, unit_key, unit_code, unit_name, unit_level,
        rollup_project_code                                 as project_code,
        budget_level, capital_type, vintage,
        sum(allocated_mvnd)                                 as allocated_mvnd,
        sum(disbursed_mvnd)                                 as disbursed_mvnd
    from lines_with_project_ancestors
    group by all

),

---------- every combination of concrete and ALL over budget level, capital type and vintage
aggregated as (

    select
        basis,
        program_code,
        year,
        period_label,
        unit_key,
        unit_code,
        unit_name,
        unit_level,
        project_code,
        case when grouping(budget_level) = 1 then 'ALL' else budget_level end as budget_level,
        case when grouping(capital_type) = 1 then 'ALL' else capital_type end as capital_type,
        case when grouping(vintage) = 1 then 'ALL' else vintage end           as vintage,
        cast(sum(allocated_mvnd) as decimal(18, 6))         as allocated_mvnd,
        cast(sum(disbursed_mvnd) as decimal(18, 6))         as disbursed_mvnd
    from line_totals
    group by
        basis, program_code, year, period_label, unit_key, unit_code, unit_name, unit_level,
        project_code,
        cube (budget_level, capital_type, vintage)

),

final as (

    select
        ---------- contract
        aggregated.program_code,
        aggregated.year,
        aggregated.period_label,
        aggregated.unit_code,
        aggregated.unit_name,
        aggregated.basis,
        aggregated.project_code,
        aggregated.budget_level,
        aggregated.capital_type,
        aggregated.vintage,
        aggregated.allocated_mvnd,
        aggregated.disbursed_mvnd,
        case
            when aggregated.allocated_mvnd = 0 then null
            else 100.0 * cast(aggregated.disbursed_mvnd as double) / cast(aggregated.allocated_mvnd as double)
        end                                                 as disbursement_pct,

        ---------- extras
        aggregated.unit_key,
        aggregated.unit_level,
        projects.project_level,
        projects.parent_code,
        periods.period_type,
        coalesce(approvals.approval_status, 'none')         as approval_status    -- the portal's sign-off of this unit's Biểu 01 for the period (approval)
    from aggregated
    left join projects on projects.project_code = aggregated.project_code
    left join periods
        on periods.year = aggregated.year
        and periods.period_label = aggregated.period_label
    left join approval as approvals
        on approvals.program_code = aggregated.program_code
        and approvals.form_code = '01'
        and approvals.unit_code = aggregated.unit_code
        and approvals.year = aggregated.year
        and approvals.period_label = aggregated.period_label

)

select * from final
