/* builtins.c -- lookup in the built-in function table. */
#include "sqlcheck/builtins.h"

#include <stddef.h>
#include <string.h>


/* builtin_hash_lookup(): gperf, any case; a name's slot has its index in
 * builtins[] (the order of builtins.def) */
#include "fnhash.inc"

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
    const struct builtin_slot *found = builtin_hash_lookup(name, strlen(name));
    return found ? builtins[found->index].kind : NULL;
}

const char *builtin_since(const char *name)
{
    const struct builtin_slot *found = builtin_hash_lookup(name, strlen(name));
    return found ? builtins[found->index].since : NULL;
}
