-- The same features used right: nothing to report.
CREATE TEMPORARY TABLE orders (
  order_id BIGINT,
  user_id BIGINT,
  amount DECIMAL(10, 2),
  tags ARRAY<STRING>,
  address ROW<city STRING, zip STRING>,
  ts TIMESTAMP(3),
  proc AS PROCTIME(),
  part INT METADATA FROM 'partition' VIRTUAL,
  WATERMARK FOR ts AS ts - INTERVAL '5' SECOND
) WITH ('connector' = 'datagen');

CREATE TEMPORARY TABLE users (
  user_id BIGINT,
  user_name STRING,
  PRIMARY KEY (user_id) NOT ENFORCED
) WITH ('connector' = 'jdbc', 'url' = 'jdbc:mysql://db:3306/app', 'table-name' = 'users');

CREATE TEMPORARY TABLE totals (
  user_name STRING,
  window_start TIMESTAMP(3),
  total DECIMAL(10, 2)
) WITH ('connector' = 'print');

CREATE TEMPORARY FUNCTION split_tags AS 'com.example.SplitTags';

BEGIN STATEMENT SET;

-- a window aggregation, then a lookup join on processing time
INSERT INTO totals
WITH per_user (uid, w_start, total) AS (
  SELECT user_id, window_start, SUM(amount)
  FROM TABLE(TUMBLE(TABLE orders, DESCRIPTOR(ts), INTERVAL '1' MINUTE))
  GROUP BY user_id, window_start, window_end
)
SELECT u.user_name, p.w_start, p.total
FROM per_user AS p
JOIN users AS u ON p.uid = u.user_id;

-- a temporal join, a nested field, a metadata column and ORDER BY an alias
INSERT INTO totals
SELECT u.user_name AS who, o.ts, o.amount + o.part
FROM orders AS o
JOIN users FOR SYSTEM_TIME AS OF o.proc AS u ON o.user_id = u.user_id
WHERE o.address.city = 'Berlin'
ORDER BY who;

-- LATERAL TABLE and UNNEST with column lists, a correlated subquery
INSERT INTO totals
SELECT t.tag, o.ts, o.amount
FROM orders AS o,
     LATERAL TABLE(split_tags(o.tags)) AS t(tag, weight)
WHERE EXISTS (SELECT 1 FROM users AS u WHERE u.user_id = o.user_id)
UNION ALL
SELECT tag, ts, amount
FROM orders CROSS JOIN UNNEST(tags) AS x(tag);

-- OVER windows, a star, a set operation and a derived table
INSERT INTO totals
SELECT user_name, ts, total
FROM (
  SELECT CAST(user_id AS STRING) AS user_name, ts,
         SUM(amount) OVER (PARTITION BY user_id ORDER BY ts
                           ROWS BETWEEN 10 PRECEDING AND CURRENT ROW) AS total
  FROM orders
) AS r
WHERE r.total > 0;

END;
