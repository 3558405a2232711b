-- inside each province: the districts (a district's own form, or its communes' forms counted together)
select
    province_code,
    program_code,
    form_code,
    year,
    period_label,
    case when unit_level = 'xa' then parent_code else unit_code end             as district_code,
    case when unit_level = 'xa' then parent_name else unit_name end             as district_name,
    count(*)                                                                    as expected_units,
    count(*) filter (where received)                                            as received_units,
    count(*) filter (where on_time)                                             as on_time_units
from expected_submission
group by all
order by program_code, year, period_label, form_code, province_code, district_name
