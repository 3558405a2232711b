-- one row per deprivation indicator of the multidimensional poverty standard 2022–2025 (reference deprivation_indicators.csv)
create or replace table stg_indicator as

with source as (

    select * from read_csv('${reference}/deprivation_indicators.csv', header = true, auto_detect = false, columns = {
        'indicator_code': 'VARCHAR', 'dimension_code': 'VARCHAR', 'dimension_name_vi': 'VARCHAR',
        'indicator_name_vi': 'VARCHAR', 'aliases': 'VARCHAR'
    })

),

renamed as (

    select
        ---------- ids
        cast(indicator_code as varchar)                     as indicator_code, -- 1.1 … 6.2
        cast(dimension_code as varchar)                     as dimension_code, -- 1 … 6

        ---------- names
        cast(dimension_name_vi as varchar)                  as dimension_name_vi,
        cast(indicator_name_vi as varchar)                  as indicator_name_vi,
        cast(aliases as varchar)                            as aliases         -- '|'-separated label aliases

    from source

)

select * from renamed
