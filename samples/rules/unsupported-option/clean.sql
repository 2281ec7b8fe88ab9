-- Pass-through prefixes, a key or value format's options, a Map option set
-- key by key, a connector that keeps options it does not know, a LIKE
-- table's options that its base's connector and formats take.
CREATE TEMPORARY TABLE orders (
  order_id BIGINT,
  amount DECIMAL(10, 2)
) WITH (
  'connector' = 'kafka',
  'topic' = 'orders',
  'properties.bootstrap.servers' = 'broker:9092',
  'properties.max.poll.records' = '500',
  'key.format' = 'json',
  'key.fields' = 'order_id',
  'key.json.ignore-parse-errors' = 'true',
  'value.format' = 'avro-confluent',
  'value.avro-confluent.url' = 'http://registry:8081',
  'value.avro-confluent.properties.basic.auth.user.info' = 'u:p',
  'scan.watermark.idle-timeout' = '1 min'
);

CREATE TEMPORARY TABLE generated (order_id BIGINT, user_name STRING) WITH (
  'connector' = 'datagen',
  'fields.user_name.length' = '8'
);

CREATE TEMPORARY TABLE lake (id BIGINT) WITH (
  'connector' = 'paimon',
  'path' = 's3://lake/id',
  'some.future.option' = 'x'
);

CREATE TEMPORARY TABLE orders_replay WITH (
  'key.json.fail-on-missing-field' = 'true',
  'scan.startup.mode' = 'earliest-offset'
) LIKE orders;

CREATE TEMPORARY TABLE cdc_orders (id BIGINT, PRIMARY KEY (id) NOT ENFORCED) WITH (
  'connector' = 'mysql-cdc',
  'hostname' = 'db', 'port' = '3306', 'username' = 'u', 'password' = 'p',
  'database-name' = 'shop', 'table-name' = 'orders',
  'debezium.snapshot.locking.mode' = 'none',
  'jdbc.properties.useSSL' = 'false'
);
