-- one row per unit that must send a form for a period (expected_submission): received, on time, errors, approval_status
create or replace table mart_approval as

with expected as (

    select * from expected_submission

),

approvals as (

    select * from approval

),

submissions as (

    select * from submission

),

held as (

    select program_code, form_code, unit_code, year, period_label, count(*) as held_files
    from submissions
    where status = 'held'
    group by all

),

final as (

    select
        expected.program_code,
        expected.form_code,
        expected.year,
        expected.period_label,
        expected.due_date,
        expected.province_code,
        expected.parent_code,
        expected.parent_name,
        expected.unit_code,
        expected.unit_name,
        expected.unit_level,
        expected.received,
        expected.on_time,
        expected.blocked,
        loaded.finding_count                                as loaded_finding_count,
        coalesce(approvals.approval_status, 'none')         as approval_status,    -- none / approved / returned / withdrawn
        approvals.status_at                                 as approval_at,
        approvals.status_by                                 as approval_by,
        approvals.comment                                   as approval_comment,
        coalesce(held.held_files, 0)                        as held_files
    from expected
    left join submissions as loaded
        on loaded.submission_id = expected.loaded_submission_id
    left join approvals
        on approvals.program_code = expected.program_code
        and approvals.form_code = expected.form_code
        and approvals.unit_code = expected.unit_code
        and approvals.year = expected.year
        and approvals.period_label = expected.period_label
    left join held
        on held.program_code = expected.program_code
        and held.form_code = expected.form_code
        and held.unit_code = expected.unit_code
        and held.year = expected.year
        and held.period_label = expected.period_label

)

select * from final
