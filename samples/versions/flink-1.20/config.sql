-- Keys that Flink 2.0 removed are still read on 1.20.
SET 'execution.async-state.buffer-size' = '1000';
SET 'parallelism.default' = '4';
