-- data lines of this run's files that the facts hold (fact_budget, fact_households, fact_deprivation, fact_output)
with params as (select cast(? as varchar) as run_id),
facts as (
    select submission_id from fact_budget
    union all select submission_id from fact_households
    union all select submission_id from fact_deprivation
    union all select submission_id from fact_output
)
select count(*) as fact_rows
from facts
join submission s using (submission_id), params
where s.run_id = params.run_id
