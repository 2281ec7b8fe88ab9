-- A statement set of INSERTs that the script never ends: --fix adds END;
-- after the last one.
CREATE TEMPORARY TABLE src (id BIGINT) WITH ('connector' = 'datagen');
CREATE TEMPORARY TABLE snk (id BIGINT) WITH ('connector' = 'print');

BEGIN STATEMENT SET;
INSERT INTO snk SELECT id FROM src;
INSERT INTO snk SELECT id * 2 FROM src
