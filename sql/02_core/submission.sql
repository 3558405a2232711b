-- one row per received file (ledger row of a committed batch), with its warehouse status
create or replace table submission as

with ledger as (

    select * from stg_submission

),

periods as (

    select * from dim_period

),

units as (

    select * from dim_unit

),

---------- why a file was not loaded, in words: the ledger's reason_finding rendered from the findings catalogue by the build
reasons as (

    select * from submission_reason

),

---------- filled by the build under block_on_error (jobs/rules/policy.yaml): loaded files with an error finding
blocked as (

    select distinct submission_id from blocked_submission

),

---------- approved figures are locked: a file received (first seen) after the approval of its form, unit and period is held
held as (

    select ledger.submission_id, ledger.batch_id
    from ledger
    join approval
        on approval.program_code = ledger.program_code
        and approval.form_code = ledger.form_code
        and approval.unit_code = ledger.unit_code
        and approval.year = ledger.year
        and approval.period_label = ledger.period_label
    where ledger.ledger_status = 'extracted'
      and approval.approval_status = 'approved'
      and coalesce(ledger.first_seen_at, ledger.received_at) > approval.status_at

),

---------- among extracted files for the same form, unit and period the newest version is loaded:
---------- the one the sender saved last (document properties), then the one received last
recency as (

    select
        submission_id,
        batch_id,
        row_number() over newest_first                      as recency_rank,
        first_value(submission_id) over newest_first        as newest_submission_id
    from ledger
    where ledger_status = 'extracted'
      and not exists (select 1 from held where held.submission_id = ledger.submission_id and held.batch_id = ledger.batch_id)
    window newest_first as (
        partition by program_code, form_code, coalesce(unit_code, unit_name), year, period_label
        order by coalesce(saved_at, received_at) desc, received_at desc, source_file desc, submission_id desc
    )

),

with_status as (

    select
        ledger.*,
        case
            when ledger.ledger_status <> 'extracted' then ledger.ledger_status
            when held.submission_id is not null      then 'held'
            when recency.recency_rank = 1            then 'loaded'
            else 'superseded'
        end                                                 as status,
        case when recency.recency_rank > 1 then recency.newest_submission_id end as superseded_by,
        blocked.submission_id is not null                   as blocked
    from ledger
    left join recency
        on recency.submission_id = ledger.submission_id
        and recency.batch_id = ledger.batch_id
    left join blocked
        on blocked.submission_id = ledger.submission_id
    left join held
        on held.submission_id = ledger.submission_id
        and held.batch_id = ledger.batch_id

),

---------- the unit version valid at the end of the report period (codes are reused across lists)
with_unit_version as (

    select
        with_status.*,
        periods.end_date                                    as period_end_date,
        units.unit_key,
        coalesce(reasons.reason_vi, with_status.reason_vi)  as reason_text_vi
    from with_status
    left join reasons
        on reasons.reason_finding = with_status.reason_finding
    left join periods
        on periods.year = with_status.year
        and periods.period_label = with_status.period_label
    left join units
        on units.unit_code = with_status.unit_code
        and coalesce(periods.end_date, make_date(with_status.year, 12, 31))
            between units.valid_from and coalesce(units.valid_to, date '9999-12-31')

),

final as (

    select
        ---------- contract
        submission_id,
        source_file,
        sha256,
        program_code,
        form_code,
        unit_code,
        year,
        period_label,
        received_at,
        status,

        ---------- extras
        first_seen_at,                                      -- when the warehouse received it (timeliness); null in old ledgers
        saved_at,
        batch_id,
        run_id,
        unit_key,
        unit_name,
        period_type,
        period_end_date,
        superseded_by,
        blocked,                                            -- loaded but kept out of the facts (block_on_error)
        ledger_status,
        reason_code,
        reason_text_vi                                      as reason_vi,       -- from the catalogue (ledgers before reason_finding: as written then)
        reason_finding,                                     -- the reason raw: {"code", "expected", "actual", "params"}
        size_bytes,
        fact_rows,
        finding_count
    from with_unit_version

)

select * from final
