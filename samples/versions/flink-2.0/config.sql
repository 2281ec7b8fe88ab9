-- Flink 2.0 reads 'state.backend' as 'state.backend.type' (deprecated by
-- 1.20) and no longer reads 'execution.async-state.buffer-size' (removed).
SET 'state.backend' = 'rocksdb';
SET 'execution.async-state.buffer-size' = '1000';
SET 'parallelism.default' = '4';
