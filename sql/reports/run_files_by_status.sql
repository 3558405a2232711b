-- this run's files by state (submission.status): the summary's "N tệp mới — … đã nạp, … trùng lặp …"
with params as (select cast(? as varchar) as run_id)
select status, count(*) as files
from submission, params
where submission.run_id = params.run_id
group by status
