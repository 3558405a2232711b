-- one row per line of a unit's own Biểu 01 (project × budget level × capital type × vintage) × measure (allocated,
--   disbursed), for a program and period in which at least ${min_coverage_pct} % of the unit's child units (dim_unit,
--   valid at the period's end) have figures: actual = the unit's own figure (mart_disbursement, basis reported),
--   expected = the sum of its children's (basis rolled_up: each child's own report, else its own children's);
--   expected is null when no child states anything on that line or below it
---------- not materialized: each use below reads only its slice of the mart's 2.5 M rows (filters pushed into the scan)
with mart as not materialized (

    select * from mart_disbursement

),

facts as (

    select * from fact_budget

),

units as (

    select * from dim_unit

),

periods as (

    select * from dim_period

),

---------- the lines the parent states in its own file, with their cells
parent_lines as (

    select
        submission_id,
        program_code,
        year,
        period_label,
        unit_key,
        unit_code,
        project_code,
        budget_level,
        capital_type,
        vintage,
        min(source_file)                                    as source_file,
        min(sheet)                                          as sheet,
        min(cell_ref)                                       as allocated_cell,
        min(disbursed_cell_ref)                             as disbursed_cell
    from facts
    where unit_key is not null
    group by submission_id, program_code, year, period_label, unit_key, unit_code,
             project_code, budget_level, capital_type, vintage

),

parents as (

    select distinct program_code, year, period_label, unit_key
    from parent_lines

),

---------- the parent's children valid at the end of the period, and those with figures for it
children as (

    select
        parents.program_code,
        parents.year,
        parents.period_label,
        parents.unit_key                                    as parent_key,
        child.unit_key                                      as child_key
    from parents
    join periods
        on periods.year = parents.year
        and periods.period_label = parents.period_label
    join units as child
        on child.parent_key = parents.unit_key
        and periods.end_date between child.valid_from and coalesce(child.valid_to, date '9999-12-31')

),

---------- every unit with figures has its ALL × ALL × ALL lines: the other rows of the cube add no unit
units_with_figures as (

    select distinct program_code, year, period_label, unit_key
    from mart
    where budget_level = 'ALL' and capital_type = 'ALL' and vintage = 'ALL'

),

coverage as (

    select
        children.program_code,
        children.year,
        children.period_label,
        children.parent_key,
        count(*)                                            as children,
        count(units_with_figures.unit_key)                  as children_with_figures
    from children
    left join units_with_figures
        on units_with_figures.program_code = children.program_code
        and units_with_figures.year = children.year
        and units_with_figures.period_label = children.period_label
        and units_with_figures.unit_key = children.child_key
    group by children.program_code, children.year, children.period_label, children.parent_key

),

---------- a parent's own lines are concrete (a leaf's budget level, capital type and vintage): the ALL rows never match
concrete as not materialized (

    select * from mart where budget_level <> 'ALL' and capital_type <> 'ALL' and vintage <> 'ALL'

),

reported as (

    select * from concrete where basis = 'reported'

),

rolled_up as (

    select * from concrete where basis = 'rolled_up'

),

compared as (

    select
        parent_lines.*,
        units.unit_name,
        coverage.children,
        coverage.children_with_figures,
        reported.allocated_mvnd                             as own_allocated,
        reported.disbursed_mvnd                             as own_disbursed,
        rolled_up.allocated_mvnd                            as children_allocated,
        rolled_up.disbursed_mvnd                            as children_disbursed
    from parent_lines
    join coverage
        on coverage.program_code = parent_lines.program_code
        and coverage.year = parent_lines.year
        and coverage.period_label = parent_lines.period_label
        and coverage.parent_key = parent_lines.unit_key
    left join units
        on units.unit_key = parent_lines.unit_key
    left join reported
        on reported.program_code = parent_lines.program_code
        and reported.year = parent_lines.year
        and reported.period_label = parent_lines.period_label
        and reported.unit_key = parent_lines.unit_key
        and reported.project_code = parent_lines.project_code
        and reported.budget_level = parent_lines.budget_level
        and reported.capital_type = parent_lines.capital_type
        and reported.vintage = parent_lines.vintage
    left join rolled_up
        on rolled_up.program_code = parent_lines.program_code
        and rolled_up.year = parent_lines.year
        and rolled_up.period_label = parent_lines.period_label
        and rolled_up.unit_key = parent_lines.unit_key
        and rolled_up.project_code = parent_lines.project_code
        and rolled_up.budget_level = parent_lines.budget_level
        and rolled_up.capital_type = parent_lines.capital_type
        and rolled_up.vintage = parent_lines.vintage
    where 100.0 * coverage.children_with_figures / coverage.children >= ${min_coverage_pct}

),

final as (

    select
        program_code, year, submission_id, unit_code, unit_name, project_code, source_file, sheet,
        allocated_cell                                      as cell_ref,
        cast(children_allocated as double)                  as expected,
        cast(own_allocated as double)                       as actual,
        'allocated'                                         as measure,
        (select label_vi from config_code_word where column_name = 'finding_measure' and code = 'allocated') as measure_vi,
        budget_level, capital_type, vintage, children, children_with_figures, period_label
    from compared
    union all
    select
        program_code, year, submission_id, unit_code, unit_name, project_code, source_file, sheet,
        disbursed_cell                                      as cell_ref,
        cast(children_disbursed as double)                  as expected,
        cast(own_disbursed as double)                       as actual,
        'disbursed'                                         as measure,
        (select label_vi from config_code_word where column_name = 'finding_measure' and code = 'disbursed') as measure_vi,
        budget_level, capital_type, vintage, children, children_with_figures, period_label
    from compared

)

select * from final
