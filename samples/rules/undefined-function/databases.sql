-- A temporary system function is found from any database; a temporary
-- function only in the database it was created in; neither once dropped.
-- sqlcheck: disable-file=non-temporary-ddl -- a SQL-client script
CREATE TEMPORARY SYSTEM FUNCTION parse_ua AS 'com.example.ParseUserAgent';
CREATE TEMPORARY FUNCTION split_tags AS 'com.example.SplitTags';
CREATE TEMPORARY SYSTEM FUNCTION old_ua AS 'com.example.OldUserAgent';
DROP TEMPORARY SYSTEM FUNCTION old_ua;
CREATE DATABASE IF NOT EXISTS staging;
USE staging;
CREATE TEMPORARY FUNCTION old_tags AS 'com.example.OldTags';
DROP TEMPORARY FUNCTION old_tags;
CREATE TEMPORARY TABLE src (agent STRING, tags STRING) WITH ('connector' = 'datagen');
CREATE TEMPORARY TABLE snk (ua STRING, tag STRING) WITH ('connector' = 'print');
BEGIN STATEMENT SET;
INSERT INTO snk SELECT parse_ua(agent), split_tags(tags) FROM src;
INSERT INTO snk SELECT old_ua(agent), old_tags(tags) FROM src;
END;
