-- the report's first lines: this run's files, figures and findings, then the warehouse's totals
with params as (select cast(? as varchar) as run_id),
run_files as (select s.* from submission s, params where s.run_id = params.run_id),
run_findings as (select d.* from dq_issue d join run_files using (submission_id)),
facts as (
    select submission_id from fact_budget
    union all select submission_id from fact_households
    union all select submission_id from fact_deprivation
    union all select submission_id from fact_output
)
select
    (select count(*) from run_files)                                            as run_files,
    (select count(*) from run_files where status = 'loaded')                    as run_loaded,
    (select count(*) from run_files where status = 'duplicate')                 as run_duplicate,
    (select count(*) from run_files where status = 'superseded')                as run_superseded,
    (select count(*) from run_files where status = 'rejected')                  as run_rejected,
    (select count(*) from run_files where blocked)                              as run_blocked,
    (select coalesce(sum(fact_rows), 0) from run_files)                         as run_cell_values,
    (select count(*) from facts join run_files using (submission_id))           as run_fact_rows,
    (select count(*) from run_findings where severity = 'error')                as run_errors,
    (select count(*) from run_findings where severity = 'warning')              as run_warnings,
    (select count(*) from run_findings where severity = 'info')                 as run_infos,
    (select count(*) from submission)                                           as total_files,
    (select count(*) from submission where status = 'loaded')                   as total_loaded,
    (select count(*) from submission where status = 'superseded')               as total_superseded,
    (select count(*) from submission where status = 'duplicate')                as total_duplicate,
    (select count(*) from submission where status = 'rejected')                 as total_rejected,
    (select count(*) from submission where blocked)                             as total_blocked,
    (select count(*) from facts)                                                as total_fact_rows,
    (select count(*) from dq_issue where severity = 'error')                    as total_errors,
    (select count(*) from dq_issue where severity = 'warning')                  as total_warnings,
    (select count(*) from dq_issue where severity = 'info')                     as total_infos
