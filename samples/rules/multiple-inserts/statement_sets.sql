-- A statement set is the job: an INSERT after it, or a second set, is a
-- second job.
CREATE TEMPORARY TABLE src (id BIGINT) WITH ('connector' = 'datagen');
CREATE TEMPORARY TABLE sink_a (id BIGINT) WITH ('connector' = 'print');
CREATE TEMPORARY TABLE sink_b (id BIGINT) WITH ('connector' = 'print');

EXECUTE STATEMENT SET BEGIN
  INSERT INTO sink_a SELECT id FROM src;
  INSERT INTO sink_b SELECT id FROM src;
END;
INSERT INTO sink_a SELECT id FROM src;
BEGIN STATEMENT SET;
INSERT INTO sink_b SELECT id FROM src;
END;
