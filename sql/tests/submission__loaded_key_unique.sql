-- form × unit × period keys with more than one loaded submission
with submissions as (

    select * from submission

),

final as (

    select
        program_code,
        form_code,
        coalesce(unit_code, unit_name)                      as unit,
        year,
        period_label,
        count(*)                                            as loaded_submissions
    from submissions
    where status = 'loaded'
    group by program_code, form_code, coalesce(unit_code, unit_name), year, period_label
    having count(*) > 1

)

select * from final
