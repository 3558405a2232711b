-- the findings catalogue (jobs/rules/findings.yaml): one row per code with its stage, severity, tolerance and
--   message templates; dq_issue takes severity and messages from here, so editing the file and rebuilding the
--   warehouse changes every finding already in the lake
create or replace table finding_catalogue as

with catalogue as (

    select * from stg_finding_catalogue

),

final as (

    select
        rule_code,
        stage,
        severity,
        tolerance,
        message_vi,
        message_en
    from catalogue

)

select * from final
