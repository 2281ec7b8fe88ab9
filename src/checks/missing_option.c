/* missing_option.c -- FSQL302: a connector or format without an option it
 * requires, at the table's 'connector' option.
 * The analysis of a table's options is shared by FSQL301-304
 * (src/table_options.c); this rule reports its part. */
#include "sqlcheck/check.h"

void check_missing_option(struct check_ctx *c, const struct node *stmt)
{
    report_table_options(c, stmt, OF_MISSING);
}
