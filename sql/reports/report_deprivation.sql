-- Biểu 03: deprivation rate of each indicator for the poor and near-poor households of the highest level that has
-- figures (the provinces, else the districts), summed: deprived households over the group's households
with levels as (
    select *, dense_rank() over (order by case unit_level when 'tinh' then 0 when 'huyen' then 1 else 2 end) as level_rank
    from mart_deprivation
    where household_group in ('poor', 'near_poor')
      and deprived_households is not null
),
top as (
    select * from levels where level_rank = 1
    qualify row_number() over (partition by unit_key, program_code, year, period_label, indicator_code, household_group
                               order by case basis when 'reported' then 0 when 'reported_by_parent' then 1 else 2 end) = 1
)
select
    program_code,
    year,
    period_label,
    min(unit_level)                                     as unit_level,
    count(distinct unit_code)                           as units,
    indicator_code,
    min(indicator_name)                                 as indicator_name,
    household_group,
    sum(deprived_households)                            as deprived_households,
    sum(base_households)                                as base_households,
    100.0 * sum(deprived_households) / nullif(sum(base_households), 0) as rate_pct
from top
group by program_code, year, period_label, indicator_code, household_group
order by program_code, year, period_label, indicator_code, household_group
