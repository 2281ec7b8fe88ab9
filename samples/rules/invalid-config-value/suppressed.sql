-- sqlcheck: disable=invalid-config-value -- replaced by the deploy script
SET 'execution.runtime-mode' = 'RUNTIME_MODE';
