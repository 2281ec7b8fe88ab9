/* FSQL103 statement-set: the BEGIN STATEMENT SET; ... END; block must hold
 * INSERT statements (or CREATE TABLE ... AS) and nothing else, be closed,
 * not be nested, and not be empty. */
#include "sqlcheck/check.h"
#include "sqlcheck/stmt.h"

static bool allowed_in_set(const struct node *s)
{
    return s->kind == N_STMT_INSERT || stmt_is_create_as(s) ||
           s->kind == N_STMT_ERROR || s->kind == N_STMT_CLIENT;
}

void check_statement_set(struct check_ctx *c)
{
    const struct node *open = NULL;
    int members = 0;
    for (const struct node *s = script_first(c->script); s; s = s->next) {
        struct diag *d;
        if (s->kind == N_STMT_BEGIN_SET) {
            if (open) {
                d = check_report(c, s->span, "BEGIN STATEMENT SET inside an "
                                 "open statement set");
                diag_add_note(c->diags, d, open->span, "the open set begins "
                              "here");
                diag_set_hint(c->diags, d, "close the first set with END; "
                              "before beginning another");
                continue;
            }
            open = s;
            members = 0;
        } else if (s->kind == N_STMT_END) {
            if (!open) {
                d = check_report(c, s->span, "END without BEGIN STATEMENT SET");
                diag_set_hint(c->diags, d, "remove it, or begin the set with "
                              "BEGIN STATEMENT SET;");
            } else if (members == 0) {
                d = check_report(c, open->span, "empty statement set: no "
                                 "INSERT between BEGIN STATEMENT SET and END");
                diag_set_hint(c->diags, d, "put the job's INSERT statements "
                              "inside, or remove the block");
            }
            open = NULL;
        } else if (open) {
            members++;
            if (!allowed_in_set(s)) {
                d = check_report(c, stmt_keywords(c->src, s),
                                 "%s inside a statement set: only INSERT "
                                 "statements may appear between BEGIN "
                                 "STATEMENT SET and END", stmt_title(s));
                diag_add_note(c->diags, d, open->span, "the set begins here");
                diag_set_hint(c->diags, d, "move it before BEGIN STATEMENT "
                              "SET;");
            }
        }
    }
    if (open) {
        struct diag *d = check_report(c, open->span, "BEGIN STATEMENT SET "
                                      "without END");
        diag_set_hint(c->diags, d, "end the set with END; after its last "
                      "INSERT");
    }
}
