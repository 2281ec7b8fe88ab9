CREATE TEMPORARY TABLE src (a INT, b INT) WITH ('connector' = 'datagen');
CREATE TEMPORARY TABLE snk (a INT) WITH ('connector' = 'print');
-- sqlcheck: disable=insert-column-mismatch -- the platform maps the columns
INSERT INTO snk SELECT * FROM src;
