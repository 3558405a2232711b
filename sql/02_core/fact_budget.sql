-- one row per unit × leaf project line × source × period × submission (loaded submissions of committed batches)
create or replace table fact_budget as

with leaf_lines as (

    select * from budget_leaf_line

),

final as (

    select * exclude (project_label)
    from leaf_lines
    where project_code is not null

)

select * from final
