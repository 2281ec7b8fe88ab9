-- MATCH_RECOGNIZE over a watermarked stream, with a top-N in a view.
SET 'table.exec.state.ttl' = '1 h';
CREATE TEMPORARY TABLE payments (
  card_id BIGINT,
  amount  DECIMAL(10, 2),
  ts      TIMESTAMP(3),
  WATERMARK FOR ts AS ts - INTERVAL '5' SECOND
) WITH ('connector' = 'datagen');

CREATE TEMPORARY TABLE alerts (card_id BIGINT, first_ts TIMESTAMP(3), last_ts TIMESTAMP(3), total DECIMAL(20, 2))
WITH ('connector' = 'print');

CREATE TEMPORARY VIEW big_payments AS
SELECT card_id, amount, ts FROM (
  SELECT *, ROW_NUMBER() OVER (PARTITION BY card_id ORDER BY amount DESC) AS rn FROM payments
) WHERE rn <= 10;

INSERT INTO alerts
SELECT * FROM big_payments
MATCH_RECOGNIZE (
  PARTITION BY card_id
  ORDER BY ts
  MEASURES
    FIRST(S.ts) AS first_ts,
    LAST(B.ts) AS last_ts,
    SUM(B.amount) AS total
  ONE ROW PER MATCH
  AFTER MATCH SKIP PAST LAST ROW
  PATTERN (S B{3,}) WITHIN INTERVAL '10' MINUTE
  DEFINE
    S AS S.amount < 1,
    B AS B.amount > 500 AND B.amount > PREV(B.amount)
);
