-- A query's OPTIONS hint adds to the table's options: what it adds is
-- checked against the table's connector and formats (FSQL303, FSQL304).
CREATE TEMPORARY TABLE orders (order_id BIGINT, amount DOUBLE) WITH (
  'connector' = 'kafka', 'topic' = 'orders',
  'properties.bootstrap.servers' = 'broker:9092', 'format' = 'json'
);
CREATE TEMPORARY TABLE audit (order_id BIGINT, amount DOUBLE)
  WITH ('connector' = 'blackhole');
CREATE TEMPORARY VIEW big AS SELECT * FROM orders WHERE amount > 100;

BEGIN STATEMENT SET;
INSERT INTO audit
SELECT order_id, amount
FROM orders /*+ OPTIONS('scan.startup.mode' = 'earliest-offset',
                        'json.ignore-parse-error' = 'true') */;
INSERT INTO audit
SELECT order_id, amount
FROM orders /*+ OPTIONS('scan.startup.mode' = 'earliest') */ AS o;
-- a view's hints are not judged: its tables' options are not its own
INSERT INTO audit SELECT order_id, amount FROM big /*+ OPTIONS('x' = 'y') */;
END;
