/* versions.h -- which Flink releases have a statement, a clause, a type, a
 * built-in function, or let a keyword be a bare name: the facts of
 * src/versions.def and builtins.def as release sets (target.h). */
#ifndef SQLCHECK_VERSIONS_H
#define SQLCHECK_VERSIONS_H

#include "sqlcheck/target.h"

#include <stddef.h>

enum feature {
#define FEATURE(id, since, removed, what) FEATURE_##id,
#define RESERVED(word, releases)
#include "../../src/versions.def"
#undef FEATURE
#undef RESERVED
    FEATURE__COUNT
};

struct feature_fact {
    const char *what;           /* "CREATE TABLE ... AS SELECT" */
    release_set releases;       /* where it is */
};

struct feature_fact feature_fact(enum feature f);

/* The releases where word[0..n) (any case) may be written bare as a name:
 * all of them unless it is a keyword reserved in some. */
release_set name_releases(const char *word, size_t n);

/* The releases that have the built-in function name (any case); 0 when it
 * is no built-in. */
release_set builtin_releases(const char *name);

#endif
