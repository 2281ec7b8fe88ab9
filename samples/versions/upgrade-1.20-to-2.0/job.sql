-- Runs on 1.20 today. What breaks on 2.0: a word 2.0 reserves and a key it
-- removed. The rest works on both.
SET 'execution.async-state.buffer-size' = '1000';
SET 'state.backend.type' = 'rocksdb';
CREATE TEMPORARY TABLE shifts (id BIGINT, monday INT, `qualify` BOOLEAN)
  WITH ('connector' = 'datagen');
CREATE TEMPORARY TABLE open_shifts (id BIGINT) WITH ('connector' = 'blackhole');
INSERT INTO open_shifts SELECT id FROM shifts WHERE `qualify` AND monday > 0;
