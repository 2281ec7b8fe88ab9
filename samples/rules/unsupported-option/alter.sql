-- ALTER TABLE ... SET adds options to the table's, RESET names keys: both
-- are judged against the table's connector and formats.
CREATE TABLE orders (order_id BIGINT, amount DOUBLE) WITH (
  'connector' = 'kafka', 'topic' = 'orders',
  'properties.bootstrap.servers' = 'broker:9092', 'format' = 'json');

ALTER TABLE orders SET (
  'scan.startup.mode' = 'earliest-offset',
  'json.ignore-parse-error' = 'true',
  'sink.parallelism' = 'two'
);
ALTER TABLE orders RESET ('scan.startup.mode', 'sink.paralelism');
