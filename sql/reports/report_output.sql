-- Biểu 04: the program's output indicators of the highest level that has figures, summed: planned and achieved
-- (in the indicator's own unit) and the achievement rate
with levels as (
    select *, dense_rank() over (order by case unit_level when 'tinh' then 0 when 'huyen' then 1 else 2 end) as level_rank
    from mart_output
    where project_code = program_code
),
top as (
    select * from levels where level_rank = 1
    qualify row_number() over (partition by unit_key, program_code, year, period_label, indicator_key
                               order by case basis when 'reported' then 0 else 1 end) = 1
)
select
    program_code,
    year,
    period_label,
    min(unit_level)                                     as unit_level,
    count(distinct unit_code)                           as units,
    indicator,
    unit_of_measure,
    sum(planned)                                        as planned,
    sum(achieved)                                       as achieved,
    100.0 * sum(achieved) / nullif(sum(planned), 0)     as achievement_pct,
    sum(planned_mvnd)                                   as planned_mvnd,
    sum(disbursed_mvnd)                                 as disbursed_mvnd
from top
group by program_code, year, period_label, indicator, unit_of_measure
order by program_code, year, period_label, indicator
