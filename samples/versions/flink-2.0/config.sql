-- Flink 2.0 removed this key: it is read no more.
SET 'execution.async-state.buffer-size' = '1000';
SET 'parallelism.default' = '4';
