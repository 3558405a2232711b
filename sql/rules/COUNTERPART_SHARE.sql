-- one row per loaded Biểu 01 (a unit's own file) that states central funding (NSTW) for the year's plan:
--   expected = the required local counterpart, share_pct × NSTW allocated (current year, every project and capital
--   type), share_pct from jobs/rules/counterpart_share.csv for the unit's province (else the program's default '*');
--   actual = the local budget (NSĐP) allocated; null when the file states no NSĐP figure at all
with facts as (

    select * from fact_budget

),

units as (

    select * from dim_unit

),

budget as (

    select * from stg_budget

),

shares as (

    select * from read_csv('${rules}/counterpart_share.csv', header = true, auto_detect = false, columns = {
        'program_code': 'VARCHAR', 'province_code': 'VARCHAR', 'share_pct': 'DOUBLE', 'note': 'VARCHAR'
    })

),

per_submission as (

    select
        submission_id,
        program_code,
        year,
        period_label,
        unit_key,
        unit_code,
        min(unit_name)                                      as unit_name,
        min(source_file)                                    as source_file,
        min(sheet)                                          as sheet,
        sum(allocated_mvnd) filter (where budget_level = 'NSTW') as nstw_mvnd,
        sum(allocated_mvnd) filter (where budget_level = 'NSDP') as nsdp_mvnd
    from facts
    where vintage = 'current'
    group by submission_id, program_code, year, period_label, unit_key, unit_code

),

with_share as (

    select
        per_submission.*,
        coalesce(units.unit_name, per_submission.unit_name) as display_name,
        coalesce(province_share.share_pct, default_share.share_pct) as share_pct
    from per_submission
    left join units using (unit_key)
    left join shares as province_share
        on province_share.program_code = per_submission.program_code
        and province_share.province_code = units.province_code
    left join shares as default_share
        on default_share.program_code = per_submission.program_code
        and default_share.province_code = '*'

),

---------- the grand total's NSĐP allocated cell, where the sheet states one
stated_cells as (

    select submission_id, min(cell_ref) as cell_ref
    from budget
    where line_role = 'total'
      and budget_level = 'NSDP'
      and measure = 'allocated'
      and vintage = 'current'
    group by submission_id

),

final as (

    select
        with_share.program_code,
        with_share.year,
        with_share.submission_id,
        with_share.unit_code,
        with_share.display_name                             as unit_name,
        with_share.program_code                             as project_code,
        with_share.source_file,
        with_share.sheet,
        stated_cells.cell_ref,
        round(cast(with_share.share_pct / 100.0 * with_share.nstw_mvnd as double), 2) as expected,
        cast(with_share.nsdp_mvnd as double)                as actual,
        with_share.share_pct,
        cast(with_share.nstw_mvnd as double)                as nstw_mvnd,
        with_share.period_label
    from with_share
    left join stated_cells using (submission_id)
    where with_share.share_pct is not null
      and with_share.nstw_mvnd > 0

)

select * from final
