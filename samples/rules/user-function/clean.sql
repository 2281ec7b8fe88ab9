CREATE TEMPORARY TABLE clicks (`user` STRING, url STRING)
  WITH ('connector' = 'datagen');
CREATE TEMPORARY TABLE per_user (`user` STRING, hits BIGINT, checked_by STRING)
  WITH ('connector' = 'blackhole');
INSERT INTO per_user
SELECT `user`, COUNT(url), CURRENT_USER FROM clicks GROUP BY `user`;
