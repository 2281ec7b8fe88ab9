-- Scopes the binder must get right, all valid: nothing to report.
CREATE TEMPORARY TABLE bids (
  auction BIGINT,
  bidder BIGINT,
  price BIGINT,
  `timestamp` TIMESTAMP(3),
  `value` STRING,
  WATERMARK FOR `timestamp` AS `timestamp`
) WITH ('connector' = 'datagen');
CREATE TEMPORARY TABLE auctions (id BIGINT, seller BIGINT, category INT)
  WITH ('connector' = 'datagen');
CREATE TEMPORARY TABLE out1 (a BIGINT, b BIGINT) WITH ('connector' = 'blackhole');
CREATE TEMPORARY FUNCTION some_udtf AS 'com.example.SomeTableFunction';
-- sqlcheck: disable=non-temporary-ddl -- the catalog exists in the service
CREATE CATALOG hive_catalog WITH ('type' = 'hive');
CREATE TEMPORARY VIEW top_bids AS
  SELECT auction, MAX(price) AS max_price FROM bids GROUP BY auction;

BEGIN STATEMENT SET;

-- correlated subqueries see the outer query's columns
INSERT INTO out1
SELECT b.auction,
       (SELECT MAX(b2.price) FROM bids AS b2 WHERE b2.auction = b.auction)
FROM bids AS b
WHERE b.price > (SELECT AVG(price) FROM bids WHERE auction = b.auction)
  AND bidder IN (SELECT seller FROM auctions WHERE id = auction);

-- ORDER BY a column that is not selected, JOIN USING, NATURAL JOIN
INSERT INTO out1
SELECT auction, bidder FROM bids JOIN auctions ON auction = id
ORDER BY price DESC, `timestamp`;

INSERT INTO out1
SELECT x.id, y.id FROM auctions AS x JOIN auctions AS y USING (category);

-- VALUES with column names, TABLE t, a set operation ordered by its output
INSERT INTO out1
SELECT v.a, v.b FROM (VALUES (1, 2), (3, 4)) AS v (a, b)
UNION ALL
SELECT auction, price FROM (TABLE bids)
ORDER BY 1;

-- a derived table whose query has a WITH: its columns are its body's
INSERT INTO out1
SELECT s.auction, s.top
FROM (WITH best AS (SELECT * FROM bids) SELECT auction, price AS top FROM best) AS s;

-- a view has its query's columns
INSERT INTO out1
SELECT auction, max_price FROM top_bids;

-- a table function without a column list and MATCH_RECOGNIZE: their
-- columns are not all known, so nothing is said of them

INSERT INTO out1
SELECT s.auction, t.whatever
FROM bids AS s, LATERAL TABLE(some_udtf(s.`value`)) AS t;

INSERT INTO out1
SELECT m.a, m.b
FROM bids MATCH_RECOGNIZE (
  PARTITION BY auction
  ORDER BY `timestamp`
  MEASURES A.price AS a, B.price AS b
  PATTERN (A B)
  DEFINE A AS A.price > 10, B AS B.price < A.price
) AS m;

-- a table of a catalog sqlcheck cannot see into
INSERT INTO out1
SELECT whatever, anything FROM hive_catalog.db.events;

END;
