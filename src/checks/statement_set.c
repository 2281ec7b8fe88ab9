/* FSQL103 statement-set: the BEGIN STATEMENT SET; ... END; block must hold
 * INSERT statements (or CREATE TABLE ... AS) and nothing else, be closed,
 * not be nested, and, for a managed service, not be empty (Flink's SQL
 * client skips an empty set with a note). */
#include "sqlcheck/check.h"
#include "sqlcheck/stmt.h"

static bool allowed_in_set(const struct stmt *s)
{
    return s->kind == N_STMT_INSERT || stmt_is_create_as(s) ||
           s->kind == N_STMT_ERROR || s->kind == N_STMT_CLIENT;
}

void check_statement_set(struct check_ctx *c)
{
    const struct stmt *open = NULL;
    bool empty = true;          /* the open set holds no statement yet */
    for (const struct stmt *s = stmt_first(c->stmts); s;
         s = stmt_next(c->stmts, s)) {
        struct diag *d;
        if (s->kind == N_STMT_BEGIN_SET) {
            if (open) {
                d = check_report(c, stmt_span(s), "BEGIN STATEMENT SET "
                                 "inside an open statement set");
                diag_add_note(c->diags, d, stmt_span(open), "the open set "
                              "begins here");
                diag_set_hint(c->diags, d, "close the first set with END; "
                              "before beginning another");
                continue;
            }
            open = s;
            empty = true;
        } else if (s->kind == N_STMT_END) {
            if (!open) {
                d = check_report(c, stmt_span(s), "END without BEGIN "
                                 "STATEMENT SET");
                diag_set_hint(c->diags, d, "remove it, or begin the set with "
                              "BEGIN STATEMENT SET;");
            } else if (empty && c->target->runner == RUNNER_VVP) {
                d = check_report(c, stmt_span(open), "empty statement set: no "
                                 "INSERT between BEGIN STATEMENT SET and END");
                diag_set_hint(c->diags, d, "put the job's INSERT statements "
                              "inside, or remove the block");
            }
            open = NULL;
        } else if (open) {
            empty = false;
            if (!allowed_in_set(s)) {
                d = check_report(c, stmt_keywords(s),
                                 "%s inside a statement set: only INSERT "
                                 "statements may appear between BEGIN "
                                 "STATEMENT SET and END", stmt_title(s));
                diag_add_note(c->diags, d, stmt_span(open), "the set begins "
                              "here");
                diag_set_hint(c->diags, d, "move it before BEGIN STATEMENT "
                              "SET;");
            }
        }
    }
    if (open) {
        struct diag *d = check_report(c, stmt_span(open), "BEGIN STATEMENT "
                                      "SET without END");
        diag_set_hint(c->diags, d, "end the set with END; after its last "
                      "INSERT");
    }
}
