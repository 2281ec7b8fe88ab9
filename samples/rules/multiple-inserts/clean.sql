-- Both INSERTs in one statement set: one job.
CREATE TEMPORARY TABLE src (id BIGINT, v STRING) WITH ('connector' = 'datagen');
CREATE TEMPORARY TABLE sink_a (id BIGINT) WITH ('connector' = 'print');
CREATE TEMPORARY TABLE sink_b (v STRING) WITH ('connector' = 'print');

EXECUTE STATEMENT SET BEGIN
  INSERT INTO sink_a SELECT id FROM src;
  INSERT INTO sink_b SELECT v FROM src;
END;
