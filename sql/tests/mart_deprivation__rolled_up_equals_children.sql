-- rolled_up rows whose deprived or base households differ from Σ over children of the child's best figures
-- (reported, else reported_by_parent, else rolled_up)
with mart as (

    select * from mart_deprivation

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
        program_code, year, period_label, parent_key as unit_key, indicator_code, household_group,
        sum(deprived_households)                            as deprived_households,
        sum(base_households)                                as base_households
    from child_rows
    where basis_rank = best_basis_rank
    group by program_code, year, period_label, parent_key, indicator_code, household_group

),

rolled_up as (

    select * from mart where basis = 'rolled_up'

),

final as (

    select
        coalesce(rolled_up.program_code, children_sums.program_code)     as program_code,
        coalesce(rolled_up.period_label, children_sums.period_label)     as period_label,
        coalesce(rolled_up.unit_key, children_sums.unit_key)             as unit_key,
        coalesce(rolled_up.indicator_code, children_sums.indicator_code) as indicator_code,
        coalesce(rolled_up.household_group, children_sums.household_group) as household_group,
        rolled_up.deprived_households                                    as rolled_up_deprived_households,
        children_sums.deprived_households                                as children_deprived_households,
        rolled_up.base_households                                        as rolled_up_base_households,
        children_sums.base_households                                    as children_base_households
    from rolled_up
    full outer join children_sums
        on children_sums.program_code = rolled_up.program_code
        and children_sums.year = rolled_up.year
        and children_sums.period_label = rolled_up.period_label
        and children_sums.unit_key = rolled_up.unit_key
        and children_sums.indicator_code = rolled_up.indicator_code
        and children_sums.household_group = rolled_up.household_group
    where rolled_up.deprived_households is distinct from children_sums.deprived_households
       or rolled_up.base_households is distinct from children_sums.base_households

)

select * from final
