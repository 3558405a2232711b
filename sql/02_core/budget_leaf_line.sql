-- one row per leaf line × source of a loaded Biểu 01 submission, its label matched to a catalogue project or not
--   (project_code null): what fact_budget (matched) and fact_budget_unmatched (not) keep. A view: each fact's
--   filter on project_code reaches the lake scan
create or replace view budget_leaf_line as

with budget as (

    select * from stg_budget

),

loaded_submissions as (

    select * from loaded_submission

),

---------- leaves only: aggregate, section and total lines and "Tổng số" columns are stated figures
leaf_amounts as (

    select
        budget.*,
        loaded_submissions.unit_key,
        coalesce(loaded_submissions.unit_code, budget.unit_code) as submission_unit_code,
        coalesce(loaded_submissions.unit_name, budget.unit_name) as submission_unit_name
    from budget
    join loaded_submissions using (submission_id, batch_id)
    where budget.line_role = 'leaf'
      and budget.budget_level <> 'TOTAL'
      and budget.capital_type <> 'TOTAL'
      and budget.measure in ('allocated', 'disbursed')

),

pivoted as (

    select
        ---------- keys
        submission_id,
        batch_id,
        unit_key,
        submission_unit_code                                as unit_code,
        submission_unit_name                                as unit_name,
        program_code,
        project_code,                                       -- null: label not in the catalogue
        project_label,
        year,
        period_type,
        period_label,
        budget_level,
        capital_type,
        vintage,

        ---------- money (million VND); an empty cell in a line with numbers is zero
        cast(coalesce(sum(value_mvnd) filter (where measure = 'allocated'), 0) as decimal(18, 6)) as allocated_mvnd,
        cast(coalesce(sum(value_mvnd) filter (where measure = 'disbursed'), 0) as decimal(18, 6)) as disbursed_mvnd,

        ---------- lineage
        source_file,
        sheet,
        row_number                                          as line_row_number,
        min(cell_ref) filter (where measure = 'allocated')  as cell_ref,
        min(cell_ref) filter (where measure = 'disbursed')  as disbursed_cell_ref
    from leaf_amounts
    group by
        submission_id, batch_id, unit_key, submission_unit_code, submission_unit_name,
        program_code, project_code, project_label, year, period_type, period_label,
        budget_level, capital_type, vintage, source_file, sheet, row_number

),

final as (

    select * from pivoted

)

select * from final
