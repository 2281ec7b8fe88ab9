/* bind.c -- column references against their scopes (see bind.h). */
#include "sqlcheck/bind.h"

#include "sqlcheck/arena.h"
#include "sqlcheck/schema.h"
#include "sqlcheck/strmap.h"
#include "sqlcheck/util.h"

#include <string.h>

/* A column's name: not always NUL-terminated (a table's are read from its
 * definition's text); p NULL: a column without a name sqlcheck knows
 * (EXPR$0...). */
struct colname {
    const char *p;
    size_t len;
};

static struct colname cname(const char *p)
{
    struct colname c = { p, p ? strlen(p) : 0 };
    return c;
}

/* The columns an item or a query gives, by name. */
struct colset {
    struct colname *names;
    size_t n;
    bool open;                  /* more columns may exist */
    /* for many columns: a hash of the names (index + 1; 0: empty), made
     * at the first look-up, and whether some have no name */
    uint32_t *index;
    size_t index_cap;
    bool unnamed;
    struct span defined;        /* a table's definition in the checked file */
    const char *table;          /* its name, for notes */
};

struct binder {
    struct arena *a;
    table_schema_fn schema_of;
    void *user;
    struct colset **query_cols; /* by dg_query id; computed once */
    bool *busy;                 /* by id: being computed (a cycle) */
    size_t nqueries;
    const struct colset **item_sets;    /* by dg_from id; once */
    size_t nitems;
};

static const struct colset open_set = { .open = true };

static struct colset *new_set(struct binder *b, size_t cap)
{
    struct colset *s = ARENA_NEW(b->a, struct colset);
    s->names = cap ? arena_alloc(b->a, cap * sizeof *s->names) : NULL;
    return s;
}

static void add_names(struct colset *to, const struct colset *from)
{
    for (size_t i = 0; i < from->n; i++)
        to->names[to->n++] = from->names[i];
    to->open |= from->open;
}

static const struct colset *query_cols(struct binder *b,
                                       const struct dg_query *q);

/* An alias column list renames a set: exactly those names, when the
 * counts agree. */
static const struct colset *renamed(struct binder *b, const struct colset *s,
                                    const struct dg_from *f)
{
    if (!f->ncols)
        return s;
    struct colset *r = new_set(b, f->ncols);
    for (size_t i = 0; i < f->ncols; i++)
        r->names[r->n++] = cname(f->cols[i]);
    r->open = s->open || s->n != f->ncols;
    r->defined = s->defined;
    r->table = s->table;
    return r;
}

static const struct colset *table_cols(struct binder *b,
                                       const struct dg_op *table)
{
    struct span defined = { 0, 0 };
    const struct schema *sc = table ? b->schema_of(b->user, table, &defined)
                                    : NULL;
    if (!sc)
        return &open_set;
    struct colset *s = new_set(b, sc->ncols);
    for (size_t i = 0; i < sc->ncols; i++) {
        struct colname c = { sc->cols[i].name, sc->cols[i].len };
        s->names[s->n++] = c;
    }
    s->open = sc->open;
    s->defined = defined;
    return s;
}

static const struct colset *item_cols_of(struct binder *b,
                                         const struct dg_from *f);

static const struct colset *item_cols(struct binder *b,
                                      const struct dg_from *f)
{
    if (f->id >= b->nitems)
        return item_cols_of(b, f);
    if (!b->item_sets[f->id])
        b->item_sets[f->id] = item_cols_of(b, f);
    return b->item_sets[f->id];
}

static const struct colset *item_cols_of(struct binder *b,
                                         const struct dg_from *f)
{
    switch (f->kind) {
    case DF_TABLE: {
        struct colset *s = (struct colset *)table_cols(b, f->table);
        if (s != &open_set)
            s->table = f->alias;
        return renamed(b, s, f);
    }
    case DF_QUERY:
        return renamed(b, f->query ? query_cols(b, f->query) : &open_set, f);
    case DF_WINDOW: {
        const struct colset *in = f->table ? table_cols(b, f->table)
                                  : f->query ? query_cols(b, f->query)
                                             : &open_set;
        struct colset *s = new_set(b, in->n + 3);
        add_names(s, in);
        s->names[s->n++] = cname("window_start");
        s->names[s->n++] = cname("window_end");
        s->names[s->n++] = cname("window_time");
        s->defined = in->defined;
        return renamed(b, s, f);
    }
    case DF_NAMED: {
        struct colset *s = new_set(b, f->ncols);
        for (size_t i = 0; i < f->ncols; i++)
            s->names[s->n++] = cname(f->cols[i]);
        return s;
    }
    case DF_OPEN:
        break;
    }
    return &open_set;
}

static const struct colset *query_cols(struct binder *b,
                                       const struct dg_query *q)
{
    if (q->id >= b->nqueries || b->busy[q->id])
        return &open_set;
    if (b->query_cols[q->id])
        return b->query_cols[q->id];
    b->busy[q->id] = true;
    const struct colset *result = &open_set;
    switch (q->kind) {
    case DQ_SELECT: {
        size_t cap = 0;
        for (const struct dg_item *it = q->items; it; it = it->next) {
            if (!it->star) {
                cap++;
                continue;
            }
            for (const struct dg_from *f = q->from; f; f = f->next)
                if (!it->qualifier ||
                    (f->alias && strcmp(f->alias, it->qualifier) == 0))
                    cap += item_cols(b, f)->n;
        }
        struct colset *s = new_set(b, cap);
        for (const struct dg_item *it = q->items; it; it = it->next) {
            if (!it->star) {
                s->names[s->n++] = cname(it->name);
                continue;
            }
            bool any = false;
            for (const struct dg_from *f = q->from; f; f = f->next)
                if (!it->qualifier ||
                    (f->alias && strcmp(f->alias, it->qualifier) == 0)) {
                    add_names(s, item_cols(b, f));
                    any = true;
                }
            if (!any)
                s->open = true;
        }
        result = s;
        break;
    }
    case DQ_SETOP:
        result = q->left ? query_cols(b, q->left) : &open_set;
        break;
    case DQ_VALUES: {
        struct colset *s = new_set(b, q->width);
        for (size_t i = 0; i < q->width; i++)
            s->names[s->n++] = cname(NULL);
        s->open = q->width == 0;
        result = s;
        break;
    }
    case DQ_OPEN:
        break;
    }
    b->busy[q->id] = false;
    b->query_cols[q->id] = (struct colset *)result;
    return result;
}

static uint32_t hash_name(const char *p, size_t len)
{
    uint32_t h = 2166136261u;           /* FNV-1a */
    for (size_t i = 0; i < len; i++)
        h = (h ^ (unsigned char)p[i]) * 16777619u;
    return h;
}

enum { INDEX_FROM = 32 };       /* columns: fewer are compared one by one */

static void index_names(struct binder *b, struct colset *s)
{
    size_t cap = 64;
    while (cap < 2 * s->n)
        cap *= 2;
    s->index = arena_alloc(b->a, cap * sizeof *s->index);
    s->index_cap = cap;
    for (size_t i = 0; i < s->n; i++) {
        if (!s->names[i].p) {
            s->unnamed = true;
            continue;
        }
        size_t at = hash_name(s->names[i].p, s->names[i].len) & (cap - 1);
        while (s->index[at])
            at = (at + 1) & (cap - 1);
        s->index[at] = (uint32_t)(i + 1);
    }
}

/* Does s have a column named name? Unnamed columns make a miss unsure:
 * *unsure is set. */
static bool has_slow(const struct colset *s, const char *name, bool *unsure);

static bool has(struct binder *b, const struct colset *cs, const char *name,
                bool *unsure)
{
    if (cs->n < INDEX_FROM || cs == &open_set)
        return has_slow(cs, name, unsure);
    struct colset *s = (struct colset *)cs;
    if (!s->index)
        index_names(b, s);
    if (s->open || s->unnamed)
        *unsure = true;
    size_t len = strlen(name);
    for (size_t at = hash_name(name, len) & (s->index_cap - 1); s->index[at];
         at = (at + 1) & (s->index_cap - 1)) {
        const struct colname *c = &s->names[s->index[at] - 1];
        if (c->len == len && memcmp(c->p, name, len) == 0)
            return true;
    }
    return false;
}

static bool has_slow(const struct colset *s, const char *name, bool *unsure)
{
    if (s->open)
        *unsure = true;
    size_t len = strlen(name);
    for (size_t i = 0; i < s->n; i++) {
        if (!s->names[i].p)
            *unsure = true;
        else if (s->names[i].len == len &&
                 memcmp(s->names[i].p, name, len) == 0)
            return true;
    }
    return false;
}

/* A name made whole (for suggestions only). */
static const char *whole(struct binder *b, struct colname c)
{
    return arena_strndup(b->a, c.p, c.len);
}

/* An unqualified name in q alone: FOUND, AMBIGUOUS (out gets two of the
 * items), UNKNOWN, or MISSING (then look further out). */
static enum bind_status in_query(struct binder *b, const struct dg_query *q,
                                 const char *name, bool aliases,
                                 struct bound_ref *out, bool *by_alias)
{
    bool unsure = false;
    if (aliases) {              /* ORDER BY: the SELECT list's names too */
        for (const struct dg_item *it = q->items; it; it = it->next) {
            if (it->star || !it->name)
                unsure |= it->star;
            else if (strcmp(it->name, name) == 0) {
                *by_alias = true;
                return BIND_FOUND;
            }
        }
    }
    if (q->kind != DQ_SELECT) {
        /* the ordered query is a set operation: its columns */
        return has(b, query_cols(b, q), name, &unsure) ? BIND_FOUND
               : BIND_UNKNOWN;
    }
    size_t found = 0;
    bool merged = false;
    for (const struct dg_from *f = q->from; f; f = f->next) {
        const struct colset *s = item_cols(b, f);
        if (!has(b, s, name, &unsure))
            continue;
        if (found < 2 && out) {
            out->candidate[found] = f->alias;
            out->candidate_at[found] = s->defined;
        }
        found++;
        merged |= f->merged;
    }
    if (found == 1 || (found > 1 && merged))
        return BIND_FOUND;
    if (found > 1)
        return BIND_AMBIGUOUS;
    return unsure ? BIND_UNKNOWN : BIND_MISSING;
}

static const struct dg_from *item_named(const struct dg_query *q,
                                        const char *name, bool *unaliased)
{
    const struct dg_from *found = NULL;
    for (const struct dg_from *f = q->kind == DQ_SELECT ? q->from : NULL; f;
         f = f->next) {
        if (!f->alias)
            *unaliased = true;
        else if (strcmp(f->alias, name) == 0) {
            if (found)
                return NULL;    /* two items of that name: not modelled */
            found = f;
        }
    }
    return found;
}

/* Suggestions compare a name with every column in scope: not with more
 * than this many. */
enum { SUGGEST_MAX = 4096 };

/* The nearest column name in the scopes of r, with the set it is in. */
static const char *nearest(struct binder *b, const struct dg_colref *r,
                           const char *word, const struct colset **in)
{
    size_t n = 0;
    for (const struct dg_query *q = r->in; q; q = q->outer)
        for (const struct dg_from *f = q->kind == DQ_SELECT ? q->from : NULL;
             f; f = f->next)
            n += item_cols(b, f)->n;
    if (n > SUGGEST_MAX)
        return NULL;            /* too many to compare with, each time */
    const char **cands = arena_alloc(b->a, (n + 1) * sizeof *cands);
    const struct colset **sets = arena_alloc(b->a, (n + 1) * sizeof *sets);
    size_t k = 0;
    for (const struct dg_query *q = r->in; q; q = q->outer)
        for (const struct dg_from *f = q->kind == DQ_SELECT ? q->from : NULL;
             f; f = f->next) {
            const struct colset *s = item_cols(b, f);
            for (size_t i = 0; i < s->n; i++)
                if (s->names[i].p) {
                    sets[k] = s;
                    cands[k++] = whole(b, s->names[i]);
                }
        }
    cands[k] = NULL;
    const char *near = nearest_word(word, cands);
    for (size_t i = 0; near && i < k; i++)
        if (cands[i] == near)
            *in = sets[i];
    return near && strcmp(near, word) != 0 ? near : NULL;
}

/* Where r was found: in which query, as which column (for FSQL207). */
struct found {
    const struct dg_query *in;
    const char *column;
    bool by_alias;
};

static void bind_ref(struct binder *b, const struct dg_colref *r,
                     struct bound_ref *out, struct found *where)
{
    out->ref = r;
    out->status = BIND_UNKNOWN;
    if (!r->nparts || !r->in)
        return;
    const char *first = r->parts[0];
    const struct colset *near_set = NULL;
    if (r->nparts == 1) {
        for (const struct dg_query *q = r->in; q; q = q->outer) {
            bool by_alias = false;
            enum bind_status st = in_query(b, q, first,
                                           q == r->in &&
                                           (r->clause == DC_ORDER ||
                                            r->clause == DC_QUALIFY ||
                                            r->clause == DC_HAVING), out,
                                           &by_alias);
            if (st != BIND_MISSING) {
                out->status = st;
                where->in = q;
                where->column = first;
                where->by_alias = by_alias;
                return;
            }
        }
        out->status = BIND_MISSING;
        out->near = nearest(b, r, first, &near_set);
    } else {
        for (const struct dg_query *q = r->in; q; q = q->outer) {
            bool unaliased = false;
            const struct dg_from *f = item_named(q, first, &unaliased);
            if (f) {
                bool unsure = false;
                const struct colset *s = item_cols(b, f);
                if (has(b, s, r->parts[1], &unsure)) {
                    out->status = BIND_FOUND;
                    where->in = q;
                    where->column = r->parts[1];
                }
                else if (unsure)
                    out->status = BIND_UNKNOWN;
                else {
                    out->status = BIND_MISSING;
                    out->qualifier = first;
                    out->near_table = s->defined;
                    out->near_table_name = s->table;
                    if (s->n > SUGGEST_MAX)
                        return;
                    const char **cands = arena_alloc(b->a, (s->n + 1) *
                                                     sizeof *cands);
                    size_t k = 0;
                    for (size_t i = 0; i < s->n; i++)
                        if (s->names[i].p)
                            cands[k++] = whole(b, s->names[i]);
                    cands[k] = NULL;
                    const char *near = nearest_word(r->parts[1], cands);
                    out->near = near && strcmp(near, r->parts[1]) ? near
                                                                   : NULL;
                    out->near_table = s->defined;
                    out->near_table_name = s->table;
                }
                return;
            }
            /* no item of that name here: a column with a field? */
            bool by_alias = false;
            enum bind_status st = in_query(b, q, first, false, NULL,
                                           &by_alias);
            if (st == BIND_AMBIGUOUS)
                st = BIND_UNKNOWN;  /* a field of an ambiguous column */
            if (st == BIND_FOUND) {
                where->in = q;
                where->column = first;
            }
            if (st != BIND_MISSING || unaliased) {
                out->status = st == BIND_MISSING ? BIND_UNKNOWN : st;
                return;
            }
        }
        if (r->nparts > 2)
            return;             /* db.t.c and the like: not modelled */
        out->status = BIND_MISSING;
        out->qualifier = first;
        out->no_such_alias = true;
        return;
    }
    if (near_set) {
        out->near_table = near_set->defined;
        out->near_table_name = near_set->table;
    }
}

/* What GROUP BY of a query mentions (any part of any reference there), and
 * whether its SELECT has a star: made once per query. */
struct grouping {
    bool made, star;
    struct strmap names;
};

static struct grouping *grouping_of(struct binder *b, struct grouping *gs,
                                    const struct bound_stmt *bs,
                                    const struct dg_query *q)
{
    struct grouping *g = &gs[q->id];
    if (g->made)
        return g;
    g->made = true;
    strmap_init(&g->names, b->a);
    for (const struct dg_item *it = q->items; it; it = it->next)
        g->star |= it->star;
    for (size_t i = 0; i < bs->nrefs; i++) {
        const struct dg_colref *c = bs->refs[i].ref;
        if (c->in != q || c->clause != DC_GROUP)
            continue;
        for (size_t k = 0; k < c->nparts; k++)
            if (c->parts[k])
                strmap_put(&g->names, c->parts[k], g);
    }
    return g;
}

/* Columns of an aggregating query used outside aggregates and not grouped
 * (FSQL207). Only where nothing is unsure: a reference inside a call that
 * may aggregate (a function sqlcheck does not know) or has rules of its
 * own (OVER, TUMBLE_START) is left alone, and so is a query with SELECT *. */
static void check_grouping(struct binder *b, struct bound_stmt *bs,
                           const struct found *where)
{
    struct grouping *gs = NULL;
    for (size_t i = 0; i < bs->nrefs; i++) {
        struct bound_ref *r = &bs->refs[i];
        const struct dg_colref *c = r->ref;
        const struct dg_query *q = where[i].in;
        if (r->status != BIND_FOUND || !q || q != c->in || !q->aggregating ||
            where[i].by_alias || c->flags || q->id >= b->nqueries ||
            (c->clause != DC_SELECT && c->clause != DC_HAVING &&
             c->clause != DC_ORDER && c->clause != DC_QUALIFY))
            continue;
        if (!gs)
            gs = arena_alloc(b->a, b->nqueries * sizeof *gs);
        const struct grouping *g = grouping_of(b, gs, bs, q);
        if (g->star || strmap_get(&g->names, where[i].column))
            continue;
        r->not_grouped = true;
        r->column = where[i].column;
    }
}

/* Does the INSERT's query give the columns its target takes? */
static void bind_insert(struct binder *b, const struct dg_insert *in,
                        struct bound_insert *out)
{
    out->ins = in;
    out->status = INSERT_UNKNOWN;
    if (!in->target)
        return;
    out->target = in->target->span;
    const struct schema *sc = b->schema_of(b->user, in->target,
                                           &out->defined);
    if (!sc || sc->open)
        return;
    size_t expected = 0;
    if (in->ncols) {
        for (size_t i = 0; i < in->ncols; i++)
            if (in->cols[i] && !schema_column(sc, in->cols[i])) {
                out->status = INSERT_NO_COLUMN;
                out->column = in->cols[i];
                return;
            }
        expected = in->ncols;
    } else {
        /* what a sink stores: physical and (not VIRTUAL) metadata columns,
         * less those a PARTITION clause fixes */
        for (size_t i = 0; i < sc->ncols; i++) {
            const struct column *c = &sc->cols[i];
            if (c->kind != COL_PHYSICAL && c->kind != COL_METADATA)
                continue;
            bool fixed = false;
            for (size_t k = 0; k < in->nfixed; k++)
                fixed |= in->fixed[k] && column_is(c, in->fixed[k]);
            expected += !fixed;
        }
    }
    if (!in->query)
        return;
    const struct colset *given = query_cols(b, in->query);
    if (given->open)
        return;
    out->given = given->n;
    out->expected = expected;
    out->status = given->n == expected ? INSERT_FITS : INSERT_COUNT;
}

/* A binder for the queries of one statement (as dg_thaw() gave them). */
static void binder_init(struct binder *b, struct arena *a,
                        const struct dg_query *queries,
                        table_schema_fn schema_of, void *user)
{
    size_t nq = 0, nf = 0;
    for (const struct dg_query *q = queries; q; q = q->next) {
        nq = q->id + 1 > nq ? q->id + 1 : nq;
        for (const struct dg_from *f = q->from; f; f = f->next)
            nf = f->id + 1 > nf ? f->id + 1 : nf;
    }
    b->a = a;
    b->schema_of = schema_of;
    b->user = user;
    b->nqueries = nq;
    b->nitems = nf;
    b->item_sets = arena_alloc(a, (nf + 1) * sizeof *b->item_sets);
    b->query_cols = arena_alloc(a, (nq + 1) * sizeof *b->query_cols);
    b->busy = arena_alloc(a, (nq + 1) * sizeof *b->busy);
}

struct schema *bind_view_schema(struct arena *a, const struct source *src,
                                const struct digest *d, table_schema_fn schema_of, void *user)
{
    struct dg_query *queries;
    struct dg_colref *colrefs;
    struct dg_insert *inserts;
    dg_thaw(a, src, d, &queries, &colrefs, &inserts);
    if (!queries)
        return NULL;
    struct binder b;
    binder_init(&b, a, queries, schema_of, user);
    const struct colset *cs = query_cols(&b, queries);
    struct schema *s = ARENA_NEW(a, struct schema);
    s->open = cs->open;
    s->cols = cs->n ? arena_alloc(a, cs->n * sizeof *s->cols) : NULL;
    for (size_t i = 0; i < cs->n; i++) {
        if (!cs->names[i].p) {
            s->open = true;     /* EXPR$0...: a name sqlcheck does not know */
            continue;
        }
        struct column *c = &s->cols[s->ncols++];
        c->name = cs->names[i].p;
        c->len = cs->names[i].len;
        c->kind = COL_PHYSICAL;
    }
    return s;
}

void bind_statement(struct arena *a, const struct source *src,
                    const struct digest *d,
                    table_schema_fn schema_of, void *user,
                    struct bound_stmt *out)
{
    memset(out, 0, sizeof *out);
    out->d = d;
    struct dg_query *queries;
    struct dg_colref *colrefs;
    struct dg_insert *inserts;
    dg_thaw(a, src, d, &queries, &colrefs, &inserts);
    out->queries = queries;
    size_t nr = 0, ni = 0;
    for (const struct dg_insert *in = inserts; in; in = in->next)
        ni++;
    for (const struct dg_colref *r = colrefs; r; r = r->next)
        nr++;
    if (!nr && !ni)
        return;
    struct binder b;
    binder_init(&b, a, queries, schema_of, user);
    out->refs = nr ? arena_alloc(a, nr * sizeof *out->refs) : NULL;
    struct found *where = nr ? arena_alloc(a, nr * sizeof *where) : NULL;
    for (const struct dg_colref *r = colrefs; r; r = r->next) {
        bind_ref(&b, r, &out->refs[out->nrefs], &where[out->nrefs]);
        out->nrefs++;
    }
    check_grouping(&b, out, where);
    out->inserts = ni ? arena_alloc(a, ni * sizeof *out->inserts) : NULL;
    for (const struct dg_insert *in = inserts; in; in = in->next)
        bind_insert(&b, in, &out->inserts[out->ninserts++]);
}
