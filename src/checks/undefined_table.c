/* FSQL201 undefined-table: a table or view used before (or without) its
 * definition. Resolution (src/resolve.c) decides; this rule reports. */
#include "sqlcheck/check.h"


void check_undefined_table(struct check_ctx *c)
{
    c->diags->dropped += c->res->dropped_refs[REF_TABLE];
    for (const struct name_ref *r = c->res->refs; r; r = r->next) {
        if (r->kind != REF_TABLE || r->status != REF_UNDEFINED)
            continue;
        struct diag *d = check_report(c, r->name->span,
                                      "table or view `%s` is not defined in "
                                      "this script: %s answers "
                                      "\"Object '%s' not found\"", r->text,
                                      target_runner_name(c->target), r->text);
        const char *near = resolve_suggestion(c->res, r);
        if (near)
            diag_set_hint(c->diags, d, "did you mean `%s`?", near);
        else
            diag_set_hint(c->diags, d, "define it with CREATE TEMPORARY TABLE "
                          "before its first use, or describe the catalog's "
                          "tables with --catalog");
        if (near)
            check_fix_rename_path(c, d, r->name, near, false);
    }
}
