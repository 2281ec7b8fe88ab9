-- An INSERT whose query gives one column too many or too few: the service
-- answers "Column types of query result and sink ... do not match".
CREATE TEMPORARY TABLE orders (
  order_id BIGINT,
  user_id BIGINT,
  amount DECIMAL(10, 2),
  ts TIMESTAMP(3),
  proc AS PROCTIME()
) WITH ('connector' = 'datagen');

CREATE TEMPORARY TABLE order_sink (
  order_id BIGINT,
  amount DECIMAL(10, 2),
  part INT METADATA FROM 'partition' VIRTUAL
) WITH ('connector' = 'print');

EXECUTE STATEMENT SET BEGIN

-- SELECT * gives every column of orders, the computed one too: 5, not 2
INSERT INTO order_sink SELECT * FROM orders;

-- three values for a list of two
INSERT INTO order_sink (order_id, amount) SELECT order_id, user_id, amount FROM orders;

-- a column the sink does not have
INSERT INTO order_sink (order_id, total) SELECT order_id, amount FROM orders;

-- (one statement: EXECUTE STATEMENT SET's INSERTs are all checked)
END;
