/* util.c -- edit distance for "did you mean", growing arrays, UTF-8,
 * files named in options. */
#include "sqlcheck/util.h"

#include "sqlcheck/arena.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

static char lower(char c)
{
    return (c >= 'A' && c <= 'Z') ? (char)(c - 'A' + 'a') : c;
}

size_t edit_distance(const char *a, const char *b, size_t limit)
{
    size_t la = strlen(a), lb = strlen(b);
    if ((la > lb ? la - lb : lb - la) > limit)
        return limit + 1;
    size_t row_small[64];
    size_t *row = lb + 1 <= 64 ? row_small : malloc((lb + 1) * sizeof *row);
    if (!row)
        return limit + 1;
    for (size_t j = 0; j <= lb; j++)
        row[j] = j;
    for (size_t i = 1; i <= la; i++) {
        size_t diag = row[0];
        row[0] = i;
        size_t best = row[0];
        for (size_t j = 1; j <= lb; j++) {
            size_t up = row[j];
            size_t cost = lower(a[i - 1]) == lower(b[j - 1]) ? 0 : 1;
            size_t v = diag + cost;
            if (up + 1 < v)
                v = up + 1;
            if (row[j - 1] + 1 < v)
                v = row[j - 1] + 1;
            row[j] = v;
            diag = up;
            if (v < best)
                best = v;
        }
        if (best > limit) {
            if (row != row_small)
                free(row);
            return limit + 1;
        }
    }
    size_t d = row[lb];
    if (row != row_small)
        free(row);
    return d;
}

static int has_prefix_nocase(const char *s, const char *prefix)
{
    for (; *prefix; s++, prefix++)
        if (lower(*s) != lower(*prefix))
            return 0;
    return 1;
}

const char *nearest_word(const char *word, const char *const *candidates)
{
    size_t len = strlen(word);
    if (len >= 3)               /* an abbreviation: "warn" for "warning" */
        for (size_t i = 0; candidates[i]; i++)
            if (has_prefix_nocase(candidates[i], word))
                return candidates[i];
    size_t limit = len / 3 + 1;
    const char *best = NULL;
    size_t best_d = limit + 1;
    for (size_t i = 0; candidates[i]; i++) {
        size_t d = edit_distance(word, candidates[i], limit);
        if (d < best_d) {
            best_d = d;
            best = candidates[i];
        }
    }
    return best;
}

void *grow_array(void *items, size_t count, size_t *cap, size_t size,
                 size_t first)
{
    if (count < *cap)
        return items;
    size_t n = *cap ? *cap * 2 : first;
    void *p = realloc(items, n * size);
    if (!p)
        fatal_oom();
    *cap = n;
    return p;
}

size_t utf8_char_len(const unsigned char *s, size_t avail)
{
    unsigned char c = s[0];
    if (c < 0x80)
        return 1;
    size_t n = c >= 0xC2 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3
               : c >= 0xF0 && c <= 0xF4 ? 4 : 0;
    if (n == 0 || n > avail)
        return 0;
    for (size_t k = 1; k < n; k++)
        if ((s[k] & 0xC0) != 0x80)
            return 0;
    if ((c == 0xE0 && s[1] < 0xA0) || (c == 0xED && s[1] >= 0xA0) ||
        (c == 0xF0 && s[1] < 0x90) || (c == 0xF4 && s[1] >= 0x90))
        return 0;               /* overlong, surrogate, beyond U+10FFFF */
    return n;
}

size_t utf8_cut(const char *s, size_t n, size_t max)
{
    if (n <= max)
        return n;
    size_t cut = max;
    while (cut > 0 && ((unsigned char)s[cut] & 0xC0) == 0x80)
        cut--;                  /* s[cut] starts the next character */
    return cut;
}

const char *unreadable_file(const char *path, unsigned long long limit,
                            const char *too_large)
{
    struct stat st;
    if (stat(path, &st) != 0)
        return strerror(errno);
    if (!S_ISREG(st.st_mode))
        return "not a regular file";
    if ((unsigned long long)st.st_size > limit)
        return too_large;
    return NULL;
}
