-- the units with most findings, with their district and province
with units as (
    select * from dim_unit
    qualify row_number() over (partition by unit_code order by valid_from desc) = 1
)
select
    d.unit_code,
    coalesce(u.unit_name, d.unit_code, '(không rõ đơn vị)')                    as unit_name,
    case when u.unit_level = 'xa' then parents.unit_name end                   as district_name,
    u.province_name,
    count(*) filter (where d.severity = 'error')                                as errors,
    count(*) filter (where d.severity = 'warning')                              as warnings,
    count(*) filter (where d.severity = 'info')                                 as infos,
    count(*)                                                                    as findings
from dq_issue d
left join units u on u.unit_code = d.unit_code
left join units parents on parents.unit_code = u.parent_code
group by all
order by errors desc, findings desc, unit_name
limit 20
