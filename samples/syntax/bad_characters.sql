-- Characters that are not part of Flink SQL.
SELECT a # b FROM t;
SELECT 1 FROM t WHERE x = @y;
