select * from mart_disbursement_successor
order by program_code, year, period_label, successor_unit_code, unit_code, project_code, budget_level, capital_type, vintage, basis
