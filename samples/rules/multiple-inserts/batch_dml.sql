-- DELETE and UPDATE (batch mode) run as jobs of their own, like INSERT:
-- one per script, after the DDL, next to temporary DDL only.
CREATE TEMPORARY TABLE orders (id BIGINT, amount DECIMAL(10, 2))
  WITH ('connector' = 'filesystem', 'path' = '/tmp/orders', 'format' = 'csv');
CREATE TEMPORARY TABLE archive (id BIGINT, amount DECIMAL(10, 2))
  WITH ('connector' = 'filesystem', 'path' = '/tmp/archive', 'format' = 'csv');

INSERT INTO archive SELECT id, amount FROM orders WHERE amount = 0;
DELETE FROM orders WHERE amount = 0;
UPDATE orders SET amount = 0 WHERE id = 42;
