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
