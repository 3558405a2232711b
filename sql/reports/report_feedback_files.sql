-- this run's files that get a feedback workbook (reports/feedback/<run>/): every file with a finding or rejected;
-- duplicates aside (the file they repeat has its own)
with params as (select cast(? as varchar) as run_id)
select source_file
from submission, params
where submission.run_id = params.run_id
  and status <> 'duplicate'
  and (status = 'rejected' or finding_count > 0)
order by source_file
