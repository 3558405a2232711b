-- submission ids that appear more than once in the ledger
with submissions as (

    select * from submission

),

final as (

    select submission_id, count(*) as ledger_rows
    from submissions
    group by submission_id
    having count(*) > 1

)

select * from final
