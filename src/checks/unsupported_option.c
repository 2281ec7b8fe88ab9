/* unsupported_option.c -- FSQL303: an option that neither the connector nor
 * its formats accept (Flink: Unsupported options found), at the option's
 * key.
 * The analysis of a table's options is shared by FSQL301-304
 * (src/table_options.c); this rule reports its part, for a CREATE
 * TABLE (on its tree) and for the OPTIONS hints of a query (in order). */
#include "sqlcheck/check.h"

void check_unsupported_option(struct check_ctx *c, const struct node *stmt)
{
    report_table_options(c, stmt, OF_UNSUPPORTED);
}

void check_unsupported_hint_option(struct check_ctx *c, const struct bound_stmt *b)
{
    report_hint_options(c, b, OF_UNSUPPORTED);
}
