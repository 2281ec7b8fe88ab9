-- Flink 1.20 parses CREATE MODEL but cannot run it (2.1 can); QUALIFY
-- is a clause from 2.0.
CREATE TEMPORARY MODEL sentiment INPUT (text STRING) OUTPUT (label STRING)
  WITH ('provider' = 'openai', 'endpoint' = 'https://api.example.com/v1');
CREATE TEMPORARY TABLE reviews (id BIGINT, text STRING) WITH ('connector' = 'datagen');
CREATE TEMPORARY TABLE latest (id BIGINT, text STRING) WITH ('connector' = 'blackhole');
INSERT INTO latest
SELECT id, text FROM reviews
QUALIFY ROW_NUMBER() OVER (PARTITION BY id ORDER BY id) = 1;
