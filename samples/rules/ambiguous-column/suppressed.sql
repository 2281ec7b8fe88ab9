CREATE TEMPORARY TABLE a (id BIGINT) WITH ('connector' = 'datagen');
CREATE TEMPORARY TABLE b (id BIGINT) WITH ('connector' = 'datagen');
CREATE TEMPORARY TABLE snk (id BIGINT) WITH ('connector' = 'print');
INSERT INTO snk SELECT id FROM a, b WHERE a.id = b.id;  -- sqlcheck: disable=ambiguous-column
