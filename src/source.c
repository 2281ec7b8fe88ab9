/* source.c -- line table and position mapping for one input file. */
#include "sqlcheck/source.h"

#include "sqlcheck/arena.h"

#include <string.h>

void source_init(struct source *src, struct arena *a, const char *path,
                 const char *text, uint32_t len)
{
    memset(src, 0, sizeof(*src));
    src->path = path;
    src->text = text;
    src->len = len;
    src->arena = a;
    if (len >= 3 && (unsigned char)text[0] == 0xEF &&
        (unsigned char)text[1] == 0xBB && (unsigned char)text[2] == 0xBF)
        src->start = 3;
}

static void build_lines(struct source *src)
{
    uint32_t n = 1;
    for (uint32_t i = src->start; i < src->len; i++) {
        char c = src->text[i];
        if (c == '\n' || (c == '\r' && src->text[i + 1] != '\n'))
            n++;
    }
    src->lines = arena_alloc(src->arena, sizeof(uint32_t) * n);
    src->lines[0] = src->start;
    n = 1;
    for (uint32_t i = src->start; i < src->len; i++) {
        char c = src->text[i];
        if (c == '\n' || (c == '\r' && src->text[i + 1] != '\n'))
            src->lines[n++] = i + 1;
    }
    src->nlines = n;
}

void source_line_col(struct source *src, uint32_t offset, uint32_t *line,
                     uint32_t *col)
{
    if (!src->lines)
        build_lines(src);
    if (offset < src->start)
        offset = src->start;
    uint32_t lo = 0, hi = src->nlines;
    while (hi - lo > 1) {   /* last line start <= offset */
        uint32_t mid = lo + (hi - lo) / 2;
        if (src->lines[mid] <= offset)
            lo = mid;
        else
            hi = mid;
    }
    *line = lo + 1;
    *col = offset - src->lines[lo] + 1;
}

uint32_t source_line_start(struct source *src, uint32_t line, uint32_t *len)
{
    if (!src->lines)
        build_lines(src);
    if (line < 1)
        line = 1;
    if (line > src->nlines)
        line = src->nlines;
    uint32_t s = src->lines[line - 1];
    uint32_t e = s;
    while (e < src->len && src->text[e] != '\n' && src->text[e] != '\r')
        e++;
    *len = e - s;
    return s;
}
