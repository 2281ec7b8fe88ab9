/* missing_option.c -- FSQL302: a connector or format without an option it
 * requires, at the table's 'connector' option.
 * The analysis of a table's options is shared by FSQL301-304
 * (src/table_options.c); this rule reports its part: for a CREATE
 * TABLE on its tree, and in order where the definitions before the
 * statement are needed (a LIKE's base, a query's OPTIONS hints). */
#include "sqlcheck/check.h"

void check_missing_option(struct check_ctx *c, const struct node *stmt)
{
    report_table_options(c, stmt, OF_MISSING);
}

void check_missing_option_in_order(struct check_ctx *c,
                                   const struct bound_stmt *b)
{
    report_ordered_options(c, b, OF_MISSING);
}
