-- Still on a release that reads only the old name.
SET 'state.backend' = 'rocksdb';  -- sqlcheck: disable=deprecated-config-key
