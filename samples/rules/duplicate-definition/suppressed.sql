CREATE TEMPORARY TABLE src (id BIGINT) WITH ('connector' = 'datagen');
CREATE TEMPORARY TABLE snk (id BIGINT) WITH ('connector' = 'print');
/* sqlcheck: disable=FSQL203 */
CREATE TEMPORARY TABLE src (id BIGINT, v STRING) WITH ('connector' = 'datagen');
INSERT INTO snk SELECT id FROM src;
