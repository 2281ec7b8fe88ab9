/* unknown_config_key.c -- FSQL401: a SET or RESET of a key that is a
 * misspelling of a Flink configuration key, or that lies under one of
 * Flink's namespaces and is none of its keys (user parameters stay silent).
 * The analysis of a key and its value is shared by FSQL401-403
 * (src/flink_config.c); this rule reports its part. */
#include "sqlcheck/check.h"

void check_unknown_config_key(struct check_ctx *c, const struct node *stmt)
{
    report_config(c, stmt, CF_UNKNOWN_KEY);
}
