-- fact rows (every fact table) without a ledger row for their (submission_id, batch_id), or of a submission that is not loaded
with facts as (

    select 'fact_budget' as fact, submission_id, batch_id, unit_code, project_code, cell_ref from fact_budget
    union all
    select 'fact_households', submission_id, batch_id, unit_code, null, cell_ref from fact_households
    union all
    select 'fact_deprivation', submission_id, batch_id, unit_code, null, cell_ref from fact_deprivation
    union all
    select 'fact_output', submission_id, batch_id, unit_code, project_code, cell_ref from fact_output

),

ledger as (

    select * from stg_submission

),

submissions as (

    select * from submission

),

final as (

    select
        fact,
        submission_id,
        batch_id,
        facts.unit_code,
        facts.project_code,
        facts.cell_ref,
        submissions.status
    from facts
    left join ledger using (submission_id, batch_id)
    left join submissions using (submission_id, batch_id)
    where ledger.source_file is null
       or submissions.status is distinct from 'loaded'

)

select * from final
