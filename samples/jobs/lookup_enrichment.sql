-- EXECUTE STATEMENT SET, a lookup join with a hint, a CTE and a UDF.
CREATE TEMPORARY FUNCTION mask_email AS 'com.example.udf.MaskEmail' LANGUAGE JAVA;

CREATE TEMPORARY TABLE clicks (
  user_id   BIGINT,
  url       STRING,
  ts        TIMESTAMP_LTZ(3),
  proc_time AS PROCTIME(),
  WATERMARK FOR ts AS ts - INTERVAL '10' SECOND
) WITH ('connector' = 'kafka', 'topic' = 'clicks', 'format' = 'json',
        'properties.bootstrap.servers' = 'broker:9092');

CREATE TEMPORARY TABLE users (
  user_id BIGINT,
  email   STRING,
  segment STRING,
  PRIMARY KEY (user_id) NOT ENFORCED
) WITH ('connector' = 'jdbc', 'url' = 'jdbc:mysql://db:3306/app', 'table-name' = 'users');

CREATE TEMPORARY TABLE enriched (user_id BIGINT, email STRING, segment STRING, url STRING)
WITH ('connector' = 'print');
CREATE TEMPORARY TABLE hourly (window_start TIMESTAMP(3), segment STRING, clicks BIGINT)
WITH ('connector' = 'print');

EXECUTE STATEMENT SET BEGIN
  INSERT INTO enriched
  WITH joined AS (
    SELECT /*+ LOOKUP('table'='u', 'async'='true') */ c.user_id, u.email, u.segment, c.url
    FROM clicks AS c
    JOIN users FOR SYSTEM_TIME AS OF c.proc_time AS u ON c.user_id = u.user_id
  )
  SELECT user_id, mask_email(email), COALESCE(segment, 'none'), url FROM joined;

  INSERT INTO hourly
  SELECT window_start, u.segment, COUNT(*)
  FROM TABLE(HOP(TABLE clicks, DESCRIPTOR(ts), INTERVAL '5' MINUTES, INTERVAL '1' HOUR)) AS c
  LEFT JOIN users FOR SYSTEM_TIME AS OF c.proc_time AS u ON c.user_id = u.user_id
  GROUP BY window_start, window_end, u.segment;
END;
