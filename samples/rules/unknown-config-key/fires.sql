-- Flink takes any key in SET and ignores the ones it does not know: a typo
-- silently leaves the setting at its default.
SET 'execution.checkpointing.intervall' = '10 s';
SET 'table.exec.mini-batch.enable' = 'true';
SET table.exec.state.ttls = 1h;
SET 'table.exec.sink.upsert-materialise' = 'NONE';
RESET 'pipeline.nme';
