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
#include "sqlcheck/versions.h"
#include "sqlcheck/bind.h"
#include "sqlcheck/diag.h"
#include "sqlcheck/digest.h"
#include "sqlcheck/schema.h"
#include "sqlcheck/stmt.h"
#include "sqlcheck/table_options.h"
#include "sqlcheck/util.h"

#include <ctype.h>
#include <stdalign.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#define DEFAULT_CATALOG "default_catalog"
#define DEFAULT_DATABASE "default_database"

/* One per name a script or catalog defines: 16 bytes, as a script may
 * define hundreds of thousands. Its temporary (TEMP) and permanent (PERM)
 * definitions: where they name it, at[] and len[] (len 0: none, never
 * defined or dropped since; longer names are noted by their first 255
 * bytes), how far into its statement (lead[]: the statement is parsed
 * again when its columns are asked for, see schema.c) and in which text
 * (source[]: struct source_table). Its name as written, for suggestions
 * (object_text()): most are plain names in the default database, whose
 * key is "\x01" "name", and the text is the key's tail; others follow the
 * object. */
enum { TEMP, PERM };
enum { TEXT_NONE, TEXT_KEY, TEXT_OWN };
struct object {
    uint32_t at[2];
    uint8_t len[2];
    uint8_t lead[2];                /* LEAD_UNKNOWN: too far */
    uint8_t source[2];
    uint8_t unknown : 1;            /* defined by a statement we could not
                                     * parse */
    uint8_t text : 2;               /* TEXT_* */
    /* per definition (1 << TEMP, 1 << PERM): its columns are not its
     * column list's (LIKE, AS query, ALTERed): kept, never read again */
    uint8_t kept_only : 2;
    /* per definition: its connector only reads or only writes
     * (DG_ONE_WAY): which way is kept apart (keep_direction()) */
    uint8_t one_way : 2;
};
_Static_assert(sizeof(struct object) == 16, "objects are many");
enum { LEAD_UNKNOWN = 255 };

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

enum { RESOLVED_KEPT = 64 };

struct resolver {
    struct catalog_state *st;
    uint8_t source;                 /* src's number (struct source_table) */
    struct arena scratch;           /* lookup keys of one statement */
    const struct source *src;
    struct resolution *out;
    struct name_ref *last_ref;
    struct duplicate *last_dup;
    struct digester *digester;      /* resolve_statement()'s */
    struct arena digests;           /* its digest, one at a time */
    bound_fn on_bound;              /* see resolve_on_bound() */
    void *bound_user;
    /* tables' columns, read again from their definitions as queries need
     * them (schema.h): a few thousand at most, then forgotten */
    struct arena schema_arena;
    struct strmap schemas;          /* "source:offset" -> struct
                                     * kept_schema, or the none mark */
    size_t schemas_kept;            /* bytes, see schemas_kept() */
    size_t schema_bytes;            /* about what schemas hold now */
    size_t objects;                 /* catalog objects made (keep_listed()) */
    /* which way each definition whose connector only reads or only writes
     * goes (keep_direction()): "source:offset" -> "source" or "sink";
     * emptied when large (then FSQL305 says nothing of those) */
    struct arena connector_arena;
    struct strmap connectors;
    size_t nconnectors;
    /* the objects the current statement's table references named, by op
     * (a few kept: see table_schema()) */
    struct resolved_table {
        const struct dg_op *op;
        const struct object *object;
        size_t statement;
    } resolved[RESOLVED_KEPT];
    size_t statements;              /* digests applied: which is current */
};

/* The columns kept: about a quarter of the file's size + 1 MiB (a job of a
 * few hundred tables keeps them all), then forgotten and read again. */
static size_t schemas_kept(const struct source *src)
{
    return src->len / 4 + ((size_t)1 << 20);
}

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
    st->sources = base->sources;
    st->all_unknown = base->all_unknown;
}

uint8_t source_table_add(struct source_table *t, const struct source *src)
{
    if (t->count >= SOURCES_MAX)
        return SOURCE_UNKNOWN;
    t->src[t->count++] = src;
    return (uint8_t)t->count;
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

/* The table path names: recorded as a reference; returned when it is
 * certainly that defined object (not a system table t$x of it), for the
 * binder's question about its columns (table_schema()). */
static const struct object *ref_table(struct resolver *r,
                                      const struct node *path)
{
    const char *cat;
    char *key = object_key(r->st, path, &cat);
    enum ref_status status;
    const struct object *o = key ? lookup(r->st, &r->st->tables, key) : NULL;
    bool itself = o != NULL;
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
    return status == REF_DEFINED && itself ? o : NULL;
}

static void ref_user(struct resolver *r, const struct node *word)
{
    add_ref(r, REF_USER, REF_DEFINED, word);
}

static void ref_function(struct resolver *r, const struct node *path)
{
    const char *p[3];
    size_t n = parts_of(path, p, 3);
    if (n == 0)
        return;
    enum ref_status status = REF_UNDEFINED;
    const char *cat = "";
    const struct object *o = NULL;
    int release = r->out && r->out->target ? r->out->target->release
                                           : FLINK_NEWEST_RELEASE;
    if (n == 1 && (builtin_releases(p[0]) & RELEASE_BIT(release))) {
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
        static const struct object none = { { 0, 0 }, { 0, 0 }, { 0, 0 },
                                            { 0, 0 }, 0, TEXT_NONE, 0, 0 };
        s->value = object_copy(r->st, below ? below : &none, 0);
        r->objects++;
    }
    return s;
}

/* Define name in m under key, by the statement that starts at stmt;
 * report a duplicate unless allowed. Returns the object when the statement
 * is its definition now, NULL when an earlier one stays (IF NOT EXISTS, OR
 * REPLACE, a duplicate: then *earlier is it). */
static struct object *define(struct resolver *r, struct strmap *m,
                             const char *key, const struct node *name,
                             uint32_t stmt, bool temporary, bool may_exist,
                             const char *what, struct object **earlier)
{
    if (earlier)
        *earlier = NULL;
    if (!key)
        return NULL;
    struct strmap_slot *slot = object_at(r, m, key);
    struct object *o = slot->value;
    int which = temporary ? TEMP : PERM;
    bool fresh = !live(o, which);
    if (!fresh && !may_exist && !o->unknown) {
        /* (a note at the first only where it is in this text) */
        struct span none = { 0, 0 };
        add_dup(r, name, o->source[which] == r->source
                         ? defined_at(o, which) : none, what);
    }
    if (fresh) {
        o->kept_only &= ~(1u << which);
        uint32_t len = name->span.end - name->span.start;
        uint32_t lead = name->span.start - stmt;
        o->at[which] = name->span.start;
        o->len[which] = (uint8_t)(len == 0 ? 1 : len > 255 ? 255 : len);
        o->lead[which] = (uint8_t)(stmt <= name->span.start &&
                                   lead < LEAD_UNKNOWN ? lead : LEAD_UNKNOWN);
        o->source[which] = r->source;
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
    if (!fresh && earlier)
        *earlier = o;
    return fresh ? o : NULL;
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

static const char *what_of(enum obj_kind object)
{
    switch (object) {
    case OBJ_VIEW: return "view";
    case OBJ_FUNCTION: return "function";
    case OBJ_MODEL: return "model";
    case OBJ_CONNECTION: return "connection";
    case OBJ_CATALOG: return "catalog";
    case OBJ_DATABASE: return "database";
    case OBJ_TABLE: case OBJ_MATERIALIZED_TABLE: case OBJ_JOB:
        break;
    }
    return "table";
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

/* The map an object of this kind is named in, and the key of name there
 * (NULL: none, a name of too many parts). */
static const char *key_of(struct resolver *r, const struct dg_op *op,
                          const struct node *name, struct strmap **m)
{
    struct catalog_state *st = r->st;
    const char *cat;
    switch ((enum obj_kind)op->object) {
    case OBJ_FUNCTION:
        *m = &st->functions;
        return function_key(st, name, op->system, &cat);
    case OBJ_CATALOG:
        *m = &st->catalogs;
        return name->kind == N_IDENT ? keep(st, name->text) : NULL;
    case OBJ_MODEL:
    case OBJ_CONNECTION: {
        *m = &st->others;
        const char *key = object_key(st, name, &cat);
        if (!key)
            return NULL;
        const char *parts[2] = { what_of(op->object), key };
        return arena_join(st->arena, '\x1f', parts, 2);
    }
    case OBJ_DATABASE: {
        *m = &st->others;
        const char *p[2];
        size_t n = parts_of(name, p, 2);
        const char *parts[3] = { "database", st->catalog, p[0] };
        if (n == 2) {
            parts[1] = p[0];
            parts[2] = p[1];
        }
        return n == 1 || n == 2 ? arena_join(st->arena, '\x1f', parts, 3)
                                : NULL;
    }
    case OBJ_TABLE: case OBJ_VIEW: case OBJ_MATERIALIZED_TABLE: case OBJ_JOB:
        break;
    }
    *m = &st->tables;
    return object_key(st, name, &cat);
}

static const struct schema *definition_schema(struct resolver *r,
                                              const struct object *o,
                                              int which);
static void keep_derived(struct resolver *r, unsigned number, uint32_t start,
                         const struct schema *s);

/* ALTER TABLE from RENAME TO to, by the statement that starts at stmt: the
 * table's columns go with it, kept (they are no longer where it was
 * defined). */
static void rename_table(struct resolver *r, const struct node *from_name,
                         const struct node *to_name, uint32_t stmt)
{
    struct catalog_state *st = r->st;
    const char *cat;
    const char *from = object_key(st, from_name, &cat);
    const struct object *o = from ? lookup(st, &st->tables, from) : NULL;
    if (!o || !defined(o))
        return;
    bool t = live(o, TEMP);
    int which = t ? TEMP : PERM;
    const struct schema *cols = r->on_bound && !o->unknown
                                ? definition_schema(r, o, which) : NULL;
    drop(r, &st->tables, from, t);
    struct object *moved = define(r, &st->tables,
                                  object_key(st, to_name, &cat), to_name,
                                  stmt, t, false, "table", NULL);
    if (!moved)
        return;
    moved->kept_only |= 1u << which;
    moved->one_way = (moved->one_way & ~(1u << which)) |
                     (o->one_way & (1u << which));
    if (r->on_bound && moved->lead[which] != LEAD_UNKNOWN)
        keep_derived(r, r->source, stmt, cols);
}

/* A statement that failed to parse or was skipped: what it would have
 * defined is unknown from now on. */
static void define_unknown(struct resolver *r, const struct dg_op *op,
                           const struct node *name)
{
    struct strmap *m;
    const char *key = key_of(r, op, name, &m);
    if (!key)
        return;
    struct object *o = object_at(r, m, key)->value;
    o->unknown = true;
}

/*---- columns ------------------------------------------------------------------*/

static void *no_schema(void)
{
    static char none;
    return &none;
}

/* Columns kept between statements: each name where it is in the
 * definition's text, 8 bytes a column. */
struct kept_column {
    uint32_t at;
    uint16_t len;
    uint8_t kind;               /* enum column_kind */
};
struct kept_schema {
    uint32_t ncols;
    bool open;
    bool own_names;             /* names follow the columns (a view's: at
                                 * is an offset there) */
    struct kept_column cols[];
};

static struct kept_schema *keep_schema(struct arena *a,
                                       const struct schema *s)
{
    struct kept_schema *k = arena_take(a, sizeof *k + s->ncols *
                                       sizeof k->cols[0],
                                       alignof(struct kept_schema));
    k->ncols = (uint32_t)s->ncols;
    k->open = s->open;
    k->own_names = false;
    for (size_t i = 0; i < s->ncols; i++) {
        uint32_t len = s->cols[i].span.end - s->cols[i].span.start;
        k->cols[i].at = s->cols[i].span.start;
        k->cols[i].len = (uint16_t)(len > UINT16_MAX ? UINT16_MAX : len);
        k->cols[i].kind = (uint8_t)s->cols[i].kind;
        if (len > UINT16_MAX)
            k->open = true;
    }
    return k;
}

/* A view's columns, kept with their names (they come from its query). */
static struct kept_schema *keep_view_schema(struct arena *a,
                                            const struct schema *s)
{
    size_t text = 0;
    for (size_t i = 0; i < s->ncols; i++)
        text += s->cols[i].len + 1;
    struct kept_schema *k = arena_take(a, sizeof *k + s->ncols *
                                       sizeof k->cols[0] + text,
                                       alignof(struct kept_schema));
    k->ncols = (uint32_t)s->ncols;
    k->open = s->open;
    k->own_names = true;
    char *names = (char *)&k->cols[s->ncols];
    uint32_t at = 0;
    for (size_t i = 0; i < s->ncols; i++) {
        size_t len = s->cols[i].len;
        k->cols[i].at = at;
        k->cols[i].len = (uint16_t)(len > UINT16_MAX ? UINT16_MAX : len);
        k->cols[i].kind = (uint8_t)s->cols[i].kind;
        memcpy(names + at, s->cols[i].name, len);
        names[at + len] = '\0';
        at += (uint32_t)len + 1;
        if (len > UINT16_MAX)
            k->open = true;
    }
    return k;
}

/* A kept schema as a struct schema again, in a (for one statement). */
static struct schema *unkeep_schema(struct arena *a, const struct source *src,
                                    const struct kept_schema *k)
{
    struct schema *s = ARENA_NEW(a, struct schema);
    s->open = k->open;
    s->ncols = k->ncols;
    s->cols = arena_alloc(a, k->ncols * sizeof *s->cols);
    for (size_t i = 0; i < k->ncols; i++) {
        const char *t = k->own_names
                        ? (const char *)&k->cols[k->ncols] + k->cols[i].at
                        : src->text + k->cols[i].at;
        size_t len = k->cols[i].len;
        struct column *c = &s->cols[i];
        c->span.start = k->cols[i].at;
        c->span.end = k->cols[i].at + (uint32_t)len;
        c->kind = (enum column_kind)k->cols[i].kind;
        if (len >= 2 && t[0] == '`' && !k->own_names) {   /* `a``b`: a`b */
            c->name = arena_ident(a, t, len);
            c->len = strlen(c->name);
        } else {
            c->name = t;        /* as it is in the text, not copied */
            c->len = len;
        }
    }
    return s;
}

/* The key of the columns defined by the statement at start of text
 * number: in letters (no NUL). */
static void schema_key(char key[9], unsigned number, uint32_t start)
{
    key[0] = (char)('A' + number % 64);
    key[1] = (char)('A' + number / 64);
    for (int i = 0; i < 6; i++)
        key[2 + i] = (char)('0' + ((start >> (6 * i)) & 63));
    key[8] = '\0';
}

static const struct schema *table_schema(void *user, const struct dg_op *op,
                                         struct span *where);

/* Keep s (NULL: unknown) as the columns of the definition that starts at
 * start of text number, with their names (they are not all where the
 * definition is). */
static void keep_derived(struct resolver *r, unsigned number, uint32_t start,
                         const struct schema *s)
{
    char key[9];
    schema_key(key, number, start);
    struct kept_schema *k = s ? keep_view_schema(&r->schema_arena, s)
                              : no_schema();
    strmap_put(&r->schemas, arena_strndup(&r->schema_arena, key, 8), k);
    r->schema_bytes += 48 + (s ? s->ncols * (sizeof(struct kept_column) + 8)
                               : 0);
}

/* The position of the column named name (NUL-terminated) in s, or -1. */
static long column_index(const struct schema *s, const char *name)
{
    const struct column *c = schema_column(s, name);
    return c ? (long)(c - s->cols) : -1;
}

/* Every kept column forgotten (between statements, never while one is
 * bound: the binder holds the columns it was given). */
static void forget_schemas(struct resolver *r)
{
    if (!r->schema_bytes)
        return;
    arena_reset(&r->schema_arena);
    strmap_init(&r->schemas, &r->schema_arena);
    r->schema_bytes = 0;
}

/* About what a catalog object costs (its entry, bucket, key and object). */
enum { OBJECT_BYTES = 64 };

/* A CREATE TABLE's columns, as its digest has them, kept while there is
 * room: the table need not be read again when a query first uses it. The
 * columns and the catalog together stay within three quarters of the
 * file's size: a file of nothing but definitions grows the catalog past
 * that, and then the columns no query asked for are forgotten, their
 * memory going to the catalog (100 MB of CREATE TEMPORARY TABLE t1 (a
 * INT) stays within the memory promise), and none is kept from then on. */
static void keep_listed(struct resolver *r, const struct digest *d)
{
    const struct dg_column *c;
    size_t n = dg_columns(d, &c);
    size_t cost = 48 + n * sizeof(struct kept_column);
    if (!n || !r->on_bound)
        return;
    size_t catalog = r->objects * OBJECT_BYTES;
    size_t room = (size_t)(r->src->len - r->src->start) / 4 * 3;
    if (r->schema_bytes + cost + catalog > room) {
        forget_schemas(r);
        return;
    }
    if (r->schema_bytes + cost > r->schemas_kept)
        return;
    struct kept_schema *k = arena_take(&r->schema_arena, sizeof *k + n *
                                       sizeof k->cols[0],
                                       alignof(struct kept_schema));
    k->ncols = (uint32_t)n;
    k->open = false;
    k->own_names = false;
    for (size_t i = 0; i < n; i++) {
        k->cols[i].at = c[i].at;
        k->cols[i].len = c[i].len;
        k->cols[i].kind = c[i].kind;
    }
    char key[9];
    schema_key(key, r->source, d->span.start);
    strmap_put(&r->schemas, arena_strndup(&r->schema_arena, key, 8), k);
    r->schema_bytes += cost;
}

/* The columns of a table made LIKE base (its DG_REF_TABLE: which of base's
 * columns it leaves out), then its own list; NULL when unknown. Flink
 * rejects a column the two both have unless it overwrites a generated or
 * metadata one: either way not modelled (unknown). */
static struct schema *like_schema(struct resolver *r, const struct digest *d,
                                  const struct dg_op *base)
{
    struct span where = { 0, 0 };
    const struct schema *from = base ? table_schema(r, base, &where) : NULL;
    const struct schema *own = from && !from->open
                               ? schema_scan(&r->scratch, r->src,
                                             d->span.start) : NULL;
    if (!own || own->unreadable)
        return NULL;
    struct schema *s = ARENA_NEW(&r->scratch, struct schema);
    s->cols = arena_alloc(&r->scratch, (from->ncols + own->ncols + 1) *
                                       sizeof *s->cols);
    for (size_t i = 0; i < from->ncols; i++) {
        enum column_kind kind = from->cols[i].kind;
        if ((kind == COL_COMPUTED && (base->object & DG_LIKE_NO_GENERATED)) ||
            ((kind == COL_METADATA || kind == COL_METADATA_VIRTUAL) &&
             (base->object & DG_LIKE_NO_METADATA)))
            continue;
        s->cols[s->ncols++] = from->cols[i];
    }
    for (size_t i = 0; i < own->ncols; i++) {
        if (column_index(s, own->cols[i].name) >= 0)
            return NULL;
        s->cols[s->ncols++] = own->cols[i];
    }
    return s;
}

/* The columns of what d defines when they are not its column list's
 * (op->columns), kept for the object o it now defines (`which`). */
static void derive_columns(struct resolver *r, const struct digest *d,
                           const struct dg_op *op, const struct dg_op *base,
                           struct object *o, int which)
{
    o->kept_only |= 1u << which;
    if (!r->on_bound)
        return;                 /* nothing binds columns */
    const struct schema *s = NULL;
    switch ((enum dg_columns)op->columns) {
    case DGC_QUERY:
        s = bind_view_schema(&r->scratch, r->src, d, table_schema, r);
        break;
    case DGC_LIKE:
        s = like_schema(r, d, base);
        break;
    case DGC_LIST:
    case DGC_UNKNOWN:
        break;
    }
    keep_derived(r, r->source, d->span.start, s);
}

/* o's columns (`which` definition) are unknown from now on. */
static void forget_columns(struct resolver *r, struct object *o, int which)
{
    o->kept_only |= 1u << which;
    if (o->lead[which] != LEAD_UNKNOWN && o->source[which] != SOURCE_UNKNOWN)
        keep_derived(r, o->source[which], o->at[which] - o->lead[which],
                     NULL);
}

/* The text of a one-part name (an N_IDENT, or an N_PATH of one), or NULL. */
static const char *one_part(const struct node *name)
{
    const char *p[2];
    return parts_of(name, p, 2) == 1 ? p[0] : NULL;
}

/* An ALTER of o's columns (`which` definition): op, then its DG_COLUMN
 * ops; returns the last of them. A change Flink would reject (a column
 * added twice, one dropped that is not there) leaves them unknown. */
static const struct dg_op *alter_columns(struct resolver *r,
                                         const struct digest *d,
                                         const struct dg_op *op,
                                         struct object *o, int which)
{
    const struct dg_op *last = op;
    size_t n = 0;
    for (const struct dg_op *c = op->next; c && c->kind == DG_COLUMN;
         c = c->next, n++)
        last = c;
    if (!o || o->lead[which] == LEAD_UNKNOWN ||
        o->source[which] == SOURCE_UNKNOWN)
        return last;
    const struct schema *was = definition_schema(r, o, which);
    o->kept_only |= 1u << which;
    struct schema *s = NULL;
    if (op->object == DGA_QUERY) {
        s = bind_view_schema(&r->scratch, r->src, d, table_schema, r);
    } else if (was && !was->open) {
        s = ARENA_NEW(&r->scratch, struct schema);
        s->cols = arena_alloc(&r->scratch, (was->ncols + n + 1) *
                                           sizeof *s->cols);
        memcpy(s->cols, was->cols, was->ncols * sizeof *s->cols);
        s->ncols = was->ncols;
        const struct dg_op *c = op->next;
        for (size_t i = 0; s && i < n; i++, c = c->next) {
            const char *t = one_part(dg_op_name(&r->scratch, r->src, c));
            long at = t ? column_index(s, t) : -1;
            struct column col = { t, t ? strlen(t) : 0, { 0, 0 },
                                  (enum column_kind)c->object };
            switch ((enum dg_alter)op->object) {
            case DGA_ADD:
                if (!t || at >= 0)
                    s = NULL;
                else
                    s->cols[s->ncols++] = col;
                break;
            case DGA_MODIFY:
                if (at < 0)
                    s = NULL;
                else
                    s->cols[at].kind = col.kind;
                break;
            case DGA_DROP:
                if (at < 0) {
                    s = NULL;
                } else {
                    memmove(&s->cols[at], &s->cols[at + 1],
                            (s->ncols - (size_t)at - 1) * sizeof *s->cols);
                    s->ncols--;
                }
                break;
            case DGA_RENAME:
                /* from, then to */
                if (at < 0 || i + 1 >= n) {
                    s = NULL;
                    break;
                }
                c = c->next;
                i++;
                t = one_part(dg_op_name(&r->scratch, r->src, c));
                if (!t || column_index(s, t) >= 0) {
                    s = NULL;
                    break;
                }
                s->cols[at].name = t;
                s->cols[at].len = strlen(t);
                break;
            case DGA_QUERY:
                break;
            }
        }
    }
    keep_derived(r, o->source[which], o->at[which] - o->lead[which], s);
    return last;
}

/* The text definition `which` of o is in, or NULL. */
static const struct source *definition_source(const struct resolver *r,
                                              const struct object *o,
                                              int which)
{
    unsigned number = o->source[which];
    if (o->lead[which] == LEAD_UNKNOWN || number == SOURCE_UNKNOWN)
        return NULL;
    return number == SOURCE_FILE ? r->src
           : r->st->sources && number <= r->st->sources->count
           ? r->st->sources->src[number - 1] : NULL;
}

/* The columns of o's definition `which`, read again from its text; NULL
 * when unknown. */
static const struct schema *definition_schema(struct resolver *r,
                                              const struct object *o,
                                              int which)
{
    unsigned number = o->source[which];
    const struct source *src = definition_source(r, o, which);
    if (!src)
        return NULL;
    uint32_t start = o->at[which] - o->lead[which];
    char key[9];
    schema_key(key, number, start);
    struct kept_schema *k = strmap_get(&r->schemas, key);
    if (k)
        return k == no_schema() ? NULL : unkeep_schema(&r->scratch, src, k);
    if (o->kept_only & (1u << which))
        return NULL;            /* forgotten: its text cannot tell */
    struct schema *found = schema_scan(&r->scratch, src, start);
    /* the entry, its key and the columns, about */
    r->schema_bytes += 48 + (found ? found->ncols * sizeof(struct kept_column)
                                   : 0);
    strmap_put(&r->schemas, arena_strndup(&r->schema_arena, key, strlen(key)),
               found ? keep_schema(&r->schema_arena, found) : no_schema());
    return found;
}

/* The object a statement's table reference op names, or NULL. The
 * statement's references were resolved just before: their answer is kept,
 * else (a kept one overwritten) the name is looked up again. */
static const struct object *resolved_object(struct resolver *r,
                                            const struct dg_op *op)
{
    struct catalog_state *st = r->st;
    const struct resolved_table *t = &r->resolved[((uintptr_t)op >> 3) %
                                                  RESOLVED_KEPT];
    const struct object *o;
    if (t->op == op && t->statement == r->statements) {
        o = t->object;
    } else {
        const struct node *name = dg_op_name(&r->scratch, r->src, op);
        const char *cat;
        char *key = name ? object_key(st, name, &cat) : NULL;
        if (!key || opaque_catalog(st, cat) || st->all_unknown)
            return NULL;
        o = lookup(st, &st->tables, key);
    }
    return !o || o->unknown || !defined(o) ? NULL : o;
}

/* The binder's question (bind.h): the columns of the table op names. */
static const struct schema *table_schema(void *user, const struct dg_op *op,
                                         struct span *where)
{
    struct resolver *r = user;
    const struct object *o = resolved_object(r, op);
    if (!o)
        return NULL;
    int which = live(o, TEMP) ? TEMP : PERM;
    if (o->source[which] == SOURCE_FILE) {
        where->start = o->at[which];
        where->end = o->at[which] + o->len[which];
    }
    return definition_schema(r, o, which);
}

/* The ordered rules' question (bind.h): the options of the table op names,
 * read again from its definition (a view, a table of a catalog sqlcheck
 * cannot see, a table whose definition is too far back: false). */
static bool table_options(void *user, const struct dg_op *op,
                          struct table_options *out)
{
    struct resolver *r = user;
    const struct object *o = resolved_object(r, op);
    if (!o)
        return false;
    int which = live(o, TEMP) ? TEMP : PERM;
    const struct source *src = definition_source(r, o, which);
    if (!src)
        return false;
    return table_options_scan(&r->scratch, src,
                              o->at[which] - o->lead[which], out);
}

enum { CONNECTORS_KEPT = 1 << 16 };

/* The key of definition `which` of o among the directions kept. */
static void direction_key(char key[9], const struct object *o, int which)
{
    schema_key(key, o->source[which], o->at[which] - o->lead[which]);
}

/* Keep which way definition `which` of o goes (its connector only reads:
 * "source", or only writes: "sink"), as its digest said. */
static void keep_direction(struct resolver *r, const struct object *o,
                           int which, const char *direction)
{
    if (o->lead[which] == LEAD_UNKNOWN)
        return;
    if (r->nconnectors == CONNECTORS_KEPT) {
        arena_reset(&r->connector_arena);
        strmap_init(&r->connectors, &r->connector_arena);
        r->nconnectors = 0;
    }
    char key[9];
    direction_key(key, o, which);
    strmap_put(&r->connectors,
               arena_strndup(&r->connector_arena, key, strlen(key)),
               (void *)direction);
    r->nconnectors++;
}

/* The ordered rules' other questions (bind.h): which way the table op
 * names goes, when its connector only reads or only writes (kept when it
 * was defined)... */
static const char *table_direction(void *user, const struct dg_op *op)
{
    struct resolver *r = user;
    const struct object *o = resolved_object(r, op);
    if (!o)
        return NULL;
    int which = live(o, TEMP) ? TEMP : PERM;
    if (!(o->one_way & (1u << which)))
        return NULL;            /* reads and writes, or unknown */
    char key[9];
    direction_key(key, o, which);
    return strmap_get(&r->connectors, key);
}

/* ... and its 'connector', read again from its definition. */
static const char *table_connector(void *user, const struct dg_op *op)
{
    struct resolver *r = user;
    const struct object *o = resolved_object(r, op);
    if (!o)
        return NULL;
    int which = live(o, TEMP) ? TEMP : PERM;
    const struct source *src = definition_source(r, o, which);
    struct table_options t;
    if (!src || !table_options_scan(&r->scratch, src,
                                    o->at[which] - o->lead[which], &t) ||
        t.inherited)
        return NULL;
    for (size_t i = t.n; i-- > 0;)
        if (strcmp(t.opt[i].key, "connector") == 0)
            return t.opt[i].value;
    return NULL;
}

/* The DG_REF_TABLE of d with that mark in `object` (d's LIKE clause's,
 * an ALTER TABLE SET's), or NULL. */
static const struct dg_op *marked_table(const struct digest *d,
                                        unsigned mark)
{
    for (const struct dg_op *op = d ? d->ops : NULL; op; op = op->next)
        if (op->kind == DG_REF_TABLE && (op->object & mark) &&
            (mark == DG_LIKE_BASE || !(op->object & DG_LIKE_BASE)))
            return op;
    return NULL;
}

static void bind(struct resolver *r, const struct digest *d)
{
    const struct dg_op *like = marked_table(d, DG_LIKE_BASE);
    const struct dg_op *altered = marked_table(d, DG_ALTER_OPTIONS);
    if (!r->on_bound || (!dg_has_queries(d) && !like && !altered))
        return;
    if (r->schema_bytes >= r->schemas_kept)
        forget_schemas(r);
    struct bound_stmt b;
    bind_statement(&r->scratch, r->src, d, table_schema, r, &b);
    b.options_of = table_options;
    b.direction_of = table_direction;
    b.connector_of = table_connector;
    b.like_base = like;
    b.altered = altered;
    b.user = r;
    r->on_bound(r->bound_user, &b);
}

void resolve_on_bound(struct resolver *r, bound_fn fn, void *user)
{
    r->on_bound = fn;
    r->bound_user = user;
}

void resolve_digest(struct resolver *r, const struct digest *d)
{
    bool bound = false;
    r->statements++;
    struct catalog_state *st = r->st;
    struct strmap *m;
    const struct node *renamed = NULL;
    const struct dg_op *like_base = NULL;
    for (const struct dg_op *op = d ? d->ops : NULL; op; op = op->next) {
        if (!bound && op->kind > DG_REF_USER) {
            bind(r, d);         /* before what the statement defines */
            bound = true;
        }
        const struct node *name = dg_op_name(&r->scratch, r->src, op);
        if (!name && op->kind != DG_ALL_UNKNOWN)
            continue;
        switch ((enum dg_op_kind)op->kind) {
        case DG_REF_TABLE: {
            if (op->object & DG_LIKE_BASE)
                like_base = op;
            /* kept for the binder, which asks about the same op next */
            struct resolved_table *t = &r->resolved[((uintptr_t)op >> 3) %
                                                    RESOLVED_KEPT];
            t->op = op;
            t->object = ref_table(r, name);
            t->statement = r->statements;
            break;
        }
        case DG_REF_FUNCTION:
            ref_function(r, name);
            break;
        case DG_REF_USER:
            ref_user(r, name);
            break;
        case DG_DEFINE: {
            const char *key = key_of(r, op, name, &m);
            struct object *earlier;
            struct object *o = define(r, m, key, name, d->span.start,
                                      op->temporary, op->may_exist,
                                      what_of(op->object), &earlier);
            int which = op->temporary ? TEMP : PERM;
            if (m != &st->tables)
                break;
            if (o) {
                o->one_way &= ~(1u << which);
                if (op->flags & DG_ONE_WAY) {
                    o->one_way |= 1u << which;
                    keep_direction(r, o, which, op->flags & DG_WRITES_ONLY
                                                ? "sink" : "source");
                }
            }
            if (o && op->columns != DGC_LIST)
                derive_columns(r, d, op, like_base, o, which);
            else if (o)
                keep_listed(r, d);
            else if (earlier && op->may_exist)
                /* IF NOT EXISTS or OR REPLACE: which one's columns? */
                forget_columns(r, earlier, which);
            break;
        }
        case DG_ALTER: {
            const char *cat;
            const char *key = object_key(st, name, &cat);
            struct object *o = key && lookup(st, &st->tables, key)
                               ? object_at(r, &st->tables, key)->value
                               : NULL;
            if (o && !defined(o))
                o = NULL;
            op = alter_columns(r, d, op, o,
                               o && live(o, TEMP) ? TEMP : PERM);
            break;
        }
        case DG_COLUMN:
            break;              /* (read with its DG_ALTER) */
        case DG_DROP:
            if (op->object == OBJ_CATALOG) {
                /* a dropped catalog is no longer opaque: a "gone" mark,
                 * which also hides a catalog file's */
                if (name->kind == N_IDENT)
                    strmap_put(&st->catalogs, keep(st, name->text), NULL);
            } else {
                const char *key = key_of(r, op, name, &m);
                drop(r, m, key, op->temporary);
            }
            break;
        case DG_RENAME:
            renamed = name;
            break;
        case DG_RENAME_TO:
            if (renamed)
                rename_table(r, renamed, name, d->span.start);
            renamed = NULL;
            break;
        case DG_USE_CATALOG:
            if (name->kind != N_IDENT)
                break;
            st->catalog = keep(st, name->text);
            /* a catalog's own default database: the configured one for
             * the default catalog, Flink's name for the others */
            st->database = strcmp(st->catalog, st->default_catalog) == 0
                           ? st->default_database : DEFAULT_DATABASE;
            break;
        case DG_USE:
            use_database(st, name);
            break;
        case DG_UNKNOWN:
            define_unknown(r, op, name);
            break;
        case DG_ALL_UNKNOWN:
            st->all_unknown = true;
            break;
        }
    }
    if (!bound && d)
        bind(r, d);
    arena_reset(&r->scratch);   /* the statement's names and lookup keys */
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
    arena_init(&r->digests);
    arena_init(&r->schema_arena);
    strmap_init(&r->schemas, &r->schema_arena);
    arena_init(&r->connector_arena);
    strmap_init(&r->connectors, &r->connector_arena);
    r->schemas_kept = schemas_kept(src);
    st->scratch = &r->scratch;
    r->st = st;
    r->src = src;
    r->out = out;
    r->source = SOURCE_FILE;
    r->digester = digester_new(src, out && out->all_refs);
    if (out) {
        out->names = st;
        strmap_init(&out->suggestions, st->arena);
    }
    return r;
}

void resolve_set_source(struct resolver *r, uint8_t number)
{
    r->source = number;
}

void resolve_statement(struct resolver *r, const struct node *stmt)
{
    resolve_digest(r, digest_statement(r->digester, &r->digests, stmt));
    arena_reset(&r->digests);
}

void resolve_end(struct resolver *r)
{
    arena_free(&r->scratch);
    arena_free(&r->digests);
    arena_free(&r->schema_arena);
    arena_free(&r->connector_arena);
    digester_free(r->digester);
    r->digester = NULL;
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
