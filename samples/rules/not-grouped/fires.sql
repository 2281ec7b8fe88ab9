-- A column of an aggregating query that is neither grouped nor aggregated:
-- the service answers "Expression '...' is not being grouped".
CREATE TEMPORARY TABLE orders (
  order_id BIGINT,
  user_id BIGINT,
  region STRING,
  amount DECIMAL(10, 2),
  ts TIMESTAMP(3),
  WATERMARK FOR ts AS ts - INTERVAL '5' SECOND
) WITH ('connector' = 'datagen');

CREATE TEMPORARY TABLE per_user (
  user_id BIGINT,
  region STRING,
  window_start TIMESTAMP(3),
  total DECIMAL(10, 2)
) WITH ('connector' = 'print');

INSERT INTO per_user
SELECT user_id, region, window_start, SUM(amount)
FROM TABLE(TUMBLE(TABLE orders, DESCRIPTOR(ts), INTERVAL '1' MINUTE))
GROUP BY user_id, window_start, window_end;
