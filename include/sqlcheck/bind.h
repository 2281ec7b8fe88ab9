/* bind.h -- column references bound to the columns in their scope, one
 * statement at a time, as Flink's validator (Calcite) scopes them: a
 * reference is looked for in its query's FROM items, then in the enclosing
 * queries' (correlation); ORDER BY (and HAVING, QUALIFY: left permissive)
 * also sees the SELECT list's aliases, WHERE and GROUP BY do not. A qualified reference (o.amount) looks in
 * the item of that alias or name only; a.b where no item is called a is
 * field b of column a. Where any item in the way has columns sqlcheck
 * cannot know (schema.h), the reference is BIND_UNKNOWN: no column finding
 * may come from it.
 */
#ifndef SQLCHECK_BIND_H
#define SQLCHECK_BIND_H

#include "sqlcheck/digest.h"
#include "sqlcheck/source.h"

#include <stdbool.h>
#include <stddef.h>

enum bind_status {
    BIND_FOUND,
    BIND_UNKNOWN,               /* cannot tell: columns unknown in scope */
    BIND_MISSING,               /* no such column in scope: Flink rejects it */
    BIND_AMBIGUOUS              /* two or more items have it: Flink rejects it */
};

struct bound_ref {
    const struct dg_colref *ref;
    enum bind_status status;
    /* BIND_MISSING: */
    const char *qualifier;      /* the alias it was qualified with, or NULL */
    bool no_such_alias;         /* ... which no item in scope has */
    const char *near;           /* the nearest column name in scope */
    struct span near_table;     /* where the table with `near` (or the
                                 * qualifier's table) is defined in the
                                 * checked file; empty: elsewhere */
    const char *near_table_name;
    /* BIND_AMBIGUOUS: two of the items that have it (their aliases, and
     * where their tables are defined in the checked file, if they are) */
    const char *candidate[2];
    struct span candidate_at[2];
    /* BIND_FOUND: a column of its own query's FROM items (not a SELECT
     * alias), in an aggregating query, outside any aggregate, that no
     * GROUP BY expression mentions (FSQL207) */
    bool not_grouped;
    const char *column;         /* then: its name */
};

enum insert_status {
    INSERT_FITS,
    INSERT_UNKNOWN,             /* a side's columns are not all known */
    INSERT_COUNT,               /* given != expected */
    INSERT_NO_COLUMN            /* its column list names no column of it */
};

struct bound_insert {
    const struct dg_insert *ins;
    enum insert_status status;
    size_t given, expected;     /* INSERT_COUNT: the query's columns and the
                                 * target's (persisted, less the static
                                 * partition columns; or its column list) */
    const char *column;         /* INSERT_NO_COLUMN */
    struct span target;         /* the target's name in the statement */
    struct span defined;        /* where it is defined in the checked file */
};

/* The options of the table a DG_REF_TABLE names, read again from its
 * definition (table_options.h), in the statement's scratch arena; false
 * when they cannot be known (a view, a table of an unseen catalog). */
struct table_options;
typedef bool (*table_options_fn)(void *user, const struct dg_op *table,
                                 struct table_options *out);

/* Of the table a DG_REF_TABLE names: which way its connector goes when it
 * only reads ("source") or only writes ("sink"), NULL when it does both or
 * cannot be known (DG_DIRECTION); and its 'connector' (its definition's
 * own, not a LIKE base's; NULL: unknown). */
typedef const char *(*table_connector_fn)(void *user,
                                          const struct dg_op *table);

struct bound_stmt {
    const struct digest *d;
    const struct dg_query *queries;     /* the statement's, in text order */
    struct bound_ref *refs;     /* one per column reference, in order */
    size_t nrefs;
    struct bound_insert *inserts;       /* one per INSERT, in order */
    size_t ninserts;
    const struct dg_op *like_base;      /* a CREATE TABLE ... LIKE's base */
    const struct dg_op *altered;        /* ALTER TABLE t SET/RESET's t */
    table_options_fn options_of;        /* NULL: none can be known */
    table_connector_fn direction_of;
    table_connector_fn connector_of;
    void *user;
};

/* What the binder asks of the catalog: the columns of the table that a
 * DG_REF_TABLE names (NULL: unknown, or not a table), and where it is
 * defined in the checked file (an empty span elsewhere). */
struct schema;
typedef const struct schema *(*table_schema_fn)(void *user,
                                                const struct dg_op *table,
                                                struct span *defined);

/* The columns of d's first query (a view's), in a; NULL when unknown. src
 * is the text d was made from. */
struct schema *bind_view_schema(struct arena *a, const struct source *src,
                                const struct digest *d,
                                table_schema_fn schema_of, void *user);

/* Bind d's column references (d made from src); everything made lives in
 * a (the statement's scratch arena). */
struct arena;
void bind_statement(struct arena *a, const struct source *src,
                    const struct digest *d,
                    table_schema_fn schema_of, void *user,
                    struct bound_stmt *out);

#endif
