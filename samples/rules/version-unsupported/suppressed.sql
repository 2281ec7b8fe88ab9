-- A legacy table kept for a job that still runs on 1.20.
-- sqlcheck: disable=version-unsupported -- runs on the 1.20 cluster only
CREATE TEMPORARY TABLE shifts (id BIGINT, monday INT) WITH ('connector' = 'datagen');
