-- Names are quoted with backticks; single quotes make strings.
SELECT amount AS 'total' FROM orders;
CREATE TEMPORARY TABLE t ('user_id' BIGINT) WITH ('connector' = 'datagen');
