-- mart_poverty rows whose rates break the arithmetic: outside 0–100 though the counts fit in the total, a reduction
-- that is not start − end, or a target_met that does not compare the rounded reduction with the target
with mart as (

    select * from mart_poverty

),

final as (

    select unit_code, basis, program_code, period_label, total_households_start, poor_start, poor_rate_start_pct,
           total_households_end, poor_end, poor_rate_end_pct, poor_rate_reduction_pct, target_reduction_pct, target_met
    from mart
    where (poor_start between 0 and total_households_start and poor_rate_start_pct not between 0 and 100)
       or (poor_end between 0 and total_households_end and poor_rate_end_pct not between 0 and 100)
       or (near_poor_start between 0 and total_households_start and near_poor_rate_start_pct not between 0 and 100)
       or (near_poor_end between 0 and total_households_end and near_poor_rate_end_pct not between 0 and 100)
       or abs(poor_rate_reduction_pct - (poor_rate_start_pct - poor_rate_end_pct)) > 1e-9
       or target_met is distinct from (round(poor_rate_reduction_pct, 2) >= target_reduction_pct)

)

select * from final
