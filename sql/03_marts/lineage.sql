-- one row per leaf value behind a mart figure × the mart row it counts in: mart × program × period × unit × basis ×
--   the figure's keys (project at every level for Biểu 01 and 04; budget level, capital type, vintage; indicator and
--   household group; indicator and unit of measure) × measure × the cell it was read from.
--   Σ value over the rows of one figure = that figure of the mart. Where the mart says ALL (budget level, capital
--   type, vintage of mart_disbursement), every value here counts. A view: computed when queried (./ntp explain)
create or replace view lineage as

with budget_cells as (

    select * from stg_budget

),

household_cells as (

    select * from stg_households

),

deprivation_cells as (

    select * from stg_deprivation

),

output_cells as (

    select * from stg_output

),

loaded_submissions as (

    select * from loaded_submission

),

submissions as (

    select * from submission

),

units as (

    select * from dim_unit

),

---------- a line counts for its own project and every ancestor up to the program (as in the marts)
project_ancestry as (

    select * from bridge_project_ancestry

),

rollup_targets as (

    select * from bridge_rollup_target

),

poverty as (

    select * from mart_poverty

),

deprivation as (

    select * from mart_deprivation

),

outputs as (

    select * from mart_output

),

households_facts as (

    select * from fact_households

),

deprivation_facts as (

    select * from fact_deprivation

),

output_facts as (

    select * from fact_output

),

---------- Biểu 01: every leaf cell of a loaded file (what fact_budget sums)
budget_leaves as (

    select
        'mart_disbursement'                                 as mart,
        'fact_budget'                                       as fact_table,
        budget_cells.program_code,
        budget_cells.year,
        budget_cells.period_label,
        loaded_submissions.unit_key                         as source_unit_key,
        coalesce(loaded_submissions.unit_code, budget_cells.unit_code) as source_unit_code,
        coalesce(loaded_submissions.unit_name, budget_cells.unit_name) as source_unit_name,
        'reported'                                          as source_basis,
        true                                                as climbs,
        budget_cells.project_code                           as leaf_project_code,
        budget_cells.budget_level,
        budget_cells.capital_type,
        budget_cells.vintage,
        cast(null as varchar)                               as indicator_code,
        cast(null as varchar)                               as household_group,
        cast(null as varchar)                               as indicator,
        cast(null as varchar)                               as unit_of_measure,
        budget_cells.measure,
        budget_cells.value_mvnd                             as value,
        budget_cells.original_text,
        budget_cells.original_unit,
        budget_cells.submission_id,
        budget_cells.source_file,
        budget_cells.sheet,
        budget_cells.cell_ref
    from budget_cells
    join loaded_submissions
        on loaded_submissions.submission_id = budget_cells.submission_id
        and loaded_submissions.batch_id = budget_cells.batch_id
    where budget_cells.line_role = 'leaf'
      and budget_cells.budget_level <> 'TOTAL'
      and budget_cells.capital_type <> 'TOTAL'
      and budget_cells.measure in ('allocated', 'disbursed')
      and budget_cells.project_code is not null
      and budget_cells.value_mvnd is not null

),

---------- Biểu 02: the line each mart_poverty row (reported / reported_by_parent) was read from, cell by cell
poverty_sources as (

    select
        poverty.*,
        min(case poverty.basis when 'reported' then 1 else 2 end) over (
            partition by poverty.program_code, poverty.year, poverty.period_label, poverty.unit_key
        ) = case poverty.basis when 'reported' then 1 else 2 end as is_best_basis
    from poverty
    where poverty.basis in ('reported', 'reported_by_parent')
      and poverty.submission_id is not null

),

poverty_lines as (

    select distinct
        poverty_sources.program_code, poverty_sources.year, poverty_sources.period_label,
        poverty_sources.unit_key, poverty_sources.unit_code, poverty_sources.unit_name, poverty_sources.basis,
        poverty_sources.is_best_basis, poverty_sources.submission_id,
        households_facts.sheet, households_facts.line_row_number
    from poverty_sources
    join households_facts
        on households_facts.submission_id = poverty_sources.submission_id
        and households_facts.unit_key is not distinct from poverty_sources.unit_key
        and households_facts.unit_code is not distinct from poverty_sources.unit_code
        and poverty_sources.basis = case
            when households_facts.line_role = 'total' or households_facts.unit_code = households_facts.reporting_unit_code
                then 'reported' else 'reported_by_parent' end

),

---------- the mart's measure of each cell: counts by stage (a figure without a stage: the stage(s) it is on in fact_households)
household_measures(measure, stage, mart_measure) as (

    values
        ('total_households', 'start', 'total_households_start'),
        ('total_households', 'end', 'total_households_end'),
        ('total_households', 'na', 'total_households_start'),
        ('total_households', 'na', 'total_households_end'),
        ('poor', 'start', 'poor_start'),
        ('poor', 'end', 'poor_end'),
        ('near_poor', 'start', 'near_poor_start'),
        ('near_poor', 'end', 'near_poor_end'),
        ('escaped_poverty', 'na', 'escaped_poverty'),
        ('escaped_poverty', 'end', 'escaped_poverty'),
        ('new_poor', 'na', 'new_poor'),
        ('new_poor', 'end', 'new_poor'),
        ('ethnic_minority_poor', 'na', 'ethnic_minority_poor'),
        ('ethnic_minority_poor', 'end', 'ethnic_minority_poor')

),

household_leaves as (

    select
        'mart_poverty'                                      as mart,
        'fact_households'                                   as fact_table,
        poverty_lines.program_code,
        poverty_lines.year,
        poverty_lines.period_label,
        poverty_lines.unit_key                              as source_unit_key,
        poverty_lines.unit_code                             as source_unit_code,
        poverty_lines.unit_name                             as source_unit_name,
        poverty_lines.basis                                 as source_basis,
        poverty_lines.is_best_basis                         as climbs,
        cast(null as varchar)                               as leaf_project_code,
        cast(null as varchar)                               as budget_level,
        cast(null as varchar)                               as capital_type,
        cast(null as varchar)                               as vintage,
        cast(null as varchar)                               as indicator_code,
        cast(null as varchar)                               as household_group,
        cast(null as varchar)                               as indicator,
        cast(null as varchar)                               as unit_of_measure,
        household_measures.mart_measure                     as measure,
        ---------- counts as fact_households holds them (bigint: a half household is flagged by its assertion)
        cast(cast(household_cells.value as bigint) as decimal(18, 6)) as value,
        household_cells.original_text,
        cast(null as varchar)                               as original_unit,
        household_cells.submission_id,
        household_cells.source_file,
        household_cells.sheet,
        household_cells.cell_ref
    from poverty_lines
    join household_cells
        on household_cells.submission_id = poverty_lines.submission_id
        and household_cells.sheet = poverty_lines.sheet
        and household_cells.row_number = poverty_lines.line_row_number
    join household_measures
        on household_measures.measure = household_cells.measure
        and household_measures.stage = household_cells.stage
    where household_cells.value is not null

),

---------- Biểu 03: the sheet each mart_deprivation row (reported / reported_by_parent) was read from
deprivation_sources as (

    select distinct
        deprivation.program_code, deprivation.year, deprivation.period_label,
        deprivation.unit_key, deprivation.unit_code, deprivation.unit_name, deprivation.basis, deprivation.submission_id,
        min(case deprivation.basis when 'reported' then 1 else 2 end) over (
            partition by deprivation.program_code, deprivation.year, deprivation.period_label, deprivation.unit_key
        ) = case deprivation.basis when 'reported' then 1 else 2 end as is_best_basis
    from deprivation
    where deprivation.basis in ('reported', 'reported_by_parent')
      and deprivation.submission_id is not null

),

deprivation_lines as (

    select
        deprivation_sources.*,
        deprivation_facts.indicator_code,
        deprivation_facts.household_group,
        deprivation_facts.sheet,
        deprivation_facts.line_row_number,
        deprivation_facts.cell_ref                          as deprived_cell_ref,
        deprivation_facts.base_cell_ref,
        deprivation_facts.deprived_households,
        deprivation_facts.base_households
    from deprivation_sources
    join deprivation_facts
        on deprivation_facts.submission_id = deprivation_sources.submission_id
        and deprivation_facts.unit_code is not distinct from deprivation_sources.unit_code
        and deprivation_sources.basis = case
            when deprivation_facts.reporting_unit_code is null or deprivation_facts.unit_code = deprivation_facts.reporting_unit_code
                then 'reported' else 'reported_by_parent' end

),

---------- deprived households: the line's cell; base households: the "Tổng số hộ" line's cell, or the line's own
deprivation_figures as (

    select deprivation_lines.*, 'deprived_households' as measure, deprived_households as value,
           deprived_cell_ref as figure_cell_ref, cast(null as varchar) as figure_measure
    from deprivation_lines
    where deprived_households is not null
    union all
    select deprivation_lines.*, 'base_households', base_households,
           base_cell_ref, case when base_cell_ref is null then 'base_households' end
    from deprivation_lines
    where base_households is not null

),

deprivation_matched as (

    select
        deprivation_figures.*,
        deprivation_cells.original_text,
        deprivation_cells.source_file,
        deprivation_cells.cell_ref                          as read_cell_ref
    from deprivation_figures
    left join deprivation_cells
        on deprivation_cells.submission_id = deprivation_figures.submission_id
        and deprivation_cells.sheet = deprivation_figures.sheet
        and (deprivation_cells.cell_ref = deprivation_figures.figure_cell_ref
             or (deprivation_figures.figure_cell_ref is null
                 and deprivation_cells.row_number = deprivation_figures.line_row_number
                 and deprivation_cells.household_group = deprivation_figures.household_group
                 and deprivation_cells.measure = deprivation_figures.figure_measure))
    qualify row_number() over (
        partition by deprivation_figures.submission_id, deprivation_figures.unit_code, deprivation_figures.basis,
                     deprivation_figures.indicator_code, deprivation_figures.household_group, deprivation_figures.measure
        order by deprivation_cells.cell_ref
    ) = 1

),

deprivation_leaves as (

    select
        'mart_deprivation'                                  as mart,
        'fact_deprivation'                                  as fact_table,
        program_code,
        year,
        period_label,
        unit_key                                            as source_unit_key,
        unit_code                                           as source_unit_code,
        unit_name                                           as source_unit_name,
        basis                                               as source_basis,
        is_best_basis                                       as climbs,
        cast(null as varchar)                               as leaf_project_code,
        cast(null as varchar)                               as budget_level,
        cast(null as varchar)                               as capital_type,
        cast(null as varchar)                               as vintage,
        indicator_code,
        household_group,
        cast(null as varchar)                               as indicator,
        cast(null as varchar)                               as unit_of_measure,
        measure,
        cast(value as decimal(18, 6))                       as value,
        original_text,
        cast(null as varchar)                               as original_unit,
        submission_id,
        source_file,
        sheet,
        coalesce(figure_cell_ref, read_cell_ref)            as cell_ref
    from deprivation_matched

),

---------- Biểu 04: the lines of the file each mart_output row (reported / reported_by_parent) was read from
output_sources as (

    select distinct
        outputs.program_code, outputs.year, outputs.period_label,
        outputs.unit_key, outputs.unit_code, outputs.unit_name, outputs.basis, outputs.submission_id
    from outputs
    where outputs.basis in ('reported', 'reported_by_parent')
      and outputs.submission_id is not null
      and outputs.project_code = outputs.program_code

),

output_sources_ranked as (

    select
        output_sources.*,
        min(case basis when 'reported' then 1 else 2 end) over (
            partition by program_code, year, period_label, unit_key
        ) = case basis when 'reported' then 1 else 2 end as is_best_basis
    from output_sources

),

output_lines as (

    select
        output_sources_ranked.*,
        output_facts.project_code                           as leaf_project_code,
        output_facts.indicator,
        output_facts.unit_of_measure,
        output_facts.sheet,
        output_facts.line_row_number
    from output_sources_ranked
    join output_facts
        on output_facts.submission_id = output_sources_ranked.submission_id
        and output_facts.unit_code is not distinct from output_sources_ranked.unit_code
        and output_sources_ranked.basis = case
            when output_facts.reporting_unit_code is null or output_facts.unit_code = output_facts.reporting_unit_code
                then 'reported' else 'reported_by_parent' end

),

output_leaves as (

    select
        'mart_output'                                       as mart,
        'fact_output'                                       as fact_table,
        output_lines.program_code,
        output_lines.year,
        output_lines.period_label,
        output_lines.unit_key                               as source_unit_key,
        output_lines.unit_code                              as source_unit_code,
        output_lines.unit_name                              as source_unit_name,
        output_lines.basis                                  as source_basis,
        output_lines.is_best_basis                          as climbs,
        ---------- a line whose label matched no project counts for the program total only
        coalesce(output_lines.leaf_project_code, output_lines.program_code) as leaf_project_code,
        cast(null as varchar)                               as budget_level,
        cast(null as varchar)                               as capital_type,
        cast(null as varchar)                               as vintage,
        cast(null as varchar)                               as indicator_code,
        cast(null as varchar)                               as household_group,
        output_lines.indicator,
        output_lines.unit_of_measure,
        output_cells.measure,
        output_cells.value,
        output_cells.original_text,
        output_cells.original_unit,
        output_cells.submission_id,
        output_cells.source_file,
        output_cells.sheet,
        output_cells.cell_ref
    from output_lines
    join output_cells
        on output_cells.submission_id = output_lines.submission_id
        and output_cells.sheet = output_lines.sheet
        and output_cells.row_number = output_lines.line_row_number
    where output_cells.measure in ('planned', 'achieved', 'planned_mvnd', 'disbursed_mvnd')
      and output_cells.value is not null

),

leaves as (

    select * from budget_leaves
    union all
    select * from household_leaves
    union all
    select * from deprivation_leaves
    union all
    select * from output_leaves

),

---------- the mart rows a leaf counts in: its own unit's row of its basis, and the rolled_up row of every ancestor
---------- its figures climb to (bridge_rollup_target; only the unit's best basis climbs)
with_targets as (

    select
        leaves.*,
        leaves.source_unit_key                              as unit_key,
        leaves.source_unit_code                             as unit_code,
        leaves.source_basis                                 as basis
    from leaves
    union all
    select
        leaves.*,
        ancestors.unit_key,
        ancestors.unit_code,
        'rolled_up'
    from leaves
    join rollup_targets
        on rollup_targets.fact_table = leaves.fact_table
        and rollup_targets.program_code = leaves.program_code
        and rollup_targets.year = leaves.year
        and rollup_targets.period_label = leaves.period_label
        and rollup_targets.unit_key = leaves.source_unit_key
    join units as ancestors on ancestors.unit_key = rollup_targets.ancestor_key
    where leaves.climbs

),

final as (

    select
        ---------- the mart figure
        with_targets.mart,
        with_targets.program_code,
        with_targets.year,
        with_targets.period_label,
        with_targets.unit_code,
        with_targets.unit_key,
        with_targets.basis,
        case when with_targets.mart in ('mart_disbursement', 'mart_output')
            then coalesce(project_ancestry.ancestor_code, with_targets.leaf_project_code)
        end                                                 as project_code,
        with_targets.budget_level,
        with_targets.capital_type,
        with_targets.vintage,
        with_targets.indicator_code,
        with_targets.household_group,
        trim(regexp_replace(strip_accents(replace(lower(coalesce(with_targets.indicator, '')), 'đ', 'd')), '\s+', ' ', 'g'))
                                                            as indicator_key,
        trim(regexp_replace(strip_accents(replace(lower(coalesce(with_targets.unit_of_measure, '')), 'đ', 'd')), '\s+', ' ', 'g'))
                                                            as unit_of_measure_key,
        with_targets.measure,
        cast(with_targets.value as decimal(18, 6))          as value,

        ---------- the leaf value and where it was read
        with_targets.source_unit_code,
        coalesce(source_units.unit_name, with_targets.source_unit_name) as source_unit_name,
        with_targets.source_basis,
        with_targets.leaf_project_code,
        with_targets.indicator,
        with_targets.unit_of_measure,
        with_targets.submission_id,
        with_targets.source_file,
        with_targets.sheet,
        with_targets.cell_ref,
        with_targets.original_text,
        with_targets.original_unit,
        submissions.status                                  as submission_status,
        submissions.blocked                                 as submission_blocked,
        submissions.received_at
    from with_targets
    left join project_ancestry
        on with_targets.mart in ('mart_disbursement', 'mart_output')
        and project_ancestry.project_code = with_targets.leaf_project_code
    left join submissions on submissions.submission_id = with_targets.submission_id
    left join units as source_units on source_units.unit_key = with_targets.source_unit_key

)

select * from final
