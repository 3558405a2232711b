-- one row per approval event (approve / return / withdraw) the portal recorded: who, when, what, comment; append-only
create or replace table audit_log as

with events as (

    select * from approval_event

),

final as (

    select
        event_id,
        cast(epoch_ms(at_epoch_ms) as timestamp)            as event_at,  -- UTC
        username,
        action,                                             -- approve / return / withdraw
        program_code,
        form_code,
        unit_code,
        cast(year as integer)                               as year,
        period_label,
        comment
    from events

)

select * from final
