/* config.h -- rule selection and .sqlcheckrc files.
 *
 * A .sqlcheckrc holds key=value lines; '#' at the start of a line or after
 * a blank starts a comment (so a value may hold '#'). The keys mirror the
 * long options: enable=, disable= (rules by code or name, comma-separated,
 * or all), catalog= (repeatable; relative to the file's directory),
 * fail-level=, target=, flink-version=, default-catalog=,
 * default-database=, connector-options=
 * (a file of the team's own connectors' options, options.h) and
 * flink-config= (the deployment's Flink configuration, flink_yaml.h). The nearest one walking up from a checked file's directory
 * applies to that file; command-line options override it.
 */
#ifndef SQLCHECK_CONFIG_H
#define SQLCHECK_CONFIG_H

#include "sqlcheck/check.h"
#include "sqlcheck/target.h"

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

/* Per rule: 0 not set, 1 enabled, -1 disabled. */
struct rule_states {
    signed char state[MAX_RULES];
};

/* Apply "FSQL201,undefined-function" or "all" to rs. On an unknown rule,
 * returns false and writes a message (with a suggestion) to err. */
bool rule_states_apply(struct rule_states *rs, const char *list, bool enable,
                       char *err, size_t errlen);

/* Severity named by s ("error", "warning", "note"), 3 for "none", -1 if
 * unknown (with a suggestion in err). */
int fail_level_parse(const char *s, char *err, size_t errlen);

struct config {
    char *path;                 /* the .sqlcheckrc */
    struct rule_states rules;
    int fail_level;             /* -1: not set */
    char **catalogs;            /* resolved paths */
    size_t ncatalogs;
    char *default_catalog;      /* NULL: not set */
    char *connector_options;    /* a file of connector options (resolved
                                 * path, options.h), or NULL */
    char *flink_config;         /* the deployment's Flink configuration
                                 * (flink_yaml.h), or NULL */
    char *default_database;
    struct target target;       /* target= and flink-version=, where */
    bool has_runner;            /* set */
    bool has_release;
};

/* Read path into c; problems are printed to err as "path:line: ..." and
 * make it return false. */
bool config_load(struct config *c, const char *path, FILE *err);
void config_free(struct config *c);

#endif
