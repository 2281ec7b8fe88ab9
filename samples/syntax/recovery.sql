-- Every broken statement gets one error; the statements between are checked.
CREATE TEMPORARY TABLE t (a INT, b STRING,) WITH ('connector' = 'datagen');
SELECT a, b FROM t;
SELECT a, FROM t WHERE a > 1;
INSERT INTO s SELECT a, b FROM t;
SELECT CAST(a AS) FROM t;
