/* schema.h -- the columns of a table or view, as far as they are known.
 *
 * A schema is *closed* when every column is known (a CREATE TABLE with its
 * column list); it is *open* when some may be missing (LIKE of a table
 * whose columns are unknown, AS query, a table without columns, a view
 * over a table function...). A column rule may report an absent column only
 * against closed schemas.
 *
 * The catalog does not keep columns: a table's definition is parsed again
 * from its text when a query first needs its columns (resolve.c keeps
 * where each definition is), so that defining a million tables costs no
 * more than naming them.
 */
#ifndef SQLCHECK_SCHEMA_H
#define SQLCHECK_SCHEMA_H

#include "sqlcheck/arena.h"
#include "sqlcheck/ast.h"
#include "sqlcheck/source.h"

#include <stdbool.h>
#include <stddef.h>

enum column_kind {
    COL_PHYSICAL,               /* a name and a type */
    COL_COMPUTED,               /* name AS expression: read, never written */
    COL_METADATA,               /* METADATA: read and written */
    COL_METADATA_VIRTUAL        /* METADATA VIRTUAL: read only */
};

struct column {
    const char *name;           /* as Flink reads it, case kept; not always
                                 * NUL-terminated: len bytes */
    size_t len;
    struct span span;           /* of the name, in the defining text */
    enum column_kind kind;
};

struct schema {
    struct column *cols;
    size_t ncols;
    bool open;                  /* columns may be missing */
    bool unreadable;            /* a column's name sqlcheck cannot read (a
                                 * list's: open too) */
};

/* Is element e of a column list (CREATE TABLE, ALTER TABLE ADD/MODIFY) a
 * column? Then its kind, and its name's one part (NULL: a name sqlcheck
 * cannot read). */
bool schema_element_column(const struct node *e, enum column_kind *kind,
                           const struct node **name);

/* The columns a CREATE TABLE (or REPLACE TABLE) statement lists, in a:
 * open when it lists none. What a LIKE clause or an AS query adds is not
 * here (resolve.c merges it). */
struct schema *schema_of_create(struct arena *a, const struct node *create);

/* The same, read again from the tokens of the CREATE TABLE statement that
 * starts at offset at of src (schema_scan.c); NULL when no CREATE TABLE
 * starts there. */
struct schema *schema_scan(struct arena *a, const struct source *src,
                           uint32_t at);

/* The column named name (case-sensitive, as Flink matches), or NULL. */
const struct column *schema_column(const struct schema *s, const char *name);
/* Is c named name? */
bool column_is(const struct column *c, const char *name);

#endif
