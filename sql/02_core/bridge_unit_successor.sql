-- one row per unit version of the old list (to 30 June 2025) that has a successor: the version of its
--   successor_code in the list that followed it (an old commune: its new commune; an old district or
--   province: the new province its communes went to)
create or replace table bridge_unit_successor as

with units as (

    select * from dim_unit

),

successor_versions as (

    select
        predecessor.unit_key,
        predecessor.unit_code,
        predecessor.unit_level,
        successor.unit_key                                  as successor_key,
        successor.unit_code                                 as successor_code,
        successor.unit_name                                 as successor_name,
        successor.unit_level                                as successor_level
    from units as predecessor
    join units as successor
        on successor.unit_code = predecessor.successor_code
        and successor.valid_from > predecessor.valid_from
    where predecessor.successor_code is not null
    qualify row_number() over (partition by predecessor.unit_key order by successor.valid_from) = 1

),

final as (

    select
        unit_key,
        unit_code,
        unit_level,
        successor_key,
        successor_code,
        successor_name,
        successor_level,
        ---------- a province adds into its new province, a commune into its new commune; a district
        ---------- already counts inside its province, so adding it too would count it twice
        unit_level = successor_level                        as adds_into_successor
    from successor_versions

)

select * from final
