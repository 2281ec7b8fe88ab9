-- Every requirement met; a table whose options come from its LIKE base is
-- not judged on what it lists itself.
CREATE TEMPORARY TABLE orders (
  order_id BIGINT,
  amount DECIMAL(10, 2)
) WITH (
  'connector' = 'kafka',
  'topic-pattern' = 'orders-.*',
  'properties.bootstrap.servers' = 'broker:9092',
  'value.format' = 'json',
  'scan.startup.mode' = 'timestamp',
  'scan.startup.timestamp-millis' = '1700000000000'
);

CREATE TEMPORARY TABLE orders_replay WITH (
  'scan.startup.mode' = 'earliest-offset'
) LIKE orders;

CREATE TEMPORARY TABLE totals (
  user_id BIGINT,
  total DECIMAL(10, 2),
  PRIMARY KEY (user_id) NOT ENFORCED
) WITH (
  'connector' = 'upsert-kafka',
  'topic' = 'totals',
  'properties.bootstrap.servers' = 'broker:9092',
  'key.format' = 'json',
  'value.format' = 'avro-confluent',
  'value.avro-confluent.url' = 'http://registry:8081'
);

CREATE TEMPORARY TABLE customers (id BIGINT, name STRING) WITH (
  'connector' = 'jdbc',
  'url' = 'jdbc:mysql://db:3306/shop',
  'table-name' = 'customers',
  'username' = 'reader',
  'password' = 'secret'
);

CREATE TEMPORARY TABLE files (line STRING) WITH (
  'connector' = 'filesystem', 'path' = 's3://bucket/lines', 'format' = 'raw'
);
