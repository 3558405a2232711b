-- one row per number read from a Biểu 01 sheet (lake dataset budget, committed or not)
-- The dataset's columns as the lake stores them (names, order and types: lake/figure-datasets.yaml, held by
-- LakeWriterTest), period_year named year; the hive columns program and year are the partition, not data.
--   project_code  null: label not in the catalogue      line_role     leaf / aggregate / section / total
--   vintage       current / carryover                   budget_level  NSTW / NSDP / HUY_DONG / TOTAL
--   capital_type  DTPT / SN / NA / TOTAL                measure       allocated / disbursed / disbursement_pct
--   value_mvnd    million VND; percent for measure disbursement_pct
create or replace view stg_budget as
select * exclude (program, year) rename (period_year as year)
from read_parquet('${lake}/budget/**/*.parquet', hive_partitioning=true, union_by_name=true)
