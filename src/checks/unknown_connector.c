/* unknown_connector.c -- FSQL301: a connector or format name that is a
 * misspelling of a known one (`'kafak'`; names far from every known one are
 * custom connectors, not checked).
 * The analysis of a table's options is shared by FSQL301-304
 * (src/table_options.c); this rule reports its part: for a CREATE
 * TABLE on its tree, and in order where the definitions before the
 * statement are needed (a LIKE's base, a query's OPTIONS hints). */
#include "sqlcheck/check.h"

void check_unknown_connector(struct check_ctx *c, const struct node *stmt)
{
    report_table_options(c, stmt, OF_UNKNOWN_CONNECTOR);
}

void check_unknown_connector_in_order(struct check_ctx *c,
                                      const struct bound_stmt *b)
{
    report_ordered_options(c, b, OF_UNKNOWN_CONNECTOR);
}
