-- one row per program × form × unit × period that has approval events: its current state (the latest event)
create or replace table approval as

with events as (

    select * from audit_log

),

latest as (

    select
        *,
        row_number() over (
            partition by program_code, form_code, unit_code, year, period_label
            order by event_at desc, event_id desc
        )                                                   as recency_rank
    from events

),

final as (

    select
        program_code,
        form_code,
        unit_code,
        year,
        period_label,
        case action
            when 'approve' then 'approved'
            when 'return' then 'returned'
            else 'withdrawn'
        end                                                 as approval_status,
        event_at                                            as status_at,        -- UTC; for approved: since when the figures are locked
        username                                            as status_by,
        comment
    from latest
    where recency_rank = 1

)

select * from final
