-- the warehouse total at each stage: files received, values read from their cells (lake), detail lines in the
-- facts, lines of the marts, findings
select
    (select count(*) from submission)                                           as files,
    (select coalesce(sum(fact_rows), 0) from submission)                        as cell_values,
    (select count(*) from fact_budget) + (select count(*) from fact_households)
        + (select count(*) from fact_deprivation) + (select count(*) from fact_output) as fact_rows,
    (select count(*) from mart_disbursement) + (select count(*) from mart_poverty)
        + (select count(*) from mart_deprivation) + (select count(*) from mart_output)
        + (select count(*) from mart_completeness)                              as mart_rows,
    (select count(*) from dq_issue)                                             as findings
