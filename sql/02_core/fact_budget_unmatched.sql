-- one row per leaf line × source of a loaded submission whose label matched no catalogue project
create or replace table fact_budget_unmatched as

with leaf_lines as (

    select * from budget_leaf_line

),

final as (

    select * exclude (unit_name, project_code)
    from leaf_lines
    where project_code is null

)

select * from final
