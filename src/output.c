/* output.c -- the formatter registry and what formatters share. */
#include "sqlcheck/output.h"

#include "sqlcheck/arena.h"
#include "sqlcheck/util.h"

#include <stdlib.h>
#include <string.h>

static const struct output_format *const formats[] = {
    &output_tty, &output_gcc, &output_json, &output_sarif, &output_github,
};

const char *const output_names[] = { "tty", "gcc", "json", "sarif", "github",
                                     NULL };

const struct output_format *output_find(const char *name)
{
    for (size_t i = 0; i < sizeof formats / sizeof *formats; i++)
        if (strcmp(formats[i]->name, name) == 0)
            return formats[i];
    return NULL;
}

void output_text(FILE *out, const char *s)
{
    const unsigned char *p = (const unsigned char *)s, *run = p;
    for (; *p; p++) {
        if (*p < 0x80)
            continue;
        size_t n = utf8_char_len(p, 4); /* a NUL ends it early */
        if (n) {
            p += n - 1;
            continue;
        }
        fwrite(run, 1, (size_t)(p - run), out);
        fprintf(out, "\\x%02X", *p);
        run = p + 1;
    }
    fputs((const char *)run, out);
}

void output_count(struct output *o, const struct diag *d)
{
    if (d->severity == SEV_ERROR)
        o->errors++;
    else if (d->severity == SEV_WARNING)
        o->warnings++;
    else
        o->notes++;
    if (d->fix && d->fix->safe)
        o->fixable++;
}

void json_print_string(FILE *out, const char *s)
{
    fputc('"', out);
    const char *run = s;
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        if (*p >= 0x80) {
            size_t n = utf8_char_len(p, 4); /* a NUL ends it early */
            if (n) {
                p += n - 1;
                continue;
            }
            /* not UTF-8: U+FFFD, so the document stays valid JSON */
            fwrite(run, 1, (size_t)((const char *)p - run), out);
            fputs("\\ufffd", out);
            run = (const char *)p + 1;
            continue;
        }
        if (*p >= 0x20 && *p != '"' && *p != '\\' && *p != 0x7f)
            continue;
        fwrite(run, 1, (size_t)((const char *)p - run), out);
        run = (const char *)p + 1;
        switch (*p) {
        case '"': fputs("\\\"", out); break;
        case '\\': fputs("\\\\", out); break;
        case '\n': fputs("\\n", out); break;
        case '\r': fputs("\\r", out); break;
        case '\t': fputs("\\t", out); break;
        default: fprintf(out, "\\u%04x", *p);
        }
    }
    fputs(run, out);
    fputc('"', out);
}

/*---- buffered parts ------------------------------------------------------*/

struct part {
    char *buf;                  /* "path\0body": one allocation */
    size_t len, order, header;  /* header: bytes of "path\0" */
};

struct output_parts {
    struct part *items;
    size_t count, cap;
    FILE *open;
};

FILE *output_part_begin(struct output *o, const char *path)
{
    struct output_parts *p = o->state;
    if (!p) {
        p = calloc(1, sizeof *p);
        if (!p)
            fatal_oom();
        o->state = p;
    }
    if (p->count == p->cap) {
        size_t cap = p->cap ? p->cap * 2 : 16;
        struct part *items = realloc(p->items, cap * sizeof *items);
        if (!items)
            fatal_oom();
        p->items = items;
        p->cap = cap;
    }
    struct part *it = &p->items[p->count];
    memset(it, 0, sizeof *it);
    it->order = p->count;
    p->open = open_memstream(&it->buf, &it->len);
    if (!p->open)
        fatal_oom();
    fputs(path, p->open);
    fputc('\0', p->open);
    it->header = strlen(path) + 1;
    return p->open;
}

void output_part_end(struct output *o)
{
    struct output_parts *p = o->state;
    fclose(p->open);
    p->open = NULL;
    struct part *it = &p->items[p->count];
    if (it->len == it->header) {        /* nothing after the path */
        free(it->buf);
        return;
    }
    p->count++;
}

static int by_path(const void *a, const void *b)
{
    const struct part *x = a, *y = b;
    int c = strcmp(x->buf, y->buf);
    if (c)
        return c;
    return x->order < y->order ? -1 : x->order > y->order;
}

void output_parts_flush(struct output *o,
                        void (*emit)(FILE *out, const char *body, size_t i))
{
    struct output_parts *p = o->state;
    if (!p)
        return;
    qsort(p->items, p->count, sizeof *p->items, by_path);
    for (size_t i = 0; i < p->count; i++) {
        emit(o->out, p->items[i].buf + p->items[i].header, i);
        free(p->items[i].buf);
    }
    free(p->items);
    free(p);
    o->state = NULL;
}

void output_position(enum column_unit unit, struct source *src,
                     uint32_t offset, uint32_t *line, uint32_t *col)
{
    source_line_col(src, offset, line, col);
    if (unit == COLUMN_BYTE)
        return;
    uint32_t len;
    uint32_t start = source_line_start(src, *line, &len);
    if (*line == 1 && start < src->start)
        start = src->start;             /* a BOM is not part of line 1 */
    const unsigned char *t = (const unsigned char *)src->text;
    uint32_t n = 1;
    for (uint32_t i = start; i < offset && i < src->len;) {
        unsigned char c = t[i];
        uint32_t size = c < 0xC0 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
        uint32_t k = 1;             /* a sequence cut short or broken ends */
        while (k < size && i + k < offset && (t[i + k] & 0xC0) == 0x80)
            k++;
        n += unit == COLUMN_UTF16 && k == 4 ? 2 : 1;
        i += k;
    }
    *col = n;
}
