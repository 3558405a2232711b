-- every finding, errors first, with the sheet and the cell, the unit's and project's names beside their codes;
-- rule_name beside the code comes from jobs/dictionary/codes.csv
select
    d.severity, d.rule_code, d.rule_code as rule_name, d.source, d.source_file, d.unit_code, u.unit_name,
    d.project_code, p.name_vi as project_name, d.sheet, d.cell_ref, d.expected, d.actual, d.message,
    d.program_code, d.year, d.period_label, d.submission_status, d.submission_blocked, d.submission_id
from dq_issue d
left join (select * from dim_unit qualify row_number() over (partition by unit_code order by valid_from desc) = 1) u
    on u.unit_code = d.unit_code
left join dim_project p on p.program_code = d.program_code and p.project_code = d.project_code
order by case d.severity when 'error' then 0 when 'warning' then 1 else 2 end, d.rule_code, d.source_file, d.sheet, d.cell_ref
