/* digest.c -- a statement's digest from its tree (see digest.h).
 *
 * One walk per statement: the statement's kind says which of its parts
 * refer to names and what it does to the catalog; the walk over its
 * queries and expressions finds table and function references, with the
 * CTEs in scope, which are not tables.
 */
#include "sqlcheck/digest.h"
#include "sqlcheck/options.h"

#include "sqlcheck/builtins.h"
#include "sqlcheck/keywords.h"
#include "sqlcheck/schema.h"
#include "sqlcheck/stmt.h"
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
    const struct node **ctes;       /* the same, by position */
    struct dg_query **queries;      /* their queries, once walked */
    size_t n;
    size_t walked;                  /* the CTEs walked: they are in order */
    struct strmap *names;           /* name -> position, when many */
};

struct frame;

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
    /* the statement's queries and column references, made in scratch (their
     * names are the tree's: it outlives this) and
     * packed into the digest at the end (freeze()) */
    struct dg_query *first_query, *last_query;
    struct dg_colref *first_colref, *last_colref;
    struct dg_insert *first_insert, *last_insert;
    struct dg_column *columns;      /* a CREATE TABLE's list, if readable */
    size_t ncolumns;
    uint32_t nqueries, nfroms;
    struct frame *frames;           /* the walk's, root first */
    size_t nframes, cap_frames;
    struct dg_from *window;         /* a window function's item, until its
                                     * table argument is met */
};

/*---- operations -------------------------------------------------------------*/

static struct digest *digest_of(struct digester *dg)
{
    if (!dg->d) {
        dg->d = ARENA_NEW(dg->a, struct digest);
        dg->d->span = dg->stmt->span;
    }
    return dg->d;
}

/* An operation on name (an N_PATH or an N_IDENT; NULL: none), packed. */
static struct dg_op *add_op(struct digester *dg, enum dg_op_kind kind,
                            const struct node *name)
{
    digest_of(dg);
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
        id->flags = op->flags & ~DG_DIRECTION;
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
    path->flags = op->flags & ~DG_DIRECTION;
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

/* The last part of a name. */
static const char *last_part(const struct node *name)
{
    if (name->kind == N_IDENT)
        return name->text;
    const struct node *p = name->kid[PATH_PARTS];
    while (p && p->next)
        p = p->next;
    return p ? p->text : NULL;
}

/* The CTE in scope that name (a table reference) names, or NULL; *query
 * gets its query when it is complete. */
static const struct node *cte_of(const struct digester *dg,
                                 const struct node *name,
                                 struct dg_query **query)
{
    const char *word = single_part(name);
    if (!word)
        return NULL;
    for (size_t i = dg->nscopes; i-- > 0;) {
        const struct scope *sc = &dg->scopes[i];
        size_t k = 0;
        const struct node *c = NULL;
        if (sc->names) {
            size_t *at = strmap_get(sc->names, word);
            if (at) {
                k = *at;
                c = sc->ctes[k];
            }
        } else {
            for (c = sc->first; c; c = c->next, k++)
                if (c->kid[CTE_NAME] &&
                    strcmp(c->kid[CTE_NAME]->text, word) == 0)
                    break;
        }
        if (c) {
            *query = sc->queries[k];
            return c;
        }
    }
    return NULL;
}

/* A DG_REF_TABLE for name, unless it names a CTE; the operation or NULL. */
static struct dg_op *ref_table(struct digester *dg, const struct node *name)
{
    struct dg_query *q;
    if (!name || (name->kind != N_PATH && name->kind != N_IDENT) ||
        cte_of(dg, name, &q))
        return NULL;
    return add_op(dg, DG_REF_TABLE, name);
}

static void ref_function(struct digester *dg, const struct node *path)
{
    const struct node *first = path->kid[PATH_PARTS];
    if (!first)
        return;
    /* a built-in one of every release is found whatever came before (one
     * of later releases is judged by the target's release) */
    if (!first->next && !dg->all_refs) {
        const char *since = builtin_since(first->text);
        if (since && since[0] == '<')
            return;
    }
    add_op(dg, DG_REF_FUNCTION, path);
}

/* Does the CREATE TABLE s name a connector that only reads or only writes
 * in its own WITH clause? Its DG_DIRECTION flags then, else 0. */
static uint32_t one_way(const struct source *src, const struct node *s)
{
    const struct node *clauses = s->kind == N_STMT_CREATE_TABLE
                                 ? s->kid[STMT_CREATE_TABLE_CLAUSES] : NULL;
    for (const struct node *c = clauses ? clauses->kid[LIST_FIRST] : NULL; c;
         c = c->next) {
        if (c->kind != N_WITH_PROPS || !c->kid[WITH_PROPS_PROPS])
            continue;
        for (const struct node *p = c->kid[WITH_PROPS_PROPS]->kid[LIST_FIRST];
             p; p = p->next) {
            const struct node *k = p->kid[PROP_KEY], *v = p->kid[PROP_VALUE];
            if (!k || !v || k->span.end - k->span.start != 11 ||
                memcmp(src->text + k->span.start, "'connector'", 11) != 0)
                continue;
            char name[64];
            size_t n = v->span.end - v->span.start;
            if (n < 3 || n - 2 >= sizeof name)
                return 0;
            memcpy(name, src->text + v->span.start + 1, n - 2);
            name[n - 2] = 0;
            const struct connector_fact *f =
                facts_connector(option_facts_builtin(), name);
            return !f ? 0
                   : strcmp(f->direction, "source") == 0 ? DG_ONE_WAY
                   : strcmp(f->direction, "sink") == 0 ? DG_DIRECTION : 0;
        }
    }
    return 0;
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

/* What a node being walked opened, for the nodes below it: the query they
 * are part of, whose columns they see, in which clause. */
struct frame {
    const struct node *node;
    struct dg_query *query;     /* the query being built around here */
    struct dg_query *scope;     /* whose columns references here see */
    struct dg_query *made;      /* the first query made below the node */
    enum dg_clause clause;
    bool in_from;               /* items here are FROM items of query */
    bool merge;                 /* ... joined USING or NATURAL */
    unsigned call_flags;        /* DR_* of the calls around */
    bool record;                /* column references here are recorded */
};

static struct frame *top(struct digester *dg)
{
    return &dg->frames[dg->nframes - 1];
}

static struct frame *push_frame(struct digester *dg, const struct node *n)
{
    if (dg->nframes == dg->cap_frames) {
        size_t cap = dg->cap_frames * 2;
        struct frame *f = realloc(dg->frames, cap * sizeof *f);
        if (!f)
            fatal_oom();
        dg->frames = f;
        dg->cap_frames = cap;
    }
    struct frame *f = &dg->frames[dg->nframes++];
    *f = f[-1];                 /* what the node sees, by default */
    f->node = n;
    f->made = NULL;
    f->in_from = false;
    return f;
}

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
    size_t n = ast_list_len(list);
    struct scope *sc = &dg->scopes[dg->nscopes++];
    sc->first = list ? list->kid[LIST_FIRST] : NULL;
    sc->names = NULL;
    sc->ctes = n ? arena_alloc(&dg->scratch, n * sizeof *sc->ctes) : NULL;
    sc->queries = n ? arena_alloc(&dg->scratch, n * sizeof *sc->queries)
                    : NULL;
    sc->n = n;
    sc->walked = 0;
    size_t k = 0;
    for (const struct node *c = sc->first; c; c = c->next)
        sc->ctes[k++] = c;
    if (n >= CTE_HASH_MIN) {
        sc->names = ARENA_NEW(&dg->scratch, struct strmap);
        strmap_init(sc->names, &dg->scratch);
        for (size_t i = n; i-- > 0;) {      /* the first of a name wins */
            const struct node *name = sc->ctes[i]->kid[CTE_NAME];
            if (!name)
                continue;
            size_t *at = arena_alloc(&dg->scratch, sizeof *at);
            *at = i;
            strmap_put(sc->names, name->text, at);
        }
    }
}

/* A query made at node n, seen from the current frame. */
static struct dg_query *new_query(struct digester *dg, enum dg_query_kind kind,
                                  const struct node *n)
{
    struct dg_query *q = ARENA_NEW(&dg->scratch, struct dg_query);
    q->kind = kind;
    q->span = n->span;
    q->outer = top(dg)->scope;
    q->id = dg->nqueries++;
    if (dg->last_query)
        dg->last_query->next = q;
    else
        dg->first_query = q;
    dg->last_query = q;
    if (!top(dg)->made)
        top(dg)->made = q;
    return q;
}


/* An alias's name and column list into item f. */
static void take_alias(struct digester *dg, struct dg_from *f,
                       const struct node *alias)
{
    if (!alias)
        return;
    if (alias->kid[ALIAS_NAME])
        f->alias = alias->kid[ALIAS_NAME]->text;
    const struct node *cols = alias->kid[ALIAS_COLUMNS];
    f->ncols = ast_list_len(cols);
    if (!f->ncols)
        return;
    f->cols = arena_alloc(&dg->scratch, f->ncols * sizeof *f->cols);
    size_t k = 0;
    for (const struct node *c = cols->kid[LIST_FIRST]; c; c = c->next)
        f->cols[k++] = c->kind == N_IDENT ? c->text : last_part(c);
}

/* A CTE's column list, WITH c (a, b) AS ..., names its item's columns
 * (unless the item's alias has a list of its own). */
static void take_cte_columns(struct digester *dg, struct dg_from *f,
                             const struct node *cte)
{
    const struct node *cols = cte ? cte->kid[CTE_COLUMNS] : NULL;
    if (f->ncols || !ast_list_len(cols))
        return;
    f->ncols = ast_list_len(cols);
    f->cols = arena_alloc(&dg->scratch, f->ncols * sizeof *f->cols);
    size_t k = 0;
    for (const struct node *c = cols->kid[LIST_FIRST]; c; c = c->next)
        f->cols[k++] = c->kind == N_IDENT ? c->text : last_part(c);
}

static struct dg_from *new_from(struct digester *dg, enum dg_from_kind kind,
                                const struct node *n)
{
    struct dg_query *q = top(dg)->query;
    struct dg_from *f = ARENA_NEW(&dg->scratch, struct dg_from);
    f->kind = kind;
    f->span = n->span;
    f->id = dg->nfroms++;
    f->merged = top(dg)->merge;
    if (q->last_from)
        q->last_from->next = f;
    else
        q->from = f;
    q->last_from = f;
    return f;
}

/* Is n an item of the FROM clause being walked (not a part of one)? */
static bool is_from_item(const struct ast_walker *w, const struct frame *f)
{
    return f->in_from && w->parent &&
           (w->parent->kind == N_LIST ||
            (w->parent->kind == N_JOIN &&
             (w->slot == JOIN_LEFT || w->slot == JOIN_RIGHT)));
}

/* The window table functions: their table's columns and three more. */
static bool is_window_tvf(const struct node *call)
{
    static const char *const names[] = { "TUMBLE", "HOP", "CUMULATE",
                                         "SESSION" };
    const struct node *name = call && call->kind == N_CALL
                              ? call->kid[CALL_NAME] : NULL;
    const char *word = name && name->kind == N_PATH ? single_part(name)
                                                      : NULL;
    for (size_t i = 0; word && i < sizeof names / sizeof *names; i++)
        if (strcasecmp(word, names[i]) == 0)
            return true;
    return false;
}

/* The table argument of a window function call: TABLE t, or a named
 * DATA => TABLE t. */
static const struct node *window_table(const struct node *call)
{
    const struct node *args = call->kid[CALL_ARGS];
    for (const struct node *a = args ? args->kid[LIST_FIRST] : NULL; a;
         a = a->next) {
        const struct node *v = a->kind == N_NAMED_ARG
                               ? a->kid[NAMED_ARG_VALUE] : a;
        if (v && v->kind == N_TABLE_ARG)
            return v;
    }
    return NULL;
}

static void select_item(struct digester *dg, const struct node *n)
{
    struct dg_item *it = ARENA_NEW(&dg->scratch, struct dg_item);
    const struct node *e = n->kid[SELECT_ITEM_EXPR];
    const struct node *alias = n->kid[SELECT_ITEM_ALIAS];
    it->span = n->span;
    if (e && e->kind == N_STAR) {
        it->star = true;
        const struct node *qual = e->kid[STAR_QUALIFIER];
        it->qualifier = qual ? last_part(qual) : NULL;
    } else if (alias) {
        it->name = alias->kind == N_IDENT ? alias->text : last_part(alias);
    } else if (e && e->kind == N_PATH) {
        it->name = last_part(e);
    }
    struct dg_query *q = top(dg)->query;
    if (q->last_item)
        q->last_item->next = it;
    else
        q->items = it;
    q->last_item = it;
}

static void colref(struct digester *dg, const struct node *path)
{
    struct frame *f = top(dg);
    if (!f->record || !f->scope)
        return;
    struct dg_colref *c = ARENA_NEW(&dg->scratch, struct dg_colref);
    c->in = f->scope;
    c->clause = f->clause;
    c->flags = f->call_flags;
    c->span = path->span;
    c->nparts = 0;
    for (const struct node *p = path->kid[PATH_PARTS]; p; p = p->next)
        c->nparts++;
    c->parts = arena_alloc(&dg->scratch, c->nparts * sizeof *c->parts);
    size_t k = 0;
    for (const struct node *p = path->kid[PATH_PARTS]; p; p = p->next)
        c->parts[k++] = p->text;
    if (dg->last_colref)
        dg->last_colref->next = c;
    else
        dg->first_colref = c;
    dg->last_colref = c;
}

/* Frames for the query structure; returns whether n pushed one. */
static bool enter_query(struct ast_walker *w, const struct node *n)
{
    struct digester *dg = w->user;
    struct frame *f = top(dg);
    /* a clause of a SELECT */
    if (w->parent && w->parent->kind == N_SELECT && f->node == w->parent) {
        struct dg_query *q = f->query;
        struct frame *c = push_frame(dg, n);
        static const enum dg_clause clauses[] = {
            [SELECT_HINTS] = DC_OTHER, [SELECT_ITEMS] = DC_SELECT,
            [SELECT_FROM] = DC_FROM, [SELECT_WHERE] = DC_WHERE,
            [SELECT_GROUP] = DC_GROUP, [SELECT_HAVING] = DC_HAVING,
            [SELECT_WINDOW] = DC_WINDOW, [SELECT_QUALIFY] = DC_QUALIFY,
        };
        c->clause = w->slot >= 0 && w->slot < (int)(sizeof clauses /
                                                     sizeof *clauses)
                    ? clauses[w->slot] : DC_OTHER;
        c->in_from = w->slot == SELECT_FROM;
        c->scope = c->in_from ? q->outer : q;   /* FROM sees no sibling */
        c->record = true;
        return true;
    }
    switch (n->kind) {
    case N_SELECT: {
        struct dg_query *q = new_query(dg, DQ_SELECT, n);
        q->aggregating = n->kid[SELECT_GROUP] || n->kid[SELECT_HAVING];
        struct frame *c = push_frame(dg, n);
        c->query = c->scope = q;
        c->made = q;
        return true;
    }
    case N_SETOP: case N_VALUES: {
        struct dg_query *q = new_query(dg, n->kind == N_SETOP ? DQ_SETOP
                                                              : DQ_VALUES, n);
        if (n->kind == N_VALUES) {
            const struct node *rows = n->kid[VALUES_ROWS];
            const struct node *row = rows ? rows->kid[LIST_FIRST] : NULL;
            q->width = !row ? 0
                       : row->kind == N_CONSTRUCTOR &&
                         (row->sub == OP_ROW || row->sub == OP_IMPLICIT_ROW)
                       ? ast_list_len(row->kid[CONSTRUCTOR_ITEMS]) : 1;
        }
        struct frame *c = push_frame(dg, n);
        c->query = q;           /* operands and rows see what n sees */
        c->made = NULL;         /* the first operand, for DQ_SETOP */
        return true;
    }
    case N_TABLE_QUERY: {       /* TABLE t: SELECT * FROM t */
        struct dg_query *q = new_query(dg, DQ_SELECT, n);
        struct frame *c = push_frame(dg, n);
        c->query = c->scope = q;
        struct dg_query *cte = NULL;
        const struct node *name = n->kid[TABLE_QUERY_NAME];
        struct dg_op *op = ref_table(dg, name);
        struct dg_from *from = ARENA_NEW(&dg->scratch, struct dg_from);
        from->span = n->span;
        from->id = dg->nfroms++;
        if (op) {
            from->kind = DF_TABLE;
            from->table = op;
        } else if (name && cte_of(dg, name, &cte) && cte) {
            from->kind = DF_QUERY;
            from->query = cte;
            take_cte_columns(dg, from, cte_of(dg, name, &cte));
        } else {
            from->kind = DF_OPEN;
        }
        from->alias = name ? last_part(name) : NULL;
        q->from = q->last_from = from;
        struct dg_item *it = ARENA_NEW(&dg->scratch, struct dg_item);
        it->star = true;
        it->span = n->span;
        q->items = q->last_item = it;
        return true;
    }
    case N_ORDERED: case N_WITH: case N_CTE: {
        push_frame(dg, n);      /* to catch the query made below */
        return true;
    }
    case N_LAMBDA: case N_MATCH_RECOGNIZE: {
        /* a lambda's parameters and MATCH_RECOGNIZE's pattern variables
         * (A.price) are not columns of the query */
        if (n->kind == N_MATCH_RECOGNIZE && is_from_item(w, f)) {
            struct dg_from *from = new_from(dg, DF_OPEN, n);
            take_alias(dg, from, n->kid[MATCH_RECOGNIZE_ALIAS]);
        }
        push_frame(dg, n)->record = false;
        return true;
    }
    case N_TABLE_ARG:           /* PARTITION BY and ORDER BY of a PTF */
        push_frame(dg, n)->record = false;
        return true;
    case N_CALL: {
        const struct node *name = n->kid[CALL_NAME];
        const char *word = name && name->kind == N_PATH ? single_part(name)
                           : name && name->kind == N_IDENT ? name->text
                                                           : NULL;
        if (word && strcasecmp(word, "DESCRIPTOR") == 0) {
            push_frame(dg, n)->record = false;  /* the TVF's input columns */
            return true;
        }
        const char *kind = word ? builtin_kind(word) : NULL;
        unsigned flags = 0;
        if (n->kid[CALL_OVER] || !kind || strcmp(kind, "group-window") == 0 ||
            strcmp(kind, "match-recognize") == 0)
            flags = DR_IN_UNKNOWN;
        else if (strcmp(kind, "aggregate") == 0)
            flags = DR_IN_AGGREGATE;
        if (flags == DR_IN_AGGREGATE && f->query && f->scope == f->query &&
            f->clause != DC_WHERE && f->clause != DC_GROUP &&
            f->clause != DC_FROM)
            f->query->aggregating = true;
        if (!flags || (f->call_flags & flags))
            return false;
        push_frame(dg, n)->call_flags |= flags;
        return true;
    }
    case N_SPECIAL_CALL:        /* JSON_ARRAYAGG, JSON_OBJECTAGG aggregate */
        if (n->text && strstr(n->text, "AGG")) {
            if (f->query && f->scope == f->query)
                f->query->aggregating = true;
            push_frame(dg, n)->call_flags |= DR_IN_AGGREGATE;
            return true;
        }
        return false;
    default:
        break;
    }
    if (w->parent && w->parent->kind == N_ORDERED && f->node == w->parent &&
        w->slot == ORDERED_ORDER) {
        struct frame *c = push_frame(dg, n);
        c->scope = f->made;     /* the query ordered: its aliases too */
        c->query = f->made;
        c->clause = DC_ORDER;
        c->record = true;
        return true;
    }
    if (w->parent && w->parent->kind == N_JOIN && w->slot == JOIN_ON) {
        struct frame *c = push_frame(dg, n);
        c->scope = c->query;    /* the join's sides */
        c->clause = DC_FROM;
        c->in_from = false;
        return true;
    }
    if (!is_from_item(w, f))
        return false;
    /* an item of a FROM clause */
    struct dg_query *q = f->query;
    switch (n->kind) {
    case N_JOIN: {
        /* USING (a) or NATURAL: a column of both sides is one, not two */
        const struct node *on = n->kid[JOIN_ON];
        bool merge = (n->flags & F_NATURAL) || (on && on->kind == N_LIST);
        if (!merge)
            return false;
        struct frame *c = push_frame(dg, n);
        c->in_from = true;
        c->merge = true;
        return true;
    }
    case N_TABLE_REF: {
        const struct node *name = n->kid[TABLE_REF_NAME];
        struct dg_query *cte = NULL;
        struct dg_from *from;
        const struct node *c = name ? cte_of(dg, name, &cte) : NULL;
        if (c) {
            from = new_from(dg, cte ? DF_QUERY : DF_OPEN, n);
            from->query = cte;
        } else {
            from = new_from(dg, DF_TABLE, n);
            from->table = ref_table(dg, name);
            if (!from->table)
                from->kind = DF_OPEN;
        }
        from->alias = name ? last_part(name) : NULL;
        take_alias(dg, from, n->kid[TABLE_REF_ALIAS]);
        take_cte_columns(dg, from, c);
        struct frame *fr = push_frame(dg, n);
        fr->scope = q;          /* FOR SYSTEM_TIME AS OF o.proctime */
        fr->in_from = false;
        return true;
    }
    case N_SUBQUERY_REF: {
        struct dg_from *from = new_from(dg, DF_QUERY, n);
        take_alias(dg, from, n->kid[SUBQUERY_REF_ALIAS]);
        struct frame *c = push_frame(dg, n);
        c->scope = (n->flags & F_LATERAL) ? q : q->outer;
        c->in_from = false;
        return true;
    }
    case N_TABLE_FUNC: {
        const struct node *call = n->kid[TABLE_FUNC_CALL];
        const struct node *alias = n->kid[TABLE_FUNC_ALIAS];
        struct dg_from *from;
        if (is_window_tvf(call)) {
            from = new_from(dg, DF_WINDOW, n);
            const struct node *arg = window_table(call);
            const struct node *t = arg ? arg->kid[TABLE_ARG_NAME] : NULL;
            struct dg_query *cte = NULL;
            const struct node *c = t && t->kind == N_PATH
                                   ? cte_of(dg, t, &cte) : NULL;
            if (c && cte)
                from->query = cte;
            else if (t && t->kind == N_PATH)
                dg->window = from;  /* its op: when TABLE t is walked */
            else
                from->kind = DF_OPEN;   /* over a query: not modelled */
        } else {
            from = new_from(dg, alias && alias->kid[ALIAS_COLUMNS]
                                ? DF_NAMED : DF_OPEN, n);
        }
        take_alias(dg, from, alias);
        /* a table function's arguments see the items before it, LATERAL
         * written or not (left permissive: no finding from a guess) */
        struct frame *c = push_frame(dg, n);
        c->scope = q;
        c->in_from = false;
        return true;
    }
    case N_UNNEST: {
        const struct node *alias = n->kid[UNNEST_ALIAS];
        struct dg_from *from = new_from(dg, alias && alias->kid[ALIAS_COLUMNS]
                                            ? DF_NAMED : DF_OPEN, n);
        take_alias(dg, from, alias);
        struct frame *c = push_frame(dg, n);
        c->scope = q;           /* UNNEST(o.tags) reads the items before */
        c->in_from = false;
        return true;
    }
    default:
        return false;
    }
}

static enum walk_result enter(struct ast_walker *w, const struct node *n)
{
    struct digester *dg = w->user;
    bool pushed = enter_query(w, n);
    w->post_this = pushed || n->kind == N_WITH;     /* leave() undoes */
    switch (n->kind) {
    case N_WITH:
        push_scope(dg, n);      /* for the CTEs' queries and the body */
        return WALK_CONTINUE;
    case N_TABLE_REF:
        if (!pushed)            /* (an item of FROM made its op already) */
            ref_table(dg, n->kid[TABLE_REF_NAME]);
        w->slots = WALK_SLOT(TABLE_REF_PERIOD);   /* FOR SYSTEM_TIME AS OF */
        return WALK_CONTINUE;
    case N_TABLE_QUERY:
        return WALK_PRUNE;      /* its op was made with its query */
    case N_TABLE_ARG:
        if (n->kid[TABLE_ARG_NAME] && n->kid[TABLE_ARG_NAME]->kind == N_PATH) {
            struct dg_op *op = ref_table(dg, n->kid[TABLE_ARG_NAME]);
            if (dg->window) {   /* TUMBLE(TABLE t, ...): its input */
                dg->window->table = op;
                if (!op)
                    dg->window->kind = DF_OPEN;
                dg->window = NULL;
            }
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
        if (top(dg)->clause == DC_SELECT && top(dg)->query &&
            w->parent && w->parent->kind == N_LIST &&
            top(dg)->node == w->parent)
            select_item(dg, n);
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
    case N_PATH:
        colref(dg, n);
        return WALK_PRUNE;
    case N_IDENT: case N_ALIAS: case N_TYPE: case N_HINT:
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
    if (dg->nframes < 2 || top(dg)->node != n)
        return;
    struct frame f = *top(dg);
    dg->nframes--;
    struct frame *up = top(dg);
    switch (n->kind) {
    case N_SETOP:
        f.query->left = f.made;
        break;
    case N_SUBQUERY_REF: {
        /* its item is the last of the FROM it is in */
        struct dg_from *from = up->query ? up->query->last_from : NULL;
        if (from)
            from->query = f.made;
        if (from && !f.made)
            from->kind = DF_OPEN;
        break;
    }
    case N_CTE: {
        /* the CTE's query, for the references after it */
        struct scope *sc = dg->nscopes ? &dg->scopes[dg->nscopes - 1] : NULL;
        if (sc && sc->walked < sc->n && sc->ctes[sc->walked] == n)
            sc->queries[sc->walked++] = f.made;     /* (the CTEs in order) */
        else
            for (size_t k = 0; sc && k < sc->n; k++)
                if (sc->ctes[k] == n)
                    sc->queries[k] = f.made;
        break;
    }
    case N_TABLE_FUNC:
        if (dg->window) {       /* no TABLE argument after all */
            dg->window->kind = DF_OPEN;
            dg->window = NULL;
        }
        break;
    default:
        break;
    }
    /* the query made below is the one of the node above too, but a CTE's
     * query is the CTE's alone (the WITH's is its body's) */
    if (f.made && !up->made && n->kind != N_SELECT && n->kind != N_CTE)
        up->made = f.made;
}

/* The references in the tree at n (NULL: none), outside any CTE. */
static void refs_in(struct digester *dg, const struct node *n)
{
    ast_walk(&dg->walk, n);
}

/*---- statements ---------------------------------------------------------------*/

static void statement(struct digester *dg, const struct node *s);

/* The names of a list of identifiers (or of PROPs' keys), copied. */
static const char **names_of(struct digester *dg, const struct node *list,
                             size_t *n)
{
    *n = ast_list_len(list);
    if (!*n)
        return NULL;
    const char **names = arena_alloc(&dg->scratch, *n * sizeof *names);
    size_t k = 0;
    for (const struct node *e = list->kid[LIST_FIRST]; e; e = e->next) {
        const struct node *id = e->kind == N_PROP ? e->kid[PROP_KEY] : e;
        names[k++] = id && (id->kind == N_IDENT || id->kind == N_PATH)
                     ? last_part(id) : NULL;
    }
    return names;
}

static void insert(struct digester *dg, const struct node *s,
                   const struct dg_op *target, struct dg_query *q)
{
    struct dg_insert *in = ARENA_NEW(&dg->scratch, struct dg_insert);
    in->target = target;
    in->query = q;
    in->cols = names_of(dg, s->kid[STMT_INSERT_COLUMNS], &in->ncols);
    const struct node *part = s->kid[STMT_INSERT_PARTITION];
    in->fixed = names_of(dg, part ? part->kid[PARTITION_SPEC_PROPS] : NULL,
                         &in->nfixed);
    in->at = node_keywords(dg->src, s);
    if (dg->last_insert)
        dg->last_insert->next = in;
    else
        dg->first_insert = in;
    dg->last_insert = in;
}

/* Which of the base table's columns a LIKE clause leaves out
 * (DG_LIKE_NO_*): its options in order, INCLUDING ALL by default. */
static unsigned like_excludes(const struct digester *dg,
                              const struct node *options)
{
    unsigned out = 0;
    for (const struct node *o = options ? options->kid[LIST_FIRST] : NULL; o;
         o = o->next) {
        const char *t = dg->src->text + o->span.start;
        size_t n = o->span.end - o->span.start;
        size_t verb = 0;
        while (verb < n && t[verb] != ' ' && t[verb] != '\t' &&
               t[verb] != '\n' && t[verb] != '\r')
            verb++;
        size_t what = n;        /* the last word */
        while (what > 0 && t[what - 1] != ' ' && t[what - 1] != '\t' &&
               t[what - 1] != '\n' && t[what - 1] != '\r')
            what--;
        unsigned which =
            kw_equal_nocase(t + what, "ALL", n - what) && n - what == 3
            ? DG_LIKE_NO_GENERATED | DG_LIKE_NO_METADATA
            : n - what == 9 && kw_equal_nocase(t + what, "GENERATED", 9)
            ? DG_LIKE_NO_GENERATED
            : n - what == 8 && kw_equal_nocase(t + what, "METADATA", 8)
            ? DG_LIKE_NO_METADATA : 0;
        if (verb == 9 && kw_equal_nocase(t, "EXCLUDING", 9))
            out |= which;
        else
            out &= ~which;      /* INCLUDING, OVERWRITING */
    }
    return out;
}

/* The references in a column list: its computed columns' and watermarks'
 * expressions (names and types refer to nothing). */
static void element_refs(struct digester *dg, const struct node *list)
{
    for (const struct node *e = list ? list->kid[LIST_FIRST] : NULL; e;
         e = e->next)
        if (e->kind == N_COMPUTED_COLUMN)
            refs_in(dg, e->kid[COMPUTED_COLUMN_EXPR]);
        else if (e->kind == N_WATERMARK)
            refs_in(dg, e->kid[WATERMARK_EXPR]);
}

/* A column list's columns, for the digest: where each name is in the
 * text (the catalog keeps them as they are); none when a name cannot be
 * read or the list has no column (its text is read again when needed). */
static void list_columns(struct digester *dg, const struct node *list)
{
    size_t n = 0;
    enum column_kind kind;
    const struct node *name;
    for (const struct node *e = list ? list->kid[LIST_FIRST] : NULL; e;
         e = e->next)
        if (schema_element_column(e, &kind, &name)) {
            if (!name || name->span.end - name->span.start >= UINT16_MAX)
                return;
            n++;
        }
    if (!n || n >= UINT32_MAX)
        return;
    struct dg_column *c = arena_take(&dg->scratch, n * sizeof *c,
                                     alignof(struct dg_column));
    n = 0;
    for (const struct node *e = list->kid[LIST_FIRST]; e; e = e->next)
        if (schema_element_column(e, &kind, &name)) {
            c[n].at = name->span.start;
            c[n].len = (uint16_t)(name->span.end - name->span.start);
            c[n].kind = (uint8_t)kind;
            c[n].spare = 0;
            n++;
        }
    dg->columns = c;
    dg->ncolumns = n;
}

static void create_table(struct digester *dg, const struct node *s)
{
    const struct node *list = s->kid[STMT_CREATE_TABLE_ELEMENTS];
    element_refs(dg, list);
    const struct node *tail = s->kid[STMT_CREATE_TABLE_LIKE_OR_QUERY];
    enum dg_columns columns = DGC_LIST;
    if (tail && tail->kind == N_LIKE) {
        struct dg_op *base = ref_table(dg, tail->kid[LIKE_NAME]);
        if (base) {
            base->object = (DG_LIKE_BASE |
                            like_excludes(dg, tail->kid[LIKE_OPTIONS])) & 15;
            columns = DGC_LIKE;
        } else {
            columns = DGC_UNKNOWN;
        }
    } else if (tail || (s->flags & F_AS_QUERY)) {
        refs_in(dg, tail);      /* AS query */
        /* with a column list too, the two merge (not modelled) */
        columns = ast_list_len(list) == 0 && dg->first_query
                  ? DGC_QUERY : DGC_UNKNOWN;
    }
    define(dg, OBJ_TABLE, s, s->kid[STMT_OBJECT]);
    if (dg->last && dg->last->kind == DG_DEFINE) {
        dg->last->columns = columns & 3;
        dg->last->flags |= one_way(dg->src, s);
    }
    if (columns == DGC_LIST && !dg->explaining)
        list_columns(dg, list);
}

/* A DG_COLUMN of column name (an N_PATH or N_IDENT; one part) of kind. */
static void column_op(struct digester *dg, const struct node *name,
                      enum column_kind kind)
{
    if (name && name->kind == N_PATH && name->kid[PATH_PARTS] &&
        name->kid[PATH_PARTS]->next)
        name = NULL;            /* a nested field: not modelled */
    struct dg_op *op = add_op(dg, DG_COLUMN, name);
    op->object = kind & 15;
}

/* What an ALTER action does to the columns (DG_ALTER and its DG_COLUMNs);
 * nothing for actions that leave them as they are. */
static void alter_columns(struct digester *dg, const struct node *name,
                          const struct node *act)
{
    if (dg->explaining || !name || !act || !act->text)
        return;
    static const struct { const char *text; enum dg_alter how; } acts[] = {
        { "ADD", DGA_ADD }, { "MODIFY", DGA_MODIFY }, { "DROP", DGA_DROP },
        { "RENAME COLUMN", DGA_RENAME }, { "AS", DGA_QUERY },
    };
    size_t k = 0;
    while (k < sizeof acts / sizeof acts[0] &&
           strcmp(act->text, acts[k].text) != 0)
        k++;
    if (k == sizeof acts / sizeof acts[0])
        return;
    struct dg_op *op = add_op(dg, DG_ALTER, name);
    op->object = acts[k].how & 15;
    const struct node *a = act->kid[ALTER_ACTION_A];
    const struct node *first = a && a->kind == N_LIST ? a->kid[LIST_FIRST]
                                                      : a;
    switch (acts[k].how) {
    case DGA_ADD:
    case DGA_MODIFY:
        for (const struct node *e = first; e; e = e->next) {
            enum column_kind kind;
            const struct node *col;
            if (schema_element_column(e, &kind, &col))
                column_op(dg, col, kind);   /* NULL: unreadable */
            if (a->kind != N_LIST)
                break;
        }
        break;
    case DGA_DROP:
        for (const struct node *e = first; e; e = e->next) {
            column_op(dg, e, COL_PHYSICAL);
            if (a->kind != N_LIST)
                break;
        }
        break;
    case DGA_RENAME:
        column_op(dg, a, COL_PHYSICAL);
        column_op(dg, act->kid[ALTER_ACTION_B], COL_PHYSICAL);
        break;
    case DGA_QUERY:
        break;
    }
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
    struct dg_op *ref = !(s->flags & F_IF_EXISTS) ? ref_table(dg, name)
                                                  : NULL;
    const struct node *act = s->kid[STMT_ALTER_ACTION];
    if (ref && s->sub == OBJ_TABLE && act && act->text &&
        (strcmp(act->text, "SET") == 0 || strcmp(act->text, "RESET") == 0))
        ref->object |= DG_ALTER_OPTIONS;
    if (act && act->text && strcmp(act->text, "RENAME") == 0) {
        if (dg->explaining || !name || !act->kid[ALTER_ACTION_A])
            return;
        add_op(dg, DG_RENAME, name);
        add_op(dg, DG_RENAME_TO, act->kid[ALTER_ACTION_A]);
    } else {
        refs_in(dg, act);
        alter_columns(dg, name, act);
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
    case N_STMT_CREATE_VIEW: {
        refs_in(dg, s->kid[STMT_CREATE_VIEW_QUERY]);
        define(dg, OBJ_VIEW, s, s->kid[STMT_OBJECT]);
        if (dg->last && dg->last->kind == DG_DEFINE)
            dg->last->columns = (s->kid[STMT_CREATE_VIEW_COLUMNS] ||
                                 !dg->first_query ? DGC_UNKNOWN
                                                  : DGC_QUERY) & 3;
        return;
    }
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
    case N_STMT_INSERT: {
        struct dg_op *target = ref_table(dg, s->kid[STMT_OBJECT]);
        push_frame(dg, s);      /* to catch the query it inserts */
        refs_in(dg, s->kid[STMT_INSERT_SOURCE]);
        struct dg_query *q = top(dg)->made;
        dg->nframes--;
        if (!dg->explaining)
            insert(dg, s, target, q);
        return;
    }
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

/*---- packing -------------------------------------------------------------------*/

/* A statement's queries and column references are built as linked
 * structures in scratch memory, then packed into the digest as arrays of
 * small records and a table of the names they use (each once): digests of
 * a file's second part wait, by the hundred thousand, until the first part
 * is resolved. dg_thaw() makes the linked structures again. */
struct pk_query {
    struct span span;
    uint32_t width;
    uint16_t outer, left;       /* query id + 1; 0: none */
    uint8_t kind, aggregating;
};
struct pk_from {
    struct span span;
    const struct dg_op *table;
    uint32_t alias;             /* name offset + 1; 0: none */
    uint32_t cols;              /* index of the first in names[] */
    uint16_t owner;             /* the query it is an item of */
    uint16_t query;             /* query id + 1; 0: none */
    uint16_t ncols;
    uint8_t kind, merged;
};
struct pk_item {
    struct span span;
    uint32_t name, qualifier;   /* name offset + 1; 0: none */
    uint16_t owner;
    uint8_t star;
};
struct pk_colref {
    uint32_t start;             /* its span: start, length */
    uint16_t len;
    uint16_t in;                /* query id + 1 */
    uint32_t parts;             /* index of the first in names[] */
    uint8_t clause, nparts, flags;
    /* the parts are the source's text at the span, between dots (`t.a`
     * as written): no names[] or text of their own (most references) */
    uint8_t in_source;
};
struct pk_insert {
    struct span at;
    const struct dg_op *target;
    uint32_t cols, fixed;       /* indexes of the first in names[] */
    uint16_t query;             /* query id + 1; 0: none */
    uint16_t ncols, nfixed;
};
struct dg_packed {
    uint32_t nqueries, nfroms, nitems, ncolrefs, nnames, ntext, ninserts;
    uint32_t ncolumns;          /* (the records after it are 8-aligned) */
    /* then: pk_from[], pk_insert[], pk_query[], pk_item[], pk_colref[],
     * dg_column[], uint32_t names[] (offsets in the text), the text */
};

/* Where each array of a packed blob starts, from its header's counts (the
 * one layout freeze() writes and dg_thaw() and dg_columns() read). */
struct pk_sections {
    struct pk_from *froms;
    struct pk_insert *inserts;
    struct pk_query *queries;
    struct pk_item *items;
    struct pk_colref *colrefs;
    struct dg_column *columns;
    uint32_t *names;
    char *text;
};

static struct pk_sections sections_of(const struct dg_packed *pk)
{
    struct pk_sections sec;
    sec.froms = (struct pk_from *)(pk + 1);
    sec.inserts = (struct pk_insert *)(sec.froms + pk->nfroms);
    sec.queries = (struct pk_query *)(sec.inserts + pk->ninserts);
    sec.items = (struct pk_item *)(sec.queries + pk->nqueries);
    sec.colrefs = (struct pk_colref *)(sec.items + pk->nitems);
    sec.columns = (struct dg_column *)(sec.colrefs + pk->ncolrefs);
    sec.names = (uint32_t *)(sec.columns + pk->ncolumns);
    sec.text = (char *)(sec.names + pk->nnames);
    return sec;
}

/* The names' text: counted in a first pass, written in a second (the same
 * names, in any order; a name used twice is written twice, which costs
 * less than looking each up). */
struct packer {
    char *text;
    uint32_t ntext;             /* bytes counted */
    uint32_t at;                /* bytes written */
};

static uint32_t text_of(struct packer *p, const char *t)
{
    if (!t)
        return 0;
    size_t len = strlen(t) + 1;
    memcpy(p->text + p->at, t, len);
    uint32_t offset = p->at + 1;
    p->at += (uint32_t)len;
    return offset;
}

static void count_text(struct packer *p, const char *t)
{
    if (t)
        p->ntext += (uint32_t)strlen(t) + 1;
}

static bool fits16(size_t n)
{
    return n < UINT16_MAX;
}

/* Are c's parts its span's text as written, joined by dots? */
static bool colref_in_source(const struct source *src,
                             const struct dg_colref *c)
{
    uint32_t at = c->span.start;
    if (c->nparts == 0 || c->nparts >= 255 || c->span.end > src->len ||
        c->span.end - at > UINT16_MAX)
        return false;
    for (size_t i = 0; i < c->nparts; i++) {
        const char *part = c->parts[i];
        if (!part)
            return false;
        size_t len = strlen(part);
        if (len == 0 || at + len > c->span.end ||
            memcmp(src->text + at, part, len) != 0 ||
            memchr(part, '.', len))
            return false;
        at += (uint32_t)len;
        if (i + 1 < c->nparts && (at >= c->span.end || src->text[at++] != '.'))
            return false;
    }
    return at == c->span.end;
}

static const struct dg_packed *freeze(struct digester *dg)
{
    struct packer p = { NULL, 0, 0 };
    size_t nq = 0, nf = 0, ni = 0, nc = 0, nn = 0;
    for (const struct dg_query *q = dg->first_query; q; q = q->next) {
        nq++;
        for (const struct dg_from *f = q->from; f; f = f->next) {
            nf++;
            nn += f->ncols;
            count_text(&p, f->alias);
            for (size_t i = 0; i < f->ncols; i++)
                count_text(&p, f->cols[i]);
        }
        for (const struct dg_item *it = q->items; it; it = it->next) {
            ni++;
            count_text(&p, it->name);
            count_text(&p, it->qualifier);
        }
    }
    for (struct dg_colref *c = dg->first_colref; c; c = c->next) {
        nc++;
        c->in_source = colref_in_source(dg->src, c);
        if (c->in_source)
            continue;
        nn += c->nparts;
        for (size_t i = 0; i < c->nparts; i++)
            count_text(&p, c->parts[i]);
    }
    size_t nins = 0;
    for (const struct dg_insert *in = dg->first_insert; in; in = in->next) {
        nins++;
        nn += in->ncols + in->nfixed;
        for (size_t i = 0; i < in->ncols; i++)
            count_text(&p, in->cols[i]);
        for (size_t i = 0; i < in->nfixed; i++)
            count_text(&p, in->fixed[i]);
    }
    if (!fits16(nq) || !fits16(dg->nfroms)) {
        nq = nf = ni = nc = nn = nins = 0;  /* too large to model */
        p.ntext = 0;
    }
    size_t ncol = dg->ncolumns;
    size_t size = sizeof(struct dg_packed) + nq * sizeof(struct pk_query) +
                  nins * sizeof(struct pk_insert) +
                  nf * sizeof(struct pk_from) + ni * sizeof(struct pk_item) +
                  nc * sizeof(struct pk_colref) +
                  ncol * sizeof(struct dg_column) + nn * sizeof(uint32_t) +
                  p.ntext;
    struct dg_packed *pk = arena_take(dg->a, size, alignof(struct pk_from));
    pk->nqueries = (uint32_t)nq;
    pk->nfroms = (uint32_t)nf;
    pk->nitems = (uint32_t)ni;
    pk->ncolrefs = (uint32_t)nc;
    pk->nnames = (uint32_t)nn;
    pk->ntext = p.ntext;
    pk->ninserts = (uint32_t)nins;
    pk->ncolumns = (uint32_t)ncol;
    struct pk_sections sec = sections_of(pk);
    struct pk_from *pf = sec.froms;
    struct pk_insert *pins = sec.inserts;
    struct pk_query *pq = sec.queries;
    struct pk_item *pi = sec.items;
    struct pk_colref *pc = sec.colrefs;
    uint32_t *names = sec.names;
    if (ncol)
        memcpy(sec.columns, dg->columns, ncol * sizeof *sec.columns);
    if (!nq && !nc && !nins)
        return pk;
    p.text = sec.text;
    size_t kn = 0;
    for (const struct dg_query *q = dg->first_query; q; q = q->next) {
        struct pk_query *o = &pq[q->id];
        o->span = q->span;
        o->width = (uint32_t)q->width;
        o->outer = q->outer ? (uint16_t)(q->outer->id + 1) : 0;
        o->left = q->left ? (uint16_t)(q->left->id + 1) : 0;
        o->kind = (uint8_t)q->kind;
        o->aggregating = q->aggregating;
        for (const struct dg_from *f = q->from; f; f = f->next) {
            struct pk_from *x = &pf[f->id];
            x->span = f->span;
            x->table = f->table;
            x->alias = text_of(&p, f->alias);
            x->cols = (uint32_t)kn;
            x->ncols = (uint16_t)(f->ncols < UINT16_MAX ? f->ncols : 0);
            for (size_t i = 0; i < x->ncols; i++)
                names[kn++] = text_of(&p, f->cols[i]);
            x->owner = (uint16_t)q->id;
            x->query = f->query ? (uint16_t)(f->query->id + 1) : 0;
            x->kind = (uint8_t)(f->kind == DF_NAMED && !x->ncols ? DF_OPEN
                                                                  : f->kind);
            x->merged = f->merged;
        }
    }
    size_t k = 0;
    for (const struct dg_query *q = dg->first_query; q; q = q->next)
        for (const struct dg_item *it = q->items; it; it = it->next) {
            struct pk_item *x = &pi[k++];
            x->span = it->span;
            x->name = text_of(&p, it->name);
            x->qualifier = text_of(&p, it->qualifier);
            x->owner = (uint16_t)q->id;
            x->star = it->star;
        }
    k = 0;
    for (const struct dg_colref *c = dg->first_colref; c; c = c->next) {
        struct pk_colref *x = &pc[k++];
        uint32_t len = c->span.end - c->span.start;
        x->start = c->span.start;
        x->len = (uint16_t)(len < UINT16_MAX ? len : UINT16_MAX);
        x->in = c->in ? (uint16_t)(c->in->id + 1) : 0;
        x->clause = (uint8_t)c->clause;
        x->flags = (uint8_t)c->flags;
        x->nparts = (uint8_t)(c->nparts < 255 ? c->nparts : 0);
        x->parts = (uint32_t)kn;
        x->in_source = c->in_source;
        for (size_t i = 0; i < x->nparts && !x->in_source; i++)
            names[kn++] = text_of(&p, c->parts[i]);
    }
    k = 0;
    for (const struct dg_insert *in = dg->first_insert; in; in = in->next) {
        struct pk_insert *x = &pins[k++];
        x->at = in->at;
        x->target = in->target;
        x->query = in->query ? (uint16_t)(in->query->id + 1) : 0;
        x->ncols = (uint16_t)(in->ncols < UINT16_MAX ? in->ncols : 0);
        x->cols = (uint32_t)kn;
        for (size_t i = 0; i < x->ncols; i++)
            names[kn++] = text_of(&p, in->cols[i]);
        x->nfixed = (uint16_t)(in->nfixed < UINT16_MAX ? in->nfixed : 0);
        x->fixed = (uint32_t)kn;
        for (size_t i = 0; i < x->nfixed; i++)
            names[kn++] = text_of(&p, in->fixed[i]);
    }
    return pk;
}

bool dg_has_queries(const struct digest *d)
{
    const struct dg_packed *pk = d ? d->packed : NULL;
    return pk && (pk->nqueries || pk->ncolrefs || pk->ninserts);
}

size_t dg_columns(const struct digest *d, const struct dg_column **cols)
{
    const struct dg_packed *pk = d ? d->packed : NULL;
    if (!pk || !pk->ncolumns) {
        *cols = NULL;
        return 0;
    }
    *cols = sections_of(pk).columns;
    return pk->ncolumns;
}

void dg_thaw(struct arena *a, const struct source *src,
             const struct digest *d, struct dg_query **queries, struct dg_colref **colrefs,
             struct dg_insert **inserts)
{
    *queries = NULL;
    *colrefs = NULL;
    *inserts = NULL;
    const struct dg_packed *pk = d ? d->packed : NULL;
    if (!pk || (!pk->nqueries && !pk->ncolrefs && !pk->ninserts))
        return;
    size_t nq = pk->nqueries, nf = pk->nfroms, ni = pk->nitems;
    size_t nc = pk->ncolrefs, nins = pk->ninserts;
    const struct pk_sections sec = sections_of(pk);
    const struct pk_from *pf = sec.froms;
    const struct pk_insert *pins = sec.inserts;
    const struct pk_query *pq = sec.queries;
    const struct pk_item *pi = sec.items;
    const struct pk_colref *pc = sec.colrefs;
    const uint32_t *names = sec.names;
    const char *text = sec.text - 1;    /* offsets + 1 */
#define TEXT(o) ((o) ? text + (o) : NULL)
    struct dg_query *q = nq ? arena_alloc(a, nq * sizeof *q) : NULL;
    struct dg_from *f = nf ? arena_alloc(a, nf * sizeof *f) : NULL;
    struct dg_item *it = ni ? arena_alloc(a, ni * sizeof *it) : NULL;
    struct dg_colref *c = nc ? arena_alloc(a, nc * sizeof *c) : NULL;
    for (size_t i = 0; i < nq; i++) {
        q[i].next = i + 1 < nq ? &q[i + 1] : NULL;
        q[i].id = (uint32_t)i;
        q[i].kind = (enum dg_query_kind)pq[i].kind;
        q[i].outer = pq[i].outer && pq[i].outer <= nq ? &q[pq[i].outer - 1]
                                                       : NULL;
        q[i].left = pq[i].left && pq[i].left <= nq ? &q[pq[i].left - 1]
                                                    : NULL;
        q[i].width = pq[i].width;
        q[i].aggregating = pq[i].aggregating;
        q[i].span = pq[i].span;
    }
    /* items and FROM items back on their queries' lists, in order */
    struct dg_from **from_end = nq ? arena_alloc(a, nq * sizeof *from_end)
                                   : NULL;
    struct dg_item **item_end = nq ? arena_alloc(a, nq * sizeof *item_end)
                                   : NULL;
    for (size_t i = 0; i < nq; i++) {
        from_end[i] = NULL;
        item_end[i] = NULL;
    }
    for (size_t i = 0; i < nf; i++) {
        const struct pk_from *x = &pf[i];
        f[i].id = (uint32_t)i;
        f[i].kind = (enum dg_from_kind)x->kind;
        f[i].table = x->table;
        f[i].query = x->query && x->query <= nq ? &q[x->query - 1] : NULL;
        f[i].alias = TEXT(x->alias);
        f[i].span = x->span;
        f[i].ncols = x->ncols;
        f[i].cols = x->ncols ? arena_alloc(a, x->ncols * sizeof *f[i].cols)
                             : NULL;
        for (size_t k = 0; k < x->ncols; k++)
            f[i].cols[k] = TEXT(names[x->cols + k]);
        f[i].merged = x->merged;
    }
    /* FROM items in text order per query: their ids were given in it */
    for (size_t i = 0; i < nf; i++) {
        size_t o = pf[i].owner;
        if (o >= nq)
            continue;
        if (from_end[o])
            from_end[o]->next = &f[i];
        else
            q[o].from = &f[i];
        from_end[o] = &f[i];
    }
    for (size_t i = 0; i < ni; i++) {
        const struct pk_item *x = &pi[i];
        it[i].star = x->star;
        it[i].name = TEXT(x->name);
        it[i].qualifier = TEXT(x->qualifier);
        it[i].span = x->span;
        size_t o = x->owner;
        if (o >= nq)
            continue;
        if (item_end[o])
            item_end[o]->next = &it[i];
        else
            q[o].items = &it[i];
        item_end[o] = &it[i];
    }
    for (size_t i = 0; i < nc; i++) {
        const struct pk_colref *x = &pc[i];
        c[i].next = i + 1 < nc ? &c[i + 1] : NULL;
        c[i].in = x->in && x->in <= nq ? &q[x->in - 1] : NULL;
        c[i].clause = (enum dg_clause)x->clause;
        c[i].flags = x->flags;
        c[i].span.start = x->start;
        c[i].span.end = x->start + x->len;
        c[i].nparts = x->nparts;
        c[i].parts = x->nparts ? arena_alloc(a, x->nparts * sizeof *c[i].parts)
                               : NULL;
        const char *t = src->text + x->start;
        for (size_t k = 0; k < x->nparts; k++) {
            if (!x->in_source) {
                c[i].parts[k] = TEXT(names[x->parts + k]);
                continue;
            }
            const char *dot = memchr(t, '.', (size_t)(src->text + x->start +
                                                      x->len - t));
            size_t n = dot ? (size_t)(dot - t) : (size_t)(src->text +
                                                          x->start + x->len - t);
            c[i].parts[k] = arena_strndup(a, t, n);
            t += n + 1;
        }
    }
    struct dg_insert *ins = nins ? arena_alloc(a, nins * sizeof *ins) : NULL;
    for (size_t i = 0; i < nins; i++) {
        const struct pk_insert *x = &pins[i];
        ins[i].next = i + 1 < nins ? &ins[i + 1] : NULL;
        ins[i].target = x->target;
        ins[i].query = x->query && x->query <= nq ? &q[x->query - 1] : NULL;
        ins[i].at = x->at;
        ins[i].ncols = x->ncols;
        ins[i].cols = x->ncols ? arena_alloc(a, x->ncols * sizeof *ins[i].cols)
                               : NULL;
        for (size_t k = 0; k < x->ncols; k++)
            ins[i].cols[k] = TEXT(names[x->cols + k]);
        ins[i].nfixed = x->nfixed;
        ins[i].fixed = x->nfixed ? arena_alloc(a, x->nfixed *
                                               sizeof *ins[i].fixed) : NULL;
        for (size_t k = 0; k < x->nfixed; k++)
            ins[i].fixed[k] = TEXT(names[x->fixed + k]);
    }
#undef TEXT
    *queries = q;
    *colrefs = c;
    *inserts = ins;
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
    dg->cap_frames = 16;
    dg->frames = calloc(dg->cap_frames, sizeof *dg->frames);
    if (!dg->frames)
        fatal_oom();
    return dg;
}

void digester_free(struct digester *dg)
{
    if (!dg)
        return;
    ast_walker_release(&dg->walk);
    arena_free(&dg->scratch);
    free(dg->scopes);
    free(dg->frames);
    free(dg);
}

struct digest *digest_statement(struct digester *dg, struct arena *a,
                                const struct node *stmt)
{
    dg->a = a;
    dg->stmt = stmt;
    dg->d = NULL;
    dg->last = NULL;
    dg->first_query = dg->last_query = NULL;
    dg->first_colref = dg->last_colref = NULL;
    dg->first_insert = dg->last_insert = NULL;
    dg->columns = NULL;
    dg->ncolumns = 0;
    dg->nqueries = 0;
    dg->nfroms = 0;
    dg->window = NULL;
    memset(dg->frames, 0, sizeof *dg->frames);
    dg->nframes = 1;            /* the root: no query, nothing recorded */
    dg->explaining = false;
    dg->nscopes = 0;
    statement(dg, stmt);
    if (dg->first_query || dg->first_colref || dg->first_insert ||
        dg->ncolumns)
        digest_of(dg)->packed = freeze(dg);
    arena_reset(&dg->scratch);
    struct digest *d = dg->d;
    dg->d = NULL;
    return d;
}
