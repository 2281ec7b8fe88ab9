-- A batch DELETE is the script's job: DDL after it comes too late, and
-- permanent DDL next to it is lost.
CREATE TEMPORARY TABLE orders (id BIGINT, amount DECIMAL(10, 2))
  WITH ('connector' = 'filesystem', 'path' = '/tmp/orders', 'format' = 'csv');
DELETE FROM orders WHERE amount = 0;
CREATE TABLE audit (id BIGINT) WITH ('connector' = 'blackhole');
