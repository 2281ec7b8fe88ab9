CREATE TEMPORARY TABLE t (a INT, b INT) WITH ('connector' = 'datagen');
CREATE TEMPORARY TABLE snk (a INT, n BIGINT) WITH ('connector' = 'print');
-- sqlcheck: disable=not-grouped -- a is unique per b in this source
INSERT INTO snk SELECT a, COUNT(*) FROM t GROUP BY b;
