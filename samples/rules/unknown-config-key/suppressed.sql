-- sqlcheck: disable=unknown-config-key -- read by our own UDF
SET 'table.exec.our-udf.cache' = 'on';
