select
    program_code, year, period_label, unit_level, unit_code, unit_name, basis,
    total_households, total_households_start, total_households_end,
    poor_start, round(poor_rate_start_pct, 2) as poor_rate_start_pct, poor_end, round(poor_rate_end_pct, 2) as poor_rate_end_pct,
    near_poor_start, round(near_poor_rate_start_pct, 2) as near_poor_rate_start_pct,
    near_poor_end, round(near_poor_rate_end_pct, 2) as near_poor_rate_end_pct,
    round(poor_rate_reduction_pct, 2) as poor_rate_reduction_pct, round(target_reduction_pct, 2) as target_reduction_pct, target_met,
    escaped_poverty, new_poor, ethnic_minority_poor,
    round(stated_poor_rate_start_pct, 2) as stated_poor_rate_start_pct, round(stated_poor_rate_end_pct, 2) as stated_poor_rate_end_pct,
    contributing_units, source_file
from mart_poverty
order by program_code, year, period_label, unit_code, basis
