/* output.h -- formatters: they print diagnostics and never analyse. */
#ifndef SQLCHECK_OUTPUT_H
#define SQLCHECK_OUTPUT_H

#include "sqlcheck/diag.h"
#include "sqlcheck/source.h"

#include <stdbool.h>
#include <stdio.h>

struct output {
    FILE *out;
    const struct output_format *fmt;
    bool color;
    size_t files, errors, warnings, notes;
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

extern const struct output_format output_gcc, output_tty, output_json;

/* The format called name, or NULL. */
const struct output_format *output_find(const char *name);
/* "gcc, tty, json" for messages; NULL-terminated names for suggestions. */
extern const char *const output_names[];

/* Write s as a JSON string literal (with quotes). */
void json_string(FILE *out, const char *s);

#endif
