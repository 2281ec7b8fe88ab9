/* FSQL210 user-function: a bare `user` in an expression. USER is a
 * reserved word that Flink reads as the function USER (the name of the
 * current user), so `SELECT user FROM t` returns that name on every row,
 * not a column called user. The resolver records every such word. */
#include "sqlcheck/check.h"

void check_user_function(struct check_ctx *c)
{
    c->diags->dropped += c->res->dropped_refs[REF_USER];
    for (const struct name_ref *r = c->res->refs; r; r = r->next) {
        if (r->kind != REF_USER)
            continue;
        struct diag *d = check_report(c, r->name->span,
                                      "`%s` here is the function USER (the "
                                      "current user's name), not a column",
                                      r->name->text);
        diag_set_hint(c->diags, d, "write `%s` in backticks for a column "
                      "named %s, or CURRENT_USER for the function",
                      r->name->text, r->name->text);
    }
}
