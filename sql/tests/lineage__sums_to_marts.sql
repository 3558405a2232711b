-- every figure of the marts is the sum of its rows in lineage, and lineage holds no value that no figure shows:
--   mart_disbursement (every project level, ALL sources), mart_poverty counts, mart_deprivation counts,
--   mart_output plans, achievements and money
with lineage_sums as (

    select
        mart, program_code, year, period_label, coalesce(unit_code, '') as unit_code, basis,
        coalesce(project_code, '') as project_code, coalesce(indicator_code, '') as indicator_code,
        coalesce(household_group, '') as household_group,
        case when mart = 'mart_output' then indicator_key else '' end as indicator_key,
        case when mart = 'mart_output' then unit_of_measure_key else '' end as unit_of_measure_key,
        measure,
        sum(value) as value
    from lineage
    group by all

),

disbursement as (

    select 'mart_disbursement' as mart, program_code, year, period_label, unit_code, basis, project_code,
           allocated_mvnd, disbursed_mvnd
    from mart_disbursement
    where budget_level = 'ALL' and capital_type = 'ALL' and vintage = 'ALL'

),

figures as (

    select mart, program_code, year, period_label, coalesce(unit_code, '') as unit_code, basis, project_code,
           '' as indicator_code, '' as household_group, '' as indicator_key, '' as unit_of_measure_key,
           measure, value
    from disbursement
    unpivot (value for measure in (allocated_mvnd as 'allocated', disbursed_mvnd as 'disbursed'))

    union all

    select 'mart_poverty', program_code, year, period_label, coalesce(unit_code, ''), basis, '', '', '', '', '',
           measure, value
    from (select program_code, year, period_label, unit_code, basis,
                 cast(total_households_start as decimal(18, 6)) as total_households_start,
                 cast(total_households_end as decimal(18, 6)) as total_households_end,
                 cast(poor_start as decimal(18, 6)) as poor_start, cast(poor_end as decimal(18, 6)) as poor_end,
                 cast(near_poor_start as decimal(18, 6)) as near_poor_start,
                 cast(near_poor_end as decimal(18, 6)) as near_poor_end,
                 cast(escaped_poverty as decimal(18, 6)) as escaped_poverty, cast(new_poor as decimal(18, 6)) as new_poor,
                 cast(ethnic_minority_poor as decimal(18, 6)) as ethnic_minority_poor
          from mart_poverty)
    unpivot (value for measure in (total_households_start, total_households_end, poor_start, poor_end, near_poor_start,
                                   near_poor_end, escaped_poverty, new_poor, ethnic_minority_poor))

    union all

    select 'mart_deprivation', program_code, year, period_label, coalesce(unit_code, ''), basis, '', indicator_code,
           household_group, '', '', measure, value
    from (select program_code, year, period_label, unit_code, basis, indicator_code, household_group,
                 cast(deprived_households as decimal(18, 6)) as deprived_households,
                 cast(base_households as decimal(18, 6)) as base_households
          from mart_deprivation)
    unpivot (value for measure in (deprived_households, base_households))

    union all

    select 'mart_output', program_code, year, period_label, coalesce(unit_code, ''), basis, project_code, '', '',
           indicator_key, unit_of_measure_key, measure, value
    from (select program_code, year, period_label, unit_code, basis, project_code, indicator_key, unit_of_measure_key,
                 planned, achieved, planned_mvnd, disbursed_mvnd
          from mart_output)
    unpivot (value for measure in (planned, achieved, planned_mvnd, disbursed_mvnd))

),

final as (

    select
        coalesce(figures.mart, lineage_sums.mart)           as mart,
        coalesce(figures.unit_code, lineage_sums.unit_code) as unit_code,
        coalesce(figures.basis, lineage_sums.basis)         as basis,
        coalesce(figures.project_code, lineage_sums.project_code) as project_code,
        coalesce(figures.indicator_code, lineage_sums.indicator_code) as indicator_code,
        coalesce(figures.measure, lineage_sums.measure)     as measure,
        figures.value                                       as mart_value,
        lineage_sums.value                                  as lineage_value
    from figures
    full outer join lineage_sums
        on lineage_sums.mart = figures.mart
        and lineage_sums.program_code = figures.program_code
        and lineage_sums.year = figures.year
        and lineage_sums.period_label = figures.period_label
        and lineage_sums.unit_code = figures.unit_code
        and lineage_sums.basis = figures.basis
        and lineage_sums.project_code = figures.project_code
        and lineage_sums.indicator_code = figures.indicator_code
        and lineage_sums.household_group = figures.household_group
        and lineage_sums.indicator_key = figures.indicator_key
        and lineage_sums.unit_of_measure_key = figures.unit_of_measure_key
        and lineage_sums.measure = figures.measure
    where coalesce(figures.value, 0) <> coalesce(lineage_sums.value, 0)

)

select * from final
