/* flink_config.h -- a Flink configuration key and its value checked against
 * the facts (options.h): a `SET 'key' = 'value'` (or RESET) of a script,
 * or a line of a deployment's configuration file. One analysis serves the
 * rules FSQL401 unknown-config-key, FSQL402 deprecated-config-key and
 * FSQL403 invalid-config-value.
 */
#ifndef SQLCHECK_FLINK_CONFIG_H
#define SQLCHECK_FLINK_CONFIG_H

#include "sqlcheck/arena.h"
#include "sqlcheck/source.h"

#include <stdbool.h>
#include <stddef.h>

enum config_finding {
    CF_UNKNOWN_KEY,             /* FSQL401 */
    CF_DEPRECATED_KEY,          /* FSQL402 */
    CF_BAD_VALUE,               /* FSQL403 */
    CF_VERSION                  /* FSQL005: a key the target release lacks */
};

typedef void (*config_finding_fn)(void *user, enum config_finding kind,
                                  struct span at, const char *message,
                                  const char *hint);

struct target;

/* Check key (key_len bytes, at key_at) and its value (NULL: none, as for
 * RESET; at value_at) for the target's release (NULL: the newest); findings
 * go to fn, message and hint made in a. */
void flink_config_check(struct arena *a, const struct target *t,
                        const char *key, size_t key_len,
                        struct span key_at, const char *value,
                        size_t value_len, struct span value_at,
                        config_finding_fn fn, void *user);

/* The key Flink reads key[0..len) as, when key is an old name of exactly
 * one option (a deprecated alias: the same values); NULL otherwise. */
const char *flink_config_new_key(const char *key, size_t len);

/* Does key lie under a namespace of Flink's own options ("table.",
 * "execution.", ...)? */
bool flink_config_namespace(const char *key, size_t len);

#endif
