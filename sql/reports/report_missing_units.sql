-- units that have not sent a form they must send, with their district and province and the deadline
select
    count(*) over ()            as total_missing,
    province_name,
    parent_name,
    unit_name,
    unit_code,
    form_code,
    program_code,
    period_label,
    due_date
from missing_submissions
order by program_code, year, period_label, form_code, province_code, parent_code, unit_code
limit 50
