CREATE TEMPORARY TABLE audit (who STRING) WITH ('connector' = 'blackhole');
-- sqlcheck: disable=user-function -- the session's user is what we record
INSERT INTO audit SELECT user;
