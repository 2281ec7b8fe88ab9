-- CTEs, aliases, UNNEST outputs and window names are not tables; a table
-- dropped earlier is gone; USE changes where short names resolve.
CREATE TEMPORARY TABLE orders (id BIGINT, tags ARRAY<STRING>, ts TIMESTAMP(3),
  WATERMARK FOR ts AS ts) WITH ('connector' = 'datagen');
CREATE TEMPORARY TABLE snk (id BIGINT, tag STRING) WITH ('connector' = 'print');
CREATE TEMPORARY TABLE gone (id BIGINT) WITH ('connector' = 'datagen');
DROP TEMPORARY TABLE gone;
CREATE TEMPORARY TABLE other_db.t (id BIGINT) WITH ('connector' = 'datagen');

BEGIN STATEMENT SET;
INSERT INTO snk
WITH recent AS (SELECT * FROM orders WHERE ts > CURRENT_TIMESTAMP - INTERVAL '1' HOUR)
SELECT r.id, t.tag FROM recent AS r CROSS JOIN UNNEST(r.tags) AS t (tag);
INSERT INTO snk SELECT id, 'x' FROM gone;
INSERT INTO snk SELECT id, 'y' FROM other_db.t;
END;
