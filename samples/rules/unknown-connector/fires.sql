-- A connector or format name one letter away from a known one: Flink finds
-- no factory for it when the job starts.
CREATE TEMPORARY TABLE orders (
  order_id BIGINT,
  amount DECIMAL(10, 2)
) WITH (
  'connector' = 'kafak',
  'topic' = 'orders',
  'properties.bootstrap.servers' = 'broker:9092',
  'format' = 'json'
);

CREATE TEMPORARY TABLE payments (
  payment_id BIGINT
) WITH (
  'connector' = 'kafka',
  'topic' = 'payments',
  'properties.bootstrap.servers' = 'broker:9092',
  'format' = 'jsno'
);

CREATE TEMPORARY TABLE audit (
  id BIGINT
) WITH (
  'connector' = 'Print'
);
