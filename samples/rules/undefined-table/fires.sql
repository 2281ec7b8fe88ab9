-- Tables must be defined before use; a typo gets a suggestion.
CREATE TEMPORARY TABLE orders (id BIGINT, user_id BIGINT) WITH ('connector' = 'datagen');
CREATE TEMPORARY TABLE snk (id BIGINT) WITH ('connector' = 'print');

INSERT INTO snk
SELECT o.id FROM ordres o JOIN users u ON o.user_id = u.id;
