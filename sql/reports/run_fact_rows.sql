-- this run's figures: the values read from the workbooks' cells (submission.fact_rows: every number, stated
-- totals included, as the progress lines count them) and the detail lines the facts hold
-- (fact_budget, fact_households, fact_deprivation, fact_output)
with params as (select cast(? as varchar) as run_id),
facts as (
    select submission_id from fact_budget
    union all select submission_id from fact_households
    union all select submission_id from fact_deprivation
    union all select submission_id from fact_output
)
select
    (select coalesce(sum(fact_rows), 0) from submission, params where submission.run_id = params.run_id) as cell_values,
    (select count(*) from facts join submission s using (submission_id), params where s.run_id = params.run_id) as fact_rows
