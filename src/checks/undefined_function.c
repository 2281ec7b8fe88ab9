/* FSQL202 undefined-function: a call to a function that is neither one of
 * Flink's built-ins (src/builtins.def) nor created earlier in the script
 * or in a catalog file. A built-in of another release than the target's
 * is FSQL005's (version_unsupported.c). */
#include "sqlcheck/check.h"

#include "sqlcheck/builtins.h"


void check_undefined_function(struct check_ctx *c)
{
    c->diags->dropped += c->res->dropped_refs[REF_FUNCTION];
    for (const struct name_ref *r = c->res->refs; r; r = r->next) {
        if (r->kind != REF_FUNCTION || r->status != REF_UNDEFINED ||
            (!r->name->kid[PATH_PARTS]->next && builtin_since(r->text)))
            continue;
        struct diag *d = check_report(c, r->name->span,
                                      "function `%s` is neither a Flink "
                                      "built-in function nor defined in this "
                                      "script", r->text);
        const char *near = resolve_suggestion(c->res, r);
        if (near)
            diag_set_hint(c->diags, d, "did you mean `%s`?", near);
        else
            diag_set_hint(c->diags, d, "register it first: CREATE TEMPORARY "
                          "FUNCTION %s AS 'com.example.MyFunction'", r->text);
        if (near)
            check_fix_rename_path(c, d, r->name, near, true);
    }
}
