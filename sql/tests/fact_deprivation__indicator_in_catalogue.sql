-- fact_deprivation rows whose indicator_code is not one of the 12 indicators of dim_indicator
with facts as (

    select * from fact_deprivation

),

indicators as (

    select * from dim_indicator

),

final as (

    select facts.submission_id, facts.unit_code, facts.indicator_code, facts.indicator_label, facts.source_file, facts.cell_ref
    from facts
    left join indicators on indicators.indicator_code = facts.indicator_code
    where indicators.indicator_code is null

)

select * from final
