-- Built-in functions of every kind, and UDFs created first (any case).
CREATE TEMPORARY SYSTEM FUNCTION Parse_UA AS 'com.example.ParseUserAgent';
CREATE TEMPORARY FUNCTION split_tags AS 'com.example.SplitTags';
CREATE TEMPORARY TABLE src (agent STRING, tags STRING, amount DOUBLE, ts TIMESTAMP(3),
  WATERMARK FOR ts AS ts - INTERVAL '5' SECOND) WITH ('connector' = 'datagen');
CREATE TEMPORARY TABLE snk (ua STRING, tag STRING, w TIMESTAMP(3), total DOUBLE)
  WITH ('connector' = 'print');
INSERT INTO snk
SELECT parse_ua(agent), t.tag, window_start,
       ROUND(SUM(amount), 2) + COALESCE(MAX(amount), 0) * CAST(COUNT(*) AS DOUBLE)
FROM TABLE(TUMBLE(TABLE src, DESCRIPTOR(ts), INTERVAL '1' MINUTE)) AS s,
     LATERAL TABLE(split_tags(s.tags)) AS t(tag)
WHERE JSON_VALUE(s.agent, '$.os') IS NOT NULL AND DATE_FORMAT(s.ts, 'HH') <> '00'
GROUP BY parse_ua(agent), t.tag, window_start, window_end;
