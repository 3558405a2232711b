-- one row per deprivation indicator (1.1 … 6.2) with its dimension
create or replace table dim_indicator as

with indicators as (

    select * from stg_indicator

),

final as (

    select
        indicator_code,
        dimension_code,
        dimension_name_vi,
        indicator_name_vi,
        aliases
    from indicators

)

select * from final
