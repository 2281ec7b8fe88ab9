SET 'state.backend.type' = 'rocksdb';
SET 'execution.checkpointing.dir' = 's3://bucket/checkpoints';
SET 'execution.checkpointing.incremental' = 'true';
SET 'execution.batch-shuffle-mode' = 'ALL_EXCHANGES_BLOCKING';
