-- one row per program × form × period × parent unit: how many of the units that must send the form
--   (expected_submission: jobs/schedule/forms.yaml over dim_unit) sent it, and how many on time
create or replace table mart_completeness as

with expected as (

    select * from expected_submission

),

aggregated as (

    select
        program_code,
        form_code,
        year,
        period_label,
        parent_code,
        parent_key,
        parent_name,
        parent_level,
        province_code,
        province_name,
        unit_level,
        period_type,
        due_date,
        count(*)                                            as expected_units,
        count(*) filter (where received)                    as received_units,
        count(*) filter (where on_time)                     as on_time_units,
        count(*) filter (where received and not on_time)    as late_units,
        count(*) filter (where blocked)                     as blocked_units
    from expected
    group by all

),

final as (

    select
        ---------- contract
        program_code,
        form_code,
        year,
        period_label,
        parent_code,                                        -- null: units without a parent (provinces)
        cast(expected_units as bigint)                      as expected_units,
        cast(received_units as bigint)                      as received_units,
        cast(100.0 * received_units / expected_units as double) as completeness_pct,
        cast(on_time_units as bigint)                       as on_time_units,

        ---------- extras
        parent_name,
        parent_level,
        parent_key,
        province_code,
        province_name,
        unit_level,
        period_type,
        due_date,
        cast(expected_units - received_units as bigint)     as missing_units,
        cast(late_units as bigint)                          as late_units,
        cast(blocked_units as bigint)                       as blocked_units,
        cast(100.0 * on_time_units / expected_units as double) as on_time_pct
    from aggregated

)

select * from final
