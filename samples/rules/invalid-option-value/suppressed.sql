-- sqlcheck: disable=invalid-option-value -- the value is replaced at deploy
CREATE TEMPORARY TABLE orders (id BIGINT) WITH (
  'connector' = 'kafka', 'topic' = 'orders',
  'properties.bootstrap.servers' = 'broker:9092', 'format' = 'json',
  'scan.startup.mode' = 'SCAN_MODE'
);
