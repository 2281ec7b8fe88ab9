-- END without BEGIN, and a set with nothing in it.
CREATE TEMPORARY TABLE src (id BIGINT) WITH ('connector' = 'datagen');
CREATE TEMPORARY TABLE snk (id BIGINT) WITH ('connector' = 'print');
BEGIN STATEMENT SET;
END;
END;
