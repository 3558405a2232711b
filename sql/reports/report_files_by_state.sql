-- every file of the warehouse by state (submission.status) and whether an error keeps it out of the marts
select status, blocked, count(*) as files
from submission
group by status, blocked
order by files desc
