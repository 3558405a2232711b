select
    program_code, year, period_label, unit_level, unit_code, unit_name, basis,
    dimension_code, dimension_name, indicator_code, indicator_name, household_group,
    deprived_households, base_households, round(rate_pct, 2) as rate_pct, round(stated_pct, 2) as stated_pct,
    contributing_units, source_file
from mart_deprivation
order by program_code, year, period_label, unit_code, basis, indicator_code, household_group
