/* rejected_statement.c -- FSQL105: what Flink's parser rejects in a
 * statement that parsed.
 *
 * Flink's parser checks some statements once they are built and throws
 * before anything runs: a table with two watermarks, a primary key that
 * is not NOT ENFORCED, CREATE TABLE ... AS that is TEMPORARY, and so on.
 * The user meets them when Validate is clicked; here they are found
 * offline, one per statement, the first one Flink would have met. A rule
 * of the tree tier: it sees each statement's tree on the thread that
 * parsed it. (A binary literal with an odd number of hex digits is
 * FSQL105 too; the lexer, which joins the literal's pieces, reports it.)
 */
#include "sqlcheck/check.h"

#include "sqlcheck/ast.h"
#include "sqlcheck/keywords.h"
#include "sqlcheck/stmt.h"

#include <stdarg.h>
#include <stdbool.h>
#include <string.h>
#include <strings.h>

/* Report the statement's finding at sp: true, so that the caller stops. */
PRINTF_LIKE(4, 5)
static bool statement_error(struct check_ctx *ctx, struct span sp,
                            const char *hint, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    struct diag *d = check_vreport(ctx, sp, fmt, ap);
    va_end(ap);
    diag_set_hint(ctx->diags, d, "%s", hint);
    return true;
}

/* Constraints of a list of table elements: columns' and the table's. */
static bool check_constraints(struct check_ctx *ctx, const struct node *first)
{
    const struct node *pk = NULL;
    for (const struct node *e = first; e; e = e->next) {
        const struct node *c = e->kind == N_CONSTRAINT ? e
                               : e->kind == N_COLUMN ? e->kid[COLUMN_CONSTRAINT] : NULL;
        if (!c)
            continue;
        if (c->sub == OP_UNIQUE)
            return statement_error(ctx, c->span, "declare a PRIMARY KEY "
                                   "... NOT ENFORCED instead, or leave the "
                                   "constraint out", "UNIQUE constraints "
                                   "are not supported by Flink");
        if (!(c->flags & F_NOT_ENFORCED))
            return statement_error(ctx, c->span, "add NOT ENFORCED",
                                   "a PRIMARY KEY must be declared NOT "
                                   "ENFORCED: Flink does not own the data "
                                   "and cannot enforce it");
        if (pk)
            return statement_error(ctx, c->span, "list all key columns in "
                                   "one PRIMARY KEY (...)", "a second "
                                   "PRIMARY KEY: a table has one at most");
        pk = c;
    }
    return false;
}

static bool check_watermarks(struct check_ctx *ctx, const struct node *first)
{
    const struct node *seen = NULL;
    for (const struct node *e = first; e; e = e->next) {
        if (e->kind != N_WATERMARK)
            continue;
        if (seen)
            return statement_error(ctx, e->span, "keep one WATERMARK FOR "
                                   "... AS ... clause", "a second WATERMARK: "
                                   "Flink supports one watermark per table");
        seen = e;
    }
    return false;
}

/* The last word of a span of text: the feature of a LIKE option. */
static struct span last_word(const char *t, struct span sp)
{
    uint32_t start = sp.end;
    while (start > sp.start && t[start - 1] != ' ' && t[start - 1] != '\t' &&
           t[start - 1] != '\n' && t[start - 1] != '\r')
        start--;
    struct span w = { start, sp.end };
    return w;
}

/* LIKE options: each feature (ALL, OPTIONS, WATERMARKS, ...) once. */
static bool check_like_options(struct check_ctx *ctx, const struct node *like)
{
    const char *t = ctx->src->text;
    const struct node *opts = like->kid[LIKE_OPTIONS];
    for (const struct node *o = opts ? opts->kid[LIST_FIRST] : NULL; o;
         o = o->next) {
        struct span w = last_word(t, o->span);
        for (const struct node *p = opts->kid[LIST_FIRST]; p != o;
             p = p->next) {
            struct span v = last_word(t, p->span);
            if (v.end - v.start == w.end - w.start &&
                strncasecmp(t + v.start, t + w.start, w.end - w.start) == 0)
                return statement_error(ctx, o->span, "keep one INCLUDING, "
                                       "EXCLUDING or OVERWRITING for it",
                                       "LIKE option for %.*s given twice: "
                                       "each feature can be declared once",
                                       (int)(w.end - w.start), t + w.start);
        }
    }
    return false;
}

static bool check_create_table(struct check_ctx *ctx, const struct node *s)
{
    bool as_query = (s->flags & F_AS_QUERY) || s->kind == N_STMT_REPLACE_TABLE;
    bool replace = s->kind == N_STMT_REPLACE_TABLE ||
                   (s->flags & F_OR_REPLACE);
    const struct node *list = s->kid[STMT_CREATE_TABLE_ELEMENTS];
    const struct node *elems = list ? list->kid[LIST_FIRST] : NULL;
    if (as_query && (s->flags & F_TEMPORARY))
        return statement_error(ctx, node_keywords(ctx->src, s), "create "
                               "the table with CREATE TEMPORARY TABLE and "
                               "its columns, then INSERT INTO it", "%s ... "
                               "AS query cannot create a TEMPORARY table",
                               replace ? "REPLACE TABLE" : "CREATE TABLE");
    if (as_query && replace && (s->flags & F_IF_NOT_EXISTS))
        return statement_error(ctx, node_keywords(ctx->src, s),
                               "remove IF NOT EXISTS", "REPLACE TABLE ... "
                               "AS query does not take IF NOT EXISTS");
    if (check_watermarks(ctx, elems) || check_constraints(ctx, elems))
        return true;
    for (const struct node *e = elems; e && !as_query; e = e->next)
        if (e->kind == N_COLUMN && !e->kid[COLUMN_TYPE])
            return statement_error(ctx, e->span, "give each column a type, "
                                   "or create the table AS query", "column "
                                   "without a type: names alone are allowed "
                                   "only with AS query");
    const struct node *like = s->kid[STMT_CREATE_TABLE_LIKE_OR_QUERY];
    return like && like->kind == N_LIKE && check_like_options(ctx, like);
}

static bool check_alter(struct check_ctx *ctx, const struct node *s)
{
    const struct node *act = s->kid[STMT_ALTER_ACTION];
    if (!act || act->kind != N_ALTER_ACTION || !act->text ||
        (strcmp(act->text, "ADD") != 0 && strcmp(act->text, "MODIFY") != 0))
        return false;
    const struct node *a = act->kid[ALTER_ACTION_A];
    if (!a)
        return false;
    const struct node *first = a->kind == N_LIST ? a->kid[LIST_FIRST] : a;
    if (a->kind != N_LIST && a->kind != N_CONSTRAINT && a->kind != N_COLUMN)
        return false;
    return check_watermarks(ctx, first) || check_constraints(ctx, first);
}

static bool check_function(struct check_ctx *ctx, const struct node *s)
{
    const struct node *lang = s->kid[STMT_CREATE_FUNCTION_LANGUAGE];
    const struct node *using = s->kid[STMT_CREATE_FUNCTION_USING];
    if (!lang || !using || !lang->text)
        return false;
    if (kw_equal_nocase(lang->text, "SQL", 4) ||
        kw_equal_nocase(lang->text, "PYTHON", 7))
        return statement_error(ctx, using->span, "remove the USING clause, "
                               "or use LANGUAGE JAVA or SCALA", "USING JAR "
                               "or ARTIFACT does not apply to a function in "
                               "LANGUAGE %s", lang->text);
    return false;
}

static bool check_explain(struct check_ctx *ctx, const struct node *s)
{
    const struct node *details = s->kid[STMT_EXPLAIN_DETAILS];
    const struct node *what = s->kid[STMT_EXPLAIN_STATEMENT];
    const struct node *first = details ? details->kid[LIST_FIRST] : NULL;
    for (const struct node *d = first; d; d = d->next)
        for (const struct node *p = first; p != d; p = p->next)
            if (p->text && d->text && strcasecmp(p->text, d->text) == 0)
                return statement_error(ctx, d->span, "name each detail once",
                                       "EXPLAIN detail %s given twice",
                                       d->text);
    if (what && what->kind == N_STMT_CREATE_TABLE &&
        !(what->flags & F_AS_QUERY))
        return statement_error(ctx, node_keywords(ctx->src, what),
                               "explain the query, or the INSERT that fills "
                               "the table", "EXPLAIN takes CREATE TABLE only "
                               "with AS query");
    return false;
}

void check_rejected_statement(struct check_ctx *ctx, const struct node *s)
{
    switch (s->kind) {
    case N_STMT_CREATE_TABLE:
    case N_STMT_REPLACE_TABLE:
        check_create_table(ctx, s);
        break;
    case N_STMT_ALTER:
        check_alter(ctx, s);
        break;
    case N_STMT_CREATE_FUNCTION:
        check_function(ctx, s);
        break;
    case N_STMT_EXPLAIN:
        check_explain(ctx, s);
        break;
    default:
        break;
    }
}
