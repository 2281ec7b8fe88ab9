-- Options the connector and its formats do not take: Flink answers
-- "Unsupported options found for 'kafka'" when the job starts.
CREATE TEMPORARY TABLE orders (
  order_id BIGINT,
  user_name STRING,
  amount DECIMAL(10, 2)
) WITH (
  'connector' = 'kafka',
  'topic' = 'orders',
  'properties.bootstrap.servers' = 'broker:9092',
  'scan.startup.mod' = 'earliest-offset',
  'format' = 'json',
  'json.ignore-parse-error' = 'true',
  'csv.field-delimiter' = ';'
);

-- datagen's per-column options must name a column of the table
CREATE TEMPORARY TABLE generated (
  order_id BIGINT,
  user_name STRING
) WITH (
  'connector' = 'datagen',
  'fields.order_id.kind' = 'sequence',
  'fields.order_id.start' = '1',
  'fields.order_id.end' = '1000',
  'fields.username.length' = '8',
  'fields.usr.kind' = 'randomly'
);
