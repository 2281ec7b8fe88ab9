/* FSQL203 duplicate-definition: the same object created twice without IF
 * NOT EXISTS or OR REPLACE (and not dropped in between). */
#include "sqlcheck/check.h"
#include "sqlcheck/stmt.h"

#include "sqlcheck/arena.h"

void check_duplicate_definition(struct check_ctx *c)
{
    for (const struct duplicate *d = c->res->dups; d; d = d->next) {
        const char *name = path_text(c->arena, d->name);
        bool here = d->first.end > d->first.start;
        struct diag *x = check_report(c, d->name->span,
                                      "%s `%s` is already defined%s", d->what,
                                      name, here ? "" : " in a catalog file");
        if (here)
            diag_add_note(c->diags, x, d->first, "first defined here");
        diag_set_hint(c->diags, x, "add IF NOT EXISTS, or drop the first "
                      "definition before creating it again");
    }
}
