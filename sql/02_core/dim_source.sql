-- one row per valid budget level × capital type × vintage
create or replace table dim_source as

with levels_and_types(budget_level, capital_type) as (

    values
        ('NSTW', 'DTPT'), ('NSTW', 'SN'), ('NSTW', 'NA'),
        ('NSDP', 'DTPT'), ('NSDP', 'SN'), ('NSDP', 'NA'),
        ('HUY_DONG', 'NA')

),

vintages(vintage) as (

    values ('current'), ('carryover')

),

final as (

    select
        cast(budget_level as varchar)                       as budget_level,
        cast(capital_type as varchar)                       as capital_type,
        cast(vintage as varchar)                            as vintage,
        case budget_level
            when 'NSTW' then 'Ngân sách trung ương'
            when 'NSDP' then 'Ngân sách địa phương'
            else 'Vốn huy động khác'
        end                                                 as budget_level_vi,
        case capital_type
            when 'DTPT' then 'Đầu tư phát triển'
            when 'SN'   then 'Sự nghiệp'
            else 'Không phân loại'
        end                                                 as capital_type_vi,
        case vintage
            when 'current' then 'Vốn kế hoạch năm'
            else 'Vốn năm trước chuyển sang'
        end                                                 as vintage_vi
    from levels_and_types
    cross join vintages

)

select * from final
