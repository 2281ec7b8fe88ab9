-- Only INSERTs belong in a statement set, and it must be closed.
CREATE TEMPORARY TABLE src (id BIGINT) WITH ('connector' = 'datagen');
CREATE TEMPORARY TABLE snk (id BIGINT) WITH ('connector' = 'print');

BEGIN STATEMENT SET;
INSERT INTO snk SELECT id FROM src;
SELECT id FROM src;
INSERT INTO snk SELECT id * 2 FROM src;
