-- Settings and temporary DDL first, the job last.
SET 'pipeline.name' = 'clicks-per-user';
CREATE TEMPORARY TABLE clicks (user_id BIGINT, ts TIMESTAMP(3)) WITH ('connector' = 'datagen');
CREATE TEMPORARY TABLE counts (user_id BIGINT, cnt BIGINT) WITH ('connector' = 'print');
CREATE TEMPORARY VIEW recent AS SELECT * FROM clicks WHERE ts > CURRENT_TIMESTAMP - INTERVAL '1' DAY;
INSERT INTO counts SELECT user_id, COUNT(*) FROM recent GROUP BY user_id;
