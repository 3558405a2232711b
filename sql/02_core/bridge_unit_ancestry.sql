-- one row per unit version × strict ancestor version (parent, grandparent …), with the distance between them
create or replace table bridge_unit_ancestry as

with recursive units as (

    select * from dim_unit

),

ancestry(unit_key, ancestor_key, depth) as (

    select unit_key, parent_key, 1
    from units
    where parent_key is not null
    union all
    select ancestry.unit_key, units.parent_key, ancestry.depth + 1
    from ancestry
    join units on units.unit_key = ancestry.ancestor_key
    where units.parent_key is not null
      and ancestry.depth < 8

),

final as (

    select
        cast(unit_key as varchar)                           as unit_key,
        cast(ancestor_key as varchar)                       as ancestor_key,
        cast(depth as integer)                              as depth
    from ancestry

)

select * from final
