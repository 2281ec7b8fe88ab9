-- sqlcheck: disable=rejected-statement -- a draft for another engine
CREATE TEMPORARY TABLE orders (id BIGINT, PRIMARY KEY (id)) WITH ('connector' = 'datagen');
