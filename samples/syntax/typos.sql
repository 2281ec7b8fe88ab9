-- Misspelt keywords get a suggestion.
SELEC id FROM orders;
SELECT id FORM orders;
SELECT id FROM orders WERE id > 1;
