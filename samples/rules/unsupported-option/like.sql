-- A LIKE table's options are its base's, then its own, which override
-- them (unless EXCLUDING OPTIONS): they are judged together, with the
-- connector and formats that result.
CREATE TEMPORARY TABLE orders (order_id BIGINT, amount DOUBLE) WITH (
  'connector' = 'kafka', 'topic' = 'orders',
  'properties.bootstrap.servers' = 'broker:9092', 'format' = 'json');

CREATE TEMPORARY TABLE orders_replay WITH (
  'scan.startup.mod' = 'earliest-offset',
  'csv.field-delimiter' = ';'
) LIKE orders;

CREATE TEMPORARY TABLE orders_bounded WITH (
  'scan.bounded.mode' = 'latest'
) LIKE orders (EXCLUDING ALL INCLUDING OPTIONS);

-- another connector over the base's options: what it needs is missing
CREATE TEMPORARY TABLE orders_upsert (
  PRIMARY KEY (order_id) NOT ENFORCED
) WITH ('connector' = 'upsert-kafka') LIKE orders;

-- the base's options left out: only its own count
CREATE TEMPORARY TABLE orders_gen WITH ('connector' = 'datagen')
LIKE orders (EXCLUDING OPTIONS);
