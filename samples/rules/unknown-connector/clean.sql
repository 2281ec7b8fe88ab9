-- Names of their own are custom connectors, not misspellings: a suffix or
-- prefix on a known name, another release, a name far from every known
-- one, a template's variable. Their options are not checked.
CREATE TEMPORARY TABLE a (id BIGINT) WITH ('connector' = 'kafka-x', 'anything' = '1');
CREATE TEMPORARY TABLE b (id BIGINT) WITH ('connector' = 'dynamic-kafka', 'streams' = 's');
CREATE TEMPORARY TABLE c (id BIGINT) WITH ('connector' = 'elasticsearch-6', 'hosts' = 'h');
CREATE TEMPORARY TABLE d (id BIGINT) WITH ('connector' = 'hbase-1.4', 'table-name' = 't');
CREATE TEMPORARY TABLE e (id BIGINT) WITH ('connector' = 'my-queue', 'endpoint' = 'e');
CREATE TEMPORARY TABLE f (id BIGINT) WITH ('connector' = '${source_connector}');
CREATE TEMPORARY TABLE g (id BIGINT) WITH (
  'connector' = 'filesystem', 'path' = '/tmp/g', 'format' = 'my-format',
  'my-format.flavour' = 'sweet'
);
CREATE TEMPORARY TABLE h (id BIGINT) WITH ('connector' = 'values');
