-- Columns that come from elsewhere: a LIKE clause, a query (CREATE TABLE AS,
-- a view), ALTER TABLE. Each reference below misses one of them.
-- sqlcheck: disable-file=non-temporary-ddl,multiple-inserts,statement-order -- a SQL-client script
CREATE TEMPORARY TABLE clicks (
  id BIGINT,
  url STRING,
  ts TIMESTAMP(3),
  pt AS PROCTIME(),
  part BIGINT METADATA FROM 'partition' VIRTUAL,
  WATERMARK FOR ts AS ts - INTERVAL '5' SECOND
) WITH ('connector' = 'kafka', 'topic' = 'clicks', 'format' = 'json',
        'properties.bootstrap.servers' = 'broker:9092');
-- every column of clicks, then its own
CREATE TABLE clicks_eu (region STRING) WITH ('topic' = 'clicks-eu') LIKE clicks;
-- leaves the computed column pt out
CREATE TABLE clicks_raw WITH ('topic' = 'raw') LIKE clicks (EXCLUDING GENERATED);
-- leaves pt and the metadata column part out
CREATE TEMPORARY TABLE clicks_bare WITH ('topic' = 'bare') LIKE clicks (EXCLUDING ALL);
CREATE TEMPORARY TABLE sink (a BIGINT, b STRING) WITH ('connector' = 'blackhole');

INSERT INTO sink SELECT id, regoin FROM clicks_eu;
INSERT INTO sink SELECT id, CAST(pt AS STRING) FROM clicks_raw;
INSERT INTO sink SELECT id, CAST(part AS STRING) FROM clicks_bare;

-- a table made by a query has the query's columns: url is now `page`
CREATE TABLE pages WITH ('connector' = 'filesystem', 'path' = '/tmp/p', 'format' = 'csv')
AS SELECT id, url AS page FROM clicks;
INSERT INTO sink SELECT id, url FROM pages;

-- a view's are its query's: every column of clicks
CREATE TEMPORARY VIEW all_clicks AS SELECT * FROM clicks;
INSERT INTO sink SELECT id, urll FROM all_clicks;

-- ALTER TABLE changes them (of catalog tables: clicks_eu, clicks_raw)
ALTER TABLE clicks_eu RENAME region TO area;
INSERT INTO sink SELECT id, region FROM clicks_eu;
ALTER TABLE clicks_eu DROP url;
INSERT INTO sink SELECT id, url FROM clicks_eu;
-- a renamed table keeps its columns
ALTER TABLE clicks_raw RENAME TO raw_clicks;
INSERT INTO sink SELECT id, CAST(pt AS STRING) FROM raw_clicks;
