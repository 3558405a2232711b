-- one row per fact table × program × period × unit with figures in it × ancestor unit its figures climb to:
--   a parent sums each child's own figures, or the child's roll-up when the child has none; so a unit's figures
--   climb up to and including its nearest ancestor that has figures of its own (for the same fact table,
--   program and period), and no further. The rolled_up basis of mart_disbursement, mart_poverty,
--   mart_deprivation and mart_output
create or replace table bridge_rollup_target as

with budget as (

    select * from fact_budget

),

households as (

    select * from fact_households

),

deprivation as (

    select * from fact_deprivation

),

outputs as (

    select * from fact_output

),

ancestry as (

    select * from bridge_unit_ancestry

),

---------- a unit has figures in a fact table when any fact row of the program and period is about it
holders as (

    select distinct 'fact_budget' as fact_table, program_code, year, period_label, unit_key
    from budget
    where unit_key is not null
    union all
    select distinct 'fact_households', program_code, year, period_label, unit_key
    from households
    where unit_key is not null
    union all
    select distinct 'fact_deprivation', program_code, year, period_label, unit_key
    from deprivation
    where unit_key is not null
    union all
    select distinct 'fact_output', program_code, year, period_label, unit_key
    from outputs
    where unit_key is not null

),

holder_ancestors as (

    select
        holders.fact_table,
        holders.program_code,
        holders.year,
        holders.period_label,
        holders.unit_key,
        ancestry.ancestor_key,
        ancestry.depth,
        min(case when holding_ancestor.unit_key is not null then ancestry.depth end) over (
            partition by holders.fact_table, holders.program_code, holders.year, holders.period_label, holders.unit_key
        )                                                   as nearest_holding_depth
    from holders
    join ancestry on ancestry.unit_key = holders.unit_key
    left join holders as holding_ancestor
        on holding_ancestor.fact_table = holders.fact_table
        and holding_ancestor.program_code = holders.program_code
        and holding_ancestor.year = holders.year
        and holding_ancestor.period_label = holders.period_label
        and holding_ancestor.unit_key = ancestry.ancestor_key

),

final as (

    select
        fact_table,
        program_code,
        year,
        period_label,
        unit_key,
        ancestor_key,
        depth
    from holder_ancestors
    where nearest_holding_depth is null
       or depth <= nearest_holding_depth

)

select * from final
