-- this run's files, those that need attention first (rejected, blocked, then by errors and warnings): file, unit
-- with its district and province, form, period, state, reason, findings by severity. The report shows the first
-- rows and says how many there are (total_files).
with params as (select cast(? as varchar) as run_id),
units as (
    select * from dim_unit
    qualify row_number() over (partition by unit_code order by valid_from desc) = 1
),
findings as (
    select
        submission_id,
        count(*) filter (where severity = 'error')      as errors,
        count(*) filter (where severity = 'warning')    as warnings,
        count(*) filter (where severity = 'info')       as infos
    from dq_issue
    group by submission_id
)
select
    count(*) over ()                                    as total_files,
    s.source_file,
    s.unit_code,
    coalesce(u.unit_name, s.unit_name)                  as unit_name,
    case when u.unit_level = 'xa' then parents.unit_name end as district_name,
    u.province_name,
    s.program_code,
    s.form_code,
    s.period_label,
    s.status,
    s.blocked,
    s.reason_vi,
    s.superseded_by,
    coalesce(f.errors, 0)                               as errors,
    coalesce(f.warnings, 0)                             as warnings,
    coalesce(f.infos, 0)                                as infos
from submission s
cross join params
left join units u on u.unit_code = s.unit_code
left join units parents on parents.unit_code = u.parent_code
left join findings f using (submission_id)
where s.run_id = params.run_id
order by s.status = 'rejected' desc, s.blocked desc, errors desc, warnings desc, s.source_file
limit 200
