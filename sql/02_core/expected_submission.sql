-- one row per program × form × period × unit that must send that form (jobs/schedule/forms.yaml), with whether and
--   when it did. Periods: those of the program for which at least one file arrived. Units: every unit of the
--   scheduled level valid at the period's end, in the provinces in scope: the line's configured provinces, else every
--   province with at least one file (any form) of the program for the period, so a season that covers one province
--   does not list the whole country as missing. On time: the unit's first usable file (loaded or superseded) was
--   received by the warehouse (first_seen_at: the inbox's receipt record, else when intake first listed it; never the
--   file's modification time, which a copy resets; received_at only for ledgers older than first_seen_at) on or before the deadline, a day ending at 24:00 Vietnam time (UTC+7); with
--   on_time_by: saved_at in forms.yaml, the time the sender last saved it (else received_at) is compared instead.
create or replace table expected_submission as

with schedule as (

    select * from config_form_schedule

),

submissions as (

    select * from submission

),

periods as (

    select * from dim_period

),

units as (

    select * from dim_unit

),

---------- the periods of the season: a program and period for which at least one file arrived
season as (

    select distinct program_code, year, period_label
    from submissions
    where program_code is not null
      and period_label is not null
      and year > 0

),

season_periods as (

    select
        season.program_code,
        season.year,
        season.period_label,
        periods.period_type,
        periods.end_date,
        case
            when periods.period_type = 'half' and month(periods.start_date) = 1 then 'first_half'
            when periods.period_type = 'half'                                   then 'second_half'
            else periods.period_type
        end                                                 as period_kind
    from season
    join periods
        on periods.year = season.year
        and periods.period_label = season.period_label

),

---------- deadline: the first day/month on or after the period's last day, or a number of days after it
scheduled as (

    select
        schedule.program_code,
        schedule.form_code,
        schedule.unit_level,
        schedule.province_codes,
        schedule.on_time_by,
        season_periods.year,
        season_periods.period_label,
        season_periods.period_type,
        season_periods.end_date,
        case
            when schedule.due_days_after_end is not null
                then season_periods.end_date + schedule.due_days_after_end
            when make_date(year(season_periods.end_date), schedule.due_month, schedule.due_day) >= season_periods.end_date
                then make_date(year(season_periods.end_date), schedule.due_month, schedule.due_day)
            else make_date(year(season_periods.end_date) + 1, schedule.due_month, schedule.due_day)
        end                                                 as due_date
    from schedule
    join season_periods
        on season_periods.program_code = schedule.program_code
        and season_periods.period_kind = schedule.period_kind
    where season_periods.end_date between coalesce(schedule.valid_from, date '0001-01-01')
                                      and coalesce(schedule.valid_to, date '9999-12-31')

),

---------- provinces that sent at least one file of the program for the period
active_provinces as (

    select distinct
        submissions.program_code,
        submissions.year,
        submissions.period_label,
        units.province_code
    from submissions
    join units using (unit_key)

),

expected_units as (

    select
        scheduled.*,
        units.unit_key,
        units.unit_code,
        units.unit_name,
        units.parent_key,
        units.parent_code,
        units.province_code,
        units.province_name
    from scheduled
    join units
        on units.unit_level = scheduled.unit_level
        and scheduled.end_date between units.valid_from and coalesce(units.valid_to, date '9999-12-31')
    where case
        when scheduled.province_codes is not null
            then list_contains(string_split(scheduled.province_codes, ','), units.province_code)
        else exists (
            select 1 from active_provinces
            where active_provinces.program_code = scheduled.program_code
              and active_provinces.year = scheduled.year
              and active_provinces.period_label = scheduled.period_label
              and active_provinces.province_code = units.province_code)
    end

),

---------- usable files: the loaded one and the versions it superseded (a rejected file is not a report)
received as (

    select
        program_code,
        form_code,
        year,
        period_label,
        unit_key,
        min(coalesce(first_seen_at, received_at))           as first_received_at,
        min(coalesce(saved_at, first_seen_at, received_at)) as first_saved_at,
        max(received_at)                                    as last_received_at,
        count(*)                                            as files,
        max(submission_id) filter (where status = 'loaded') as loaded_submission_id,
        coalesce(bool_or(blocked) filter (where status = 'loaded'), false) as blocked
    from submissions
    where status in ('loaded', 'superseded')
      and unit_key is not null
    group by program_code, form_code, year, period_label, unit_key

),

final as (

    select
        expected_units.program_code,
        expected_units.form_code,
        expected_units.year,
        expected_units.period_label,
        expected_units.period_type,
        expected_units.due_date,
        expected_units.unit_level,
        expected_units.unit_key,
        expected_units.unit_code,
        expected_units.unit_name,
        expected_units.parent_key,
        expected_units.parent_code,
        parents.unit_name                                   as parent_name,
        parents.unit_level                                  as parent_level,
        expected_units.province_code,
        expected_units.province_name,
        received.unit_key is not null                       as received,
        received.first_received_at,
        received.last_received_at,
        coalesce(received.files, 0)                         as files,
        received.loaded_submission_id,
        coalesce(received.blocked, false)                   as blocked,
        expected_units.on_time_by,
        coalesce(cast(case expected_units.on_time_by when 'saved_at' then received.first_saved_at
                                                     else received.first_received_at end
                      + interval 7 hour as date) <= expected_units.due_date, false) as on_time
    from expected_units
    left join received
        on received.program_code = expected_units.program_code
        and received.form_code = expected_units.form_code
        and received.year = expected_units.year
        and received.period_label = expected_units.period_label
        and received.unit_key = expected_units.unit_key
    left join units as parents
        on parents.unit_key = expected_units.parent_key

)

select * from final
