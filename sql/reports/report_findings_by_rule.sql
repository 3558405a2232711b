-- findings by rule: this run's and the warehouse's, with the rule's severity and where it was found
with params as (select cast(? as varchar) as run_id)
select
    d.rule_code,
    d.severity,
    d.source,
    count(*) filter (where s.run_id = params.run_id)    as run_findings,
    count(*)                                            as total_findings
from dq_issue d
cross join params
left join submission s using (submission_id)
group by d.rule_code, d.severity, d.source
order by d.severity = 'error' desc, total_findings desc, d.rule_code
