CREATE TEMPORARY TABLE src (s STRING) WITH ('connector' = 'datagen');
CREATE TEMPORARY TABLE snk (s STRING) WITH ('connector' = 'print');
INSERT INTO snk SELECT parse_ua(s) FROM src; -- sqlcheck: disable=FSQL202
