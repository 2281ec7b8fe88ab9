/* FSQL104 statement-order: the job (its INSERT or statement set) must be
 * the last thing in the script; the service rejects DDL, SET and the like
 * after it. */
#include "sqlcheck/check.h"
#include "sqlcheck/stmt.h"

static bool exempt(const struct stmt *s)
{
    return s->kind == N_STMT_ERROR || s->kind == N_STMT_CLIENT ||
           s->kind == N_STMT_HIVE || s->kind == N_STMT_BEGIN_SET ||
           s->kind == N_STMT_END || stmt_is_job(s);
}

void check_statement_order(struct check_ctx *c)
{
    const struct stmt *job = NULL;
    bool in_set = false;
    for (const struct stmt *s = stmt_first(c->stmts); s;
         s = stmt_next(c->stmts, s)) {
        if (s->kind == N_STMT_BEGIN_SET) {
            in_set = true;
            if (!job)
                job = s;
            continue;
        }
        if (s->kind == N_STMT_END) {
            in_set = false;
            continue;
        }
        if (in_set)
            continue;           /* FSQL103 reports what does not belong */
        if (!job) {
            if (stmt_is_job(s))
                job = s;
            continue;
        }
        if (exempt(s))
            continue;
        struct diag *d = check_report(c, stmt_keywords(s),
                                      "%s after the job: the service requires "
                                      "the INSERT or statement set to come "
                                      "last", stmt_title(s));
        diag_add_note(c->diags, d, stmt_keywords(job),
                      "the job is here");
        diag_set_hint(c->diags, d, "move it before the job");
    }
}
