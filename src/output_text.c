/* output_text.c -- the gcc format (one line per diagnostic) and the tty
 * format (gcc line, source line, underline, hints, summary). */
#include "sqlcheck/output.h"

#include <string.h>

static void count(struct output *o, const struct diag *d)
{
    if (d->severity == SEV_ERROR)
        o->errors++;
    else if (d->severity == SEV_WARNING)
        o->warnings++;
    else
        o->notes++;
}

static void gcc_line(struct output *o, struct source *src,
                     const struct diag *d)
{
    uint32_t line, col;
    source_line_col(src, d->span.start, &line, &col);
    fprintf(o->out, "%s:%u:%u: %s: %s [%s]\n", src->path, line, col,
            severity_name(d->severity), d->message, d->code);
}

static void gcc_file(struct output *o, struct source *src,
                     const struct diag_list *dl)
{
    o->files++;
    for (size_t i = 0; i < dl->count; i++) {
        count(o, &dl->items[i]);
        gcc_line(o, src, &dl->items[i]);
    }
}

static void nothing(struct output *o)
{
    (void)o;
}

const struct output_format output_gcc = { "gcc", nothing, gcc_file, nothing };

/* The source line of offset, then a ^~~~ underline of the span's part on
 * that line. Tabs are kept in the padding so the caret lines up. */
static void show_source(struct output *o, struct source *src, struct span sp)
{
    uint32_t line, col, len;
    source_line_col(src, sp.start, &line, &col);
    uint32_t start = source_line_start(src, line, &len);
    const char *text = src->text + start;
    fprintf(o->out, "%5u | %.*s\n      | ", line, (int)len, text);
    uint32_t from = sp.start - start;
    uint32_t to = sp.end > sp.start ? sp.end - start : from + 1;
    if (to > len)
        to = len > from ? len : from + 1;
    for (uint32_t i = 0; i < from; i++) {
        unsigned char c = (unsigned char)text[i];
        if (c == '\t')
            fputc('\t', o->out);
        else if ((c & 0xC0) != 0x80)
            fputc(' ', o->out);
    }
    fputc('^', o->out);
    for (uint32_t i = from + 1; i < to; i++)
        if (((unsigned char)text[i] & 0xC0) != 0x80)
            fputc('~', o->out);
    fputc('\n', o->out);
}

static void tty_file(struct output *o, struct source *src,
                     const struct diag_list *dl)
{
    o->files++;
    for (size_t i = 0; i < dl->count; i++) {
        const struct diag *d = &dl->items[i];
        count(o, d);
        gcc_line(o, src, d);
        show_source(o, src, d->span);
        for (const struct diag_note *n = d->notes; n; n = n->next) {
            uint32_t line, col;
            source_line_col(src, n->span.start, &line, &col);
            fprintf(o->out, "%s:%u:%u: note: %s\n", src->path, line, col,
                    n->message);
        }
        if (d->hint)
            fprintf(o->out, "      = help: %s\n", d->hint);
    }
}

static void plural(FILE *out, size_t n, const char *word)
{
    fprintf(out, "%zu %s%s", n, word, n == 1 ? "" : "s");
}

static void tty_end(struct output *o)
{
    if (o->errors + o->warnings + o->notes == 0) {
        fprintf(o->out, "no problems found in ");
        plural(o->out, o->files, "file");
        fputc('\n', o->out);
        return;
    }
    plural(o->out, o->errors, "error");
    fprintf(o->out, ", ");
    plural(o->out, o->warnings, "warning");
    if (o->notes) {
        fprintf(o->out, ", ");
        plural(o->out, o->notes, "note");
    }
    fprintf(o->out, " in ");
    plural(o->out, o->files, "file");
    fputc('\n', o->out);
}

const struct output_format output_tty = { "tty", nothing, tty_file, tty_end };
