-- one row per program × period × unit × basis (reported / reported_by_parent / rolled_up) × project (any level; the
--   program total has project_code = program_code) × indicator × unit of measure: physical outputs against plan
--   (count-based achievement) and money disbursed against money planned (money-based), side by side.
--   Only like is added to like: lines add up when their indicator text and unit of measure are the same once
--   case, diacritics and spacing are folded ("Số nhà được hỗ trợ" = "số nhà  được hỗ trợ", "Nhà" = "nhà")
create or replace table mart_output as

with facts as (

    select * from fact_output

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
    where fact_table = 'fact_output'

),

projects as (

    select * from dim_project

),

periods as (

    select * from dim_period

),

---------- project hierarchy: a line counts for itself and every ancestor up to the program
project_ancestry as (

    select * from bridge_project_ancestry

),

---------- a line of a file, with the folded keys that decide what may be added together
lines as (

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
        facts.project_code,
        facts.indicator,
        facts.unit_of_measure,
        trim(regexp_replace(strip_accents(replace(lower(coalesce(facts.indicator, '')), 'đ', 'd')), '\s+', ' ', 'g'))
                                                            as indicator_key,
        trim(regexp_replace(strip_accents(replace(lower(coalesce(facts.unit_of_measure, '')), 'đ', 'd')), '\s+', ' ', 'g'))
                                                            as unit_of_measure_key,
        facts.planned,
        facts.achieved,
        facts.stated_pct,
        facts.planned_mvnd,
        facts.disbursed_mvnd
    from facts
    left join submissions on submissions.submission_id = facts.submission_id

),

---------- one file per unit and basis: the newest
chosen_sources as (

    select program_code, year, period_label, unit_key, unit_code, unit_name, basis, submission_id
    from (select distinct program_code, year, period_label, unit_key, unit_code, unit_name, basis, submission_id, received_at
          from lines)
    qualify row_number() over (
        partition by program_code, year, period_label, coalesce(unit_key, unit_code, unit_name), basis
        order by received_at desc, submission_id desc
    ) = 1

),

chosen_lines as (

    select lines.*
    from lines
    join chosen_sources
        on chosen_sources.submission_id = lines.submission_id
        and chosen_sources.basis = lines.basis
        and chosen_sources.unit_code is not distinct from lines.unit_code
        and chosen_sources.unit_name is not distinct from lines.unit_name

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
        chosen_lines.program_code,
        chosen_lines.year,
        chosen_lines.period_label,
        ancestors.unit_key,
        ancestors.unit_code,
        ancestors.unit_name,
        chosen_lines.project_code,
        chosen_lines.indicator,
        chosen_lines.unit_of_measure,
        chosen_lines.indicator_key,
        chosen_lines.unit_of_measure_key,
        chosen_lines.planned,
        chosen_lines.achieved,
        cast(null as double)                                as stated_pct,
        chosen_lines.planned_mvnd,
        chosen_lines.disbursed_mvnd,
        holder_ancestors.holder_key                         as contributing_unit_key,
        cast(null as varchar)                               as submission_id,
        cast(null as varchar)                               as source_file
    from holder_ancestors
    join chosen_lines
        on chosen_lines.submission_id = holder_ancestors.holder_submission_id
        and chosen_lines.basis = holder_ancestors.holder_basis
        and chosen_lines.unit_key = holder_ancestors.holder_key
    join units as ancestors on ancestors.unit_key = holder_ancestors.ancestor_key

),

unit_lines as (

    select
        basis, program_code, year, period_label, unit_key, unit_code, unit_name,
        project_code, indicator, unit_of_measure, indicator_key, unit_of_measure_key,
        planned, achieved, stated_pct, planned_mvnd, disbursed_mvnd,
        coalesce(unit_key, unit_code, unit_name)            as contributing_unit_key,
        submission_id,
        source_file
    from chosen_lines
    union all
    select * from rolled_up_lines

),

---------- a line whose label matched no catalogue project counts for the program total only
lines_with_project_ancestors as (

    select
        unit_lines.*,
        case
            when unit_lines.project_code is null then unit_lines.program_code
            else coalesce(project_ancestry.ancestor_code, unit_lines.project_code)
        end                                                 as rollup_project_code
    from unit_lines
    left join project_ancestry on project_ancestry.project_code = unit_lines.project_code

),

aggregated as (

    select
        basis,
        program_code,
        year,
        period_label,
        unit_key,
        unit_code,
        unit_name,
        rollup_project_code                                 as project_code,
        indicator_key,
        unit_of_measure_key,
        min(indicator)                                      as indicator,
        min(unit_of_measure)                                as unit_of_measure,
        sum(planned)                                        as planned,
        sum(achieved)                                       as achieved,
        ---------- a stated rate only where one stated line stands alone
        case when count(*) = 1 then max(stated_pct) end     as stated_pct,
        sum(planned_mvnd)                                   as planned_mvnd,
        sum(disbursed_mvnd)                                 as disbursed_mvnd,
        count(distinct contributing_unit_key)               as contributing_units,
        case when count(distinct submission_id) = 1 then min(submission_id) end as submission_id,
        case when count(distinct source_file) = 1 then min(source_file) end     as source_file
    from lines_with_project_ancestors
    group by
        basis, program_code, year, period_label, unit_key, unit_code, unit_name,
        rollup_project_code, indicator_key, unit_of_measure_key

),

final as (

    select
        ---------- contract
        aggregated.year,
        aggregated.unit_code,
        aggregated.project_code,
        aggregated.indicator,
        aggregated.unit_of_measure,
        cast(aggregated.planned as decimal(18, 6))          as planned,
        cast(aggregated.achieved as decimal(18, 6))         as achieved,
        ---------- count-based: done / planned
        cast(100.0 * cast(aggregated.achieved as double) / nullif(cast(aggregated.planned as double), 0) as double)
                                                            as achievement_pct,
        ---------- money-based: disbursed / planned money
        cast(100.0 * cast(aggregated.disbursed_mvnd as double) / nullif(cast(aggregated.planned_mvnd as double), 0) as double)
                                                            as disbursement_pct,

        ---------- extras
        cast(aggregated.planned_mvnd as decimal(18, 6))     as planned_mvnd,
        cast(aggregated.disbursed_mvnd as decimal(18, 6))   as disbursed_mvnd,
        cast(aggregated.stated_pct as double)               as stated_pct,
        aggregated.basis,
        aggregated.program_code,
        aggregated.period_label,
        periods.period_type,
        coalesce(units.unit_name, aggregated.unit_name)     as unit_name,
        aggregated.unit_key,
        units.unit_level,
        projects.project_level,
        projects.parent_code                                as project_parent_code,
        aggregated.indicator_key,
        aggregated.unit_of_measure_key,
        cast(aggregated.contributing_units as bigint)       as contributing_units,
        aggregated.submission_id,
        aggregated.source_file,
        coalesce(approvals.approval_status, 'none')         as approval_status    -- the portal's sign-off of this unit's Biểu 04 for the period (approval)
    from aggregated
    left join units on units.unit_key = aggregated.unit_key
    left join projects on projects.project_code = aggregated.project_code
    left join periods
        on periods.year = aggregated.year
        and periods.period_label = aggregated.period_label
    left join approval as approvals
        on approvals.program_code = aggregated.program_code
        and approvals.form_code = '04'
        and approvals.unit_code = aggregated.unit_code
        and approvals.year = aggregated.year
        and approvals.period_label = aggregated.period_label

)

select * from final
