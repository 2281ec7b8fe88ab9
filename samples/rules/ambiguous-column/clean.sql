-- Qualified, joined USING or NATURAL, or in a subquery's own scope:
-- nothing to report.
CREATE TEMPORARY TABLE orders (order_id BIGINT, user_id BIGINT, amount INT)
  WITH ('connector' = 'datagen');
CREATE TEMPORARY TABLE users (user_id BIGINT, user_name STRING)
  WITH ('connector' = 'datagen');
CREATE TEMPORARY TABLE enriched (user_id BIGINT, user_name STRING, amount INT)
  WITH ('connector' = 'print');

BEGIN STATEMENT SET;

INSERT INTO enriched
SELECT o.user_id, user_name, amount
FROM orders AS o JOIN users AS u ON o.user_id = u.user_id;

INSERT INTO enriched
SELECT user_id, user_name, amount FROM orders JOIN users USING (user_id);

INSERT INTO enriched
SELECT user_id, user_name, amount FROM orders NATURAL JOIN users;

-- the subquery sees its own users first: user_id is not ambiguous there
INSERT INTO enriched
SELECT o.user_id, 'x', o.amount
FROM orders AS o
WHERE EXISTS (SELECT 1 FROM users WHERE user_id = o.user_id);

END;
