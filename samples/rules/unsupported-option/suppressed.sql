-- An option of a newer connector release than sqlcheck's tables know.
CREATE TEMPORARY TABLE orders (id BIGINT) WITH (
  'connector' = 'kafka', 'topic' = 'orders',
  'properties.bootstrap.servers' = 'broker:9092', 'format' = 'json',
  'scan.brand-new-option' = 'on'  -- sqlcheck: disable=FSQL303
);
