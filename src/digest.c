/* digest.c -- a statement's digest from its tree (see digest.h).
 *
 * One walk per statement: the statement's kind says which of its parts
 * refer to names and what it does to the catalog; the walk over its
 * queries and expressions finds table and function references, with the
 * CTEs in scope, which are not tables.
 */
#include "sqlcheck/digest.h"

#include "sqlcheck/builtins.h"
#include "sqlcheck/strmap.h"

#include <stdalign.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* From this many CTEs in one WITH, their names are hashed: a reference is
 * then found in constant time, not by a walk of the list. */
enum { CTE_HASH_MIN = 16 };

struct scope {                      /* the CTEs of one WITH */
    const struct node *first;       /* N_CTE, chained */
    struct strmap *names;           /* their names, when there are many */
};

struct digester {
    struct ast_walker walk;
    const struct source *src;
    bool all_refs;
    bool explaining;                /* EXPLAIN: references, no definitions */
    struct arena scratch;           /* scopes: emptied after each statement */
    struct scope *scopes;           /* innermost last */
    size_t nscopes, cap_scopes;
    struct arena *a;                /* where the digest goes */
    const struct node *stmt;        /* the statement digested */
    struct digest *d;
    struct dg_op *last;             /* d's last operation */
};

/*---- operations -------------------------------------------------------------*/

/* An operation on name (an N_PATH or an N_IDENT; NULL: none), packed. */
static struct dg_op *add_op(struct digester *dg, enum dg_op_kind kind,
                            const struct node *name)
{
    if (!dg->d) {
        dg->d = ARENA_NEW(dg->a, struct digest);
        dg->d->span = dg->stmt->span;
    }
    const struct node *first = !name ? NULL
                               : name->kind == N_PATH ? name->kid[PATH_PARTS]
                                                      : name;
    size_t n = 0, text = 0;
    for (const struct node *p = first; p && n < UINT16_MAX; p = p->next) {
        text += (p->text ? strlen(p->text) : 0) + 1;
        n++;
        if (name->kind != N_PATH)
            break;
    }
    const struct source *src = dg->src;
    bool simple = n == 1 && first->flags == name->flags &&
                  first->span.start == name->span.start &&
                  first->span.end == name->span.end;
    bool in_source = simple && first->text &&
                     name->span.end - name->span.start == text - 1 &&
                     name->span.end <= src->len &&
                     memcmp(src->text + name->span.start, first->text,
                            text - 1) == 0;
    size_t parts = simple ? 0 : n;
    size_t size = sizeof(struct dg_op) + parts * sizeof(struct dg_part) +
                  (in_source ? 0 : text);
    struct dg_op *op = arena_take(dg->a, size, alignof(struct dg_op));
    memset(op, 0, sizeof *op);
    op->kind = kind & 15;
    if (name) {
        op->span = name->span;
        op->flags = name->flags;
        op->nparts = (uint16_t)n;
        op->is_path = name->kind == N_PATH;
        op->simple = simple;
        op->in_source = in_source;
    }
    char *t = (char *)&op->part[parts];
    if (!name || in_source) {
        ;
    } else if (simple) {
        memcpy(t, first->text ? first->text : "",
               (first->text ? strlen(first->text) : 0) + 1);
    } else {
        const struct node *p = first;
        for (size_t i = 0; i < n; i++, p = p->next) {
            size_t len = p->text ? strlen(p->text) : 0;
            op->part[i].span = p->span;
            op->part[i].flags = p->flags;
            op->part[i].len = (uint32_t)len;
            memcpy(t, p->text ? p->text : "", len + 1);
            t += len + 1;
        }
    }
    if (dg->last)
        dg->last->next = op;
    else
        dg->d->ops = op;
    dg->last = op;
    return op;
}

const struct node *dg_op_name(struct arena *a, const struct source *src,
                              const struct dg_op *op)
{
    if (!op->nparts)
        return NULL;
    struct node_list parts = { NULL, NULL };
    const char *t = (const char *)&op->part[op->simple ? 0 : op->nparts];
    if (op->in_source)
        t = arena_strndup(a, src->text + op->span.start,
                          op->span.end - op->span.start);
    if (op->simple) {           /* the part is the name */
        struct node *id = ast_new(a, N_IDENT, op->span);
        id->flags = op->flags;
        id->text = t;
        ast_list_append(&parts, id);
    } else {
        for (size_t i = 0; i < op->nparts; i++) {
            struct node *id = ast_new(a, N_IDENT, op->part[i].span);
            id->flags = op->part[i].flags;
            id->text = t;
            t += op->part[i].len + 1;
            ast_list_append(&parts, id);
        }
    }
    if (!op->is_path)
        return parts.head;
    struct node *path = ast_new(a, N_PATH, op->span);
    path->flags = op->flags;
    path->kid[PATH_PARTS] = parts.head;
    return path;
}

/* The one part of a name, or NULL when it has more. */
static const char *single_part(const struct node *name)
{
    if (name->kind == N_IDENT)
        return name->text;
    const struct node *p = name->kid[PATH_PARTS];
    return p && !p->next ? p->text : NULL;
}

static bool is_cte(const struct digester *dg, const struct node *name)
{
    const char *word = single_part(name);
    if (!word)
        return false;
    for (size_t i = dg->nscopes; i-- > 0;) {
        const struct scope *sc = &dg->scopes[i];
        if (sc->names) {
            if (strmap_get(sc->names, word))
                return true;
            continue;
        }
        for (const struct node *c = sc->first; c; c = c->next)
            if (c->kid[CTE_NAME] && strcmp(c->kid[CTE_NAME]->text, word) == 0)
                return true;
    }
    return false;
}

static void ref_table(struct digester *dg, const struct node *name)
{
    if (!name || (name->kind != N_PATH && name->kind != N_IDENT) ||
        is_cte(dg, name))
        return;
    add_op(dg, DG_REF_TABLE, name);
}

static void ref_function(struct digester *dg, const struct node *path)
{
    const struct node *first = path->kid[PATH_PARTS];
    if (!first)
        return;
    /* a built-in one is found whatever came before */
    if (!first->next && builtin_function(first->text) && !dg->all_refs)
        return;
    add_op(dg, DG_REF_FUNCTION, path);
}

static void define(struct digester *dg, enum obj_kind object,
                   const struct node *s, const struct node *name)
{
    if (dg->explaining || !name)
        return;
    struct dg_op *op = add_op(dg, DG_DEFINE, name);
    op->object = object & 15;
    op->temporary = (s->flags & F_TEMPORARY) != 0;
    op->may_exist = (s->flags & (F_IF_NOT_EXISTS | F_OR_REPLACE)) != 0 ||
                    s->kind == N_STMT_REPLACE_TABLE;
    op->system = (s->flags & F_SYSTEM) != 0;
}

/*---- queries and expressions ------------------------------------------------*/

static void push_scope(struct digester *dg, const struct node *with)
{
    if (dg->nscopes == dg->cap_scopes) {
        size_t cap = dg->cap_scopes ? dg->cap_scopes * 2 : 8;
        struct scope *s = realloc(dg->scopes, cap * sizeof *s);
        if (!s)
            fatal_oom();
        dg->scopes = s;
        dg->cap_scopes = cap;
    }
    const struct node *list = with->kid[WITH_CTES];
    struct scope *sc = &dg->scopes[dg->nscopes++];
    sc->first = list ? list->kid[LIST_FIRST] : NULL;
    sc->names = NULL;
    if (ast_list_len(list) >= CTE_HASH_MIN) {
        sc->names = ARENA_NEW(&dg->scratch, struct strmap);
        strmap_init(sc->names, &dg->scratch);
        for (const struct node *c = sc->first; c; c = c->next)
            if (c->kid[CTE_NAME])
                strmap_put(sc->names, c->kid[CTE_NAME]->text,
                           (void *)c->kid[CTE_NAME]);
    }
}

static enum walk_result enter(struct ast_walker *w, const struct node *n)
{
    struct digester *dg = w->user;
    switch (n->kind) {
    case N_WITH:
        push_scope(dg, n);      /* for the CTEs' queries and the body */
        return WALK_CONTINUE;
    case N_TABLE_REF:
        ref_table(dg, n->kid[TABLE_REF_NAME]);
        w->slots = WALK_SLOT(TABLE_REF_PERIOD);   /* FOR SYSTEM_TIME AS OF */
        return WALK_CONTINUE;
    case N_TABLE_QUERY:
        ref_table(dg, n->kid[TABLE_QUERY_NAME]);
        return WALK_PRUNE;
    case N_TABLE_ARG:
        if (n->kid[TABLE_ARG_NAME] && n->kid[TABLE_ARG_NAME]->kind == N_PATH) {
            ref_table(dg, n->kid[TABLE_ARG_NAME]);
            return WALK_PRUNE;
        }
        w->slots = WALK_SLOT(TABLE_ARG_NAME);
        return WALK_CONTINUE;
    case N_CALL: {
        const struct node *name = n->kid[CALL_NAME];
        if (name && name->kind == N_PATH)
            ref_function(dg, name);
        else if (name && name->kind == N_IDENT &&
                 strcasecmp(name->text, "USER") == 0)
            add_op(dg, DG_REF_USER, name);
        w->slots = WALK_ALL & ~WALK_SLOT(CALL_NAME);
        return WALK_CONTINUE;
    }
    case N_SELECT_ITEM:
        w->slots = WALK_SLOT(SELECT_ITEM_EXPR);
        return WALK_CONTINUE;
    case N_SUBQUERY_REF:
        w->slots = WALK_SLOT(SUBQUERY_REF_QUERY);
        return WALK_CONTINUE;
    case N_TABLE_FUNC:
        w->slots = WALK_SLOT(TABLE_FUNC_CALL);
        return WALK_CONTINUE;
    case N_UNNEST:
        w->slots = WALK_SLOT(UNNEST_ARGS);
        return WALK_CONTINUE;
    case N_CAST:
        w->slots = WALK_SLOT(CAST_EXPR);
        return WALK_CONTINUE;
    case N_NAMED_ARG:
        w->slots = WALK_SLOT(NAMED_ARG_VALUE);
        return WALK_CONTINUE;
    case N_IDENT: case N_PATH: case N_ALIAS: case N_TYPE: case N_HINT:
    case N_LITERAL: case N_TIME_UNIT: case N_KEYWORD_ARG:
    case N_STAR: case N_TYPED_LITERAL: case N_MODEL_ARG: case N_PATTERN:
    case N_WITH_PROPS: case N_COMMENT: case N_PARTITION_SPEC:
        return WALK_PRUNE;
    default:
        return WALK_CONTINUE;
    }
}

static void leave(struct ast_walker *w, const struct node *n)
{
    struct digester *dg = w->user;
    if (n->kind == N_WITH)
        dg->nscopes--;
}

/* The references in the tree at n (NULL: none), outside any CTE. */
static void refs_in(struct digester *dg, const struct node *n)
{
    ast_walk(&dg->walk, n);
}

/*---- statements ---------------------------------------------------------------*/

static void statement(struct digester *dg, const struct node *s);

static void create_table(struct digester *dg, const struct node *s)
{
    refs_in(dg, s->kid[STMT_CREATE_TABLE_ELEMENTS]);  /* computed columns,
                                                       * watermarks */
    const struct node *tail = s->kid[STMT_CREATE_TABLE_LIKE_OR_QUERY];
    if (tail && tail->kind == N_LIKE)
        ref_table(dg, tail->kid[LIKE_NAME]);
    else
        refs_in(dg, tail);                            /* AS query */
    define(dg, OBJ_TABLE, s, s->kid[STMT_OBJECT]);
}

static bool is_table_like(int object)
{
    return object == OBJ_TABLE || object == OBJ_VIEW ||
           object == OBJ_MATERIALIZED_TABLE;
}

static void alter(struct digester *dg, const struct node *s)
{
    if (!is_table_like(s->sub))
        return;
    const struct node *name = s->kid[STMT_OBJECT];
    if (!(s->flags & F_IF_EXISTS))
        ref_table(dg, name);
    const struct node *act = s->kid[STMT_ALTER_ACTION];
    if (act && act->text && strcmp(act->text, "RENAME") == 0) {
        if (dg->explaining || !name || !act->kid[ALTER_ACTION_A])
            return;
        add_op(dg, DG_RENAME, name);
        add_op(dg, DG_RENAME_TO, act->kid[ALTER_ACTION_A]);
    } else {
        refs_in(dg, act);
    }
}

static void drop(struct digester *dg, const struct node *s)
{
    const struct node *name = s->kid[STMT_OBJECT];
    if (is_table_like(s->sub) && !(s->flags & F_IF_EXISTS))
        ref_table(dg, name);
    if (dg->explaining || !name ||
        !(is_table_like(s->sub) || s->sub == OBJ_FUNCTION ||
          s->sub == OBJ_CATALOG))
        return;
    struct dg_op *op = add_op(dg, DG_DROP, name);
    op->object = (is_table_like(s->sub) ? OBJ_TABLE : s->sub) & 15;
    op->temporary = (s->flags & F_TEMPORARY) != 0;
    op->system = (s->flags & F_SYSTEM) != 0;
}

/* A statement that failed to parse or was skipped: what it would have
 * defined is unknown from now on. */
static void unknown(struct digester *dg, const struct node *s)
{
    if (dg->explaining)
        return;
    if (s->sub == -2) {
        add_op(dg, DG_ALL_UNKNOWN, NULL);
        return;
    }
    const struct node *name = s->kid[STMT_OBJECT];
    if (!name)
        return;
    struct dg_op *op = add_op(dg, DG_UNKNOWN, name);
    op->object = s->sub & 15;
    op->system = (s->flags & F_SYSTEM) != 0;
}

static void statement_list(struct digester *dg, const struct node *list)
{
    for (const struct node *e = list ? list->kid[LIST_FIRST] : NULL; e;
         e = e->next)
        statement(dg, e);
}

/* Every kind is named, so that the compiler points at a new statement
 * kind that this does not know. */
static void statement(struct digester *dg, const struct node *s)
{
    switch (s->kind) {
    case N_STMT_CREATE_TABLE:
    case N_STMT_REPLACE_TABLE:
        create_table(dg, s);
        return;
    case N_STMT_CREATE_VIEW:
        refs_in(dg, s->kid[STMT_CREATE_VIEW_QUERY]);
        define(dg, OBJ_VIEW, s, s->kid[STMT_OBJECT]);
        return;
    case N_STMT_CREATE_FUNCTION:
        define(dg, OBJ_FUNCTION, s, s->kid[STMT_OBJECT]);
        return;
    case N_STMT_CREATE_MODEL:
        define(dg, OBJ_MODEL, s, s->kid[STMT_OBJECT]);
        refs_in(dg, s->kid[STMT_CREATE_MODEL_QUERY]);
        return;
    case N_STMT_CREATE_CONNECTION:
        define(dg, OBJ_CONNECTION, s, s->kid[STMT_OBJECT]);
        return;
    case N_STMT_CREATE_CATALOG:
        define(dg, OBJ_CATALOG, s, s->kid[STMT_OBJECT]);
        return;
    case N_STMT_CREATE_DATABASE:
        define(dg, OBJ_DATABASE, s, s->kid[STMT_OBJECT]);
        return;
    case N_STMT_ALTER:
        alter(dg, s);
        return;
    case N_STMT_DROP:
        drop(dg, s);
        return;
    case N_STMT_USE_CATALOG:
        if (!dg->explaining)
            add_op(dg, DG_USE_CATALOG, s->kid[STMT_USE_CATALOG_NAME]);
        return;
    case N_STMT_USE:
        if (!dg->explaining)
            add_op(dg, DG_USE, s->kid[STMT_USE_NAME]);
        return;
    case N_STMT_INSERT:
        ref_table(dg, s->kid[STMT_OBJECT]);
        refs_in(dg, s->kid[STMT_INSERT_SOURCE]);
        return;
    case N_STMT_DELETE:
        ref_table(dg, s->kid[STMT_OBJECT]);
        refs_in(dg, s->kid[STMT_DELETE_WHERE]);
        return;
    case N_STMT_UPDATE:
        ref_table(dg, s->kid[STMT_OBJECT]);
        refs_in(dg, s->kid[STMT_UPDATE_WHERE]);
        refs_in(dg, s->kid[STMT_UPDATE_ASSIGNMENTS]);
        return;
    case N_STMT_TRUNCATE:
    case N_STMT_ANALYZE:
        ref_table(dg, s->kid[STMT_OBJECT]);
        return;
    case N_STMT_DESCRIBE:
    case N_STMT_SHOW_CREATE:
        if (s->sub == OBJ_TABLE || s->sub == OBJ_VIEW)
            ref_table(dg, s->kid[STMT_OBJECT]);
        return;
    case N_STMT_QUERY:
        refs_in(dg, s->kid[STMT_QUERY_QUERY]);
        return;
    case N_STMT_CALL: {
        /* a procedure comes from its catalog, not CREATE FUNCTION: only
         * its arguments refer to functions and tables */
        const struct node *call = s->kid[STMT_CALL_CALL];
        refs_in(dg, call ? call->kid[CALL_ARGS] : NULL);
        return;
    }
    case N_STMT_STATEMENT_SET:
        statement_list(dg, s->kid[STMT_STATEMENT_SET_INSERTS]);
        return;
    case N_STMT_EXECUTE:
        statement(dg, s->kid[STMT_EXECUTE_STATEMENT]);
        return;
    case N_STMT_COMPILE_PLAN:
        statement(dg, s->kid[STMT_COMPILE_PLAN_STATEMENT]);
        return;
    case N_STMT_EXPLAIN: {
        /* the statement is planned, not run: EXPLAIN CREATE TABLE x AS
         * ... refers to what the query reads and creates nothing */
        bool was = dg->explaining;
        dg->explaining = true;
        statement(dg, s->kid[STMT_EXPLAIN_STATEMENT]);
        dg->explaining = was;
        return;
    }
    case N_SELECT: case N_SETOP: case N_VALUES: case N_WITH: case N_ORDERED:
    case N_TABLE_QUERY:
        refs_in(dg, s);                 /* EXECUTE or EXPLAIN of a query */
        return;
    case N_STMT_ERROR:
    case N_STMT_HIVE:
        unknown(dg, s);
        return;
    /* statements that neither refer to nor define anything checked */
    case N_SCRIPT: case N_STMT_BEGIN_SET: case N_STMT_END:
    case N_STMT_EXECUTE_PLAN: case N_STMT_USE_MODULES: case N_STMT_SHOW:
    case N_STMT_SET: case N_STMT_RESET: case N_STMT_LOAD_MODULE:
    case N_STMT_UNLOAD_MODULE: case N_STMT_JAR: case N_STMT_JOB:
    case N_STMT_CLIENT:
        return;
    /* not statements */
    case N_LIST: case N_TUPLE: case N_IDENT: case N_PATH: case N_PROP:
    case N_HINT: case N_ERROR: case N_COLUMN: case N_METADATA_COLUMN:
    case N_COMPUTED_COLUMN: case N_WATERMARK: case N_CONSTRAINT:
    case N_COMMENT: case N_DISTRIBUTION: case N_PARTITIONED_BY:
    case N_PARTITION_SPEC: case N_WITH_PROPS: case N_LIKE: case N_LIKE_OPTION:
    case N_MT_OPTION: case N_ALTER_ACTION: case N_POSITION: case N_USING:
    case N_TYPE: case N_FIELD: case N_CTE: case N_ORDER_ITEM:
    case N_SELECT_ITEM: case N_GROUPING: case N_WINDOW_DEF:
    case N_WINDOW_SPEC: case N_FRAME: case N_TABLE_REF: case N_JOIN:
    case N_SUBQUERY_REF: case N_UNNEST: case N_TABLE_FUNC:
    case N_MATCH_RECOGNIZE: case N_MR_CLAUSE: case N_PATTERN: case N_ALIAS:
    case N_LITERAL: case N_TYPED_LITERAL: case N_INTERVAL: case N_TIME_UNIT:
    case N_UNARY: case N_BINARY: case N_PREDICATE: case N_CALL:
    case N_SPECIAL_CALL: case N_NAMED_ARG: case N_TABLE_ARG:
    case N_DESCRIPTOR: case N_MODEL_ARG: case N_CASE: case N_WHEN: case N_CAST:
    case N_STAR: case N_SUBQUERY: case N_CONSTRUCTOR: case N_ITEM:
    case N_FIELD_ACCESS: case N_LAMBDA: case N_KEYWORD_ARG: case N__COUNT:
        return;
    }
}

/*---- the digester ---------------------------------------------------------------*/

struct digester *digester_new(const struct source *src, bool all_refs)
{
    struct digester *dg = calloc(1, sizeof *dg);
    if (!dg)
        fatal_oom();
    dg->src = src;
    dg->all_refs = all_refs;
    dg->walk.pre = enter;
    dg->walk.post = leave;
    dg->walk.user = dg;
    arena_init(&dg->scratch);
    return dg;
}

void digester_free(struct digester *dg)
{
    if (!dg)
        return;
    ast_walker_release(&dg->walk);
    arena_free(&dg->scratch);
    free(dg->scopes);
    free(dg);
}

struct digest *digest_statement(struct digester *dg, struct arena *a,
                                const struct node *stmt)
{
    dg->a = a;
    dg->stmt = stmt;
    dg->d = NULL;
    dg->last = NULL;
    dg->explaining = false;
    dg->nscopes = 0;
    statement(dg, stmt);
    arena_reset(&dg->scratch);
    struct digest *d = dg->d;
    dg->d = NULL;
    return d;
}
