-- Checked for the newest release (2.3): words Flink 2.0 reserved are no
-- bare names any more, and ALTER TABLE ... COMPACT left in 2.0.
CREATE TEMPORARY TABLE shifts (id BIGINT, monday INT, qualify BOOLEAN)
  WITH ('connector' = 'datagen');
CREATE TABLE archive (id BIGINT) WITH ('connector' = 'filesystem',
  'path' = '/tmp/archive', 'format' = 'csv');
ALTER TABLE archive COMPACT;
