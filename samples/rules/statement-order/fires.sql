-- The job must come last.
CREATE TEMPORARY TABLE src (id BIGINT) WITH ('connector' = 'datagen');
CREATE TEMPORARY TABLE snk (id BIGINT) WITH ('connector' = 'print');
INSERT INTO snk SELECT id FROM src;
SET 'pipeline.name' = 'too-late';
CREATE TEMPORARY VIEW v AS SELECT id FROM src;
