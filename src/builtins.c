/* builtins.c -- lookup in the built-in function table. */
#include "sqlcheck/builtins.h"

#include <stddef.h>
#include <string.h>

#include "fnhash.inc"           /* builtin_hash_lookup(): gperf, any case */

static const struct builtin builtins[] = {
#define FN(name, kind, since) { name, kind, since },
#include "builtins.def"
#undef FN
};

const struct builtin *builtin_table(size_t *n)
{
    *n = sizeof builtins / sizeof *builtins;
    return builtins;
}

bool builtin_function(const char *name)
{
    return builtin_hash_lookup(name, strlen(name)) != NULL;
}

const char *builtin_kind(const char *name)
{
    const char *found = builtin_hash_lookup(name, strlen(name));
    if (!found)
        return NULL;
    size_t lo = 0, hi = sizeof builtins / sizeof *builtins;
    while (lo < hi) {                   /* the table is sorted by name */
        size_t mid = lo + (hi - lo) / 2;
        int c = strcmp(builtins[mid].name, found);
        if (c == 0)
            return builtins[mid].kind;
        if (c < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return NULL;
}
