-- Values as Flink reads them: enumerations in any case, durations and
-- memory sizes with or without a blank, a template's variables.
CREATE TEMPORARY TABLE orders (
  order_id BIGINT,
  amount DECIMAL(10, 2)
) WITH (
  'connector' = 'kafka',
  'topic' = 'orders',
  'properties.bootstrap.servers' = 'broker:9092',
  'scan.startup.mode' = 'EARLIEST-OFFSET',
  'scan.topic-partition-discovery.interval' = '5min',
  'sink.parallelism' = '${parallelism}',
  'sink.partitioner' = 'com.example.OrderPartitioner',
  'format' = 'json',
  'json.ignore-parse-errors' = 'TRUE'
);

CREATE TEMPORARY TABLE files (line STRING) WITH (
  'connector' = 'filesystem',
  'path' = '/data/lines',
  'format' = 'raw',
  'sink.rolling-policy.file-size' = '128MB',
  'sink.rolling-policy.rollover-interval' = '30 min'
);
