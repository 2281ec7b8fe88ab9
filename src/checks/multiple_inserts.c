/* FSQL102 multiple-inserts: one script, one job. A second INSERT (or
 * query, statement set, batch DELETE or UPDATE) outside the first statement
 * set makes the service answer "Only a single 'INSERT INTO' is supported". */
#include "sqlcheck/check.h"
#include "sqlcheck/stmt.h"

static bool is_batch_dml(const struct stmt *s)
{
    return s->kind == N_STMT_DELETE || s->kind == N_STMT_UPDATE;
}

void check_multiple_inserts(struct check_ctx *c)
{
    const struct stmt *first = NULL;
    bool in_set = false;
    for (const struct stmt *s = stmt_first(c->stmts); s;
         s = stmt_next(c->stmts, s)) {
        const struct stmt *unit = NULL;
        if (s->kind == N_STMT_BEGIN_SET) {
            if (!in_set)
                unit = s;
            in_set = true;
        } else if (s->kind == N_STMT_END) {
            in_set = false;
        } else if (!in_set && stmt_is_job(s)) {
            unit = s;
        }
        if (!unit)
            continue;
        if (!first) {
            first = unit;
            continue;
        }
        struct diag *d = check_report(c, stmt_keywords(unit),
            "a second job in one script (%s): the service runs one INSERT or "
            "one statement set per script and answers \"Only a single "
            "'INSERT INTO' is supported\"", stmt_title(unit));
        if (is_batch_dml(unit) || is_batch_dml(first))
            diag_set_hint(c->diags, d, "a DELETE or UPDATE cannot join a "
                          "statement set: give it a script of its own");
        else
            diag_set_hint(c->diags, d, "put all INSERTs in one BEGIN "
                          "STATEMENT SET; ... END; block");
        diag_add_note(c->diags, d, stmt_keywords(first),
                      "the first job is here");
    }
}
