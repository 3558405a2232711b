-- one row per unit that must send a form for a period (jobs/schedule/forms.yaml) and has not: who to call
create or replace view missing_submissions as

with expected as (

    select * from expected_submission

),

final as (

    select
        program_code, form_code, year, period_label, due_date,                  -- what is due
        province_code, province_name, parent_code, parent_name,                 -- who to call
        unit_code, unit_name, unit_level, unit_key
    from expected
    where not received

)

select * from final
