select * from mart_poverty_successor
order by program_code, year, period_label, successor_unit_code, unit_code, basis
