-- sqlcheck: disable-file=multiple-inserts -- run with the SQL client, one job per INSERT
CREATE TEMPORARY TABLE src (id BIGINT) WITH ('connector' = 'datagen');
CREATE TEMPORARY TABLE snk (id BIGINT) WITH ('connector' = 'print');
INSERT INTO snk SELECT id FROM src;
INSERT INTO snk SELECT id + 1 FROM src;
