/* builtins.c -- lookup in the built-in function table. */
#include "sqlcheck/builtins.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

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

static int cmp(const void *key, const void *elem)
{
    return strcasecmp(key, ((const struct builtin *)elem)->name);
}

bool builtin_function(const char *name)
{
    return bsearch(name, builtins, sizeof builtins / sizeof *builtins,
                   sizeof *builtins, cmp) != NULL;
}
