-- The clean twin of derived.sql: the same columns, used as they are.
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
CREATE TABLE clicks_eu (region STRING) WITH ('topic' = 'clicks-eu') LIKE clicks;
CREATE TABLE clicks_raw WITH ('topic' = 'raw') LIKE clicks (EXCLUDING GENERATED);
CREATE TEMPORARY TABLE clicks_bare WITH ('topic' = 'bare')
  LIKE clicks (EXCLUDING ALL INCLUDING METADATA);
CREATE TEMPORARY TABLE sink (a BIGINT, b STRING) WITH ('connector' = 'blackhole');

INSERT INTO sink SELECT id, region FROM clicks_eu;
INSERT INTO sink SELECT id, CAST(pt AS STRING) FROM clicks_eu;
INSERT INTO sink SELECT id, CAST(part AS STRING) FROM clicks_raw;
INSERT INTO sink SELECT id, CAST(part AS STRING) FROM clicks_bare;
-- SELECT * of clicks_bare: id, url, ts and the stored metadata column part
INSERT INTO sink SELECT id, url FROM (SELECT * FROM clicks_bare);

CREATE TABLE pages WITH ('connector' = 'filesystem', 'path' = '/tmp/p', 'format' = 'csv')
AS SELECT id, url AS page FROM clicks;
INSERT INTO sink SELECT id, page FROM pages;

ALTER TABLE clicks_eu RENAME region TO area;
INSERT INTO sink SELECT id, area FROM clicks_eu;
ALTER TABLE clicks_eu ADD (country STRING, seen AS CURRENT_TIMESTAMP);
ALTER TABLE clicks_eu DROP url;
ALTER TABLE clicks_eu MODIFY country STRING NOT NULL;
INSERT INTO sink SELECT id, country FROM clicks_eu WHERE seen IS NOT NULL;
-- replaced: which definition holds is not known, so nothing is said
CREATE TEMPORARY TABLE IF NOT EXISTS sink (x INT) WITH ('connector' = 'print');
INSERT INTO sink SELECT x FROM (VALUES (1)) AS v (x);
ALTER TABLE clicks_raw RENAME TO raw_clicks;
INSERT INTO sink SELECT id, url FROM raw_clicks;
