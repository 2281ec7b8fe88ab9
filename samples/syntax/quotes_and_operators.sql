-- Flink SQL strings use single quotes; '!=' is not accepted.
SELECT * FROM orders WHERE status = "shipped";
SELECT * FROM orders WHERE status != 'shipped';
SELECT * FROM orders WHERE status <> 'shipped' AND note = 'a' 'b';
SELECT * FROM orders WHERE note = 'first line '
  'second line';
