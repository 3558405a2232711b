-- mart_deprivation rows whose rate is outside 0–100 though the deprived households fit in the base, or is not 100 × deprived / base
with mart as (

    select * from mart_deprivation

),

final as (

    select unit_code, basis, program_code, period_label, indicator_code, household_group,
           deprived_households, base_households, rate_pct
    from mart
    where (deprived_households between 0 and base_households and rate_pct not between 0 and 100)
       or abs(rate_pct - 100.0 * deprived_households / nullif(base_households, 0)) > 1e-9

)

select * from final
