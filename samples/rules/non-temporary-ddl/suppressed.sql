-- The sink really lives in the catalog: say so next to the statement.
-- sqlcheck: disable=non-temporary-ddl -- created once by the platform team
CREATE TABLE IF NOT EXISTS sink_orders (order_id BIGINT) WITH ('connector' = 'print');
CREATE TEMPORARY TABLE src (order_id BIGINT) WITH ('connector' = 'datagen');
INSERT INTO sink_orders SELECT order_id FROM src;
