-- the whole country by project: the provinces' figures (their own report, else the sum of their districts) added up
with chosen as (
    select *
    from mart_disbursement
    where unit_level = 'tinh'
      and project_level in ('program', 'project')
      and budget_level = 'ALL' and capital_type = 'ALL' and vintage = 'ALL'
    qualify row_number() over (partition by unit_key, program_code, year, period_label, project_code
                               order by case basis when 'reported' then 0 else 1 end) = 1
)
select
    chosen.program_code,
    chosen.year,
    chosen.period_label,
    chosen.project_code,
    coalesce(p.name_vi, chosen.project_code)            as project_name,
    chosen.project_code = chosen.program_code           as is_program,
    count(distinct chosen.unit_code)                    as provinces,
    sum(chosen.allocated_mvnd)                          as allocated_mvnd,
    sum(chosen.disbursed_mvnd)                          as disbursed_mvnd,
    100.0 * sum(chosen.disbursed_mvnd) / nullif(sum(chosen.allocated_mvnd), 0) as disbursement_pct
from chosen
left join dim_project p on p.program_code = chosen.program_code and p.project_code = chosen.project_code
group by all
order by chosen.program_code, chosen.year, chosen.period_label, is_program desc, chosen.project_code
