-- On 1.17 a team registers its own ARRAY_CONCAT: the script's function,
-- not the later built-in.
CREATE TEMPORARY FUNCTION ARRAY_CONCAT AS 'com.example.udf.ArrayConcat';
CREATE TEMPORARY TABLE carts (id BIGINT, items ARRAY<STRING>, extras ARRAY<STRING>)
  WITH ('connector' = 'datagen');
CREATE TEMPORARY TABLE cart_items (id BIGINT, items ARRAY<STRING>)
  WITH ('connector' = 'blackhole');
INSERT INTO cart_items SELECT id, ARRAY_CONCAT(items, extras) FROM carts;
