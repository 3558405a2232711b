-- this run's findings by severity: the summary's "N phát hiện: … lỗi, … cảnh báo, … thông tin"
with params as (select cast(? as varchar) as run_id)
select d.severity, count(*) as findings
from dq_issue d
join submission s using (submission_id), params
where s.run_id = params.run_id
group by d.severity
