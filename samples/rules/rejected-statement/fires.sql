-- Valid syntax, rejected by Flink when the draft is validated.
CREATE TEMPORARY TABLE orders (
  id BIGINT,
  ts TIMESTAMP(3),
  PRIMARY KEY (id),
  WATERMARK FOR ts AS ts - INTERVAL '5' SECOND
) WITH ('connector' = 'datagen');
CREATE TEMPORARY TABLE users (
  id BIGINT,
  email STRING,
  UNIQUE (email)
) WITH ('connector' = 'datagen');
CREATE TEMPORARY TABLE clicks (
  ts TIMESTAMP(3),
  WATERMARK FOR ts AS ts,
  WATERMARK FOR ts AS ts - INTERVAL '1' SECOND
) WITH ('connector' = 'datagen');
CREATE TEMPORARY TABLE orders2 (id BIGINT) WITH ('connector' = 'datagen')
LIKE orders (INCLUDING OPTIONS EXCLUDING OPTIONS);
CREATE TEMPORARY FUNCTION f AS 'f' LANGUAGE PYTHON USING JAR 'file:///f.jar';
EXPLAIN CHANGELOG_MODE, CHANGELOG_MODE SELECT * FROM orders;
CREATE TEMPORARY VIEW magic AS SELECT X'CAFEBAB' AS payload;
CREATE TEMPORARY TABLE big_orders WITH ('connector' = 'print') AS SELECT * FROM orders;
-- one finding a statement: the second WATERMARK, not also the untyped column
CREATE TEMPORARY TABLE page_views (
  page,
  ts TIMESTAMP(3),
  WATERMARK FOR ts AS ts,
  WATERMARK FOR ts AS ts - INTERVAL '1' SECOND
) WITH ('connector' = 'datagen');
-- ... and the TEMPORARY table made by a query, not also its second WATERMARK
-- sqlcheck: disable=multiple-inserts -- this file is a list of cases, not one job
CREATE TEMPORARY TABLE late_orders (
  id BIGINT,
  ts TIMESTAMP(3),
  WATERMARK FOR ts AS ts,
  WATERMARK FOR ts AS ts
) WITH ('connector' = 'print') AS SELECT 1 AS id, ts FROM clicks;
