-- A job script that also writes the catalog: every permanent DDL is reported.
CREATE TABLE orders (
  order_id BIGINT,
  amount   DECIMAL(10, 2)
) WITH ('connector' = 'datagen');

CREATE TEMPORARY TABLE big_orders (order_id BIGINT) WITH ('connector' = 'print');

CREATE VIEW recent AS SELECT * FROM orders;
CREATE FUNCTION to_eur AS 'com.example.ToEur';
CREATE DATABASE IF NOT EXISTS sales;
DROP TABLE IF EXISTS old_orders;
ALTER TABLE orders SET ('rows-per-second' = '100');

INSERT INTO big_orders SELECT order_id FROM recent WHERE to_eur(amount) > 1000;
