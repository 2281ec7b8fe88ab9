/* FSQL101 non-temporary-ddl: a job script that also writes the catalog.
 *
 * A managed service deploys one job per script; DDL in it must only create
 * session (TEMPORARY) objects. A permanent CREATE TABLE next to an INSERT
 * fails with "Object '...' not found". CREATE ... AS and materialized
 * tables are permanent by definition and are not reported.
 */
#include "sqlcheck/check.h"
#include "sqlcheck/stmt.h"

#include <string.h>
#include <strings.h>

/* Where TEMPORARY goes in "CREATE TABLE" (before the object's word): its
 * offset, or 0 when the keywords are not just CREATE and that word. */
static uint32_t temporary_at(const char *t, struct span kw, const char *word)
{
    uint32_t p = kw.start + 6;          /* after CREATE */
    if (kw.end < p || strncasecmp(t + kw.start, "CREATE", 6) != 0)
        return 0;
    while (p < kw.end && strchr(" \t\r\n", t[p]))
        p++;
    size_t n = strlen(word);
    if (p == kw.start + 6 || p + n > kw.end || strncasecmp(t + p, word, n) ||
        (p + n < kw.end && !strchr(" \t\r\n", t[p + n])))
        return 0;
    return p;
}

static bool writes_catalog(const struct stmt *s)
{
    bool temp = (s->flags & STMT_TEMPORARY) != 0;
    switch (s->kind) {
    case N_STMT_CREATE_TABLE:
        return !temp && !stmt_is_create_as(s) &&
               s->sub != OBJ_MATERIALIZED_TABLE;
    case N_STMT_CREATE_VIEW:
    case N_STMT_CREATE_FUNCTION:
    case N_STMT_CREATE_MODEL:
    case N_STMT_CREATE_CONNECTION:
    case N_STMT_ALTER:
    case N_STMT_DROP:
        return !temp;
    case N_STMT_CREATE_CATALOG:
    case N_STMT_CREATE_DATABASE:
        return true;
    default:
        return false;
    }
}

void check_non_temporary_ddl(struct check_ctx *c)
{
    if (c->is_catalog_file)
        return;
    const struct stmt *job = NULL;
    for (const struct stmt *s = stmt_first(c->stmts); s && !job;
         s = stmt_next(c->stmts, s))
        if (stmt_is_job(s))
            job = s;
    if (!job)
        return;                 /* a catalog set-up script: fine */
    for (const struct stmt *s = stmt_first(c->stmts); s;
         s = stmt_next(c->stmts, s)) {
        if (!writes_catalog(s))
            continue;
        const char *title = stmt_title(s);
        const char *name = stmt_name(c->stmts, s);
        struct diag *d;
        if (s->kind == N_STMT_CREATE_CATALOG ||
            s->kind == N_STMT_CREATE_DATABASE) {
            d = check_report(c, stmt_keywords(s),
                             "%s `%s` changes the catalog in a script that "
                             "also runs a job", title, name);
            diag_set_hint(c->diags, d, "create catalogs and databases in a "
                          "separate script");
        } else if (s->kind == N_STMT_ALTER || s->kind == N_STMT_DROP) {
            d = check_report(c, stmt_keywords(s),
                             "%s `%s` changes a catalog object in a script "
                             "that also runs a job", title, name);
            diag_set_hint(c->diags, d, s->kind == N_STMT_DROP
                          ? "use DROP TEMPORARY for temporary objects, or "
                            "change the catalog in a separate script"
                          : "change the catalog in a separate script");
        } else {
            d = check_report(c, stmt_keywords(s),
                             "%s `%s` is not TEMPORARY in a script that also "
                             "runs a job: the service answers \"Object '%s' "
                             "not found\"", title, name, name);
            const char *word = title + 7;       /* after "CREATE " */
            diag_set_hint(c->diags, d, "use CREATE TEMPORARY %s", word);
            uint32_t at = temporary_at(c->src->text, stmt_keywords(s), word);
            struct span ins = { at, at };
            if (at)
                diag_set_fix(c->diags, d, true, ins, "TEMPORARY ",
                             "make it CREATE TEMPORARY %s", word);
        }
        diag_add_note(c->diags, d, stmt_keywords(job),
                      "the job starts here");
    }
}
