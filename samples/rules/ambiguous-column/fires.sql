-- An unqualified column that two joined tables have: the service answers
-- "Column 'user_id' is ambiguous".
CREATE TEMPORARY TABLE orders (
  order_id BIGINT,
  user_id BIGINT,
  amount DECIMAL(10, 2)
) WITH ('connector' = 'datagen');

CREATE TEMPORARY TABLE users (
  user_id BIGINT,
  user_name STRING
) WITH ('connector' = 'datagen');

CREATE TEMPORARY TABLE enriched (
  user_id BIGINT,
  user_name STRING,
  amount DECIMAL(10, 2)
) WITH ('connector' = 'print');

BEGIN STATEMENT SET;

INSERT INTO enriched
SELECT user_id, user_name, amount
FROM orders AS o
JOIN users AS u ON o.user_id = u.user_id;

-- a table and a derived table without a name: only the table can be named
INSERT INTO enriched
SELECT user_id, 'x', 0
FROM users, (SELECT user_id FROM orders)
WHERE user_id > 0;

END;
