select
    o.program_code, o.year, o.period_label, o.unit_level, o.unit_code, o.unit_name, o.basis,
    o.project_level, o.project_code, p.name_vi as project_name, o.indicator, o.unit_of_measure,
    o.planned, o.achieved, round(o.achievement_pct, 2) as achievement_pct,
    round(o.planned_mvnd, 3) as planned_mvnd, round(o.disbursed_mvnd, 3) as disbursed_mvnd,
    round(o.disbursement_pct, 2) as disbursement_pct, round(o.stated_pct, 2) as stated_pct,
    o.contributing_units, o.source_file
from mart_output o
left join dim_project p on p.program_code = o.program_code and p.project_code = o.project_code
order by o.program_code, o.year, o.period_label, o.unit_code, o.basis, o.project_code, o.indicator
