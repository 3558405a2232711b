-- one row per mart_disbursement row of an old-list unit (to 30 June 2025) that has a successor, shown under that
--   successor: the same figures, viewed in the units of 1 July 2025. counts_in_successor_total marks the rows whose
--   sum over a successor is its total without counting anything twice: the unit is on the successor's level
--   (province → province, commune → commune) and the row is the unit's own report, or its roll-up if it sent none
create or replace view mart_disbursement_successor as

with mart as (

    select * from mart_disbursement

),

successors as (

    select * from bridge_unit_successor

),

---------- a unit's own report wins over the roll-up of its children
with_best_basis as (

    select
        mart.*,
        min(case when mart.basis = 'reported' then 1 else 2 end) over (
            partition by mart.program_code, mart.year, mart.period_label, mart.unit_key
        )                                                   as best_basis_rank
    from mart

),

final as (

    select
        ---------- the successor
        successors.successor_code                           as successor_unit_code,
        successors.successor_name                           as successor_unit_name,
        successors.successor_level                          as successor_unit_level,
        successors.successor_key                            as successor_unit_key,
        successors.adds_into_successor
            and with_best_basis.best_basis_rank = case when with_best_basis.basis = 'reported' then 1 else 2 end
                                                            as counts_in_successor_total,

        ---------- the mart row, in the unit it was reported for
        with_best_basis.program_code,
        with_best_basis.year,
        with_best_basis.period_label,
        with_best_basis.unit_code,
        with_best_basis.unit_name,
        with_best_basis.unit_level,
        with_best_basis.unit_key,
        with_best_basis.basis,
        with_best_basis.project_code,
        with_best_basis.budget_level,
        with_best_basis.capital_type,
        with_best_basis.vintage,
        with_best_basis.allocated_mvnd,
        with_best_basis.disbursed_mvnd,
        with_best_basis.disbursement_pct
    from with_best_basis
    join successors on successors.unit_key = with_best_basis.unit_key

)

select * from final
