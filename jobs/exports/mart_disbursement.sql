-- disbursement with the project's name beside its code; money to the dong (3 decimals of a million), rates to 2 decimals
select
    d.program_code, d.year, d.period_label, d.unit_level, d.unit_code, d.unit_name, d.parent_code, d.basis,
    d.project_level, d.project_code, p.name_vi as project_name,
    d.budget_level, d.capital_type, d.vintage,
    round(d.allocated_mvnd, 3) as allocated_mvnd, round(d.disbursed_mvnd, 3) as disbursed_mvnd,
    round(d.disbursement_pct, 2) as disbursement_pct
from mart_disbursement d
left join dim_project p on p.program_code = d.program_code and p.project_code = d.project_code
order by d.program_code, d.year, d.period_label, d.unit_code, d.basis, d.project_code, d.budget_level, d.capital_type, d.vintage
