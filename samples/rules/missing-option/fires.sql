-- Options a connector or format requires: Flink answers "One or more
-- required options are missing" when the table is first read or written.
CREATE TEMPORARY TABLE orders (
  order_id BIGINT,
  amount DECIMAL(10, 2)
) WITH (
  'connector' = 'kafka',
  'format' = 'json'
);

CREATE TEMPORARY TABLE totals (
  user_id BIGINT,
  total DECIMAL(10, 2),
  PRIMARY KEY (user_id) NOT ENFORCED
) WITH (
  'connector' = 'upsert-kafka',
  'topic' = 'totals',
  'properties.bootstrap.servers' = 'broker:9092',
  'value.format' = 'json'
);

-- conditional requirements: a start mode that needs its offsets, a key
-- format that needs its fields, options set together, a format's own
CREATE TEMPORARY TABLE replay (
  id BIGINT,
  payload STRING
) WITH (
  'connector' = 'kafka',
  'topic' = 'replay',
  'properties.bootstrap.servers' = 'broker:9092',
  'scan.startup.mode' = 'specific-offsets',
  'key.format' = 'raw',
  'value.format' = 'avro-confluent'
);

CREATE TEMPORARY TABLE customers (
  id BIGINT,
  name STRING
) WITH (
  'connector' = 'jdbc',
  'url' = 'jdbc:mysql://db:3306/shop',
  'table-name' = 'customers',
  'username' = 'reader'
);

CREATE TEMPORARY TABLE files (line STRING) WITH (
  'connector' = 'filesystem'
);

-- faker: every column needs an expression (a ROW column's fields count)
CREATE TEMPORARY TABLE heroes (
  name STRING,
  `power` STRING,
  stats ROW<strength INT, speed INT>,
  seen AS PROCTIME()
) WITH (
  'connector' = 'faker',
  'fields.name.expression' = '#{superhero.name}',
  'fields.stats.strength.expression' = '#{number.numberBetween ''0'',''100''}',
  'fields.stats.speed.expression' = '#{number.numberBetween ''0'',''100''}'
);
