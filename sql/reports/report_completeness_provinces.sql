-- completeness by province, form and period (mart_completeness summed over the province's parents)
select
    province_code,
    coalesce(province_name, province_code)                                      as province_name,
    program_code,
    form_code,
    year,
    period_label,
    min(due_date)                                                               as due_date,
    sum(expected_units)                                                         as expected_units,
    sum(received_units)                                                         as received_units,
    sum(on_time_units)                                                          as on_time_units
from mart_completeness
group by province_code, province_name, program_code, form_code, year, period_label
order by program_code, year, period_label, form_code, province_code
