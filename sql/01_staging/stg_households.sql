-- one row per figure read from a Biểu 02 sheet (lake dataset households, committed or not)
-- The dataset's columns as the lake stores them (names, order and types: lake/figure-datasets.yaml, held by
-- LakeWriterTest), period_year named year; the hive columns program and year are the partition, not data.
--   reporting_unit_code  the unit that sent the file
--   unit_code            the line's unit (null: name not matched)
--   line_role            total: the reporting unit's own line
--   stage                start / end / na
--   measure              total_households / poor / near_poor / escaped_poverty / new_poor / ethnic_minority_poor /
--                        target_reduction_pct / poor_rate_pct / near_poor_rate_pct
--   value                households; percent for the *_pct measures
create or replace view stg_households as
select * exclude (program, year) rename (period_year as year)
from read_parquet('${lake}/households/**/*.parquet', hive_partitioning=true, union_by_name=true)
