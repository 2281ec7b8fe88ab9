-- Grouped, aggregated, or made of grouped columns: nothing to report.
CREATE TEMPORARY TABLE orders (
  order_id BIGINT, user_id BIGINT, region STRING, amount DECIMAL(10, 2),
  ts TIMESTAMP(3), WATERMARK FOR ts AS ts - INTERVAL '5' SECOND
) WITH ('connector' = 'datagen');
CREATE TEMPORARY TABLE per_user (user_id BIGINT, region STRING,
  window_start TIMESTAMP(3), total DECIMAL(10, 2)) WITH ('connector' = 'print');
CREATE TEMPORARY FUNCTION my_agg AS 'com.example.MyAggregate';

BEGIN STATEMENT SET;

INSERT INTO per_user
SELECT user_id, region, window_start, SUM(amount)
FROM TABLE(TUMBLE(TABLE orders, DESCRIPTOR(ts), INTERVAL '1' MINUTE))
GROUP BY user_id, region, window_start, window_end;

-- an expression of grouped columns, HAVING on an aggregate, ORDER BY alias
INSERT INTO per_user
SELECT user_id, UPPER(region) AS r, MAX(ts), COUNT(*) * 1.0 AS n
FROM orders
GROUP BY user_id, region
HAVING SUM(amount) > 10
ORDER BY n;

-- a legacy group window and its auxiliary function
INSERT INTO per_user
SELECT user_id, 'x', TUMBLE_START(ts, INTERVAL '1' HOUR), SUM(amount)
FROM orders
GROUP BY TUMBLE(ts, INTERVAL '1' HOUR), user_id;

-- grouped by a column of UNNEST's alias list
INSERT INTO per_user
SELECT user_id, tag, CURRENT_TIMESTAMP, SUM(amount)
FROM (SELECT *, ARRAY[region, 'all'] AS tags FROM orders) AS o
CROSS JOIN UNNEST(o.tags) AS u (tag)
GROUP BY user_id, tag;

-- a user-defined function may aggregate: nothing said of its arguments
INSERT INTO per_user
SELECT user_id, 'x', CURRENT_TIMESTAMP, my_agg(amount)
FROM orders
GROUP BY user_id;

END;
