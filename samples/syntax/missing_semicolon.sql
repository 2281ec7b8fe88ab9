-- A forgotten ';' is reported once; the next statement is still checked.
CREATE TEMPORARY TABLE src (a INT) WITH ('connector' = 'datagen')

INSERT INTO snk SELECT a FROM src
INSERT INTO snk SELECT a FROM src;
SELECT a FROM src WHERE;
