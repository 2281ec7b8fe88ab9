-- A database created twice in a SQL-client script: the second CREATE fails
-- (and one created once in two catalogs does not).
-- sqlcheck: disable-file=non-temporary-ddl -- a SQL-client script
CREATE DATABASE staging;
CREATE DATABASE staging;
CREATE DATABASE IF NOT EXISTS staging;
CREATE CATALOG other WITH ('type' = 'generic_in_memory');
CREATE DATABASE other.staging;
