-- An unterminated quoted name is reported where it starts.
SELECT `abc FROM t;
SELECT 1;
