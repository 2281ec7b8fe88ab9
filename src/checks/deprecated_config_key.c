/* deprecated_config_key.c -- FSQL402: a SET or RESET of a key that Flink has
 * deprecated, renamed or removed; the hint names the key to use.
 * The analysis of a key and its value is shared by FSQL401-403
 * (src/flink_config.c); this rule reports its part. */
#include "sqlcheck/check.h"

void check_deprecated_config_key(struct check_ctx *c, const struct node *stmt)
{
    report_config(c, stmt, CF_DEPRECATED_KEY);
}
