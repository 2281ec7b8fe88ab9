/* unsupported_option.c -- FSQL303: an option that neither the connector nor
 * its formats accept (Flink: Unsupported options found), at the option's
 * key.
 * The analysis of a table's options is shared by FSQL301-304
 * (src/table_options.c); this rule reports its part. */
#include "sqlcheck/check.h"

void check_unsupported_option(struct check_ctx *c, const struct node *stmt)
{
    report_table_options(c, stmt, OF_UNSUPPORTED);
}
