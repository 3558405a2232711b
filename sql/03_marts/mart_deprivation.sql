-- one row per program × period × unit × basis (reported / reported_by_parent / rolled_up) × indicator × household group:
--   households lacking a basic social service and the rate among poor (near-poor) households; rolled_up adds the
--   children's deprived and base households (a child's own sheet, else its sheet in the parent's file, else its
--   own roll-up) and recomputes the rate
create or replace table mart_deprivation as

with facts as (

    select * from fact_deprivation

),

submissions as (

    select * from submission

),

units as (

    select * from dim_unit

),

---------- each unit with figures × the ancestors they climb to: up to and including its nearest ancestor with figures
rollup_targets as (

    select * from bridge_rollup_target
    where fact_table = 'fact_deprivation'

),

indicators as (

    select * from dim_indicator

),

---------- a sheet of a file: basis reported when the sheet is the sending unit's own
sheet_lines as (

    select
        facts.program_code,
        facts.year,
        facts.period_label,
        facts.unit_key,
        facts.unit_code,
        facts.unit_name,
        case
            when facts.reporting_unit_code is null or facts.unit_code = facts.reporting_unit_code then 'reported'
            else 'reported_by_parent'
        end                                                 as basis,
        facts.submission_id,
        facts.source_file,
        submissions.received_at,
        facts.indicator_code,
        facts.indicator_label,
        facts.household_group,
        facts.deprived_households,
        facts.base_households,
        facts.stated_pct
    from facts
    left join submissions on submissions.submission_id = facts.submission_id

),

---------- one file per unit and basis: the newest that has a sheet for the unit
chosen_sources as (

    select program_code, year, period_label, unit_key, unit_code, unit_name, basis, submission_id
    from (select distinct program_code, year, period_label, unit_key, unit_code, unit_name, basis, submission_id, received_at
          from sheet_lines)
    qualify row_number() over (
        partition by program_code, year, period_label, coalesce(unit_key, unit_code, unit_name), basis
        order by received_at desc, submission_id desc
    ) = 1

),

chosen_lines as (

    select sheet_lines.*
    from sheet_lines
    join chosen_sources
        on chosen_sources.submission_id = sheet_lines.submission_id
        and chosen_sources.basis = sheet_lines.basis
        and chosen_sources.unit_code is not distinct from sheet_lines.unit_code
        and chosen_sources.unit_name is not distinct from sheet_lines.unit_name

),

---------- a unit's own figures: from its own file if it sent one, else from its parent's
unit_sources as (

    select *
    from chosen_sources
    where unit_key is not null
    qualify row_number() over (
        partition by program_code, year, period_label, unit_key
        order by case basis when 'reported' then 1 else 2 end
    ) = 1

),

---------- a unit's figures climb to the ancestors of rollup_targets: its own file if it sent one, else its parent's
holder_ancestors as (

    select
        rollup_targets.program_code,
        rollup_targets.year,
        rollup_targets.period_label,
        rollup_targets.unit_key                             as holder_key,
        unit_sources.basis                                  as holder_basis,
        unit_sources.submission_id                          as holder_submission_id,
        rollup_targets.ancestor_key
    from rollup_targets
    join unit_sources
        on unit_sources.program_code = rollup_targets.program_code
        and unit_sources.year = rollup_targets.year
        and unit_sources.period_label = rollup_targets.period_label
        and unit_sources.unit_key = rollup_targets.unit_key

),

rolled_up_lines as (

    select
        'rolled_up'                                         as basis,
        holder_ancestors.program_code,
        holder_ancestors.year,
        holder_ancestors.period_label,
        holder_ancestors.ancestor_key                       as unit_key,
        ancestors.unit_code,
        ancestors.unit_name,
        chosen_lines.indicator_code,
        min(chosen_lines.indicator_label)                   as indicator_label,
        chosen_lines.household_group,
        sum(chosen_lines.deprived_households)               as deprived_households,
        sum(chosen_lines.base_households)                   as base_households,
        cast(null as double)                                as stated_pct,
        count(distinct holder_ancestors.holder_key)         as contributing_units,
        cast(null as varchar)                               as submission_id,
        cast(null as varchar)                               as source_file
    from holder_ancestors
    join chosen_lines
        on chosen_lines.submission_id = holder_ancestors.holder_submission_id
        and chosen_lines.basis = holder_ancestors.holder_basis
        and chosen_lines.unit_key = holder_ancestors.holder_key
    join units as ancestors on ancestors.unit_key = holder_ancestors.ancestor_key
    group by
        holder_ancestors.program_code, holder_ancestors.year, holder_ancestors.period_label,
        holder_ancestors.ancestor_key, ancestors.unit_code, ancestors.unit_name,
        chosen_lines.indicator_code, chosen_lines.household_group

),

all_lines as (

    select
        basis, program_code, year, period_label, unit_key, unit_code, unit_name,
        indicator_code, indicator_label, household_group,
        sum(deprived_households)                            as deprived_households,
        sum(base_households)                                as base_households,
        max(stated_pct)                                     as stated_pct,
        cast(1 as bigint)                                   as contributing_units,
        submission_id,
        source_file
    from chosen_lines
    group by all
    union all
    select * from rolled_up_lines

),

final as (

    select
        ---------- contract
        all_lines.year,
        all_lines.unit_code,
        coalesce(units.unit_name, all_lines.unit_name)      as unit_name,
        all_lines.basis,
        all_lines.indicator_code,
        coalesce(indicators.indicator_name_vi, all_lines.indicator_label) as indicator_name,
        all_lines.household_group,
        cast(all_lines.deprived_households as bigint)       as deprived_households,
        cast(all_lines.base_households as bigint)           as base_households,
        cast(100.0 * all_lines.deprived_households / nullif(all_lines.base_households, 0) as double) as rate_pct,

        ---------- extras
        cast(all_lines.stated_pct as double)                as stated_pct,
        all_lines.program_code,
        all_lines.period_label,
        all_lines.unit_key,
        units.unit_level,
        indicators.dimension_code,
        indicators.dimension_name_vi                        as dimension_name,
        cast(all_lines.contributing_units as bigint)        as contributing_units,
        all_lines.submission_id,
        all_lines.source_file,
        coalesce(approvals.approval_status, 'none')         as approval_status    -- the portal's sign-off of this unit's Biểu 03 for the period (approval)
    from all_lines
    left join units on units.unit_key = all_lines.unit_key
    left join indicators on indicators.indicator_code = all_lines.indicator_code
    left join approval as approvals
        on approvals.program_code = all_lines.program_code
        and approvals.form_code = '03'
        and approvals.unit_code = all_lines.unit_code
        and approvals.year = all_lines.year
        and approvals.period_label = all_lines.period_label

)

select * from final
