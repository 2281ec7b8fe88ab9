/* builtins.h -- Flink's built-in function names (src/builtins.def). */
#ifndef SQLCHECK_BUILTINS_H
#define SQLCHECK_BUILTINS_H

#include <stdbool.h>
#include <stddef.h>

struct builtin {
    const char *name;           /* upper case */
    const char *kind;           /* scalar, aggregate, window-tvf, ... */
    const char *since;          /* first release, e.g. "<=1.15", "2.1" */
};

/* All built-ins, sorted by name; count in *n. */
const struct builtin *builtin_table(size_t *n);

/* Is name (any case) a built-in function? */
bool builtin_function(const char *name);

/* The kind of built-in function name (any case): "scalar", "aggregate",
 * "group-window", ...; NULL when it is none. */
const char *builtin_kind(const char *name);

/* The first release of built-in function name (any case), as
 * builtins.def writes it ("<=1.15", "2.1", "master"); NULL when it is
 * none. */
const char *builtin_since(const char *name);

#endif
