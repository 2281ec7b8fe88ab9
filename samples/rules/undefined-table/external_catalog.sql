-- Tables inside a catalog created here cannot be known: not reported.
-- sqlcheck: disable=non-temporary-ddl -- the catalog is registered for this job only
CREATE CATALOG lake WITH ('type' = 'paimon', 'warehouse' = 's3://lake/wh');
CREATE TEMPORARY TABLE snk (id BIGINT) WITH ('connector' = 'print');
INSERT INTO snk SELECT id FROM lake.sales.orders;
