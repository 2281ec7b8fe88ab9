/* output.h -- formatters: they print diagnostics and never analyse. */
#ifndef SQLCHECK_OUTPUT_H
#define SQLCHECK_OUTPUT_H

#include "sqlcheck/diag.h"
#include "sqlcheck/source.h"

#include <stdbool.h>
#include <stdio.h>

/* How columns are counted (--column-unit): bytes (the default: clang,
 * vim), Unicode characters, or UTF-16 code units (VS Code, JetBrains, LSP). */
enum column_unit { COLUMN_BYTE, COLUMN_CHAR, COLUMN_UTF16 };

struct output {
    FILE *out;
    enum column_unit unit;
    const struct output_format *fmt;
    bool color;
    bool stopped;               /* the run stopped early: no summary */
    size_t files, errors, warnings, notes;
    size_t fixable;             /* findings with a safe fix (--fix) */
    void *state;                /* formatter-private (json buffers) */
};

struct output_format {
    const char *name;
    void (*begin)(struct output *o);
    /* One checked file: its diagnostics, sorted by offset. */
    void (*file)(struct output *o, struct source *src,
                 const struct diag_list *dl);
    void (*end)(struct output *o);
};

extern const struct output_format output_gcc, output_tty, output_json,
    output_sarif, output_github;

/* The format called name, or NULL. */
const struct output_format *output_find(const char *name);
/* "gcc, tty, json" for messages; NULL-terminated names for suggestions. */
extern const char *const output_names[];

/* Write s as a JSON string literal (with quotes); bytes that are not
 * UTF-8 become U+FFFD. */
void json_print_string(FILE *out, const char *s);

/* Write s for a reader: bytes that are not UTF-8 become \xNN. */
void output_text(FILE *out, const char *s);

/* Count d into o's totals. */
void output_count(struct output *o, const struct diag *d);

/* Whole-document formats (json, sarif) render each file's part when the
 * file is done and print the parts sorted by path at the end. */
struct output_parts;
FILE *output_part_begin(struct output *o, const char *path);
void output_part_end(struct output *o);
/* Call emit for every part, sorted by path; frees the parts. */
void output_parts_flush(struct output *o,
                        void (*emit)(FILE *out, const char *body, size_t i));

/* 1-based line and column of offset, the column counted in unit. Bytes
 * that are not valid UTF-8 count as one character each. */
void output_position(enum column_unit unit, struct source *src,
                     uint32_t offset, uint32_t *line, uint32_t *col);

#endif
