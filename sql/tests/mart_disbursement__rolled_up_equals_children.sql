-- rolled_up rows that differ from Σ over children of (the child's reported figures if it reported, else its rolled_up)
with mart as (

    select * from mart_disbursement

),

units as (

    select * from dim_unit

),

child_rows as (

    select
        mart.*,
        units.parent_key,
        max(case when mart.basis = 'reported' then 1 else 0 end) over (
            partition by mart.program_code, mart.year, mart.period_label, mart.unit_key
        )                                                   as child_reported
    from mart
    join units using (unit_key)
    where units.parent_key is not null

),

children_sums as (

    select
        program_code, year, period_label, parent_key as unit_key,
        project_code, budget_level, capital_type, vintage,
        sum(allocated_mvnd)                                 as allocated_mvnd,
        sum(disbursed_mvnd)                                 as disbursed_mvnd
    from child_rows
    where basis = case when child_reported = 1 then 'reported' else 'rolled_up' end
    group by program_code, year, period_label, parent_key, project_code, budget_level, capital_type, vintage

),

rolled_up as (

    select * from mart where basis = 'rolled_up'

),

final as (

    select
        coalesce(rolled_up.program_code, children_sums.program_code) as program_code,
        coalesce(rolled_up.period_label, children_sums.period_label) as period_label,
        coalesce(rolled_up.unit_key, children_sums.unit_key)         as unit_key,
        coalesce(rolled_up.project_code, children_sums.project_code) as project_code,
        coalesce(rolled_up.budget_level, children_sums.budget_level) as budget_level,
        coalesce(rolled_up.capital_type, children_sums.capital_type) as capital_type,
        coalesce(rolled_up.vintage, children_sums.vintage)           as vintage,
        rolled_up.allocated_mvnd                                     as rolled_up_allocated_mvnd,
        children_sums.allocated_mvnd                                 as children_allocated_mvnd,
        rolled_up.disbursed_mvnd                                     as rolled_up_disbursed_mvnd,
        children_sums.disbursed_mvnd                                 as children_disbursed_mvnd
    from rolled_up
    full outer join children_sums
        on children_sums.program_code = rolled_up.program_code
        and children_sums.year = rolled_up.year
        and children_sums.period_label = rolled_up.period_label
        and children_sums.unit_key = rolled_up.unit_key
        and children_sums.project_code = rolled_up.project_code
        and children_sums.budget_level = rolled_up.budget_level
        and children_sums.capital_type = rolled_up.capital_type
        and children_sums.vintage = rolled_up.vintage
    where rolled_up.allocated_mvnd is distinct from children_sums.allocated_mvnd
       or rolled_up.disbursed_mvnd is distinct from children_sums.disbursed_mvnd

)

select * from final
