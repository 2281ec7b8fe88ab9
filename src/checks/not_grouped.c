/* FSQL207 not-grouped: in an aggregating query (GROUP BY, HAVING, or an
 * aggregate call), a column used in SELECT, HAVING or ORDER BY outside any
 * aggregate that no GROUP BY expression mentions. The binder (src/bind.c)
 * decides, leaving alone whatever it cannot be sure of; this rule reports. */
#include "sqlcheck/check.h"

void check_not_grouped(struct check_ctx *c, const struct bound_stmt *b)
{
    for (size_t i = 0; i < b->nrefs; i++) {
        const struct bound_ref *r = &b->refs[i];
        if (!r->not_grouped)
            continue;
        const char *t = c->src->text + r->ref->span.start;
        int len = (int)(r->ref->span.end - r->ref->span.start);
        struct diag *d = check_report(c, r->ref->span, "`%.*s` is neither "
                                      "in GROUP BY nor inside an aggregate: "
                                      "%s answers \"Expression "
                                      "'%.*s' is not being grouped\"", len, t,
                                      target_runner_name(c->target), len, t);
        diag_set_hint(c->diags, d, "add `%s` to GROUP BY, or aggregate it "
                      "(MAX(%.*s), FIRST_VALUE(%.*s), ...)", r->column, len, t,
                      len, t);
    }
}
