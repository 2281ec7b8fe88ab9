-- datagen and the CDC sources only read; print and blackhole only write:
-- Flink finds no sink (or source) for such a table when it plans the job.
CREATE TEMPORARY TABLE orders (order_id BIGINT, amount DOUBLE)
  WITH ('connector' = 'datagen');
CREATE TEMPORARY TABLE audit (order_id BIGINT, amount DOUBLE,
  ts TIMESTAMP(3), WATERMARK FOR ts AS ts)
  WITH ('connector' = 'print');
CREATE TEMPORARY TABLE customers (id BIGINT, name STRING, PRIMARY KEY (id) NOT ENFORCED)
  WITH ('connector' = 'mysql-cdc', 'hostname' = 'db', 'username' = 'u',
        'password' = 'p', 'database-name' = 'shop', 'table-name' = 'customers');

BEGIN STATEMENT SET;
INSERT INTO orders SELECT order_id, amount FROM audit;
INSERT INTO customers SELECT order_id, 'x' FROM orders;
-- read through a window table function: still a read
INSERT INTO audit
SELECT order_id, SUM(amount), window_start
FROM TABLE(TUMBLE(TABLE audit, DESCRIPTOR(ts), INTERVAL '1' MINUTE))
GROUP BY order_id, window_start, window_end;
END;
