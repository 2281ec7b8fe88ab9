/* digest.h -- what a statement does to a script's names, made from its tree
 * while the tree is alive, without any catalog, on whichever thread parsed
 * it.
 *
 * A digest is a list of operations in the order they take effect: the
 * names the statement refers to (tables, functions, a bare USER), then
 * what it defines, drops, renames or makes current (USE). Names are packed
 * in the arena the digest was made in, so the digest outlives the tree
 * (unquoted names are read again from the text).
 * Resolution applies digests in script order
 * (resolve_digest()), on one thread or, for a file split in two, the
 * second part's after the first's: one path either way.
 */
#ifndef SQLCHECK_DIGEST_H
#define SQLCHECK_DIGEST_H

#include "sqlcheck/arena.h"
#include "sqlcheck/ast.h"
#include "sqlcheck/source.h"

#include <stdbool.h>
#include <stdint.h>

enum dg_op_kind {
    DG_REF_TABLE,               /* a table or view read or written */
    DG_REF_FUNCTION,            /* a function called (not a built-in one,
                                 * unless all references are kept) */
    DG_REF_USER,                /* a bare USER: the function, not a column */
    DG_DEFINE,                  /* CREATE of `object` */
    DG_DROP,                    /* DROP of `object` */
    DG_RENAME,                  /* ALTER TABLE name RENAME TO ... */
    DG_RENAME_TO,               /* ... name: always right after DG_RENAME */
    DG_USE_CATALOG,             /* USE CATALOG name */
    DG_USE,                     /* USE [catalog.]database */
    DG_UNKNOWN,                 /* a broken or skipped CREATE of `object`:
                                 * whether name exists is unknown from
                                 * here on */
    DG_ALL_UNKNOWN,             /* a broken CREATE of something unnamed:
                                 * every name is unknown from here on */
    DG_ALTER,                   /* ALTER of table (or view) name's columns:
                                 * `object` says how (enum dg_alter), the
                                 * DG_COLUMN ops after it which */
    DG_COLUMN                   /* a column a DG_ALTER adds, modifies (its
                                 * kind in `object`: enum column_kind),
                                 * drops or renames (from, to) */
};

/* What a DG_ALTER does to the columns. */
enum dg_alter {
    DGA_ADD, DGA_MODIFY, DGA_DROP, DGA_RENAME,
    DGA_QUERY                   /* AS query: its columns are the query's */
};

/* Where the columns of a table or view that a DG_DEFINE makes come from. */
enum dg_columns {
    DGC_LIST,                   /* its column list, read again from its text
                                 * when needed */
    DGC_QUERY,                  /* its query's (the statement's first): a
                                 * view without a column list, CREATE TABLE
                                 * AS query */
    DGC_LIKE,                   /* the columns of its LIKE clause's table (the
                                 * DG_REF_TABLE before it, marked
                                 * DG_LIKE_BASE), then its list's */
    DGC_UNKNOWN                 /* nowhere sqlcheck can see */
};

/* The `object` of the DG_REF_TABLE of a LIKE clause: which of the base
 * table's columns the new one leaves out; of an ALTER TABLE's: whether it
 * sets or resets options. */
enum {
    DG_LIKE_NO_GENERATED = 1,   /* EXCLUDING GENERATED (or ALL) */
    DG_LIKE_NO_METADATA = 2,    /* EXCLUDING METADATA (or ALL) */
    DG_ALTER_OPTIONS = 4,       /* (not LIKE's) ALTER TABLE t SET (...) or
                                 * RESET (...): t's options change */
    DG_LIKE_BASE = 8
};

/* An operation with its name, packed in one allocation (24 bytes and, for
 * a quoted or many-part name, its parts): digests of a file's second part
 * wait, by the hundred thousand, until the first part is resolved. */
struct dg_part {
    struct span span;
    uint32_t flags;
    uint32_t len;
};
/* In the flags of a DG_DEFINE of a table: its 'connector' only reads or
 * only writes (src/data/connectors.tsv), so FSQL305 reads it again from
 * the definition; other tables' connectors are never asked for. No name
 * has this flag (ast.h's flags stop below it). */
#define DG_ONE_WAY (1u << 31)
#define DG_WRITES_ONLY (1u << 30)   /* with DG_ONE_WAY: a sink (print);
                                     * without: a source (datagen). Names
                                     * never carry F_ENFORCED, a
                                     * constraint's flag */
#define DG_DIRECTION (DG_ONE_WAY | DG_WRITES_ONLY)
_Static_assert(F_ENFORCED == DG_WRITES_ONLY && F_OR_ALTER < DG_WRITES_ONLY,
               "the flags names can have stop below DG_WRITES_ONLY");

struct dg_op {
    struct dg_op *next;
    struct span span;           /* the name's */
    uint32_t flags;             /* the name's (N_PATH's or N_IDENT's), and
                                 * DG_ONE_WAY */
    uint16_t nparts;            /* 0: no name (DG_ALL_UNKNOWN) */
    uint8_t kind : 4;           /* enum dg_op_kind */
    uint8_t object : 4;         /* enum obj_kind: DEFINE, DROP, UNKNOWN;
                                 * enum dg_alter: ALTER; enum column_kind:
                                 * COLUMN; DG_LIKE_*: a LIKE's REF_TABLE */
    uint8_t temporary : 1;      /* DEFINE, DROP */
    uint8_t may_exist : 1;      /* DEFINE: IF NOT EXISTS, OR REPLACE */
    uint8_t system : 1;         /* a TEMPORARY SYSTEM function */
    uint8_t is_path : 1;        /* the name is an N_PATH, else an N_IDENT */
    /* one part whose span and flags are the name's (`orders`): the part
     * array is left out and its text follows at once (most names) */
    uint8_t simple : 1;
    /* simple, and its text is the source's at span (an unquoted name):
     * nothing follows */
    uint8_t in_source : 1;
    uint8_t columns : 2;        /* DEFINE of a table or view: enum
                                 * dg_columns */
    struct dg_part part[];      /* then their texts, NUL-terminated */
};

/*---- queries: what column binding needs (bind.c) ----------------------------*/

/* Where in a query a column is referred to. */
enum dg_clause {
    DC_SELECT, DC_FROM, DC_WHERE, DC_GROUP, DC_HAVING, DC_WINDOW, DC_QUALIFY,
    DC_ORDER, DC_OTHER
};

enum dg_query_kind {
    DQ_SELECT,                  /* SELECT (TABLE t is SELECT * FROM t) */
    DQ_SETOP,                   /* UNION, EXCEPT, INTERSECT: left's columns */
    DQ_VALUES,                  /* VALUES rows: width known, names not */
    DQ_OPEN                     /* a form whose columns are not modelled */
};

enum dg_from_kind {
    DF_TABLE,                   /* a table or view: op is its DG_REF_TABLE */
    DF_QUERY,                   /* a subquery or a CTE: query */
    DF_WINDOW,                  /* TUMBLE/HOP/CUMULATE/SESSION over a table
                                 * (op) or a query: its columns and
                                 * window_start, window_end, window_time */
    DF_NAMED,                   /* a table function or UNNEST with an alias
                                 * column list: exactly those columns */
    DF_OPEN                     /* columns unknown: a table function
                                 * without column list, MATCH_RECOGNIZE */
};

struct dg_query;

struct dg_from {                /* an item of a FROM clause (joins undone) */
    struct dg_from *next;
    uint32_t id;                /* its number in the statement, from 0 */
    enum dg_from_kind kind;
    const struct dg_op *table;  /* DF_TABLE, DF_WINDOW over a table */
    struct dg_query *query;     /* DF_QUERY, DF_WINDOW over a query */
    const char *alias;          /* the name it is known by: its alias, or a
                                 * table's name (last part); NULL: none */
    struct span span;           /* the item */
    const char **cols;          /* its alias column list (or a CTE's) */
    size_t ncols;
    bool merged;                /* joined USING or NATURAL: a column of both
                                 * sides is one, not ambiguous */
};

struct dg_item {                /* a SELECT item */
    struct dg_item *next;
    bool star;                  /* * or q.* */
    const char *name;           /* an expression's: its alias, or the last
                                 * part of a column reference; NULL: none */
    const char *qualifier;      /* q of q.*; NULL: * */
    struct span span;
};

struct dg_query {
    struct dg_query *next;      /* the statement's queries, in text order */
    uint32_t id;                /* its number in the statement, from 0 */
    enum dg_query_kind kind;
    struct dg_query *outer;     /* whose columns are visible here too
                                 * (correlation); NULL: none */
    struct dg_from *from;       /* DQ_SELECT */
    struct dg_item *items;      /* DQ_SELECT */
    struct dg_query *left;      /* DQ_SETOP: the first operand */
    struct dg_from *last_from;  /* (while it is built) */
    struct dg_item *last_item;
    size_t width;               /* DQ_VALUES: columns of the first row */
    bool aggregating;           /* GROUP BY, HAVING, or an aggregate call
                                 * (not OVER a window) of its own */
    struct span span;
};

/* Where a column reference is inside the calls around it. */
enum {
    DR_IN_AGGREGATE = 1,        /* an argument of an aggregate: COUNT(a) */
    DR_IN_UNKNOWN = 2           /* of a call that may aggregate or that has
                                 * its own rules: a function sqlcheck does
                                 * not know, OVER, TUMBLE_START(ts, ...) */
};

struct dg_colref {              /* a column reference: a, t.a, t.a.field */
    struct dg_colref *next;
    struct dg_query *in;        /* where it is resolved (then outward) */
    enum dg_clause clause;
    unsigned flags;             /* DR_* */
    const char **parts;
    size_t nparts;
    struct span span;
    bool in_source;             /* (packing's) */
};

/* An INSERT of the statement (a statement set has several). */
struct dg_insert {
    struct dg_insert *next;
    const struct dg_op *target; /* its DG_REF_TABLE; NULL: a CTE (odd) */
    struct dg_query *query;     /* what it inserts; NULL: not modelled */
    const char **cols;          /* its column list; ncols 0: none */
    size_t ncols;
    const char **fixed;         /* static partition columns, PARTITION (p =
                                 * 'x'): not the query's to give */
    size_t nfixed;
    struct span at;             /* INSERT INTO (or UPSERT INTO) */
};

struct dg_packed;

struct digest {
    struct digest *next;        /* the next statement's, where kept in a list */
    struct dg_op *ops;          /* in order; NULL: none */
    struct span span;           /* the statement's */
    const struct dg_packed *packed;     /* its queries: dg_thaw() */
};

/* Has d queries, column references or INSERTs to bind? */
bool dg_has_queries(const struct digest *d);

/* A column of a CREATE TABLE's list: where its name is in the text the
 * digest was made from, and its kind (enum column_kind). */
struct dg_column {
    uint32_t at;
    uint16_t len;
    uint8_t kind;
    uint8_t spare;
};

/* The columns of the table d defines from its column list (*cols: packed
 * in d); 0 when it has none or one whose name cannot be read (the list is
 * read again from the text when needed). */
size_t dg_columns(const struct digest *d, const struct dg_column **cols);

/* The queries, column references and INSERTs of d (packed in it), made
 * again in a as linked structures: in text order, NULL when none; src is
 * the text d was made from. */
void dg_thaw(struct arena *a, const struct source *src,
             const struct digest *d,
             struct dg_query **queries, struct dg_colref **colrefs,
             struct dg_insert **inserts);

/* The name of op (NULL: none) as the tree had it, an N_PATH or an N_IDENT,
 * made in a; src is the text the digest was made from. */
const struct node *dg_op_name(struct arena *a, const struct source *src,
                              const struct dg_op *op);

/* A digest maker, one per thread, for statements of text src: its walk's
 * stack and scratch memory are reused from statement to statement.
 * all_refs: keep references to built-in functions too (struct
 * resolution's all_refs). */
struct digester;
struct digester *digester_new(const struct source *src, bool all_refs);
void digester_free(struct digester *dg);

/* The digest of top-level statement stmt, in a; NULL when the statement
 * refers to and changes nothing. */
struct digest *digest_statement(struct digester *dg, struct arena *a,
                                const struct node *stmt);

#endif
