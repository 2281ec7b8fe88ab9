-- A column named user must be quoted: bare, it is the USER function.
CREATE TEMPORARY TABLE clicks (`user` STRING, url STRING)
  WITH ('connector' = 'datagen');
CREATE TEMPORARY TABLE per_user (`user` STRING, hits BIGINT)
  WITH ('connector' = 'blackhole');
INSERT INTO per_user
SELECT user, COUNT(url) FROM clicks WHERE User <> '' GROUP BY user;
