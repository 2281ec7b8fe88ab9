/* FSQL205 ambiguous-column: an unqualified column that two or more FROM
 * items of its query have (and that no USING or NATURAL join makes one).
 * The binder (src/bind.c) decides; this rule reports. */
#include "sqlcheck/check.h"

void check_ambiguous_column(struct check_ctx *c, const struct bound_stmt *b)
{
    for (size_t i = 0; i < b->nrefs; i++) {
        const struct bound_ref *r = &b->refs[i];
        if (r->status != BIND_AMBIGUOUS)
            continue;
        const char *col = r->ref->parts[0];
        const char *a = r->candidate[0], *z = r->candidate[1];
        struct diag *d;
        if (a && z)
            d = check_report(c, r->ref->span, "column `%s` is ambiguous: "
                             "`%s` and `%s` both have it; %s answers "
                             "\"Column '%s' is ambiguous\"", col, a, z,
                             target_runner_name(c->target), col);
        else
            d = check_report(c, r->ref->span, "column `%s` is ambiguous: "
                             "two tables in scope have it; %s answers "
                             "\"Column '%s' is ambiguous\"", col,
                             target_runner_name(c->target), col);
        if (!d)
            continue;
        if (a && z)
            diag_set_hint(c->diags, d, "qualify it: `%s.%s` or `%s.%s`", a,
                          col, z, col);
        else
            diag_set_hint(c->diags, d, "qualify it with the alias of the "
                          "table it is meant from");
        for (int k = 0; k < 2; k++)
            if (r->candidate_at[k].end > r->candidate_at[k].start)
                diag_add_note(c->diags, d, r->candidate_at[k], "`%s` has a "
                              "column `%s`", r->candidate[k] ? r->candidate[k]
                                                            : "a table", col);
    }
}
