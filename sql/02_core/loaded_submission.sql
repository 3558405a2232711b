-- one row per submission whose figures the facts hold: loaded (the newest file per program, form, unit and period)
--   in a committed batch, and not blocked (block_on_error); every fact_* joins it on (submission_id, batch_id)
create or replace table loaded_submission as

with submissions as (

    select * from submission

),

final as (

    select
        submission_id,
        batch_id,
        unit_key,
        unit_code,
        unit_name,
        period_end_date
    from submissions
    where status = 'loaded'
      and not blocked

)

select * from final
