-- Reserved words used as column names must be quoted with backticks.
CREATE TEMPORARY TABLE events (
  id        BIGINT,
  timestamp TIMESTAMP(3)
) WITH ('connector' = 'datagen');

SELECT id, value FROM events;

SELECT id, `timestamp`, `value` FROM events;
