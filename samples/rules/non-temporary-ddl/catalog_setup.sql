-- A catalog set-up script runs no job: permanent DDL is what it is for.
CREATE DATABASE IF NOT EXISTS sales;
CREATE TABLE sales.orders (
  order_id BIGINT,
  amount   DECIMAL(10, 2)
) WITH ('connector' = 'kafka', 'topic' = 'orders', 'format' = 'json',
        'properties.bootstrap.servers' = 'broker:9092');
CREATE VIEW sales.big_orders AS SELECT * FROM sales.orders WHERE amount > 1000;
