/* source.h -- one input file in memory, and offset -> line/column mapping.
 *
 * The text is NUL-terminated (text[len] == '\0'); embedded NULs are kept.
 * Offsets are byte offsets from the start of the file. A UTF-8 byte order
 * mark is skipped: `start` is 3 then, and columns of line 1 count from it.
 * CRLF, LF and lone CR each end one line.
 */
#ifndef SQLCHECK_SOURCE_H
#define SQLCHECK_SOURCE_H

#include <stddef.h>
#include <stdint.h>

struct arena;
struct source_block;

struct span {
    uint32_t start, end;        /* byte offsets, end exclusive */
};

struct source {
    const char *path;           /* as given by the user, for messages */
    const char *text;           /* file content, NUL-terminated */
    uint32_t len;               /* bytes in text, without the NUL */
    uint32_t start;             /* first byte after a BOM, else 0 */
    struct source_block *blocks;    /* built lazily: see source.c */
    uint32_t nblocks;
    struct arena *arena;        /* owns text and blocks */
};

/* Wrap text already in memory (must be NUL-terminated at text[len]). */
void source_init(struct source *src, struct arena *a, const char *path,
                 const char *text, uint32_t len);

/* 1-based line and byte column of offset. */
void source_line_col(struct source *src, uint32_t offset, uint32_t *line,
                     uint32_t *col);

/* Start offset of 1-based line, and the length of that line without its
 * line end. */
uint32_t source_line_start(struct source *src, uint32_t line, uint32_t *len);

#endif
