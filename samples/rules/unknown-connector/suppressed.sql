-- A connector of the team's own whose name happens to be close to a known one.
-- sqlcheck: disable=unknown-connector -- our in-house Kafka fork
CREATE TEMPORARY TABLE orders (id BIGINT) WITH ('connector' = 'kafkas');
