-- rolled_up rows whose counts differ from Σ over children of the child's best figures (reported, else
-- reported_by_parent, else rolled_up)
with mart as (

    select * from mart_poverty

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
        program_code, year, period_label, parent_key as unit_key,
        sum(total_households_start)                         as total_households_start,
        sum(total_households_end)                           as total_households_end,
        sum(poor_start)                                     as poor_start,
        sum(poor_end)                                       as poor_end,
        sum(near_poor_start)                                as near_poor_start,
        sum(near_poor_end)                                  as near_poor_end
    from child_rows
    where basis_rank = best_basis_rank
    group by program_code, year, period_label, parent_key

),

rolled_up as (

    select * from mart where basis = 'rolled_up'

),

final as (

    select
        coalesce(rolled_up.program_code, children_sums.program_code) as program_code,
        coalesce(rolled_up.period_label, children_sums.period_label) as period_label,
        coalesce(rolled_up.unit_key, children_sums.unit_key)         as unit_key,
        rolled_up.poor_start                                         as rolled_up_poor_start,
        children_sums.poor_start                                     as children_poor_start,
        rolled_up.total_households_start                             as rolled_up_total_households_start,
        children_sums.total_households_start                         as children_total_households_start
    from rolled_up
    full outer join children_sums
        on children_sums.program_code = rolled_up.program_code
        and children_sums.year = rolled_up.year
        and children_sums.period_label = rolled_up.period_label
        and children_sums.unit_key = rolled_up.unit_key
    where rolled_up.unit_key is null
       or children_sums.unit_key is null
       or rolled_up.total_households_start is distinct from children_sums.total_households_start
       or rolled_up.total_households_end is distinct from children_sums.total_households_end
       or rolled_up.poor_start is distinct from children_sums.poor_start
       or rolled_up.poor_end is distinct from children_sums.poor_end
       or rolled_up.near_poor_start is distinct from children_sums.near_poor_start
       or rolled_up.near_poor_end is distinct from children_sums.near_poor_end

)

select * from final
