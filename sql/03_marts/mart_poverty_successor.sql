-- one row per mart_poverty row of an old-list unit (to 30 June 2025) that has a successor, shown under that
--   successor: the same counts, viewed in the units of 1 July 2025. counts_in_successor_total marks the rows whose
--   counts add up, over a successor, to its figures without counting anything twice: the unit is on the successor's
--   level (province → province, commune → commune) and the row is its best basis (reported, else reported_by_parent,
--   else rolled_up). Rates over a successor are recomputed from the summed counts (see sql/README.md)
create or replace view mart_poverty_successor as

with mart as (

    select * from mart_poverty

),

successors as (

    select * from bridge_unit_successor

),

ranked as (

    select
        mart.*,
        case mart.basis when 'reported' then 1 when 'reported_by_parent' then 2 else 3 end as basis_rank
    from mart

),

with_best_basis as (

    select
        ranked.*,
        min(basis_rank) over (partition by program_code, year, period_label, unit_key) as best_basis_rank
    from ranked

),

final as (

    select
        ---------- the successor
        successors.successor_code                           as successor_unit_code,
        successors.successor_name                           as successor_unit_name,
        successors.successor_level                          as successor_unit_level,
        successors.successor_key                            as successor_unit_key,
        successors.adds_into_successor
            and with_best_basis.basis_rank = with_best_basis.best_basis_rank as counts_in_successor_total,

        ---------- the mart row, in the unit it was reported for
        with_best_basis.program_code,
        with_best_basis.year,
        with_best_basis.period_label,
        with_best_basis.unit_code,
        with_best_basis.unit_name,
        with_best_basis.unit_level,
        with_best_basis.unit_key,
        with_best_basis.basis,
        with_best_basis.total_households,
        with_best_basis.total_households_start,
        with_best_basis.total_households_end,
        with_best_basis.poor_start,
        with_best_basis.poor_rate_start_pct,
        with_best_basis.poor_end,
        with_best_basis.poor_rate_end_pct,
        with_best_basis.near_poor_start,
        with_best_basis.near_poor_rate_start_pct,
        with_best_basis.near_poor_end,
        with_best_basis.near_poor_rate_end_pct,
        with_best_basis.poor_rate_reduction_pct,
        with_best_basis.target_reduction_pct,
        with_best_basis.target_met
    from with_best_basis
    join successors on successors.unit_key = with_best_basis.unit_key

)

select * from final
