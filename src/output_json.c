/* output_json.c -- one JSON document for the whole run (see the contract).
 * Each file's diagnostics are rendered when the file is done (its arena is
 * freed afterwards); the document is written at the end, sorted by file
 * name, then offset. */
#include "sqlcheck/output.h"

#include "sqlcheck/arena.h"
#include "sqlcheck/version.h"

#include <stdlib.h>
#include <string.h>

struct json_entry {
    char *path;
    char *body;                 /* the file's objects, comma-separated */
    size_t order;
};

struct json_state {
    struct json_entry *items;
    size_t count, cap;
};

void json_string(FILE *out, const char *s)
{
    fputc('"', out);
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        switch (*p) {
        case '"': fputs("\\\"", out); break;
        case '\\': fputs("\\\\", out); break;
        case '\n': fputs("\\n", out); break;
        case '\r': fputs("\\r", out); break;
        case '\t': fputs("\\t", out); break;
        default:
            if (*p < 0x20)
                fprintf(out, "\\u%04x", *p);
            else
                fputc(*p, out);
        }
    }
    fputc('"', out);
}

static void json_begin(struct output *o)
{
    struct json_state *st = calloc(1, sizeof *st);
    if (!st)
        fatal_oom();
    o->state = st;
}

static void emit_diag(FILE *f, struct source *src, const struct diag *d)
{
    uint32_t line, col, eline, ecol;
    source_line_col(src, d->span.start, &line, &col);
    source_line_col(src, d->span.end, &eline, &ecol);
    fputs("{\"file\": ", f);
    json_string(f, src->path);
    fprintf(f, ", \"line\": %u, \"column\": %u, \"end_line\": %u, "
            "\"end_column\": %u, \"offset\": %u, \"end_offset\": %u, "
            "\"severity\": \"%s\", \"code\": \"%s\", \"rule\": \"%s\", "
            "\"message\": ", line, col, eline, ecol, d->span.start,
            d->span.end, severity_name(d->severity), d->code, d->rule);
    json_string(f, d->message);
    if (d->hint) {
        fputs(", \"hint\": ", f);
        json_string(f, d->hint);
    }
    if (d->notes) {
        fputs(", \"notes\": [", f);
        for (const struct diag_note *n = d->notes; n; n = n->next) {
            source_line_col(src, n->span.start, &line, &col);
            fprintf(f, "{\"line\": %u, \"column\": %u, \"message\": ", line,
                    col);
            json_string(f, n->message);
            fputs(n->next ? "}, " : "}", f);
        }
        fputc(']', f);
    }
    fputc('}', f);
}

static void json_file(struct output *o, struct source *src,
                      const struct diag_list *dl)
{
    struct json_state *st = o->state;
    o->files++;
    if (dl->count == 0)
        return;
    char *buf = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&buf, &len);
    if (!f)
        fatal_oom();
    for (size_t i = 0; i < dl->count; i++) {
        const struct diag *d = &dl->items[i];
        if (d->severity == SEV_ERROR)
            o->errors++;
        else if (d->severity == SEV_WARNING)
            o->warnings++;
        else
            o->notes++;
        if (i)
            fputs(",\n  ", f);
        emit_diag(f, src, d);
    }
    fclose(f);
    if (st->count == st->cap) {
        size_t cap = st->cap ? st->cap * 2 : 16;
        struct json_entry *items = realloc(st->items, cap * sizeof *items);
        if (!items)
            fatal_oom();
        st->items = items;
        st->cap = cap;
    }
    char *path = strdup(src->path);
    if (!path)
        fatal_oom();
    st->items[st->count].path = path;
    st->items[st->count].body = buf;
    st->items[st->count].order = st->count;
    st->count++;
}

static int by_path(const void *a, const void *b)
{
    const struct json_entry *x = a, *y = b;
    int c = strcmp(x->path, y->path);
    if (c)
        return c;
    return x->order < y->order ? -1 : x->order > y->order;
}

static void json_end(struct output *o)
{
    struct json_state *st = o->state;
    qsort(st->items, st->count, sizeof *st->items, by_path);
    fprintf(o->out, "{\"version\": 1, \"tool\": {\"name\": \"sqlcheck\", "
            "\"version\": \"%s\"}, \"files_checked\": %zu,\n"
            " \"diagnostics\": [", SQLCHECK_VERSION, o->files);
    for (size_t i = 0; i < st->count; i++) {
        fprintf(o->out, "%s\n  %s", i ? "," : "", st->items[i].body);
        free(st->items[i].body);
        free(st->items[i].path);
    }
    fprintf(o->out, "%s]}\n", st->count ? "\n " : "");
    free(st->items);
    free(st);
    o->state = NULL;
}

const struct output_format output_json = { "json", json_begin, json_file,
                                           json_end };
