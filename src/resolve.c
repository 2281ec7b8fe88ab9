/* resolve.c -- replay a script's definitions and check its names (see
 * resolve.h). Keys: tables and views share one namespace per catalog and
 * database ("cat\x1f" "db\x1f" "name", case-sensitive; "\x01" "name" in
 * the default catalog and database, default_catalog.default_database
 * unless the session says otherwise); functions are
 * matched without regard to case; temporary system functions have no
 * catalog or database ("\x1fsys\x1f" "name").
 */
#include "sqlcheck/resolve.h"

#include "sqlcheck/arena.h"
#include "sqlcheck/builtins.h"
#include "sqlcheck/diag.h"
#include "sqlcheck/stmt.h"
#include "sqlcheck/util.h"

#include <ctype.h>
#include <stdalign.h>
#include <stdatomic.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#define DEFAULT_CATALOG "default_catalog"
#define DEFAULT_DATABASE "default_database"

/* One per name a script or catalog defines: 16 bytes, as a script may
 * define hundreds of thousands. Its temporary (TEMP) and permanent (PERM)
 * definitions: where they name it, at[] and len[] (len 0: none, never
 * defined or dropped since; longer names are noted by their first 65,535
 * bytes). Its name as written, for suggestions (object_text()): most are
 * plain names in the default database, whose key is "\x01" "name", and
 * the text is the key's tail; others follow the object. */
enum { TEMP, PERM };
enum { TEXT_NONE, TEXT_KEY, TEXT_OWN };
struct object {
    uint32_t at[2];
    uint16_t len[2];
    bool unknown;                   /* defined by a statement we could not parse */
    uint8_t text;                   /* TEXT_* */
};

static const char *object_text(const struct object *o, const char *key)
{
    switch (o->text) {
    case TEXT_KEY: return key + 1;
    case TEXT_OWN: return (const char *)(o + 1);
    default: return NULL;
    }
}

static size_t object_size(const struct object *o)
{
    return sizeof *o + (o->text == TEXT_OWN
                        ? strlen((const char *)(o + 1)) + 1 : 0);
}

static bool live(const struct object *o, int which)
{
    return o->len[which] != 0;
}

static bool defined(const struct object *o)
{
    return live(o, TEMP) || live(o, PERM);
}

static struct span defined_at(const struct object *o, int which)
{
    struct span sp = { o->at[which], o->at[which] + o->len[which] };
    return sp;
}

struct scope {                      /* CTE names visible in a query */
    const struct scope *up;
    const struct node *ctes;        /* N_LIST of N_CTE */
    struct strmap *names;           /* their names, when there are many */
};

/* From this many CTEs in one WITH, their names are hashed: a reference is
 * then found in constant time, not by a walk of the list. */
enum { CTE_HASH_MIN = 16 };

/* A reference found while collecting (see resolve_collect()), packed in
 * one allocation: they are many, and kept until they are resolved. */
struct fact_part {
    struct span span;
    uint32_t flags;
    uint32_t len;
};

/* The facts of the second part of a file form one chain, in text order:
 * each statement's references, then what it defines (a struct def_fact),
 * the first of each statement marked. A statement with neither adds
 * nothing. */
enum { FACT_DEF = REF_KINDS };

struct fact {                       /* 24 bytes before the parts */
    struct fact *next;
    struct span span;
    uint32_t flags;                 /* the N_PATH's */
    uint16_t nparts;
    uint8_t kind;                   /* enum ref_kind, or FACT_DEF */
    uint8_t is_path : 1;            /* an N_PATH, else one N_IDENT */
    /* one part whose span and flags are the name's (`orders`): the part
     * array is left out, its text follows at once (most names) */
    uint8_t simple : 1;
    /* simple, and its text is the source's at span (an unquoted name):
     * nothing follows */
    uint8_t in_source : 1;
    uint8_t first : 1;              /* the first fact of its statement */
    struct fact_part part[];        /* then their texts, NUL-terminated */
};

/* What the state part of replay() reads of a statement that defines, drops
 * or uses something: most need only their kind, flags and name. Such a
 * statement's fact (FACT_DEF) is its name, packed like a reference,
 * followed by this (made a node again when applied): 40 bytes for
 * `CREATE TEMPORARY TABLE t1 (a INT)`. The others (FACT_PRUNED) are
 * followed by a pointer to a pruned copy of the statement. */
enum { FACT_PRUNED = FACT_DEF + 1 };
struct def_stmt {
    struct span span;               /* the statement's */
    uint32_t flags;
    int16_t sub;
    uint8_t kind;                   /* enum node_kind */
    uint8_t has_name;               /* else the fact's name is empty */
};

struct resolver {
    struct catalog_state *st;
    bool collecting;                /* record references, resolve none */
    bool first_fact;                /* the statement has none yet */
    struct fact *facts;             /* the chain: a head before the first */
    struct fact *last_fact;         /* its end */
    /* the chain's memory: blocks in the order they were filled, released
     * from the front as the facts in them are applied (resolve_release()) */
    struct fact_block *oldest;      /* the applying thread's */
    struct fact_block *newest;      /* the collecting thread's */
    atomic_size_t held;             /* bytes of the blocks not released */
    bool all_refs;                  /* ... builtin functions too */
    bool state_only;                /* no references: definitions only */
    bool explaining;                /* EXPLAIN: references, no definitions */
    struct arena scratch;           /* keys and scopes of one statement */
    struct pending *pending;        /* the walk's nodes still to visit */
    size_t npending, cap_pending;
    const struct source *src;
    struct resolution *out;
    struct name_ref *last_ref;
    struct duplicate *last_dup;
};

void catalog_state_init(struct catalog_state *st, struct arena *a)
{
    memset(st, 0, sizeof *st);
    st->arena = a;
    strmap_init(&st->tables, a);
    strmap_init(&st->functions, a);
    strmap_init(&st->others, a);
    strmap_init(&st->catalogs, a);
    catalog_state_set_defaults(st, DEFAULT_CATALOG, DEFAULT_DATABASE);
}

void catalog_state_set_defaults(struct catalog_state *st, const char *catalog,
                                const char *database)
{
    st->catalog = st->default_catalog = catalog;
    st->database = st->default_database = database;
}

void catalog_state_layer(struct catalog_state *st,
                         const struct catalog_state *base)
{
    st->base = base;
    st->all_unknown = base->all_unknown;
}

/* The same map (m, a member of st) in state b. */
static const struct strmap *map_in(const struct catalog_state *st,
                                   const struct strmap *m,
                                   const struct catalog_state *b)
{
    size_t off = (size_t)((const char *)m - (const char *)st);
    return (const struct strmap *)((const char *)b + off);
}

/* What map m of st holds under key, looking through st's bases; NULL when
 * nothing, or when a "gone" mark hides the bases' entry. */
static void *lookup(const struct catalog_state *st, const struct strmap *m,
                    const char *key)
{
    for (const struct catalog_state *b = st; b; b = b->base) {
        const struct strmap_slot *s = strmap_find(map_in(st, m, b), key);
        if (s)
            return s->value;
    }
    return NULL;
}

/*---- names ------------------------------------------------------------*/

/* The parts of a PATH (or IDENT) node; returns the count (at most max). */
static size_t parts_of(const struct node *path, const char **parts,
                       size_t max)
{
    size_t n = 0;
    if (!path)
        return 0;
    if (path->kind == N_IDENT) {
        parts[0] = path->text;
        return 1;
    }
    if (path->kind != N_PATH || !path->kid[0])
        return 0;
    for (const struct node *p = path->kid[0]; p; p = p->next) {
        if (n < max)
            parts[n] = p->text;
        n++;
    }
    return n;
}

static void lower_ascii(char *s)
{
    for (; *s; s++)
        *s = (char)tolower((unsigned char)*s);
}

/* Is catalog one whose contents sqlcheck cannot know? */
static bool opaque_catalog(const struct catalog_state *st, const char *cat)
{
    return strcmp(cat, st->default_catalog) != 0 &&
           lookup(st, &st->catalogs, cat) != NULL;
}

/* Key of a table/view/model path after USE; NULL when the path has more
 * than three parts. *cat gets the catalog. */
static char *object_key(const struct catalog_state *st,
                        const struct node *path, const char **cat)
{
    const char *p[3];
    size_t n = parts_of(path, p, 3);
    const char *c = st->catalog, *d = st->database, *name;
    if (n == 1) {
        name = p[0];
    } else if (n == 2) {
        d = p[0];
        name = p[1];
    } else if (n == 3) {
        c = p[0];
        d = p[1];
        name = p[2];
    } else {
        return NULL;
    }
    *cat = c;
    struct arena *a = st->scratch ? st->scratch : st->arena;
    if (strcmp(c, st->default_catalog) == 0 &&
        strcmp(d, st->default_database) == 0) {
        /* the usual case, in short: "\x01" "name" (hashed and compared
         * faster than the thirty-odd bytes of the defaults) */
        const char *parts[2] = { "", name };
        return arena_join(a, '\x01', parts, 2);
    }
    const char *parts[3] = { c, d, name };
    return arena_join(a, '\x1f', parts, 3);
}

static const char *function_key(const struct catalog_state *st,
                                const struct node *path, bool system,
                                const char **cat)
{
    const char *p[3];
    size_t n = parts_of(path, p, 3);
    struct arena *a = st->scratch ? st->scratch : st->arena;
    if (system && n == 1) {
        *cat = "";
        const char *parts[3] = { "", "sys", p[0] };
        char *k = arena_join(a, '\x1f', parts, 3);
        lower_ascii(k + 5);
        return k;
    }
    char *k = object_key(st, path, cat);
    if (!k)
        return NULL;
    char *last = k[0] == '\x01' ? k : strrchr(k, '\x1f');
    if (last)
        lower_ascii(last + 1);
    return k;
}

/*---- facts ---------------------------------------------------------------*/

/* Names defined in map m of st and its bases (and the built-in
 * functions), for "did you mean": a NULL-terminated array, built once per
 * file and kind. */
static const char **candidates(struct catalog_state *st, const struct strmap *m,
                               bool with_builtins, size_t *count)
{
    size_t nb = 0, n = 0, all = 0;
    const struct builtin *b = with_builtins ? builtin_table(&nb) : NULL;
    for (const struct catalog_state *l = st; l; l = l->base)
        all += map_in(st, m, l)->count;
    const char **cands = arena_alloc(st->arena, (all + nb + 1) * sizeof *cands);
    for (const struct catalog_state *l = st; l; l = l->base) {
        const struct strmap *lm = map_in(st, m, l);
        for (size_t i = 0; i < lm->count; i++) {
            const struct strmap_slot *s = strmap_at(lm, i);
            const struct object *o = s->value;
            if (!o || !defined(o) || !object_text(o, s->key) ||
                (l != st && lookup(st, m, s->key) != o))
                continue;       /* shadowed by a state above */
            cands[n++] = object_text(o, s->key);
        }
    }
    for (size_t i = 0; i < nb; i++)
        cands[n++] = b[i].name;
    cands[n] = NULL;
    *count = n;
    return cands;
}

static void add_ref(struct resolver *r, enum ref_kind kind,
                    enum ref_status status, const struct node *name)
{
    if (!r->out || (status != REF_UNDEFINED && kind != REF_USER &&
                    !r->out->all_refs))
        return;
    if (!r->out->all_refs && r->out->kept_refs[kind] >= KEEP_REFS) {
        r->out->dropped_refs[kind]++;   /* beyond any report: counted */
        return;
    }
    r->out->kept_refs[kind]++;
    struct name_ref *ref = ARENA_NEW(r->st->arena, struct name_ref);
    ref->kind = kind;
    ref->status = status;
    ref->name = ast_copy_name(r->st->arena, name);
    ref->text = path_text(r->st->arena, name);
    if (r->last_ref)
        r->last_ref->next = ref;
    else
        r->out->refs = ref;
    r->last_ref = ref;
}

static void add_dup(struct resolver *r, const struct node *name,
                    struct span first, const char *what)
{
    if (!r->out)
        return;
    struct duplicate *d = ARENA_NEW(r->st->arena, struct duplicate);
    d->name = ast_copy_name(r->st->arena, name);
    d->first = first;
    d->what = what;
    if (r->last_dup)
        r->last_dup->next = d;
    else
        r->out->dups = d;
    r->last_dup = d;
}

static const char *last_part(const struct node *path)
{
    const char *p[8];
    size_t n = parts_of(path, p, 8);
    return n && n <= 8 ? p[n - 1] : "";
}

/*---- lookups --------------------------------------------------------------*/

static bool is_cte(const struct scope *sc, const struct node *path)
{
    const char *p[2];
    if (parts_of(path, p, 2) != 1)
        return false;
    for (; sc; sc = sc->up) {
        if (sc->names) {
            if (strmap_get(sc->names, p[0]))
                return true;
            continue;
        }
        for (const struct node *c = sc->ctes ? sc->ctes->kid[0] : NULL; c;
             c = c->next)
            if (c->kid[0] && strcmp(c->kid[0]->text, p[0]) == 0)
                return true;
    }
    return false;
}

/* The memory of the chain of facts: 64 KiB blocks, in order. */
enum { FACT_BLOCK = 64 * 1024 };
struct fact_block {
    struct fact_block *next;
    size_t size, used;
    alignas(max_align_t) unsigned char data[];
};

static struct fact *fact_take(struct resolver *r, size_t size)
{
    struct fact_block *b = r->newest;
    size = (size + 7) & ~(size_t)7;
    if (!b || b->size - b->used < size) {
        size_t cap = size > FACT_BLOCK ? size : FACT_BLOCK;
        struct fact_block *nb = malloc(sizeof *nb + cap);
        if (!nb)
            fatal_oom();
        nb->next = NULL;
        nb->size = cap;
        nb->used = 0;
        atomic_fetch_add_explicit(&r->held, cap, memory_order_relaxed);
        if (b)
            b->next = nb;       /* before any fact in nb is handed over */
        else
            r->oldest = nb;
        r->newest = b = nb;
    }
    struct fact *f = (struct fact *)(void *)(b->data + b->used);
    b->used += size;
    return f;
}

static bool in_block(const struct fact_block *b, const void *p)
{
    const unsigned char *u = p;
    return u >= b->data && u < b->data + b->size;
}

/* Bytes of a fact up to its end (or to what follows it, 8-aligned). */
static size_t fact_size(const struct fact *f)
{
    size_t n = sizeof *f;
    if (!f->simple)
        n += f->nparts * sizeof f->part[0];
    if (f->in_source)
        ;
    else if (f->simple)
        n += strlen((const char *)f->part) + 1;
    else
        for (size_t i = 0; i < f->nparts; i++)
            n += f->part[i].len + 1;
    return (n + 7) & ~(size_t)7;
}

/* What follows fact f (pack_name()'s extra bytes). */
static void *fact_extra(const struct fact *f)
{
    return (char *)(uintptr_t)f + fact_size(f);
}

/* A name (an N_PATH or an N_IDENT; NULL: none) packed as a fact (its text
 * from src when src has it as written), and extra bytes after it. */
static struct fact *pack_name(struct resolver *r, const struct node *path,
                              size_t extra)
{
    const struct source *src = r->src;
    if (!path) {
        struct fact *f = fact_take(r, sizeof *f + extra);
        memset(f, 0, sizeof *f + extra);
        f->simple = f->in_source = true;
        return f;
    }
    const struct node *first = path->kind == N_PATH ? path->kid[0] : path;
    size_t n = 0, text = 0;
    for (const struct node *p = first; p && n < UINT16_MAX; p = p->next) {
        text += (p->text ? strlen(p->text) : 0) + 1;
        n++;
        if (path->kind != N_PATH)
            break;
    }
    bool simple = n == 1 && first->flags == path->flags &&
                  first->span.start == path->span.start &&
                  first->span.end == path->span.end;
    bool in_source = simple && first->text && src &&
                     path->span.end - path->span.start == text - 1 &&
                     path->span.end <= src->len &&
                     memcmp(src->text + path->span.start, first->text,
                            text - 1) == 0;
    size_t parts = simple ? 0 : n;
    size_t size = sizeof(struct fact) + parts * sizeof(struct fact_part) +
                  (in_source ? 0 : text);
    size = (size + 7) & ~(size_t)7;
    struct fact *f = fact_take(r, size + extra);
    memset((char *)f + size, 0, extra);
    f->next = NULL;
    f->kind = 0;
    f->is_path = path->kind == N_PATH;
    f->simple = simple;
    f->in_source = in_source;
    f->first = false;
    f->nparts = (uint16_t)n;
    f->flags = path->flags;
    f->span = path->span;
    char *t = (char *)&f->part[parts];
    if (in_source)
        return f;
    if (simple) {
        memcpy(t, first->text ? first->text : "",
               (first->text ? strlen(first->text) : 0) + 1);
        return f;
    }
    const struct node *p = first;
    for (size_t i = 0; i < n; i++, p = p->next) {
        size_t len = p->text ? strlen(p->text) : 0;
        f->part[i].span = p->span;
        f->part[i].flags = p->flags;
        f->part[i].len = (uint32_t)len;
        memcpy(t, p->text ? p->text : "", len + 1);
        t += len + 1;
    }
    return f;
}

/* Add f to the chain of facts. */
static void chain_fact(struct resolver *r, struct fact *f)
{
    f->first = r->first_fact;
    r->first_fact = false;
    r->last_fact->next = f;
    r->last_fact = f;
}

static void collect_ref(struct resolver *r, enum ref_kind kind,
                        const struct node *path)
{
    struct fact *f = pack_name(r, path, 0);
    f->kind = (uint8_t)kind;
    chain_fact(r, f);
}

/* The path of a fact again, as ast_copy_name() would have copied it (in
 * the statement's scratch arena). */
static const struct node *fact_path(struct resolver *r, const struct fact *f)
{
    struct node_list parts = { NULL, NULL };
    const char *t = (const char *)&f->part[f->simple ? 0 : f->nparts];
    if (f->in_source)
        t = arena_strndup(&r->scratch, r->src->text + f->span.start,
                          f->span.end - f->span.start);
    if (f->simple) {            /* the part is the name */
        struct node *id = ast_new(&r->scratch, N_IDENT, f->span);
        id->flags = f->flags;
        id->text = t;
        ast_list_append(&parts, id);
    } else for (size_t i = 0; i < f->nparts; i++) {
        struct node *id = ast_new(&r->scratch, N_IDENT, f->part[i].span);
        id->flags = f->part[i].flags;
        id->text = t;
        t += f->part[i].len + 1;
        ast_list_append(&parts, id);
    }
    if (!f->is_path)
        return parts.head;
    struct node *path = ast_new(&r->scratch, N_PATH, f->span);
    path->flags = f->flags;
    path->kid[0] = parts.head;
    return path;
}

static void ref_table(struct resolver *r, const struct scope *sc,
                      const struct node *path)
{
    if (r->state_only || !path ||
        (path->kind != N_PATH && path->kind != N_IDENT))
        return;
    if (is_cte(sc, path))
        return;
    if (r->collecting) {
        collect_ref(r, REF_TABLE, path);
        return;
    }
    const char *cat;
    char *key = object_key(r->st, path, &cat);
    enum ref_status status;
    const struct object *o = key ? lookup(r->st, &r->st->tables, key) : NULL;
    if (key && !o) {
        /* t$snapshots, t$changelog...: a system table of table t (Paimon,
         * Hudi) exists when t does */
        char *last = strrchr(key, '\x1f');
        char *name = last ? last + 1 : key + (key[0] == '\x01');
        char *dollar = strrchr(name, '$');
        if (dollar && dollar > name) {
            *dollar = '\0';
            o = lookup(r->st, &r->st->tables, key);
        }
    }
    if (!key || opaque_catalog(r->st, cat) || r->st->all_unknown)
        status = REF_UNKNOWN;
    else if (o && o->unknown)
        status = REF_UNKNOWN;
    else if (o && defined(o))
        status = REF_DEFINED;
    else
        status = REF_UNDEFINED;
    add_ref(r, REF_TABLE, status, path);
}

static void ref_user(struct resolver *r, const struct node *word)
{
    if (r->state_only)
        return;
    if (r->collecting)
        collect_ref(r, REF_USER, word);
    else
        add_ref(r, REF_USER, REF_DEFINED, word);
}

static void ref_function(struct resolver *r, const struct node *path)
{
    const char *p[3];
    if (r->state_only)
        return;
    size_t n = parts_of(path, p, 3);
    if (n == 0)
        return;
    if (r->collecting) {
        /* a built-in one is found whatever came before */
        if (n != 1 || !builtin_function(p[0]) || r->all_refs)
            collect_ref(r, REF_FUNCTION, path);
        return;
    }
    enum ref_status status = REF_UNDEFINED;
    const char *cat = "";
    const struct object *o = NULL;
    if (n == 1 && builtin_function(p[0])) {
        status = REF_DEFINED;
    } else {
        const char *sys = function_key(r->st, path, true, &cat);
        const char *key = function_key(r->st, path, false, &cat);
        o = sys && n == 1 ? lookup(r->st, &r->st->functions, sys) : NULL;
        if (!o || !(defined(o) || o->unknown))
            o = key ? lookup(r->st, &r->st->functions, key) : NULL;
        if (!key || opaque_catalog(r->st, cat) || r->st->all_unknown ||
            (o && o->unknown))
            status = REF_UNKNOWN;
        else if (o && defined(o))
            status = REF_DEFINED;
    }
    add_ref(r, REF_FUNCTION, status, path);
}

/*---- queries ---------------------------------------------------------------*/

/* Trees can be deeper than any C stack allows (a[1][1][1]..., x IS NULL IS
 * NULL ..., long operator chains are all left-deep), so the walk keeps its
 * own stack of nodes still to visit, and visits them in source order. */
struct pending {
    const struct node *n;
    const struct scope *sc;
};

static void push(struct resolver *r, const struct scope *sc,
                 const struct node *n)
{
    if (!n)
        return;
    if (r->npending == r->cap_pending) {
        /* in the statement's scratch arena, like the scopes */
        size_t cap = r->cap_pending ? r->cap_pending * 2 : 64;
        struct pending *p = arena_take(&r->scratch, cap * sizeof *p,
                                       alignof(struct pending));
        if (r->npending)
            memcpy(p, r->pending, r->npending * sizeof *p);
        r->pending = p;
        r->cap_pending = cap;
    }
    r->pending[r->npending].n = n;
    r->pending[r->npending].sc = sc;
    r->npending++;
}

/* Push kids [from, to) of n so that the first is visited first. */
static void push_kids(struct resolver *r, const struct scope *sc,
                      const struct node *n, int from, int to)
{
    for (int i = to - 1; i >= from; i--)
        push(r, sc, n->kid[i]);
}

/* Reverse what was pushed since base, so that it is visited in order. */
static void reverse_from(struct resolver *r, size_t base)
{
    for (size_t i = base, j = r->npending; i + 1 < j; i++, j--) {
        struct pending t = r->pending[i];
        r->pending[i] = r->pending[j - 1];
        r->pending[j - 1] = t;
    }
}

/* Push the elements of a chain so that the first is visited first. */
static void push_chain(struct resolver *r, const struct scope *sc,
                       const struct node *first)
{
    size_t base = r->npending;
    for (const struct node *e = first; e; e = e->next)
        push(r, sc, e);
    reverse_from(r, base);
}

static void visit(struct resolver *r, const struct scope *sc,
                  const struct node *n)
{
    switch (n->kind) {
    case N_LIST:
        push_chain(r, sc, n->kid[0]);
        return;
    case N_WITH: {
        struct scope *inner = ARENA_NEW(&r->scratch, struct scope);
        inner->up = sc;
        inner->ctes = n->kid[0];
        if (ast_list_len(n->kid[0]) >= CTE_HASH_MIN) {
            inner->names = ARENA_NEW(&r->scratch, struct strmap);
            strmap_init(inner->names, &r->scratch);
            for (const struct node *c = n->kid[0]->kid[0]; c; c = c->next)
                if (c->kid[0])
                    strmap_put(inner->names, c->kid[0]->text,
                               (void *)c->kid[0]);
        }
        push(r, inner, n->kid[1]);
        size_t base = r->npending;
        for (const struct node *c = n->kid[0] ? n->kid[0]->kid[0] : NULL; c;
             c = c->next)
            push(r, inner, c->kid[2]);
        reverse_from(r, base);
        return;
    }
    case N_TABLE_REF:
        ref_table(r, sc, n->kid[0]);
        push(r, sc, n->kid[2]);
        return;
    case N_TABLE_QUERY:
        ref_table(r, sc, n->kid[0]);
        return;
    case N_TABLE_ARG:
        if (n->kid[0] && n->kid[0]->kind == N_PATH)
            ref_table(r, sc, n->kid[0]);
        else
            push(r, sc, n->kid[0]);
        return;
    case N_CALL:
        if (n->kid[0] && n->kid[0]->kind == N_PATH)
            ref_function(r, n->kid[0]);
        else if (n->kid[0] && n->kid[0]->kind == N_IDENT &&
                 strcasecmp(n->kid[0]->text, "USER") == 0)
            ref_user(r, n->kid[0]);
        push_kids(r, sc, n, 1, ast_kid_count(n->kind));
        return;
    case N_SELECT_ITEM:
    case N_SUBQUERY_REF:
    case N_TABLE_FUNC:
    case N_UNNEST:
    case N_CAST:
        push(r, sc, n->kid[0]);
        return;
    case N_NAMED_ARG:
        push(r, sc, n->kid[1]);
        return;
    case N_IDENT: case N_PATH: case N_ALIAS: case N_TYPE: case N_HINT:
    case N_LITERAL: case N_TIME_UNIT: case N_KEYWORD_ARG:
    case N_STAR: case N_TYPED_LITERAL: case N_MODEL_ARG: case N_PATTERN:
    case N_WITH_PROPS: case N_COMMENT: case N_PARTITION_SPEC:
        return;
    default:
        push_kids(r, sc, n, 0, ast_kid_count(n->kind));
        return;
    }
}

static void walk(struct resolver *r, const struct scope *sc,
                 const struct node *n)
{
    if (r->state_only)
        return;
    size_t base = r->npending;
    push(r, sc, n);
    while (r->npending > base) {
        struct pending p = r->pending[--r->npending];
        visit(r, p.sc, p.n);
    }
}

/*---- definitions ------------------------------------------------------------*/

/* A copy of o in st's arena with room for a text of len bytes after it
 * (TEXT_OWN), or o's own text (len 0). */
static struct object *object_copy(struct catalog_state *st,
                                  const struct object *o, size_t len)
{
    size_t size = len ? sizeof *o + len + 1 : object_size(o);
    /* aligned as it needs, not as max_align_t: they are many */
    struct object *c = arena_take(st->arena, size, alignof(struct object));
    memcpy(c, o, len ? sizeof *o : size);
    return c;
}

/* The slot of the object under key in map m of the state, to be changed:
 * created, or copied from a base (whose objects never change). */
static struct strmap_slot *object_at(struct resolver *r, struct strmap *m,
                                     const char *key)
{
    /* a key new to the state: the base's object under it, if any (a
     * "gone" mark in the state hides the base's) */
    const struct object *below = NULL;
    if (r->st->base && !strmap_find(m, key))
        below = lookup(r->st->base, map_in(r->st, m, r->st->base), key);
    struct strmap_slot *s = strmap_slot(m, key);
    if (!s->value) {
        s->key = arena_strndup(r->st->arena, key, strlen(key));
        static const struct object none = { { 0, 0 }, { 0, 0 }, false,
                                            TEXT_NONE };
        s->value = object_copy(r->st, below ? below : &none, 0);
    }
    return s;
}

/* Define name in m under key; report a duplicate unless allowed. */
static void define(struct resolver *r, struct strmap *m, const char *key,
                   const struct node *name, bool temporary, bool may_exist,
                   const char *what)
{
    if (!key || r->collecting || r->explaining)
        return;
    struct strmap_slot *slot = object_at(r, m, key);
    struct object *o = slot->value;
    int which = temporary ? TEMP : PERM;
    if (live(o, which) && !may_exist && !o->unknown)
        add_dup(r, name, defined_at(o, which), what);
    if (!live(o, which)) {
        uint32_t len = name->span.end - name->span.start;
        o->at[which] = name->span.start;
        o->len[which] = (uint16_t)(len == 0 ? 1 : len > 65535 ? 65535 : len);
    }
    /* the key of a plain name in the default database is "\x01" "name":
     * its text is the key's tail */
    const struct node *one = name->kind == N_PATH && name->kid[0] &&
                             !name->kid[0]->next ? name->kid[0] : name;
    if (one->kind == N_IDENT && key[0] == '\x01' &&
        strcmp(key + 1, one->text) == 0) {
        o->text = TEXT_KEY;
    } else {
        const char *text = path_text(&r->scratch, name);
        const char *had = object_text(o, slot->key);
        if (o->text != TEXT_OWN || strcmp(had, text) != 0) {
            size_t len = strlen(text);
            o = object_copy(r->st, o, len);
            memcpy(o + 1, text, len + 1);
            o->text = TEXT_OWN;
            slot->value = o;
        }
    }
    o->unknown = false;
}

static void drop(struct resolver *r, struct strmap *m, const char *key,
                 bool temporary)
{
    if (!key || !lookup(r->st, m, key))
        return;
    struct object *o = object_at(r, m, key)->value;
    if (temporary)
        o->len[TEMP] = 0;
    else
        o->len[PERM] = 0;
}

static const char *what_of(const struct node *s)
{
    switch (s->kind) {
    case N_STMT_CREATE_VIEW: return "view";
    case N_STMT_CREATE_FUNCTION: return "function";
    case N_STMT_CREATE_MODEL: return "model";
    case N_STMT_CREATE_CONNECTION: return "connection";
    case N_STMT_CREATE_CATALOG: return "catalog";
    case N_STMT_CREATE_DATABASE: return "database";
    default: return "table";
    }
}

static const char *keep(struct catalog_state *st, const char *s)
{
    return arena_strndup(st->arena, s, strlen(s));
}

static void use_database(struct catalog_state *st, const struct node *path)
{
    const char *p[2];
    size_t n = parts_of(path, p, 2);
    if (n == 1) {
        st->database = keep(st, p[0]);
    } else if (n == 2) {
        st->catalog = keep(st, p[0]);
        st->database = keep(st, p[1]);
    }
}

/* A statement that failed to parse or was skipped: what it would have
 * defined is unknown from now on. */
static void define_unknown(struct resolver *r, const struct node *s)
{
    if (r->collecting)
        return;
    if (s->sub == -2) {
        r->st->all_unknown = true;
        return;
    }
    if (!s->kid[0])
        return;
    const char *cat;
    struct strmap *m = s->sub == OBJ_FUNCTION ? &r->st->functions
                       : s->sub == OBJ_CATALOG ? &r->st->catalogs
                                               : &r->st->tables;
    const char *key;
    if (s->sub == OBJ_CATALOG)
        key = s->kid[0]->kind == N_IDENT ? keep(r->st, s->kid[0]->text) : NULL;
    else if (s->sub == OBJ_FUNCTION)
        key = function_key(r->st, s->kid[0], (s->flags & F_SYSTEM) != 0, &cat);
    else
        key = object_key(r->st, s->kid[0], &cat);
    if (!key)
        return;
    struct object *o = object_at(r, m, key)->value;
    o->unknown = true;
}

static void replay(struct resolver *r, const struct node *s);

static void replay_list(struct resolver *r, const struct node *list)
{
    for (const struct node *e = list ? list->kid[0] : NULL; e; e = e->next)
        replay(r, e);
}

static void replay(struct resolver *r, const struct node *s)
{
    struct catalog_state *st = r->st;
    const char *cat;
    bool temp = (s->flags & F_TEMPORARY) != 0;
    bool may_exist = (s->flags & (F_IF_NOT_EXISTS | F_OR_REPLACE)) != 0;
    switch (s->kind) {
    case N_STMT_CREATE_TABLE:
    case N_STMT_REPLACE_TABLE:
        walk(r, NULL, s->kid[1]);           /* computed columns, watermark */
        if (s->kid[3] && s->kid[3]->kind == N_LIKE)
            ref_table(r, NULL, s->kid[3]->kid[0]);
        else
            walk(r, NULL, s->kid[3]);       /* AS query */
        define(r, &st->tables, object_key(st, s->kid[0], &cat), s->kid[0],
               temp, may_exist || s->kind == N_STMT_REPLACE_TABLE, "table");
        return;
    case N_STMT_CREATE_VIEW:
        walk(r, NULL, s->kid[3]);
        define(r, &st->tables, object_key(st, s->kid[0], &cat), s->kid[0],
               temp, may_exist, "view");
        return;
    case N_STMT_CREATE_FUNCTION:
        define(r, &st->functions,
               function_key(st, s->kid[0], (s->flags & F_SYSTEM) != 0, &cat),
               s->kid[0], temp, may_exist, "function");
        return;
    case N_STMT_CREATE_MODEL:
    case N_STMT_CREATE_CONNECTION: {
        const char *key = object_key(st, s->kid[0], &cat);
        if (key) {
            const char *parts[2] = { what_of(s), key };
            key = arena_join(st->arena, '\x1f', parts, 2);
        }
        define(r, &st->others, key, s->kid[0], temp, may_exist, what_of(s));
        if (s->kind == N_STMT_CREATE_MODEL)
            walk(r, NULL, s->kid[5]);
        return;
    }
    case N_STMT_CREATE_CATALOG:
        define(r, &st->catalogs, keep(st, s->kid[0]->text), s->kid[0], false,
               may_exist, "catalog");
        return;
    case N_STMT_CREATE_DATABASE: {
        const char *p[2];
        size_t n = parts_of(s->kid[0], p, 2);
        const char *parts[3] = { "database", st->catalog, p[0] };
        if (n == 2) {
            parts[1] = p[0];
            parts[2] = p[1];
        }
        const char *key = n == 1 || n == 2
                              ? arena_join(st->arena, '\x1f', parts, 3)
                              : NULL;
        define(r, &st->others, key, s->kid[0], false, may_exist, "database");
        return;
    }
    case N_STMT_ALTER:
        if (s->sub == OBJ_TABLE || s->sub == OBJ_VIEW ||
            s->sub == OBJ_MATERIALIZED_TABLE) {
            if (!(s->flags & F_IF_EXISTS))
                ref_table(r, NULL, s->kid[0]);
            const struct node *act = s->kid[1];
            if (act && act->text && strcmp(act->text, "RENAME") == 0) {
                const char *from = object_key(st, s->kid[0], &cat);
                const struct object *o = from ? lookup(st, &st->tables, from)
                                              : NULL;
                if (o && defined(o)) {
                    bool t = live(o, TEMP);
                    drop(r, &st->tables, from, t);
                    define(r, &st->tables,
                           object_key(st, act->kid[0], &cat), act->kid[0], t,
                           false, "table");
                }
            } else {
                walk(r, NULL, act);
            }
        }
        return;
    case N_STMT_DROP:
        if (s->sub == OBJ_TABLE || s->sub == OBJ_VIEW ||
            s->sub == OBJ_MATERIALIZED_TABLE) {
            if (!(s->flags & F_IF_EXISTS))
                ref_table(r, NULL, s->kid[0]);
            drop(r, &st->tables, object_key(st, s->kid[0], &cat), temp);
        } else if (s->sub == OBJ_FUNCTION) {
            drop(r, &st->functions,
                 function_key(st, s->kid[0], (s->flags & F_SYSTEM) != 0, &cat),
                 temp);
        } else if (s->sub == OBJ_CATALOG && s->kid[0]) {
            /* a dropped catalog is no longer opaque: a "gone" mark, which
             * also hides a catalog file's */
            strmap_put(&st->catalogs, keep(st, s->kid[0]->text), NULL);
        }
        return;
    case N_STMT_USE_CATALOG:
        st->catalog = keep(st, s->kid[0]->text);
        /* a catalog's own default database: the configured one for the
         * default catalog, Flink's name for the others */
        st->database = strcmp(st->catalog, st->default_catalog) == 0
                       ? st->default_database : DEFAULT_DATABASE;
        return;
    case N_STMT_USE:
        use_database(st, s->kid[0]);
        return;
    case N_STMT_INSERT:
        ref_table(r, NULL, s->kid[0]);
        walk(r, NULL, s->kid[4]);
        return;
    case N_STMT_DELETE:
    case N_STMT_UPDATE:
        ref_table(r, NULL, s->kid[0]);
        walk(r, NULL, s->kid[s->kind == N_STMT_DELETE ? 3 : 4]);
        if (s->kind == N_STMT_UPDATE)
            walk(r, NULL, s->kid[3]);
        return;
    case N_STMT_TRUNCATE:
    case N_STMT_ANALYZE:
        ref_table(r, NULL, s->kid[0]);
        return;
    case N_STMT_DESCRIBE:
    case N_STMT_SHOW_CREATE:
        if (s->sub == OBJ_TABLE || s->sub == OBJ_VIEW)
            ref_table(r, NULL, s->kid[0]);
        return;
    case N_STMT_QUERY:
        walk(r, NULL, s->kid[0]);
        return;
    case N_STMT_CALL:
        /* a procedure comes from its catalog, not CREATE FUNCTION: only
         * its arguments refer to functions and tables */
        walk(r, NULL, s->kid[0]->kid[1]);
        return;
    case N_STMT_STATEMENT_SET:
        replay_list(r, s->kid[0]);
        return;
    case N_STMT_EXECUTE:
        replay(r, s->kid[0]);
        return;
    case N_STMT_COMPILE_PLAN:
        replay(r, s->kid[1]);
        return;
    case N_STMT_EXPLAIN:
        /* the statement is planned, not run: EXPLAIN CREATE TABLE x AS
         * ... refers to what the query reads and creates nothing */
        r->explaining = true;
        replay(r, s->kid[1]);
        r->explaining = false;
        return;
    case N_SELECT: case N_SETOP: case N_VALUES: case N_WITH: case N_ORDERED:
    case N_TABLE_QUERY:
        walk(r, NULL, s);               /* EXECUTE/EXPLAIN of a query */
        return;
    case N_STMT_ERROR:
    case N_STMT_HIVE:
        define_unknown(r, s);
        return;
    default:
        return;
    }
}

/* Work allowed for suggestions in one file, in name comparisons: a script
 * with many thousands of undefined names and definitions gets its first
 * hints and then no more, instead of spending minutes on them. */
enum { SUGGEST_BUDGET = 4000000 };

const char *resolve_suggestion(struct resolution *res,
                               const struct name_ref *ref)
{
    if (!res->names)
        return NULL;
    static const char none[] = "";
    const char *word = last_part(ref->name);
    const char *key = arena_printf(res->names->arena, "%c%s",
                                   ref->kind == REF_TABLE ? 'T' : 'F', word);
    const char *near = strmap_get(&res->suggestions, key);
    if (near)
        return *near ? near : NULL;
    bool table = ref->kind == REF_TABLE;
    const char **cands = table ? res->table_names : res->function_names;
    size_t *count = table ? &res->ntable_names : &res->nfunction_names;
    if (!cands) {
        cands = candidates(res->names, table ? &res->names->tables
                                             : &res->names->functions,
                           !table, count);
        if (table)
            res->table_names = cands;
        else
            res->function_names = cands;
    }
    if (res->suggest_work + *count > SUGGEST_BUDGET)
        return NULL;
    res->suggest_work += *count;
    near = nearest_word(word, cands);
    if (!near || strcmp(near, word) == 0)
        near = none;
    strmap_put(&res->suggestions, key, (void *)near);
    return *near ? near : NULL;
}

struct resolver *resolve_begin(struct catalog_state *st,
                               const struct source *src,
                               struct resolution *out)
{
    struct resolver *r = ARENA_NEW(st->arena, struct resolver);
    arena_init(&r->scratch);
    atomic_init(&r->held, 0);
    st->scratch = &r->scratch;
    r->st = st;
    r->src = src;
    r->out = out;
    if (out) {
        out->names = st;
        strmap_init(&out->suggestions, st->arena);
    }
    return r;
}

static void statement_done(struct resolver *r)
{
    arena_reset(&r->scratch);   /* the statement's lookup keys, scopes */
    r->pending = NULL;          /* and the walk's stack, which is empty */
    r->cap_pending = 0;
}

void resolve_statement(struct resolver *r, const struct node *stmt)
{
    replay(r, stmt);
    statement_done(r);
}

/*---- a file split between two threads ------------------------------------*/

static struct node *copy_shallow(struct arena *a, const struct node *s)
{
    size_t kids = (size_t)ast_kid_count(s->kind);
    struct node *n = arena_alloc(a, sizeof *n + kids * sizeof n->kid[0]);
    n->kind = s->kind;
    n->sub = s->sub;
    n->flags = s->flags;
    n->span = s->span;
    return n;
}

/* A copy of statement s with what replay() reads when it only defines:
 * names created, dropped, used or renamed, and nothing else; NULL when s
 * defines nothing. */
/* Statements whose state part reads only their kind, flags and kid[0]. */
static bool defines_by_name(enum node_kind kind)
{
    switch (kind) {
    case N_STMT_CREATE_TABLE: case N_STMT_REPLACE_TABLE:
    case N_STMT_CREATE_VIEW: case N_STMT_CREATE_FUNCTION:
    case N_STMT_CREATE_MODEL: case N_STMT_CREATE_CONNECTION:
    case N_STMT_CREATE_CATALOG: case N_STMT_CREATE_DATABASE:
    case N_STMT_DROP: case N_STMT_USE_CATALOG: case N_STMT_USE:
    case N_STMT_ERROR: case N_STMT_HIVE:
        return true;
    default:
        return false;
    }
}

static struct node *prune(struct arena *a, const struct node *s)
{
    if (!s)
        return NULL;
    struct node *n;
    if (defines_by_name(s->kind)) {
        n = copy_shallow(a, s);
        n->kid[0] = ast_copy_name(a, s->kid[0]);
        return n;
    }
    switch (s->kind) {
    case N_STMT_ALTER: {
        n = copy_shallow(a, s);
        n->kid[0] = ast_copy_name(a, s->kid[0]);
        const struct node *act = s->kid[1];
        if (act && act->text && strcmp(act->text, "RENAME") == 0) {
            struct node *c = copy_shallow(a, act);
            c->text = "RENAME";
            c->kid[0] = ast_copy_name(a, act->kid[0]);
            n->kid[1] = c;
        }
        return n;
    }
    case N_STMT_STATEMENT_SET: {
        struct node_list members = { NULL, NULL };
        for (const struct node *e = s->kid[0] ? s->kid[0]->kid[0] : NULL; e;
             e = e->next)
            ast_list_append(&members, prune(a, e));
        if (!members.head)
            return NULL;
        n = copy_shallow(a, s);
        n->kid[0] = ast_new(a, N_LIST, s->span);
        n->kid[0]->kid[0] = members.head;
        return n;
    }
    case N_STMT_EXECUTE: case N_STMT_COMPILE_PLAN: case N_STMT_EXPLAIN: {
        int k = s->kind == N_STMT_EXECUTE ? 0 : 1;
        struct node *inner = prune(a, s->kid[k]);
        if (!inner)
            return NULL;
        n = copy_shallow(a, s);
        n->kid[k] = inner;
        return n;
    }
    default:
        return NULL;
    }
}

struct resolver *resolve_begin_collect(struct catalog_state *st,
                                       const struct source *src,
                                       bool all_refs)
{
    struct resolver *r = resolve_begin(st, src, NULL);
    r->all_refs = all_refs;
    r->collecting = true;
    r->facts = r->last_fact = fact_take(r, sizeof(struct fact));
    memset(r->facts, 0, sizeof *r->facts);
    return r;
}

const struct fact *resolve_collect(struct resolver *r,
                                   const struct node *stmt)
{
    r->first_fact = true;
    replay(r, stmt);            /* st is a scratch state: what it
                                 * defines there does not count */
    bool unnamed_error = (stmt->kind == N_STMT_ERROR ||
                          stmt->kind == N_STMT_HIVE) &&
                         stmt->sub != -2 && !stmt->kid[0];
    const struct node *pruned = NULL;
    bool by_name = !unnamed_error && defines_by_name(stmt->kind);
    if (!unnamed_error && !by_name)
        pruned = prune(r->st->arena, stmt);
    if (by_name) {
        const struct node *name = stmt->kid[0];
        bool named = name && (name->kind == N_PATH || name->kind == N_IDENT);
        struct fact *f = pack_name(r, named ? name : NULL,
                                   sizeof(struct def_stmt));
        f->kind = FACT_DEF;
        struct def_stmt *d = fact_extra(f);
        d->span = stmt->span;
        d->flags = stmt->flags;
        d->sub = (int16_t)stmt->sub;
        d->kind = (uint8_t)stmt->kind;
        d->has_name = named;
        chain_fact(r, f);
    } else if (pruned) {
        struct fact *f = pack_name(r, NULL,
                                   sizeof pruned);
        f->kind = FACT_PRUNED;
        memcpy(fact_extra(f), &pruned, sizeof pruned);
        chain_fact(r, f);
    }
    statement_done(r);
    return r->last_fact;
}

const struct fact *resolve_facts(const struct resolver *collector)
{
    return collector->facts;
}

const struct fact *resolve_apply(struct resolver *r, const struct fact *after,
                                 const struct fact *through)
{
    /* A statement's references come before what it defines: no statement
     * defines a name it also refers to before the definition (replay()
     * walks before it defines). */
    for (const struct fact *x = after; x != through; ) {
        x = x->next;
        if (x->first)
            statement_done(r);  /* the previous statement's keys go */
        if (x->kind == REF_TABLE) {
            ref_table(r, NULL, fact_path(r, x));
        } else if (x->kind == REF_USER) {
            ref_user(r, fact_path(r, x));
        } else if (x->kind == REF_FUNCTION) {
            ref_function(r, fact_path(r, x));
        } else {
            const struct node *stmt;
            if (x->kind == FACT_PRUNED) {
                memcpy(&stmt, fact_extra(x), sizeof stmt);
            } else {
                const struct def_stmt *d = fact_extra(x);
                struct node *n = ast_new(&r->scratch, d->kind, d->span);
                n->sub = d->sub;
                n->flags = d->flags;
                n->kid[0] = d->has_name ? (struct node *)fact_path(r, x)
                                        : NULL;
                stmt = n;
            }
            r->state_only = true;
            replay(r, stmt);
            r->state_only = false;
        }
    }
    return through;
}

void resolve_release(struct resolver *collector, const struct fact *applied)
{
    /* Facts are taken in chain order: every fact after `applied` is in its
     * block or a later one, and none refers to an earlier fact. A block
     * is only left behind once a fact in a later one was handed over, so
     * its link was written before. */
    struct fact_block *b = collector->oldest;
    while (b && (!applied || !in_block(b, applied))) {
        struct fact_block *next = b->next;
        atomic_fetch_sub_explicit(&collector->held, b->size,
                                  memory_order_relaxed);
        free(b);
        b = next;
    }
    collector->oldest = b;
}

size_t resolve_held(struct resolver *collector)
{
    return atomic_load_explicit(&collector->held, memory_order_relaxed);
}

void resolve_free_facts(struct resolver *collector)
{
    resolve_release(collector, NULL);   /* every block */
    collector->newest = NULL;
}

void resolve_end(struct resolver *r)
{
    arena_free(&r->scratch);
    r->pending = NULL;
    r->npending = r->cap_pending = 0;
    r->st->scratch = NULL;
}

void resolve_script(struct catalog_state *st, const struct source *src,
                    const struct node *script, struct resolution *out)
{
    struct resolver *r = resolve_begin(st, src, out);
    for (const struct node *s = script_first(script); s; s = s->next)
        resolve_statement(r, s);
    resolve_end(r);
}
