-- Known keys, keys with placeholders, and a user's own parameters (keys
-- outside Flink's namespaces) stay silent.
SET 'execution.checkpointing.interval' = '10 s';
SET 'table.exec.mini-batch.enabled' = 'true';
SET table.exec.state.ttl = 1h;
SET 'metrics.reporter.prom.factory.class' = 'org.apache.flink.metrics.prometheus.PrometheusReporterFactory';
SET 'my.job.owner' = 'analytics';
SET 'test-key' = 'test-value';
SET 'table.exec.hive.infer-source-parallelism.max' = '100';
SET;
RESET;
