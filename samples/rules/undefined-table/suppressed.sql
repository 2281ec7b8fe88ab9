CREATE TEMPORARY TABLE snk (id BIGINT) WITH ('connector' = 'print');
-- sqlcheck: disable=undefined-table -- registered by the platform
INSERT INTO snk SELECT id FROM platform_orders;
