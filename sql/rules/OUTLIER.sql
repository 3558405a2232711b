-- one row per unit's rate among its peers: units with the same parent unit, for the same program, period, form and
--   measure (indicator), at least ${min_peers} of them. Rates, not amounts, so that a unit's size does not make it an
--   outlier: Biểu 01 disbursement % (program and each project, all sources); Biểu 02 poor and near-poor rates at the
--   end of the period; Biểu 03 deprivation rate per indicator and household group; Biểu 04 achievement % per project
--   and indicator. The unit's own figures (basis reported), else its line in its parent's file (reported_by_parent).
--   Modified z-score (Iglewicz & Hoaglin): score = 0.6745 × (value − median) / MAD, MAD = median |value − median|;
--   when MAD is 0, score = (value − median) / (1.253314 × mean |value − median|); 0 when every peer is equal.
--   expected = the peers' median, actual = the unit's value
with disbursement as (

    select * from mart_disbursement

),

poverty as (

    select * from mart_poverty

),

deprivation as (

    select * from mart_deprivation

),

outputs as (

    select * from mart_output

),

budget as (

    select * from fact_budget

),

units as (

    select * from dim_unit

),

---------- a unit's own figures (reported sorts before reported_by_parent)
poverty_best as (

    select *
    from poverty
    where basis in ('reported', 'reported_by_parent')
    qualify row_number() over (partition by program_code, year, period_label, unit_key order by basis) = 1

),

budget_submissions as (

    select program_code, year, period_label, unit_key, min(submission_id) as submission_id, min(source_file) as source_file,
           min(sheet) as sheet
    from budget
    group by program_code, year, period_label, unit_key

),

figures as (

    select
        '01' as form_code, disbursement.program_code, disbursement.year, disbursement.period_label, disbursement.unit_key,
        disbursement.unit_code, disbursement.project_code, budget_submissions.submission_id,
        budget_submissions.source_file, budget_submissions.sheet,
        'disbursement_pct ' || disbursement.project_code as measure,
        (select label_vi from config_code_word where column_name = 'finding_measure' and code = 'disbursement_pct') || ' ' || disbursement.project_code as measure_vi,
        disbursement.disbursement_pct                      as value
    from disbursement
    left join budget_submissions
        on budget_submissions.program_code = disbursement.program_code
        and budget_submissions.year = disbursement.year
        and budget_submissions.period_label = disbursement.period_label
        and budget_submissions.unit_key = disbursement.unit_key
    where disbursement.basis = 'reported'
      and disbursement.project_level in ('program', 'project')
      and disbursement.budget_level = 'ALL' and disbursement.capital_type = 'ALL' and disbursement.vintage = 'ALL'

    union all

    select '02', program_code, year, period_label, unit_key, unit_code, null, submission_id, source_file, null,
           'poor_rate_end_pct', (select label_vi from config_code_word where column_name = 'finding_measure' and code = 'poor_rate_end_pct'), poor_rate_end_pct
    from poverty_best

    union all

    select '02', program_code, year, period_label, unit_key, unit_code, null, submission_id, source_file, null,
           'near_poor_rate_end_pct', (select label_vi from config_code_word where column_name = 'finding_measure' and code = 'near_poor_rate_end_pct'), near_poor_rate_end_pct
    from poverty_best

    union all

    select '03', program_code, year, period_label, unit_key, unit_code, null, submission_id, source_file, null,
           'rate_pct ' || indicator_code || ' ' || household_group,
           (select label_vi from config_code_word where column_name = 'finding_measure' and code = 'rate_pct') || ' ' || indicator_code || ' (' || household_group || ')',
           rate_pct
    from deprivation
    where basis in ('reported', 'reported_by_parent')
    qualify rank() over (partition by program_code, year, period_label, unit_key, indicator_code, household_group
                         order by basis) = 1

    union all

    select '04', program_code, year, period_label, unit_key, unit_code, project_code, submission_id, source_file, null,
           'achievement_pct ' || coalesce(project_code, '') || ' ' || indicator_key || ' ' || unit_of_measure_key,
           (select label_vi from config_code_word where column_name = 'finding_measure' and code = 'achievement_pct') || ' "' || indicator || '" (' || unit_of_measure || ')',
           achievement_pct
    from outputs
    where basis in ('reported', 'reported_by_parent')
    qualify rank() over (partition by program_code, year, period_label, unit_key, project_code, indicator_key,
                                      unit_of_measure_key order by basis) = 1

),

with_parent as (

    select figures.*, units.parent_key, units.unit_name
    from figures
    join units using (unit_key)
    where figures.value is not null
      and units.parent_key is not null

),

with_median as (

    select
        *,
        median(value) over peers                            as peer_median,
        count(*) over peers                                 as peer_count
    from with_parent
    window peers as (partition by program_code, year, period_label, form_code, measure, parent_key)

),

with_spread as (

    select
        *,
        median(abs(value - peer_median)) over peers         as mad,
        avg(abs(value - peer_median)) over peers            as mean_absolute_deviation
    from with_median
    window peers as (partition by program_code, year, period_label, form_code, measure, parent_key)

),

final as (

    select
        with_spread.program_code,
        with_spread.year,
        with_spread.submission_id,
        with_spread.unit_code,
        with_spread.unit_name,
        with_spread.project_code,
        with_spread.source_file,
        with_spread.sheet,
        cast(null as varchar)                               as cell_ref,
        cast(with_spread.peer_median as double)             as expected,
        cast(with_spread.value as double)                   as actual,
        case
            when with_spread.mad > 0 then 0.6745 * (with_spread.value - with_spread.peer_median) / with_spread.mad
            when with_spread.mean_absolute_deviation > 0
                then (with_spread.value - with_spread.peer_median) / (1.253314 * with_spread.mean_absolute_deviation)
            else 0
        end                                                 as score,
        round(score, 2)                                     as z_score,        -- for the message
        with_spread.measure,
        with_spread.measure_vi,
        with_spread.form_code,
        cast(with_spread.peer_count as integer)             as peers,
        parents.unit_name                                   as parent_name,
        with_spread.period_label
    from with_spread
    left join units as parents on parents.unit_key = with_spread.parent_key
    where with_spread.peer_count >= ${min_peers}

)

select * from final
