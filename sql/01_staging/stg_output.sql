-- one row per figure read from a Biểu 04 sheet (lake dataset output, committed or not)
-- The dataset's columns as the lake stores them (names, order and types: lake/figure-datasets.yaml, held by
-- LakeWriterTest), period_year named year; the hive columns program and year are the partition, not data.
--   project_code     null: label not in the catalogue
--   indicator        the output as typed ("Số nhà được hỗ trợ")
--   unit_of_measure  Nhà / Bể / Công trình / Người / km …
--   measure          planned / achieved / stated_pct / planned_mvnd / disbursed_mvnd
--   value            physical units; million VND for *_mvnd; percent for stated_pct
create or replace view stg_output as
select * exclude (program, year) rename (period_year as year)
from read_parquet('${lake}/output/**/*.parquet', hive_partitioning=true, union_by_name=true)
