-- The same temporary table twice: the second CREATE fails.
CREATE TEMPORARY TABLE src (id BIGINT) WITH ('connector' = 'datagen');
CREATE TEMPORARY TABLE snk (id BIGINT) WITH ('connector' = 'print');
CREATE TEMPORARY TABLE src (id BIGINT, v STRING) WITH ('connector' = 'datagen');
INSERT INTO snk SELECT id FROM src;
