-- ARRAY_CONCAT and MAP_KEYS are built in from Flink 1.18; CTAS (1.16)
-- and ALTER TABLE ... ADD (1.17) are fine here.
CREATE TEMPORARY TABLE carts (id BIGINT, items ARRAY<STRING>, extras ARRAY<STRING>,
  prices MAP<STRING, DOUBLE>) WITH ('connector' = 'datagen');
CREATE TEMPORARY TABLE cart_items (id BIGINT, items ARRAY<STRING>, skus ARRAY<STRING>)
  WITH ('connector' = 'blackhole');
INSERT INTO cart_items
SELECT id, ARRAY_CONCAT(items, extras), MAP_KEYS(prices) FROM carts;
