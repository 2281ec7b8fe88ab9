-- A setting and a definition inside a statement set belong before it:
-- --fix moves them there, in their order. A DROP has no such fix.
CREATE TEMPORARY TABLE src (id BIGINT) WITH ('connector' = 'datagen');
CREATE TEMPORARY TABLE snk (id BIGINT) WITH ('connector' = 'print');

BEGIN STATEMENT SET;
  SET 'pipeline.name' = 'two sinks';
INSERT INTO snk SELECT id FROM src;
  CREATE TEMPORARY VIEW doubled AS SELECT id * 2 AS id FROM src;
INSERT INTO snk SELECT id FROM doubled;
DROP TEMPORARY VIEW doubled;
END;
