CREATE TEMPORARY TABLE src (id BIGINT) WITH ('connector' = 'datagen');
CREATE TEMPORARY TABLE snk (id BIGINT) WITH ('connector' = 'print');
-- sqlcheck: disable=statement-set -- the preview query is removed before deploying
BEGIN STATEMENT SET;
INSERT INTO snk SELECT id FROM src;
SELECT id FROM src;
END;
