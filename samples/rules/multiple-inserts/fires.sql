-- Two INSERTs outside a statement set: the service runs only one.
CREATE TEMPORARY TABLE src (id BIGINT, v STRING) WITH ('connector' = 'datagen');
CREATE TEMPORARY TABLE sink_a (id BIGINT) WITH ('connector' = 'print');
CREATE TEMPORARY TABLE sink_b (v STRING) WITH ('connector' = 'print');

INSERT INTO sink_a SELECT id FROM src;
INSERT INTO sink_b SELECT v FROM src;
