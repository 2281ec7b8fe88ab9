-- An unterminated comment is reported where it starts.
SELECT 1;
/* the rest
SELECT 2;
