-- On 1.19 `qualify` and `monday` are plain names (2.0 reserves them).
CREATE TEMPORARY TABLE shifts (id BIGINT, monday INT, qualify BOOLEAN)
  WITH ('connector' = 'datagen');
CREATE TEMPORARY TABLE open_shifts (id BIGINT) WITH ('connector' = 'blackhole');
INSERT INTO open_shifts SELECT id FROM shifts WHERE qualify AND monday > 0;
