-- A typical deployment script: temporary tables first, then one statement set.
SET 'pipeline.name' = 'orders-enrichment';

CREATE TEMPORARY TABLE orders (
  order_id   BIGINT,
  user_id    STRING,
  amount     DECIMAL(10, 2),
  currency   STRING,
  order_time TIMESTAMP(3),
  proc_time  AS PROCTIME(),
  WATERMARK FOR order_time AS order_time - INTERVAL '5' SECOND
) WITH (
  'connector' = 'kafka',
  'topic' = 'orders',
  'properties.bootstrap.servers' = 'kafka:9092',
  'format' = 'json'
);

CREATE TEMPORARY TABLE fx_rates (
  currency STRING,
  rate     DECIMAL(10, 6),
  PRIMARY KEY (currency) NOT ENFORCED
) WITH (
  'connector' = 'jdbc',
  'url' = 'jdbc:postgresql://db:5432/fx',
  'table-name' = 'rates'
);

CREATE TEMPORARY TABLE revenue_per_minute (
  window_start TIMESTAMP(3),
  window_end   TIMESTAMP(3),
  revenue_eur  DECIMAL(20, 2)
) WITH ('connector' = 'print');

CREATE TEMPORARY TABLE big_orders (
  order_id BIGINT,
  amount   DECIMAL(10, 2)
) WITH ('connector' = 'blackhole');

BEGIN STATEMENT SET;

INSERT INTO revenue_per_minute
SELECT window_start, window_end, SUM(o.amount * r.rate)
FROM TABLE(TUMBLE(TABLE orders, DESCRIPTOR(order_time), INTERVAL '1' MINUTE)) AS o
JOIN fx_rates FOR SYSTEM_TIME AS OF o.proc_time AS r ON o.currency = r.currency
GROUP BY window_start, window_end;

INSERT INTO big_orders
SELECT order_id, amount FROM orders WHERE amount > 1000;

END;
