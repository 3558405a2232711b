select
    program_code, form_code, year, period_label, due_date, province_code, province_name,
    parent_code, parent_name, unit_level, unit_code, unit_name
from missing_submissions
order by program_code, year, period_label, form_code, province_code, parent_code, unit_code
