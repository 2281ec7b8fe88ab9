-- An unterminated string is reported where it starts.
SELECT 'abc FROM t;
SELECT 1;
