-- one row per figure read from a Biểu 03 sheet (lake dataset deprivation, committed or not)
-- The dataset's columns as the lake stores them (names, order and types: lake/figure-datasets.yaml, held by
-- LakeWriterTest), period_year named year; the hive columns program and year are the partition, not data.
--   unit_code        the sheet's unit
--   indicator_code   1.1 … 6.2, or base for the "Tổng số hộ" line
--   household_group  poor / near_poor
--   measure          deprived_households / base_households / stated_pct
--   value            households; percent for stated_pct
create or replace view stg_deprivation as
select * exclude (program, year) rename (period_year as year)
from read_parquet('${lake}/deprivation/**/*.parquet', hive_partitioning=true, union_by_name=true)
