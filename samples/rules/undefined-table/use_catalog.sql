-- USE changes where short names resolve.
CREATE TEMPORARY TABLE staging.orders (id BIGINT) WITH ('connector' = 'datagen');
CREATE TEMPORARY TABLE default_database.snk (id BIGINT) WITH ('connector' = 'print');
USE staging;
INSERT INTO default_database.snk SELECT id FROM orders;
