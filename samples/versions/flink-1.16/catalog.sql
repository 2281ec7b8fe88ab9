-- A catalog set-up script for 1.16: ALTER TABLE ... SET and DESCRIBE are
-- old; ALTER TABLE ... ADD came in 1.17, DESCRIBE CATALOG in 1.20.
CREATE TABLE orders (id BIGINT, amount DOUBLE) WITH ('connector' = 'datagen');
ALTER TABLE orders SET ('rows-per-second' = '10');
ALTER TABLE orders ADD note STRING;
DESCRIBE orders;
DESCRIBE CATALOG default_catalog;
