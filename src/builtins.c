/* builtins.c -- lookup in the built-in function table. */
#include "sqlcheck/builtins.h"

#include <stdlib.h>
#include <string.h>
#include <ctype.h>

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
    return strcmp(key, ((const struct builtin *)elem)->name);
}

bool builtin_function(const char *name)
{
    /* the table is in strcmp order of upper-case names */
    char up[64];
    size_t n = strlen(name);
    if (n >= sizeof up)
        return false;
    for (size_t i = 0; i <= n; i++)
        up[i] = (char)toupper((unsigned char)name[i]);
    return bsearch(up, builtins, sizeof builtins / sizeof *builtins,
                   sizeof *builtins, cmp) != NULL;
}
