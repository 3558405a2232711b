-- every file received; times in Vietnam time (the warehouse keeps UTC)
select
    s.source_file, s.program_code, s.form_code, s.year, s.period_label, s.unit_code, s.unit_name,
    u.province_name, s.status, s.blocked, s.reason_vi, s.superseded_by,
    s.first_seen_at + interval 7 hour as first_seen_at_vn,
    s.saved_at + interval 7 hour as saved_at_vn,
    s.fact_rows, s.finding_count, s.size_bytes, s.run_id, s.submission_id, s.sha256
from submission s
left join (select * from dim_unit qualify row_number() over (partition by unit_code order by valid_from desc) = 1) u
    on u.unit_code = s.unit_code
order by s.program_code, s.year, s.period_label, s.form_code, s.unit_code, s.source_file
