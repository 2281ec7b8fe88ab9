/* options.h -- the facts about connector options and Flink configuration
 * that the FSQL3xx and FSQL4xx rules check against.
 *
 * The tables are the project's own data files (src/data/ (*.tsv), their
 * sources in src/data/README.md), compiled in at build time; a user's file
 * of the same columns as connector-options.tsv (config key
 * `connector-options=`) adds connectors and options of their own.
 *
 * Option keys are matched as Flink matches them: exactly (case-sensitive),
 * or against a pattern row, where `*` at the end stands for any rest
 * (`properties.*`) and `#`, `<name>` or `[...]` for one part between dots
 * (`fields.#.kind`; the last part of a pattern may hold dots).
 */
#ifndef SQLCHECK_OPTIONS_H
#define SQLCHECK_OPTIONS_H

#include "sqlcheck/arena.h"

#include <stdbool.h>
#include <stddef.h>

/* A connector or format (src/data/connectors.tsv). */
struct connector_fact {
    const char *name;
    const char *direction;      /* "source", "sink", "both", "format" */
    const char *options;        /* "closed": Flink rejects options it does not
                                 * know; "open": it keeps them */
    const char *also;           /* another table of its options (an older
                                 * release under the same name), or "" */
};

/* An option of a connector or format (src/data/connector-options.tsv). */
struct option_fact {
    const char *owner;          /* connector or format name */
    const char *key;            /* a key or a pattern */
    const char *required;       /* "yes", "no", "one of: a, b", "with: k",
                                 * "when: k = v", "together: a, b, ..."
                                 * (anything else: not required) */
    const char *type;           /* "Boolean", "Duration", ... (values.h) */
    const char *def;
    const char *values;         /* allowed values, comma-separated */
    const char *kind;           /* "with", "set", "catalog" */
    const char *notes;          /* "prefix", ... */
};

/* A configuration key (src/data/config-options.tsv). */
struct config_fact {
    const char *key;
    const char *type;
    const char *def;
    const char *values;
    const char *deprecated;     /* keys it also reads, comma-separated */
    const char *since;          /* first release that has it ("<=1.20") */
    const char *removed;        /* first release without it, or "" */
    const char *min;            /* its least value, or "" */
};

/* An old configuration key (src/data/config-renames.tsv). */
struct rename_fact {
    const char *old_key;
    const char *new_key;        /* "" when there is none */
    const char *version;
    const char *relation;       /* "deprecated-key", "removed", ... */
    const char *accepted;       /* releases that still read the old key */
};

struct option_facts;

/* The built-in facts (static: never freed). */
const struct option_facts *option_facts_builtin(void);

/* The built-in facts and the rows of the user's file at path (columns named
 * by its header line, as connector-options.tsv's; `#` lines are comments),
 * in a. NULL on error, with a message in err. */
const struct option_facts *option_facts_load(struct arena *a,
                                             const char *path, char *err,
                                             size_t errlen);

/* The connector or format of that name (exact, as Flink's factories match
 * identifiers), or NULL. A name only the user's file has is a closed
 * connector that reads and writes. */
const struct connector_fact *facts_connector(const struct option_facts *f,
                                             const char *name);

/* For a name no connector (format: formats instead) has: the known one it
 * is most likely a misspelling of, or NULL when it looks like a name of its
 * own (a custom connector: `kafka-x`, `hbase-1.4`). */
const char *facts_misspelt_connector(const struct option_facts *f,
                                     const char *name, bool format);

/* The rows of connector c (one of f's: facts_connector()), in key order:
 * *n of them from the returned one. */
const struct option_fact *facts_rows(const struct option_facts *f,
                                     const struct connector_fact *c,
                                     size_t *n);

/* A row of connector c that may be required (its `required` is a form
 * sqlcheck checks), read once. */
enum required_form {
    RF_YES, RF_ONE_OF, RF_WITH, RF_WHEN, RF_TOGETHER, RF_EACH_COLUMN
};
struct required_row {
    const struct option_fact *row;
    enum required_form form;
    const char *arg;            /* what follows "one of: ", "with: "... */
    size_t key_len;
};

/* The rows of connector c that are required, or under a condition, of the
 * kind `with` (not its 'connector' row): *n of them. */
const struct required_row *facts_required_rows(const struct option_facts *f,
                                               const struct connector_fact *c,
                                               size_t *n);

/* The rows of owner, in key order: *n of them from the returned one. */
const struct option_fact *facts_options_of(const struct option_facts *f,
                                           const char *owner, size_t *n);

/* owner's row for key (n bytes): the exact row, else the first pattern that
 * matches; NULL when none does. */
const struct option_fact *facts_option(const struct option_facts *f,
                                       const char *owner, const char *key,
                                       size_t n);

/* The same among rows (count of them, one owner's: facts_options_of()). */
const struct option_fact *facts_option_in(const struct option_fact *rows,
                                          size_t count, const char *key,
                                          size_t n);

/* Does pattern match key (n bytes)? The part a `#` (or `<...>`) stands for
 * is returned in *part (when part is not NULL and the pattern has one). */
bool option_pattern_match(const char *pattern, const char *key, size_t n,
                          const char **part, size_t *part_len);
/* Is key a pattern (has `*`, `#`, `<...>` or `[...]`)? */
bool option_is_pattern(const char *key);

/* The configuration key's row: exact, else a pattern row; NULL: none. */
const struct config_fact *facts_config(const char *key, size_t n);
/* The rename rows of an old key (*count of them, when count is not NULL;
 * an old key may have been split in two), or NULL. */
const struct rename_fact *facts_rename(const char *key, size_t n,
                                      size_t *count);
/* A connector's option that is set with SET (Hive's table.exec.hive.*),
 * or NULL. */
const struct option_fact *facts_set_option(const char *key, size_t n);
/* The configuration key key is most likely a misspelling of, or NULL. */
const char *facts_config_nearest(const char *key);

/* Every row, for the tests that compare them with their sources. */
const struct option_fact *facts_all_options(const struct option_facts *f,
                                            size_t *n);
const struct config_fact *facts_all_config(size_t *n);
const struct rename_fact *facts_all_renames(size_t *n);
const struct connector_fact *facts_all_connectors(size_t *n);

#endif
