-- one row per administrative unit version (unit_code + valid_from; unit_key = unit_code@valid_from)
create or replace table dim_unit as

with units as (

    select * from stg_unit

),

---------- the parent version: same code as parent_code, valid over the child's validity
parent_versions as (

    select
        child.unit_key,
        parent.unit_key                                     as parent_key
    from units as child
    join units as parent
        on parent.unit_code = child.parent_code
        and parent.valid_from <= coalesce(child.valid_to, date '9999-12-31')
        and coalesce(parent.valid_to, date '9999-12-31') >= child.valid_from
    qualify row_number() over (partition by child.unit_key order by parent.valid_from desc) = 1

),

final as (

    select
        units.unit_key,
        units.unit_code,
        units.unit_name,
        units.unit_type,
        units.unit_level,
        units.parent_code,
        parent_versions.parent_key,
        units.province_code,
        units.province_name,
        units.valid_from,
        units.valid_to,
        units.successor_code
    from units
    left join parent_versions using (unit_key)

)

select * from final
