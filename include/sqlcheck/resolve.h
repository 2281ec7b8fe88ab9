/* resolve.h -- name resolution like Flink's, statement by statement.
 *
 * The pass replays the script in order: CREATE adds objects, DROP removes
 * them, USE changes how 1-, 2- and 3-part names resolve, temporary objects
 * live beside permanent ones. It records every table and function
 * reference with its outcome, and every repeated definition; the rules
 * FSQL201-203 report from these facts.
 */
#ifndef SQLCHECK_RESOLVE_H
#define SQLCHECK_RESOLVE_H

#include "sqlcheck/ast.h"
#include "sqlcheck/diag.h"
#include "sqlcheck/source.h"
#include "sqlcheck/strmap.h"

#include <stdbool.h>

/* REF_USER: a bare USER, which Flink reads as the function USER (the
 * current user's name) where a column named user may have been meant. */
enum ref_kind { REF_TABLE, REF_FUNCTION, REF_USER, REF_KINDS };
enum ref_status {
    REF_DEFINED,                /* found */
    REF_UNDEFINED,              /* certainly not there */
    REF_UNKNOWN                 /* can't tell: external catalog, broken DDL */
};

struct name_ref {
    struct name_ref *next;
    enum ref_kind kind;
    enum ref_status status;
    const struct node *name;    /* the PATH as written (a copy) */
    const char *text;           /* the name as written, "db.orders" */
};

struct duplicate {
    struct duplicate *next;
    const struct node *name;    /* the second definition's name (a copy) */
    struct span first;          /* name of the first definition */
    const char *what;           /* "table", "view", "function", ... */
};

/* Undefined references kept per kind; the rest are only counted. Ten
 * times the findings a file shows, so that references silenced by comment
 * directives still leave the first MAX_FINDINGS to report. */
enum { KEEP_REFS = 10 * MAX_FINDINGS };

struct resolution {
    bool all_refs;              /* record defined references too (tests) */
    const struct target *target;        /* whose release's built-in
                                         * functions exist; NULL: the
                                         * newest release's */
    struct name_ref *refs;      /* in source order; by default only those
                                 * not found, and every REF_USER (the rules
                                 * report nothing else) */
    size_t kept_refs[REF_KINDS], dropped_refs[REF_KINDS];  /* beyond KEEP_REFS */
    struct duplicate *dups;
    struct catalog_state *names;        /* what was defined, at the end */
    struct strmap suggestions;          /* memo of resolve_suggestion() */
    const char **table_names, **function_names;  /* its candidates */
    size_t ntable_names, nfunction_names;
    size_t suggest_work;                /* comparisons made so far */
};

/* The texts that define objects: catalog files (numbered from 1 in the
 * order they are added), besides the file being checked (SOURCE_FILE).
 * A definition keeps its text's number, so that its columns can be read
 * again from it (schema.c). */
enum { SOURCE_FILE = 0, SOURCES_MAX = 254, SOURCE_UNKNOWN = 255 };
struct source_table {
    const struct source *src[SOURCES_MAX];
    size_t count;
};
/* Number src (a catalog file's text, which must outlive the table):
 * SOURCE_UNKNOWN when the table is full (its columns are then unknown). */
uint8_t source_table_add(struct source_table *t, const struct source *src);

/* Objects that exist before the script runs (catalog files), and the state
 * of a resolution in progress. A state may sit on a base (the catalog
 * files, shared by every checked file and never changed by them): names
 * not found in the state are looked up in its base, and a statement that
 * changes a base object changes a copy of it in the state. */
struct catalog_state {
    struct arena *arena;
    const struct catalog_state *base;   /* read-only; NULL: none */
    struct strmap tables;       /* "cat\x1f" "db\x1f" "name" -> struct object
                                 * ("\x01" "name" in the default ones) */
    struct strmap functions;    /* lower-case keys */
    struct strmap others;       /* models, connections */
    struct strmap catalogs;     /* catalogs created or declared */
    const char *catalog, *database;     /* current, after USE */
    const char *default_catalog;        /* where a script starts */
    const char *default_database;
    struct arena *scratch;      /* lookup keys while resolving, or NULL */
    struct source_table *sources;   /* catalog files' texts, or NULL */
    bool all_unknown;           /* a broken CREATE we could not name */
};

/* An empty state whose default catalog and database are Flink's
 * (default_catalog.default_database). */
void catalog_state_init(struct catalog_state *st, struct arena *a);

/* Make catalog.database (both kept as given, not copied) the default and
 * the current one: a managed service's is vvp.`default`. */
void catalog_state_set_defaults(struct catalog_state *st, const char *catalog,
                                const char *database);

/* Put st (just initialised) on base: base's objects become visible in st,
 * read-only. base must outlive st and not change while st is in use. */
void catalog_state_layer(struct catalog_state *st,
                         const struct catalog_state *base);

/* Replay script against st. Facts are appended to out (may be NULL, as for
 * catalog files, whose references are not checked). */
void resolve_script(struct catalog_state *st, const struct source *src,
                    const struct node *script, struct resolution *out);

/* The same, one statement at a time: everything kept (facts, names, keys)
 * is copied into st's arena, so a statement's tree may be released as
 * soon as resolve_statement() returns. */
struct resolver;
struct resolver *resolve_begin(struct catalog_state *st,
                               const struct source *src,
                               struct resolution *out);
void resolve_statement(struct resolver *r, const struct node *stmt);
/* The number of the text r resolves (SOURCE_FILE unless said otherwise):
 * definitions keep it. */
void resolve_set_source(struct resolver *r, uint8_t number);
/* After each statement's names are resolved and before what it defines
 * takes effect, its column references are bound (bind.h) and handed to fn
 * (the ordered tier of rules); none when fn is NULL, as for catalog files. */
struct bound_stmt;
typedef void (*bound_fn)(void *user, const struct bound_stmt *b);
void resolve_on_bound(struct resolver *r, bound_fn fn, void *user);

/* Apply a statement's digest (digest.h): what resolve_statement() does
 * with the statement's tree, for a digest made elsewhere (the second part
 * of a file split between two threads). NULL: nothing. */
struct digest;
void resolve_digest(struct resolver *r, const struct digest *d);

/* Release what resolve_begin() set up for the statements. */
void resolve_end(struct resolver *r);

/* A defined name close to an undefined reference ("did you mean"), or
 * NULL. Computed on demand: only reported references pay for it. */
const char *resolve_suggestion(struct resolution *res,
                               const struct name_ref *ref);

#endif
