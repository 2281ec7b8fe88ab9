/* FSQL206 insert-column-mismatch: an INSERT whose query gives a different
 * number of columns than its target takes, or whose column list names a
 * column the target does not have. The binder (src/bind.c) counts, and
 * only where both sides are fully known; this rule reports, at INSERT
 * INTO. */
#include "sqlcheck/check.h"

void check_insert_column_mismatch(struct check_ctx *c,
                                  const struct bound_stmt *b)
{
    for (size_t i = 0; i < b->ninserts; i++) {
        const struct bound_insert *in = &b->inserts[i];
        const char *t = c->src->text + in->target.start;
        int tlen = (int)(in->target.end - in->target.start);
        struct diag *d = NULL;
        if (in->status == INSERT_COUNT)
            d = check_report(c, in->ins->at, "INSERT INTO `%.*s` gives %zu "
                             "column%s but `%.*s` takes %zu: %s "
                             "answers \"Column types of query result and "
                             "sink for '%.*s' do not match. Cause: Different "
                             "number of columns.\"", tlen, t, in->given,
                             in->given == 1 ? "" : "s", tlen, t, in->expected,
                             target_runner_name(c->target), tlen, t);
        else if (in->status == INSERT_NO_COLUMN)
            d = check_report(c, in->ins->at, "INSERT INTO `%.*s` names a "
                             "column `%s` it does not have: %s "
                             "answers \"Unknown target column '%s'\"", tlen,
                             t, in->column, target_runner_name(c->target), in->column);
        if (!d)
            continue;
        if (in->status == INSERT_COUNT)
            diag_set_hint(c->diags, d, in->ins->ncols
                          ? "give one value for each column of the list"
                          : "select one value for each column it stores "
                            "(computed and VIRTUAL columns are not written), "
                            "or name the columns: INSERT INTO t (a, b) ...");
        if (in->defined.end > in->defined.start)
            diag_add_note(c->diags, d, in->defined, "`%.*s` is defined here",
                          tlen, t);
    }
}
