/* flink_yaml.h -- a deployment's Flink configuration file checked with the
 * configuration rules (FSQL401-403, flink_config.h): Flink 2.x's
 * config.yaml (standard YAML, nested maps or flat dotted keys, joined with
 * dots) and 1.x's flat flink-conf.yaml, read with libyaml. Findings are
 * placed in the YAML file.
 */
#ifndef SQLCHECK_FLINK_YAML_H
#define SQLCHECK_FLINK_YAML_H

#include "sqlcheck/arena.h"
#include "sqlcheck/diag.h"
#include "sqlcheck/source.h"

#include <stdbool.h>
#include <stddef.h>

/* What the script's checks take from the configuration. */
struct flink_yaml {
    bool hive_dialect;          /* table.sql-dialect: hive */
};

struct target;

/* Check the configuration in src (a YAML text) for the target's release
 * (NULL: the newest); findings of the rules not disabled (indexed by rule
 * id; NULL: none) go to dl. False when the text is not YAML or not a map
 * of keys, with a message (line:column: what) in err. */
bool flink_yaml_check(struct arena *a, struct source *src,
                      struct diag_list *dl, const bool *disabled,
                      const struct target *target, struct flink_yaml *out,
                      char *err, size_t errlen);

#endif
