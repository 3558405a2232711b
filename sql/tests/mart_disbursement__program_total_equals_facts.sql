-- units whose program total (basis reported, ALL/ALL/ALL) differs from the sum of their fact_budget rows
with facts as (

    select * from fact_budget

),

mart as (

    select * from mart_disbursement

),

fact_totals as (

    select
        program_code, year, period_label, unit_code,
        sum(allocated_mvnd)                                 as allocated_mvnd,
        sum(disbursed_mvnd)                                 as disbursed_mvnd
    from facts
    group by program_code, year, period_label, unit_code

),

mart_totals as (

    select program_code, year, period_label, unit_code, allocated_mvnd, disbursed_mvnd
    from mart
    where basis = 'reported'
      and project_code = program_code
      and budget_level = 'ALL' and capital_type = 'ALL' and vintage = 'ALL'

),

final as (

    select
        coalesce(fact_totals.program_code, mart_totals.program_code) as program_code,
        coalesce(fact_totals.year, mart_totals.year)                 as year,
        coalesce(fact_totals.period_label, mart_totals.period_label) as period_label,
        coalesce(fact_totals.unit_code, mart_totals.unit_code)       as unit_code,
        fact_totals.allocated_mvnd                                   as fact_allocated_mvnd,
        mart_totals.allocated_mvnd                                   as mart_allocated_mvnd,
        fact_totals.disbursed_mvnd                                   as fact_disbursed_mvnd,
        mart_totals.disbursed_mvnd                                   as mart_disbursed_mvnd
    from fact_totals
    full outer join mart_totals
        on mart_totals.program_code = fact_totals.program_code
        and mart_totals.year = fact_totals.year
        and mart_totals.period_label = fact_totals.period_label
        and mart_totals.unit_code is not distinct from fact_totals.unit_code
    where fact_totals.allocated_mvnd is distinct from mart_totals.allocated_mvnd
       or fact_totals.disbursed_mvnd is distinct from mart_totals.disbursed_mvnd

)

select * from final
