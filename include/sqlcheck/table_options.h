/* table_options.h -- a table's connector options checked against the facts
 * (options.h), as Flink's table factories check them when the table is
 * first read or written: the connector and formats must exist, their
 * required options be there, every option be one they accept, and every
 * value convert to the option's type (values.h).
 *
 * One analysis serves the four rules (FSQL301 unknown-connector, FSQL302
 * missing-option, FSQL303 unsupported-option, FSQL304
 * invalid-option-value): each reports the findings of its kind.
 */
#ifndef SQLCHECK_TABLE_OPTIONS_H
#define SQLCHECK_TABLE_OPTIONS_H

#include "sqlcheck/arena.h"
#include "sqlcheck/ast.h"
#include "sqlcheck/options.h"
#include "sqlcheck/schema.h"
#include "sqlcheck/source.h"

#include <stdbool.h>
#include <stddef.h>

struct table_option {
    const char *key;            /* the literals' text, quotes undone */
    size_t key_len;
    const char *value;
    size_t value_len;
    struct span key_at, value_at;
    bool quiet;                 /* taken into account, never reported on:
                                 * the table's own options under a hint */
    bool no_value;              /* a key ALTER TABLE RESET names */
};

struct table_options {
    struct table_option *opt;
    size_t n;
    bool inherited;             /* options this list does not show may
                                 * apply (LIKE ... INCLUDING OPTIONS): no
                                 * option may then be called missing, and
                                 * only the connector's own be judged */
    bool partial;               /* options added to a table's (a hint,
                                 * ALTER TABLE SET): none is missing */
    struct span with_at;        /* the WITH keyword (or the statement) */
    const struct schema *columns;   /* the table's; NULL: unknown ... */
    const struct node *create;      /* ... unless read from this CREATE
                                     * TABLE's tree when first needed */
};

enum option_finding {
    OF_UNKNOWN_CONNECTOR,       /* FSQL301 */
    OF_MISSING,                 /* FSQL302 */
    OF_UNSUPPORTED,             /* FSQL303 */
    OF_BAD_VALUE                /* FSQL304 */
};

/* A finding: where, what (message) and what to write instead (hint, or
 * NULL), both in a. */
typedef void (*option_finding_fn)(void *user, enum option_finding kind,
                                  struct span at, const char *message,
                                  const char *hint);

/* Check t; each finding goes to fn, in text order within each kind. */
void table_options_check(struct arena *a, const struct option_facts *f,
                         const struct table_options *t,
                         option_finding_fn fn, void *user);

/* The options of a CREATE TABLE (or CREATE/REPLACE TABLE AS) statement
 * from its tree (src: its text); false when it has none to check. */
bool table_options_of_create(struct arena *a, const struct source *src,
                             const struct node *create,
                             struct table_options *out);

/* The options of the CREATE TABLE statement that starts at offset at of
 * src, read again from its tokens (schema_scan.c); false when no CREATE
 * starts there. */
bool table_options_scan(struct arena *a, const struct source *src,
                        uint32_t at, struct table_options *out);

/* The options an ALTER TABLE statement at offset at of src sets (SET) or
 * names (RESET: no values), read again from its tokens (schema_scan.c);
 * false when it has none. */
bool alter_options_scan(struct arena *a, const struct source *src,
                        uint32_t at, struct table_options *out);

/* Add to out (in a) the options of the OPTIONS(...) table hints in
 * span of src (a table reference of a query); how many were added. */
size_t hint_options_scan(struct arena *a, const struct source *src,
                         struct span span, struct table_options *out);

/* A new option at the end of t, zeroed (*cap: how many t->opt holds, 0 at
 * first), in a. */
struct table_option *table_option_add(struct arena *a,
                                      struct table_options *t, size_t *cap);

/* The text of a string literal at sp (quotes undone, '' made ', adjacent
 * fragments joined), in a. */
const char *string_literal_text(struct arena *a, const struct source *src,
                                struct span sp, size_t *len);

#endif
