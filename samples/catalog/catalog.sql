-- What already exists in the service's catalog (the DDL of the platform's
-- tables), read with --catalog or "catalog=" in .sqlcheckrc.
CREATE TABLE orders (order_id BIGINT, amount DECIMAL(10, 2)) WITH ('connector' = 'kafka', 'topic' = 'orders',
  'properties.bootstrap.servers' = 'broker:9092', 'format' = 'json');
CREATE TABLE dwd.order_facts (order_id BIGINT, amount DECIMAL(10, 2)) WITH ('connector' = 'paimon');
CREATE FUNCTION to_eur AS 'com.example.ToEur';
CREATE CATALOG hive_prod WITH ('type' = 'hive');
