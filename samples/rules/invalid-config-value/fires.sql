-- Values Flink cannot read for the key: the job fails when it starts.
SET 'execution.checkpointing.tolerable-failed-checkpoints' = '-1';
SET 'execution.checkpointing.interval' = '10 secs later';
SET 'execution.runtime-mode' = 'stream';
SET 'table.exec.mini-batch.size' = '5000.0';
SET 'python.fn-execution.bundle.size' = 'many';
SET execution.checkpointing.incremental = yes;
SET 'taskmanager.memory.process.size' = '4 gigs';
