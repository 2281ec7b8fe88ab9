-- Sources read, sinks written; tables whose connector cannot be known (a
-- view, a LIKE copy, a custom connector) are not judged.
CREATE TEMPORARY TABLE orders (order_id BIGINT, amount DOUBLE)
  WITH ('connector' = 'datagen');
CREATE TEMPORARY TABLE audit (order_id BIGINT, amount DOUBLE)
  WITH ('connector' = 'print');
CREATE TEMPORARY TABLE mirror WITH ('number-of-rows' = '10') LIKE orders;
CREATE TEMPORARY TABLE queue (order_id BIGINT, amount DOUBLE)
  WITH ('connector' = 'my-queue');
CREATE TEMPORARY VIEW big AS SELECT * FROM orders WHERE amount > 100;

BEGIN STATEMENT SET;
INSERT INTO audit SELECT order_id, amount FROM big;
INSERT INTO audit SELECT order_id, amount FROM mirror;
INSERT INTO queue SELECT order_id, amount FROM orders;
INSERT INTO audit SELECT order_id, amount FROM queue;
END;
