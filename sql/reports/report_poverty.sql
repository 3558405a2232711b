-- poverty of each province and district: households, poor at the start and end of the period (counts and rates
-- recomputed from the counts), the reduction in percentage points against the target; the unit's own report first
with chosen as (
    select *
    from mart_poverty
    where unit_level in ('tinh', 'huyen')
    qualify row_number() over (partition by program_code, year, period_label, unit_key
                               order by case basis when 'reported' then 0 when 'reported_by_parent' then 1 else 2 end) = 1
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
    chosen.total_households,
    chosen.poor_start,
    chosen.poor_rate_start_pct,
    chosen.poor_end,
    chosen.poor_rate_end_pct,
    chosen.poor_rate_reduction_pct,
    chosen.target_reduction_pct,
    chosen.target_met
from chosen
join units using (unit_key)
order by chosen.program_code, chosen.year, chosen.period_label, units.province_code,
         chosen.unit_level = 'tinh' desc, chosen.unit_code
