-- Statements in the Hive dialect are skipped until the dialect is switched back.
SET 'table.sql-dialect' = 'hive';
CREATE TABLE hive_t (a INT) PARTITIONED BY (dt STRING) STORED AS parquet TBLPROPERTIES ('k'='v');
INSERT INTO TABLE hive_t PARTITION (dt='2026-01-01') SELECT 1;
SET 'table.sql-dialect' = 'default';
SELECT * FROM hive_t WHERE;
