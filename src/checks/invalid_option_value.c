/* invalid_option_value.c -- FSQL304: an option value that does not convert
 * to the option's type or is not one of its values, at the value.
 * The analysis of a table's options is shared by FSQL301-304
 * (src/table_options.c); this rule reports its part: for a CREATE
 * TABLE on its tree, and in order where the definitions before the
 * statement are needed (a LIKE's base, a query's OPTIONS hints). */
#include "sqlcheck/check.h"

void check_invalid_option_value(struct check_ctx *c, const struct node *stmt)
{
    report_table_options(c, stmt, OF_BAD_VALUE);
}

void check_invalid_option_value_in_order(struct check_ctx *c,
                                         const struct bound_stmt *b)
{
    report_ordered_options(c, b, OF_BAD_VALUE);
}
