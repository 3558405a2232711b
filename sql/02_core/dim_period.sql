-- one row per report period (year + period_label) named by a submission
create or replace table dim_period as

with submissions as (

    select * from stg_submission

),

labels as (

    select
        year,
        period_label,
        max(period_type)                                    as stated_period_type
    from submissions
    where period_label is not null
      and year > 0
    group by year, period_label

),

---------- canonical labels: "Năm 2024", "6 tháng đầu năm 2024", "6 tháng cuối năm 2024",
---------- "Quý III/2024", "9 tháng năm 2023", "Tháng 5/2024"
parsed as (

    select
        year,
        period_label,
        stated_period_type,
        lower(trim(period_label))                           as label_lower,
        regexp_extract(upper(period_label), 'QUÝ\s*([IV]+|[1-4])', 1) as quarter_text,
        try_cast(regexp_extract(lower(period_label), 'tháng\s*([0-9]{1,2})\s*/', 1) as integer) as month_number
    from labels

),

typed as (

    select
        *,
        coalesce(stated_period_type, case
            when label_lower like 'quý%'                      then 'quarter'
            when label_lower like '6 tháng%'                  then 'half'
            when label_lower like '9 tháng%'                  then 'nine_months'
            when label_lower like 'tháng%'                    then 'month'
            else 'year'
        end)                                                as period_type,
        case quarter_text
            when 'I' then 1 when 'II' then 2 when 'III' then 3 when 'IV' then 4
            else try_cast(quarter_text as integer)
        end                                                 as quarter_number
    from parsed

),

month_spans as (

    select
        *,
        case period_type
            when 'half'        then case when label_lower like '%cuối%' then 7 else 1 end
            when 'quarter'     then 3 * quarter_number - 2
            when 'month'       then month_number
            else 1
        end                                                 as start_month,
        case period_type
            when 'half'        then case when label_lower like '%cuối%' then 12 else 6 end
            when 'quarter'     then 3 * quarter_number
            when 'nine_months' then 9
            when 'month'       then month_number
            else 12
        end                                                 as end_month
    from typed

),

final as (

    select
        cast(year as integer)                               as year,
        period_type,
        period_label,
        make_date(year, start_month, 1)                     as start_date,
        last_day(make_date(year, end_month, 1))             as end_date
    from month_spans

)

select * from final
