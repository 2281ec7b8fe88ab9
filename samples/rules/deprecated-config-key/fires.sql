-- Keys Flink has renamed: the old name still works for now (or no longer),
-- the new one is what to write.
SET 'state.backend' = 'rocksdb';
SET 'state.checkpoints.dir' = 's3://bucket/checkpoints';
SET 'state.backend.incremental' = 'true';
SET 'table.exec.shuffle-mode' = 'ALL_EDGES_BLOCKING';
-- a key split in two: both new keys are named
SET 'taskmanager.heap.size' = '4g';
