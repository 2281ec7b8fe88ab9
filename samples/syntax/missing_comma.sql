-- Commas forgotten between list items: each statement gets one error,
-- with the ',' that is probably missing as its hint.
SELECT sensor_id AVG(temperature) FROM readings GROUP BY sensor_id;

CREATE TEMPORARY TABLE readings (
  sensor_id STRING
  temperature DOUBLE
) WITH ('connector' = 'datagen');

-- two options on two lines: 'datagen' and 'rows-per-second' are one string
CREATE TEMPORARY TABLE ticks (n BIGINT) WITH (
  'connector' = 'datagen'
  'rows-per-second' = '5'
);

SELECT * FROM readings WHERE sensor_id IN ('a' 'b');
