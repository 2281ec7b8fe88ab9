-- A column that no table in scope has: the service answers
-- "Column '...' not found in any table". Each typo gets the nearest name.
CREATE TEMPORARY TABLE orders (
  order_id BIGINT,
  user_id BIGINT,
  amount DECIMAL(10, 2),
  ts TIMESTAMP(3),
  WATERMARK FOR ts AS ts - INTERVAL '5' SECOND
) WITH ('connector' = 'datagen');

CREATE TEMPORARY TABLE users (
  user_id BIGINT,
  user_name STRING
) WITH ('connector' = 'datagen');

CREATE TEMPORARY TABLE totals (
  user_name STRING,
  window_start TIMESTAMP(3),
  total DECIMAL(10, 2)
) WITH ('connector' = 'print');

-- a view has its query's columns: amount is called total there
CREATE TEMPORARY VIEW big_orders AS
SELECT order_id, user_id, amount AS total FROM orders WHERE amount > 100;

BEGIN STATEMENT SET;

INSERT INTO totals
SELECT u.username, o.window_start, SUM(amout)
FROM TABLE(TUMBLE(TABLE orders, DESCRIPTOR(ts), INTERVAL '1' MINUTE)) AS o
JOIN users AS u ON o.user_id = u.user_id
GROUP BY u.user_name, o.window_start, o.window_end;

INSERT INTO totals
SELECT CAST(user_id AS STRING), CURRENT_TIMESTAMP, amount FROM big_orders;

END;
