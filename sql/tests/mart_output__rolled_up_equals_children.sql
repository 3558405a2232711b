-- rolled_up rows whose plan, output or money differ from Σ over children of the child's best figures
-- (reported, else reported_by_parent, else rolled_up), project by project, indicator by indicator
with mart as (

    select * from mart_output

),

units as (

    select * from dim_unit

),

child_rows as (

    select
        mart.*,
        units.parent_key,
        case mart.basis when 'reported' then 1 when 'reported_by_parent' then 2 else 3 end as basis_rank,
        min(case mart.basis when 'reported' then 1 when 'reported_by_parent' then 2 else 3 end) over (
            partition by mart.program_code, mart.year, mart.period_label, mart.unit_key
        )                                                   as best_basis_rank
    from mart
    join units on units.unit_key = mart.unit_key
    where units.parent_key is not null

),

children_sums as (

    select
        program_code, year, period_label, parent_key as unit_key, project_code, indicator_key, unit_of_measure_key,
        sum(planned)                                        as planned,
        sum(achieved)                                       as achieved,
        sum(planned_mvnd)                                   as planned_mvnd,
        sum(disbursed_mvnd)                                 as disbursed_mvnd
    from child_rows
    where basis_rank = best_basis_rank
    group by program_code, year, period_label, parent_key, project_code, indicator_key, unit_of_measure_key

),

rolled_up as (

    select * from mart where basis = 'rolled_up'

),

final as (

    select
        coalesce(rolled_up.program_code, children_sums.program_code)   as program_code,
        coalesce(rolled_up.period_label, children_sums.period_label)   as period_label,
        coalesce(rolled_up.unit_key, children_sums.unit_key)           as unit_key,
        coalesce(rolled_up.project_code, children_sums.project_code)   as project_code,
        coalesce(rolled_up.indicator_key, children_sums.indicator_key) as indicator_key,
        rolled_up.planned                                              as rolled_up_planned,
        children_sums.planned                                          as children_planned,
        rolled_up.achieved                                             as rolled_up_achieved,
        children_sums.achieved                                         as children_achieved
    from rolled_up
    full outer join children_sums
        on children_sums.program_code = rolled_up.program_code
        and children_sums.year = rolled_up.year
        and children_sums.period_label = rolled_up.period_label
        and children_sums.unit_key = rolled_up.unit_key
        and children_sums.project_code = rolled_up.project_code
        and children_sums.indicator_key = rolled_up.indicator_key
        and children_sums.unit_of_measure_key = rolled_up.unit_of_measure_key
    where rolled_up.planned is distinct from children_sums.planned
       or rolled_up.achieved is distinct from children_sums.achieved
       or rolled_up.planned_mvnd is distinct from children_sums.planned_mvnd
       or rolled_up.disbursed_mvnd is distinct from children_sums.disbursed_mvnd

)

select * from final
