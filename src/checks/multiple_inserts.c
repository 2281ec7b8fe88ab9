/* FSQL102 multiple-inserts: one script, one job. A second INSERT (or
 * query, statement set, batch DELETE or UPDATE) outside the first statement
 * set makes the service answer "Only a single 'INSERT INTO' is supported". */
#include "sqlcheck/check.h"
#include "sqlcheck/stmt.h"


static bool is_batch_dml(const struct stmt *s)
{
    return s->kind == N_STMT_DELETE || s->kind == N_STMT_UPDATE;
}

/* The fix when the script's jobs are INSERTs one after another, with no
 * statement set anywhere: the INSERTs wrapped in BEGIN STATEMENT SET; ...
 * END;. *last gets the last INSERT; NULL first when there is no such fix. */
static const struct stmt *wrappable(const struct stmt_list *l,
                                    const struct stmt **last)
{
    const struct stmt *first = NULL;
    *last = NULL;
    bool after = false;         /* a statement after the INSERTs */
    for (const struct stmt *s = stmt_first(l); s; s = stmt_next(l, s)) {
        if (s->kind == N_STMT_BEGIN_SET || s->kind == N_STMT_END ||
            s->kind == N_STMT_STATEMENT_SET)
            return NULL;
        if (s->kind == N_STMT_INSERT) {
            if (after)
                return NULL;    /* not one run of INSERTs */
            if (!first)
                first = s;
            *last = s;
        } else if (stmt_is_job(s) || s->kind == N_STMT_ERROR) {
            return NULL;        /* a query, CTAS, DELETE: no statement set */
        } else if (first) {
            after = true;
        }
    }
    return first != *last ? first : NULL;
}

static void wrap_in_set(struct check_ctx *c, struct diag *d,
                        const struct stmt *first, const struct stmt *last)
{
    bool semi;
    uint32_t end = stmt_text_end(c->src, last, &semi);
    struct span open = { first->start, first->start };
    struct span close = { end, end };
    diag_set_fix(c->diags, d, true, open, "BEGIN STATEMENT SET;\n",
                 "wrap the INSERTs in BEGIN STATEMENT SET; ... END;");
    diag_fix_edit(c->diags, d, close, semi ? "\nEND;" : ";\nEND;");
}

void check_multiple_inserts(struct check_ctx *c)
{
    const struct stmt *wrap_last, *wrap_first = wrappable(c->stmts,
                                                          &wrap_last);
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
        if (wrap_first)
            wrap_in_set(c, d, wrap_first, wrap_last);
        diag_add_note(c->diags, d, stmt_keywords(first),
                      "the first job is here");
    }
}
