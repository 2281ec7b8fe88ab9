/* FSQL204 unknown-column: a column that no table, view, subquery, CTE or
 * table function in scope has. The binder (src/bind.c) decides, and only
 * where every source in scope has known columns; this rule reports. */
#include "sqlcheck/check.h"

#include <string.h>

void check_unknown_column(struct check_ctx *c, const struct bound_stmt *b)
{
    for (size_t i = 0; i < b->nrefs; i++) {
        const struct bound_ref *r = &b->refs[i];
        if (r->status != BIND_MISSING)
            continue;
        const struct dg_colref *ref = r->ref;
        const char *col = ref->parts[r->qualifier ? 1 : 0];
        struct diag *d;
        if (r->no_such_alias)
            d = check_report(c, ref->span, "no table or alias `%s` in scope "
                             "for `%s.%s`: %s answers \"Table '%s' "
                             "not found\"", r->qualifier, r->qualifier, col,
                             target_runner_name(c->target), r->qualifier);
        else if (r->qualifier)
            d = check_report(c, ref->span, "column `%s` is not in `%s`: %s "
                             "answers \"Column '%s' not found in "
                             "table '%s'\"", col, r->qualifier,
                             target_runner_name(c->target), col, r->qualifier);
        else
            d = check_report(c, ref->span, "column `%s` is not in any table "
                             "in scope: %s answers \"Column '%s' "
                             "not found in any table\"", col,
                             target_runner_name(c->target), col);
        if (!d)
            continue;
        if (r->near)
            diag_set_hint(c->diags, d, "did you mean `%s`?", r->near);
        /* the column as written (unquoted, at the reference's end) */
        size_t n = strlen(col);
        struct span at = { ref->span.end - (uint32_t)n, ref->span.end };
        if (r->near && !r->no_such_alias && n <= ref->span.end - ref->span.start &&
            memcmp(c->src->text + at.start, col, n) == 0 &&
            (at.start == ref->span.start || c->src->text[at.start - 1] == '.'))
            check_fix_rename(c, d, at, r->near, false);
        if (r->near_table.end > r->near_table.start)
            diag_add_note(c->diags, d, r->near_table, r->near
                          ? "the table with `%s` is defined here"
                          : "the table is defined here%s", r->near
                          ? r->near : "");
    }
}
