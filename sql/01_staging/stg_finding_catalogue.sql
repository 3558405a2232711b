-- one row per code of the findings catalogue, jobs/rules/findings.yaml (filled in by the build)
create or replace view stg_finding_catalogue as

with source as (

    select * from ${finding_catalogue}

),

renamed as (

    select
        cast(rule_code as varchar)                          as rule_code,
        cast(stage as varchar)                              as stage,          -- sheet / submission / warehouse
        cast(severity as varchar)                           as severity,       -- error / warning / info
        cast(tolerance as decimal(18, 6))                   as tolerance,
        cast(message_vi as varchar)                         as message_vi,     -- templates: {cell} {actual} ...
        cast(message_en as varchar)                         as message_en
    from source

)

select * from renamed
