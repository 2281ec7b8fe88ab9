/* shared_data.h -- open a table of the shared reference folder
 * ($SHARED/data/NAME, ../shared by default) for the unit tests that compare
 * the project's committed copies with it. NULL when it is not there, after
 * one line saying which comparison is skipped. */
#ifndef SQLCHECK_TESTS_SHARED_DATA_H
#define SQLCHECK_TESTS_SHARED_DATA_H

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

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

/* A row of flink-keywords.tsv, split in place: false for a line that is
 * no row. */
static inline bool keyword_row(char *line, const char **word,
                               const char **reserved)
{
    char *tab = strchr(line, '\t');
    if (!tab)
        return false;
    *tab = '\0';
    char *end = strchr(tab + 1, '\t');
    if (end)
        *end = '\0';
    *word = line;
    *reserved = tab + 1;
    return true;
}

/* Is label one of the comma-separated list's? */
static inline bool label_listed(const char *list, const char *label)
{
    size_t n = strlen(label);
    for (const char *p = list; (p = strstr(p, label)); p += n)
        if ((p == list || p[-1] == ',') && (p[n] == ',' || p[n] == '\0' ||
                                            p[n] == '\t' || p[n] == '\n'))
            return true;
    return false;
}

/* The same, past its header line: the next fgets() reads the first row. */
static inline FILE *open_shared_rows(const char *name)
{
    FILE *f = open_shared_data(name);
    char header[4096];
    if (f && !fgets(header, sizeof header, f)) {
        fclose(f);
        return NULL;
    }
    return f;
}

#endif
