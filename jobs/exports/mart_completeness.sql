select
    program_code, form_code, year, period_label, due_date, province_code, province_name,
    parent_level, parent_code, parent_name, unit_level,
    expected_units, received_units, missing_units, round(completeness_pct, 2) as completeness_pct,
    on_time_units, late_units, round(on_time_pct, 2) as on_time_pct, blocked_units
from mart_completeness
order by program_code, year, period_label, form_code, province_code, parent_code
