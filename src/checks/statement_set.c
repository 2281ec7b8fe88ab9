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

/* What the set's INSERTs may need, which only goes before the set: a
 * definition or a setting. Moving it there is the one right edit; a
 * query, a DROP or an ALTER has none. */
static bool belongs_before(const struct stmt *s)
{
    switch (s->kind) {
    case N_STMT_CREATE_TABLE:
    case N_STMT_CREATE_VIEW:
    case N_STMT_CREATE_FUNCTION:
    case N_STMT_CREATE_MODEL:
    case N_STMT_CREATE_CONNECTION:
    case N_STMT_SET:
    case N_STMT_USE:
    case N_STMT_USE_CATALOG:
    case N_STMT_LOAD_MODULE:
    case N_STMT_JAR:
        return !stmt_is_create_as(s);
    default:
        return false;
    }
}

/* The fix of a statement that belongs before the set: its text moves to
 * the line before BEGIN STATEMENT SET (with its ';'), its line goes. */
static void move_before(struct check_ctx *c, struct diag *d,
                        const struct stmt *s, const struct stmt *open)
{
    const char *t = c->src->text;
    bool semi;
    uint32_t end = stmt_text_end(c->src, s, &semi);
    if (!semi)
        return;                 /* the set's last statement, unended */
    /* the whole line when the statement is alone on it */
    uint32_t from = s->start, to = end;
    while (from > 0 && (t[from - 1] == ' ' || t[from - 1] == '\t'))
        from--;
    while (to < c->src->len && (t[to] == ' ' || t[to] == '\t'))
        to++;
    if ((from == 0 || t[from - 1] == '\n') &&
        (to == c->src->len || t[to] == '\n' || t[to] == '\r')) {
        if (to < c->src->len && t[to] == '\r')
            to++;
        if (to < c->src->len && t[to] == '\n')
            to++;
    } else {
        from = s->start;
        to = end;
    }
    struct span at = { open->start, open->start };
    struct span gone = { from, to };
    const char *text = arena_printf(c->arena, "%.*s\n", (int)(end - s->start),
                                    t + s->start);
    diag_set_fix(c->diags, d, true, at, text, "move it before BEGIN "
                 "STATEMENT SET;");
    diag_fix_edit(c->diags, d, gone, "");
}

void check_statement_set(struct check_ctx *c)
{
    const struct stmt *open = NULL;
    bool empty = true;          /* the open set holds no statement yet */
    /* the open set's last statement, and whether all of its statements
     * are INSERTs (then a missing END goes after the last one) */
    const struct stmt *last = NULL;
    bool inserts_only = true;
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
                inserts_only = false;
                continue;
            }
            open = s;
            empty = true;
            last = NULL;
            inserts_only = true;
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
            last = s;
            if (s->kind != N_STMT_INSERT && !stmt_is_create_as(s))
                inserts_only = false;
            if (!allowed_in_set(s)) {
                d = check_report(c, stmt_keywords(s),
                                 "%s inside a statement set: only INSERT "
                                 "statements may appear between BEGIN "
                                 "STATEMENT SET and END", stmt_title(s));
                diag_add_note(c->diags, d, stmt_span(open), "the set begins "
                              "here");
                if (belongs_before(s)) {
                    diag_set_hint(c->diags, d, "move it before BEGIN "
                                  "STATEMENT SET;");
                    move_before(c, d, s, open);
                } else if (stmt_is_job(s)) {
                    diag_set_hint(c->diags, d, "INSERT its result into a "
                                  "table inside the set, or run it as a job "
                                  "of its own");
                } else {
                    diag_set_hint(c->diags, d, "take it out of the set: the "
                                  "set's INSERTs run together after END;");
                }
            }
        }
    }
    if (open) {
        struct diag *d = check_report(c, stmt_span(open), "BEGIN STATEMENT "
                                      "SET without END");
        diag_set_hint(c->diags, d, "end the set with END; after its last "
                      "INSERT");
        if (last && inserts_only) {
            bool semi;
            uint32_t end = stmt_text_end(c->src, last, &semi);
            struct span at = { end, end };
            diag_set_fix(c->diags, d, true, at, semi ? "\nEND;" : ";\nEND;",
                         "end the set with END; after its last INSERT");
        }
    }
}
