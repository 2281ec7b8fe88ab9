-- Catalog tables and functions resolve; anything else is still reported.
INSERT INTO dwd.order_facts
SELECT order_id, to_eur(amount) FROM orders
UNION ALL
SELECT order_id, amount FROM hive_prod.ods.orders
UNION ALL
SELECT order_id, amount FROM refunds;
