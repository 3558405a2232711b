-- one row per data-quality finding: the readers' findings of committed batches (source extract) and the
--   warehouse rules' findings (source warehouse: sql/rules/*.sql, jobs/rules/warehouse_rules.yaml)
create or replace table dq_issue as

with extract_findings as (

    select * from stg_finding

),

warehouse_findings as (

    select * from warehouse_finding

),

submissions as (

    select * from submission

),

from_extraction as (

    select
        'extract'                                           as source,
        cast(null as varchar)                               as program_code,
        cast(null as integer)                               as year,
        extract_findings.submission_id,
        extract_findings.rule_code,
        extract_findings.severity,
        coalesce(extract_findings.unit_code, submissions.unit_code) as unit_code,
        extract_findings.project_code,
        extract_findings.sheet,
        extract_findings.cell_ref,
        extract_findings.expected,
        extract_findings.actual,
        extract_findings.message_vi,
        extract_findings.message_en,
        extract_findings.source_file,
        extract_findings.batch_id
    from extract_findings
    join submissions
        on submissions.submission_id = extract_findings.submission_id
        and submissions.batch_id = extract_findings.batch_id

),

---------- a warehouse finding may concern a unit without a file of its own (a roll-up): submission_id null
from_warehouse as (

    select
        'warehouse'                                         as source,
        warehouse_findings.program_code,
        warehouse_findings.year,
        warehouse_findings.submission_id,
        warehouse_findings.rule_code,
        warehouse_findings.severity,
        coalesce(warehouse_findings.unit_code, submissions.unit_code) as unit_code,
        warehouse_findings.project_code,
        warehouse_findings.sheet,
        warehouse_findings.cell_ref,
        warehouse_findings.expected,
        warehouse_findings.actual,
        warehouse_findings.message_vi,
        warehouse_findings.message_en,
        coalesce(warehouse_findings.source_file, submissions.source_file) as source_file,
        submissions.batch_id
    from warehouse_findings
    left join submissions
        on submissions.submission_id = warehouse_findings.submission_id

),

findings as (

    select * from from_extraction
    union all
    select * from from_warehouse

),

final as (

    select
        ---------- contract
        findings.submission_id,
        findings.rule_code,
        findings.severity,
        findings.unit_code,
        findings.project_code,
        findings.sheet,
        findings.cell_ref,
        findings.expected,
        findings.actual,
        findings.message_vi                                 as message,

        ---------- extras
        findings.source,                                    -- extract / warehouse
        findings.source_file,
        findings.batch_id,
        findings.message_en,
        submissions.status                                  as submission_status,
        coalesce(submissions.blocked, false)                as submission_blocked,
        coalesce(submissions.program_code, findings.program_code) as program_code,
        coalesce(submissions.year, findings.year)           as year,
        submissions.period_label
    from findings
    left join submissions
        on submissions.submission_id = findings.submission_id
        and submissions.batch_id = findings.batch_id

)

select * from final
