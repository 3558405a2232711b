-- one row per data-quality finding of a committed batch
create or replace table dq_issue as

with findings as (

    select * from stg_finding

),

submissions as (

    select * from submission

),

final as (

    select
        ---------- contract
        findings.submission_id,
        findings.rule_code,
        findings.severity,
        coalesce(findings.unit_code, submissions.unit_code) as unit_code,
        findings.project_code,
        findings.sheet,
        findings.cell_ref,
        findings.expected,
        findings.actual,
        findings.message_vi                                 as message,

        ---------- extras
        findings.source_file,
        findings.batch_id,
        findings.message_en,
        submissions.status                                  as submission_status,
        submissions.program_code,
        submissions.year,
        submissions.period_label
    from findings
    join submissions
        on submissions.submission_id = findings.submission_id
        and submissions.batch_id = findings.batch_id

)

select * from final
