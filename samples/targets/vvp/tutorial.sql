-- A SQL-client tutorial: a permanent table, then two INSERTs, each its
-- own job. Right for Flink's SQL client; a managed deployment runs one
-- job per script and rejects the permanent table next to the jobs.
CREATE TABLE clicks (user_id BIGINT, url STRING) WITH ('connector' = 'datagen');
CREATE TABLE click_log (user_id BIGINT, url STRING) WITH ('connector' = 'print');
INSERT INTO click_log SELECT user_id, url FROM clicks;
INSERT INTO click_log SELECT user_id, url FROM clicks WHERE url LIKE '%/buy%';
SHOW TABLES;
