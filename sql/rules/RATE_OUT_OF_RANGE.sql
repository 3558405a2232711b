-- one row per rate that must lie between ${min_pct} and ${max_pct} %: rates typed in a loaded file (Biểu 02 poor and
--   near-poor rates and the reduction target, Biểu 03 deprivation rates), with their cells, and the rates the marts
--   recompute from a unit's own counts (mart_poverty, mart_deprivation; basis reported or reported_by_parent: a
--   rolled-up rate only repeats its children's). expected is null; actual = the rate.
--   Disbursement above 100 % is DISBURSED_GT_ALLOCATED (extraction); outputs may exceed their plan.
with submissions as (

    select * from submission

),

households as (

    select * from stg_households

),

deprivation as (

    select * from stg_deprivation

),

poverty as (

    select * from mart_poverty

),

deprivation_rates as (

    select * from mart_deprivation

),

loaded as (

    select submission_id, batch_id, program_code, year, unit_code, unit_name
    from submissions
    where status = 'loaded'
      and not blocked

),

stated as (

    select
        loaded.program_code,
        loaded.year,
        households.submission_id,
        coalesce(households.unit_code, loaded.unit_code)    as unit_code,
        coalesce(households.unit_name, loaded.unit_name)    as unit_name,
        households.source_file,
        households.sheet,
        households.cell_ref,
        households.value                                    as rate,
        case households.measure
            when 'poor_rate_pct'        then 'tỷ lệ hộ nghèo ghi trong biểu'
            when 'near_poor_rate_pct'   then 'tỷ lệ hộ cận nghèo ghi trong biểu'
            else 'chỉ tiêu giảm tỷ lệ hộ nghèo'
        end                                                 as rate_vi
    from households
    join loaded using (submission_id, batch_id)
    where households.measure in ('poor_rate_pct', 'near_poor_rate_pct', 'target_reduction_pct')
    union all
    select
        loaded.program_code,
        loaded.year,
        deprivation.submission_id,
        coalesce(deprivation.unit_code, loaded.unit_code),
        coalesce(deprivation.unit_name, loaded.unit_name),
        deprivation.source_file,
        deprivation.sheet,
        deprivation.cell_ref,
        deprivation.value,
        'tỷ lệ thiếu hụt chỉ số ' || deprivation.indicator_code || ' ghi trong biểu'
    from deprivation
    join loaded using (submission_id, batch_id)
    where deprivation.measure = 'stated_pct'

),

computed as (

    select program_code, year, submission_id, unit_code, unit_name, source_file, unnest([
               {'rate': poor_rate_start_pct, 'rate_vi': 'tỷ lệ hộ nghèo đầu kỳ (tính lại)'},
               {'rate': poor_rate_end_pct, 'rate_vi': 'tỷ lệ hộ nghèo cuối kỳ (tính lại)'},
               {'rate': near_poor_rate_start_pct, 'rate_vi': 'tỷ lệ hộ cận nghèo đầu kỳ (tính lại)'},
               {'rate': near_poor_rate_end_pct, 'rate_vi': 'tỷ lệ hộ cận nghèo cuối kỳ (tính lại)'}
           ], recursive := true)
    from poverty
    where basis in ('reported', 'reported_by_parent')
    union all
    select program_code, year, submission_id, unit_code, unit_name, source_file, rate_pct,
           'tỷ lệ thiếu hụt chỉ số ' || indicator_code || ' (tính lại)'
    from deprivation_rates
    where basis in ('reported', 'reported_by_parent')

),

final as (

    select
        program_code, year, submission_id, unit_code, unit_name, cast(null as varchar) as project_code, source_file, sheet, cell_ref,
        cast(null as double) as expected, cast(rate as double) as actual, rate_vi
    from stated
    union all
    select
        program_code, year, submission_id, unit_code, unit_name, null, source_file, null, null,
        null, cast(rate as double), rate_vi
    from computed

)

select * from final
