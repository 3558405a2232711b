-- one row per administrative unit version (reference units.csv; unit_key = unit_code@valid_from)
create or replace table stg_unit as

with source as (

    select * from read_csv('${reference}/units/units.csv', header = true, auto_detect = false, columns = {
        'unit_key': 'VARCHAR', 'unit_code': 'VARCHAR', 'unit_name': 'VARCHAR', 'unit_type': 'VARCHAR',
        'unit_level': 'VARCHAR', 'parent_code': 'VARCHAR', 'province_code': 'VARCHAR',
        'province_name': 'VARCHAR', 'valid_from': 'DATE', 'valid_to': 'DATE', 'successor_code': 'VARCHAR'
    })

),

renamed as (

    select
        ---------- ids
        cast(unit_key as varchar)                           as unit_key,
        cast(unit_code as varchar)                          as unit_code,

        ---------- unit
        cast(unit_name as varchar)                          as unit_name,
        cast(unit_type as varchar)                          as unit_type,
        cast(unit_level as varchar)                         as unit_level,     -- tinh / huyen / xa
        cast(parent_code as varchar)                        as parent_code,
        cast(province_code as varchar)                      as province_code,
        cast(province_name as varchar)                      as province_name,

        ---------- validity (valid_to null: still valid)
        cast(valid_from as date)                            as valid_from,
        cast(valid_to as date)                              as valid_to,
        cast(successor_code as varchar)                     as successor_code

    from source

)

select * from renamed
