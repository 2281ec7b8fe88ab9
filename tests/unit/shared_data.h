/* shared_data.h -- open a table of the shared reference folder
 * ($SHARED/data/NAME, ../shared by default) for the unit tests that compare
 * the project's committed copies with it. NULL when it is not there, after
 * one line saying which comparison is skipped. */
#ifndef SQLCHECK_TESTS_SHARED_DATA_H
#define SQLCHECK_TESTS_SHARED_DATA_H

#include <stdio.h>
#include <stdlib.h>

static inline FILE *open_shared_data(const char *name)
{
    const char *shared = getenv("SHARED");
    char path[512];
    snprintf(path, sizeof path, "%s/data/%s", shared ? shared : "../shared",
             name);
    FILE *f = fopen(path, "r");
    if (!f)
        printf("%s not found: comparison with it skipped\n", path);
    return f;
}

#endif
