-- A statement set is the job too: nothing may follow it.
CREATE TEMPORARY TABLE src (id BIGINT) WITH ('connector' = 'datagen');
CREATE TEMPORARY TABLE snk (id BIGINT) WITH ('connector' = 'print');
BEGIN STATEMENT SET;
INSERT INTO snk SELECT id FROM src;
SET 'parallelism.default' = '2';    -- FSQL103's to report, not FSQL104's
END;
SET 'pipeline.name' = 'too-late';
