CREATE TEMPORARY TABLE src (id BIGINT) WITH ('connector' = 'datagen');
CREATE TEMPORARY TABLE snk (id BIGINT) WITH ('connector' = 'print');
INSERT INTO snk SELECT id FROM src;
SHOW JOBS; -- sqlcheck: disable=FSQL104 -- interactive session only
