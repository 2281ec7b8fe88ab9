/* source.c -- position mapping for one input file.
 *
 * A line table of a file of many short lines costs more than the file
 * (4 bytes a line). Instead, the file is cut into blocks of 4 KiB and
 * each block records the line its first byte is on and where that line
 * starts; a position is found by reading at most one block. */
#include "sqlcheck/source.h"

#include "sqlcheck/arena.h"

#include <stdbool.h>
#include <string.h>

enum { BLOCK = 4096 };

struct source_block {
    uint32_t line;              /* 0-based line of the block's first byte */
    uint32_t line_start;        /* offset where that line starts */
};

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

/* Does a line end at i? LF, CRLF (at its LF) and a lone CR each end one;
 * text[len] is NUL, so i + 1 may be read. */
static inline bool line_ends(const struct source *src, uint32_t i)
{
    char c = src->text[i];
    return c == '\n' || (c == '\r' && src->text[i + 1] != '\n');
}

static void build_blocks(struct source *src)
{
    uint32_t n = src->len / BLOCK + 1;
    src->blocks = arena_alloc(src->arena, sizeof *src->blocks * n);
    uint32_t line = 0, line_start = src->start;
    for (uint32_t b = 0; b < n; b++) {
        src->blocks[b].line = line;
        src->blocks[b].line_start = line_start;
        uint32_t from = b * BLOCK, to = from + BLOCK;
        if (from < src->start)
            from = src->start;
        if (to > src->len)
            to = src->len;
        for (uint32_t i = from; i < to; i++)
            if (line_ends(src, i)) {
                line++;
                line_start = i + 1;
            }
    }
    src->nblocks = n;
}

void source_line_col(struct source *src, uint32_t offset, uint32_t *line,
                     uint32_t *col)
{
    if (!src->blocks)
        build_blocks(src);
    if (offset < src->start)
        offset = src->start;
    if (offset > src->len)
        offset = src->len;
    const struct source_block *b = &src->blocks[offset / BLOCK];
    uint32_t n = b->line, start = b->line_start;
    uint32_t i = offset / BLOCK * BLOCK;
    if (i < src->start)
        i = src->start;
    for (; i < offset; i++)
        if (line_ends(src, i)) {
            n++;
            start = i + 1;
        }
    *line = n + 1;
    *col = offset - start + 1;
}

uint32_t source_line_start(struct source *src, uint32_t line, uint32_t *len)
{
    if (!src->blocks)
        build_blocks(src);
    uint32_t want = line > 1 ? line - 1 : 0;
    /* the last block that begins on a line before or at the one wanted */
    uint32_t lo = 0, hi = src->nblocks;
    while (hi - lo > 1) {
        uint32_t mid = lo + (hi - lo) / 2;
        if (src->blocks[mid].line <= want)
            lo = mid;
        else
            hi = mid;
    }
    uint32_t n = src->blocks[lo].line, s = src->blocks[lo].line_start;
    uint32_t i = lo * BLOCK;
    if (i < src->start)
        i = src->start;
    for (; n < want && i < src->len; i++)
        if (line_ends(src, i)) {
            n++;
            s = i + 1;
        }
    uint32_t e = s;
    while (e < src->len && src->text[e] != '\n' && src->text[e] != '\r')
        e++;
    *len = e - s;
    return s;
}
