-- Built-ins are known; anything else must be created first.
CREATE TEMPORARY TABLE src (s STRING, ts TIMESTAMP(3)) WITH ('connector' = 'datagen');
CREATE TEMPORARY TABLE snk (s STRING) WITH ('connector' = 'print');
CREATE TEMPORARY FUNCTION mask_email AS 'com.example.MaskEmail';
INSERT INTO snk
SELECT mask_email(s) || DATE_FORMAT(ts, 'yyyy') || UPPER(s) || mask_emial(s) || parse_ua(s)
FROM src;
