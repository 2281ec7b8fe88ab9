-- Values Flink cannot convert to the option's type, or outside its set.
CREATE TEMPORARY TABLE orders (
  order_id BIGINT,
  amount DECIMAL(10, 2)
) WITH (
  'connector' = 'kafka',
  'topic' = 'orders',
  'properties.bootstrap.servers' = 'broker:9092',
  'scan.startup.mode' = 'earliest',
  'scan.topic-partition-discovery.interval' = '5 minuets',
  'sink.parallelism' = 'four',
  'format' = 'json',
  'json.ignore-parse-errors' = 'yes'
);

CREATE TEMPORARY TABLE files (line STRING) WITH (
  'connector' = 'filesystem',
  'path' = '/data/lines',
  'format' = 'raw',
  'sink.rolling-policy.file-size' = '128 megs'
);
