-- forms and periods that units must still send (jobs/schedule/forms.yaml, the view missing_submissions), with
-- the deadline: what the operator must hear when a run receives no new file
select
    program_code,
    form_code,
    year,
    period_label,
    due_date,
    count(*)                        as missing_units,
    due_date < current_date         as overdue
from missing_submissions
group by program_code, form_code, year, period_label, due_date
order by due_date, program_code, form_code
