/* invalid_config_value.c -- FSQL403: a SET whose value does not convert to
 * the key's type, is not one of its values or is out of its range.
 * The analysis of a key and its value is shared by FSQL401-403
 * (src/flink_config.c); this rule reports its part. */
#include "sqlcheck/check.h"

void check_invalid_config_value(struct check_ctx *c, const struct node *stmt)
{
    report_config(c, stmt, CF_BAD_VALUE);
}
