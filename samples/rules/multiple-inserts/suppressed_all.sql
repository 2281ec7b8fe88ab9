-- "all" in a directive silences every rule for the next statement.
CREATE TEMPORARY TABLE sink_a (id BIGINT) WITH ('connector' = 'print');
INSERT INTO sink_a SELECT 1;
-- sqlcheck: disable=all -- a scratch query, removed before deploying
INSERT INTO sink_b SELECT id FROM nowhere;
