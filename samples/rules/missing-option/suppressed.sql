-- The servers come from the deployment's configuration, not the script.
-- sqlcheck: disable=missing-option -- bootstrap servers injected at deploy
CREATE TEMPORARY TABLE orders (id BIGINT) WITH (
  'connector' = 'kafka', 'topic' = 'orders', 'format' = 'json'
);
