-- The configuration tables start at 1.20: on 1.19 a key's deprecation
-- is not judged ('state.backend' is one by 1.20).
SET 'state.backend' = 'rocksdb';
SET 'parallelism.default' = '4';
