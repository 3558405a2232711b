-- the program's disbursement (every capital source) of each province and district, the unit's own report where
-- there is one, else the sum of its lower units: allocated and disbursed amounts beside the rate
with chosen as (
    select *
    from mart_disbursement
    where unit_level in ('tinh', 'huyen')
      and project_code = program_code
      and budget_level = 'ALL' and capital_type = 'ALL' and vintage = 'ALL'
    qualify row_number() over (partition by unit_key, program_code, year, period_label
                               order by case basis when 'reported' then 0 else 1 end) = 1
),
units as (select unit_key, province_code, province_name from dim_unit)
select
    chosen.unit_level,
    chosen.unit_code,
    coalesce(chosen.unit_name, chosen.unit_code)        as unit_name,
    units.province_code,
    units.province_name,
    chosen.program_code,
    chosen.year,
    chosen.period_label,
    chosen.basis,
    chosen.allocated_mvnd,
    chosen.disbursed_mvnd,
    chosen.disbursement_pct
from chosen
join units using (unit_key)
order by chosen.program_code, chosen.year, chosen.period_label, units.province_code,
         chosen.unit_level = 'tinh' desc, chosen.unit_code
