-- reported project rows (concrete sources) that differ from Σ of their catalogue children plus the unit's own lines at that project
with mart as (

    select * from mart_disbursement
    where basis = 'reported'
      and budget_level <> 'ALL' and capital_type <> 'ALL' and vintage <> 'ALL'

),

facts as (

    select * from fact_budget

),

projects as (

    select * from dim_project

),

children_sums as (

    select
        mart.program_code, mart.year, mart.period_label, mart.unit_code,
        projects.parent_code                                as project_code,
        mart.budget_level, mart.capital_type, mart.vintage,
        sum(mart.allocated_mvnd)                            as allocated_mvnd,
        sum(mart.disbursed_mvnd)                            as disbursed_mvnd
    from mart
    join projects on projects.project_code = mart.project_code
    where projects.parent_code is not null
      and projects.parent_code <> projects.project_code
    group by all

),

own_lines as (

    select
        program_code, year, period_label, unit_code, project_code, budget_level, capital_type, vintage,
        sum(allocated_mvnd)                                 as allocated_mvnd,
        sum(disbursed_mvnd)                                 as disbursed_mvnd
    from facts
    group by all

),

expected as (

    select
        program_code, year, period_label, unit_code, project_code, budget_level, capital_type, vintage,
        sum(allocated_mvnd)                                 as allocated_mvnd,
        sum(disbursed_mvnd)                                 as disbursed_mvnd
    from (select * from children_sums union all select * from own_lines)
    group by all

),

final as (

    select
        mart.program_code, mart.period_label, mart.unit_code, mart.project_code,
        mart.budget_level, mart.capital_type, mart.vintage,
        mart.allocated_mvnd                                 as mart_allocated_mvnd,
        expected.allocated_mvnd                             as expected_allocated_mvnd,
        mart.disbursed_mvnd                                 as mart_disbursed_mvnd,
        expected.disbursed_mvnd                             as expected_disbursed_mvnd
    from mart
    left join expected
        on expected.program_code = mart.program_code
        and expected.year = mart.year
        and expected.period_label = mart.period_label
        and expected.unit_code is not distinct from mart.unit_code
        and expected.project_code = mart.project_code
        and expected.budget_level = mart.budget_level
        and expected.capital_type = mart.capital_type
        and expected.vintage = mart.vintage
    where mart.allocated_mvnd is distinct from expected.allocated_mvnd
       or mart.disbursed_mvnd is distinct from expected.disbursed_mvnd

)

select * from final
