-- Counts that agree: computed and VIRTUAL columns are not written, static
-- partition columns are given by PARTITION, VALUES rows count too.
CREATE TEMPORARY TABLE orders (order_id BIGINT, amount DECIMAL(10, 2), dt STRING)
  WITH ('connector' = 'datagen');
CREATE TEMPORARY TABLE sink (
  order_id BIGINT,
  amount DECIMAL(10, 2),
  doubled AS amount * 2,
  part INT METADATA FROM 'partition' VIRTUAL,
  ts TIMESTAMP(3) METADATA FROM 'timestamp',
  dt STRING
) PARTITIONED BY (dt) WITH ('connector' = 'filesystem', 'path' = '/tmp/x', 'format' = 'csv');

BEGIN STATEMENT SET;
INSERT INTO sink SELECT order_id, amount, CURRENT_TIMESTAMP, dt FROM orders;
INSERT INTO sink PARTITION (dt = '2026-12-05') SELECT order_id, amount, CURRENT_TIMESTAMP FROM orders;
INSERT INTO sink (order_id, amount) SELECT order_id, amount FROM orders;
INSERT INTO sink VALUES (1, 2.5, TIMESTAMP '2026-12-05 00:00:00', 'x');
INSERT INTO sink SELECT * FROM (SELECT order_id, amount, CURRENT_TIMESTAMP AS ts, dt FROM orders);
END;
