/* output_text.c -- the gcc format (one line per diagnostic, its hint on
 * the line) and the tty format (the same line without the hint, the source
 * line, an underline, notes, the hint, a summary). */
#include "sqlcheck/output.h"

#include "sqlcheck/util.h"

#include <string.h>

/* FILE:LINE:COL: severity: MESSAGE[; HINT] [CODE] */
static void gcc_line(struct output *o, struct source *src,
                     const struct diag *d, bool with_hint)
{
    uint32_t line, col;
    output_position(o->unit, src, d->span.start, &line, &col);
    output_text(o->out, src->path);
    fprintf(o->out, ":%u:%u: %s: ", line, col, severity_name(d->severity));
    output_text(o->out, d->message);
    if (with_hint && d->hint) {
        fputs("; ", o->out);
        output_text(o->out, d->hint);
    }
    fprintf(o->out, " [%s]\n", d->code);
}

static void gcc_file(struct output *o, struct source *src,
                     const struct diag_list *dl)
{
    o->files++;
    for (size_t i = 0; i < dl->count; i++) {
        output_count(o, &dl->items[i]);
        gcc_line(o, src, &dl->items[i], true);
    }
}

static void nothing(struct output *o)
{
    (void)o;
}

const struct output_format output_gcc = { "gcc", nothing, gcc_file, nothing };

/* Colours of the tty format (only when o->color). */
#define BOLD "\033[1m"
#define RESET "\033[0m"

static const char *severity_color(enum severity s)
{
    return s == SEV_ERROR ? "\033[1;31m" : s == SEV_WARNING ? "\033[1;35m"
                                                          : "\033[1;36m";
}

static void tty_line(struct output *o, struct source *src,
                     const struct diag *d)
{
    uint32_t line, col;
    output_position(o->unit, src, d->span.start, &line, &col);
    if (!o->color) {
        gcc_line(o, src, d, false);     /* the hint gets a line of its own */
        return;
    }
    fputs(BOLD, o->out);
    output_text(o->out, src->path);
    fprintf(o->out, ":%u:%u: " RESET "%s%s:" RESET BOLD " ", line, col,
            severity_color(d->severity), severity_name(d->severity));
    output_text(o->out, d->message);
    fprintf(o->out, RESET " [%s]\n", d->code);
}

/* Decode the UTF-8 sequence at t[*i] (advancing *i); invalid bytes count
 * as one character. */
static uint32_t next_char(const unsigned char *t, uint32_t len, uint32_t *i)
{
    uint32_t c = t[(*i)++];
    int more = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : c >= 0xC0 ? 1 : 0;
    if (c >= 0x80 && c < 0xC0)
        return 0xFFFD;
    c &= 0xFF >> (more + 2);
    while (more-- && *i < len && (t[*i] & 0xC0) == 0x80)
        c = (c << 6) | (t[(*i)++] & 0x3F);
    return c;
}

/* Columns a character takes in a terminal: 2 for East Asian wide and full
 * width characters, 0 for combining marks, else 1. */
static int char_width(uint32_t c)
{
    if ((c >= 0x0300 && c <= 0x036F) || (c >= 0x200B && c <= 0x200F) ||
        (c >= 0xFE20 && c <= 0xFE2F))
        return 0;
    if ((c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0x303E) ||
        (c >= 0x3041 && c <= 0x33FF) || (c >= 0x3400 && c <= 0x4DBF) ||
        (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xA000 && c <= 0xA4CF) ||
        (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) ||
        (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60) ||
        (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x1F300 && c <= 0x1F64F) ||
        (c >= 0x1F900 && c <= 0x1F9FF) || (c >= 0x20000 && c <= 0x3FFFD))
        return 2;
    return 1;
}

/* The part of a long line shown around a span: this many bytes before its
 * start, and at most SHOW_MAX bytes in all (a minified script is one line
 * of megabytes; each finding shows a window of it). */
enum { SHOW_BEFORE = 60, SHOW_MAX = 160 };

/* t[from..to) for a terminal: bytes that are not UTF-8 as '?'. */
static void show_text(FILE *out, const unsigned char *t, uint32_t from,
                      uint32_t to)
{
    uint32_t run = from;
    for (uint32_t i = from; i < to;) {
        size_t n = t[i] < 0x80 ? 1 : utf8_char_len(t + i, to - i);
        if (n) {
            i += (uint32_t)n;
            continue;
        }
        fwrite(t + run, 1, i - run, out);
        fputc('?', out);
        run = ++i;
    }
    fwrite(t + run, 1, to - run, out);
}

/* The source line of the span's start (or a window of it, between "..."),
 * then a ^~~~ underline of the span's part on that line. Tabs are repeated
 * in the padding and wide characters get two columns, so the caret lines
 * up in a terminal. */
static void show_source(struct output *o, struct source *src, struct span sp)
{
    uint32_t line, col, len;
    source_line_col(src, sp.start, &line, &col);
    uint32_t start = source_line_start(src, line, &len);
    const unsigned char *text = (const unsigned char *)src->text + start;
    uint32_t from = sp.start - start;
    uint32_t to = sp.end > sp.start ? sp.end - start : from + 1;
    if (to > len)
        to = len > from ? len : from + 1;
    /* the window [ws, we) of the line */
    uint32_t ws = 0, we = len;
    if (len > SHOW_MAX) {
        ws = from > SHOW_BEFORE ? from - SHOW_BEFORE : 0;
        while (ws > 0 && (text[ws] & 0xC0) == 0x80)
            ws--;
        we = ws + (uint32_t)utf8_cut((const char *)text + ws, len - ws,
                                     SHOW_MAX);
        if (to > we)
            to = we > from ? we : from + 1;
    }
    fprintf(o->out, "%5u | %s", line, ws ? "..." : "");
    show_text(o->out, text, ws, we);
    fprintf(o->out, "%s\n      | %s", we < len ? "..." : "", ws ? "   " : "");
    uint32_t i = ws;
    while (i < from && i < we) {
        if (text[i] == '\t') {
            fputc('\t', o->out);
            i++;
            continue;
        }
        for (int w = char_width(next_char(text, we, &i)); w > 0; w--)
            fputc(' ', o->out);
    }
    if (o->color)
        fputs("\033[1;32m", o->out);
    int marks = 0;
    while (i < to && i < we) {
        int w;
        if (text[i] == '\t') {
            w = 1;
            i++;
        } else {
            w = char_width(next_char(text, we, &i));
        }
        for (; w > 0; w--)
            fputc(marks++ ? '~' : '^', o->out);
    }
    if (!marks)
        fputc('^', o->out);
    if (o->color)
        fputs(RESET, o->out);
    fputc('\n', o->out);
}

static void tty_file(struct output *o, struct source *src,
                     const struct diag_list *dl)
{
    o->files++;
    for (size_t i = 0; i < dl->count; i++) {
        const struct diag *d = &dl->items[i];
        output_count(o, d);
        tty_line(o, src, d);
        show_source(o, src, d->span);
        for (const struct diag_note *n = d->notes; n; n = n->next) {
            uint32_t line, col;
            output_position(o->unit, src, n->span.start, &line, &col);
            output_text(o->out, src->path);
            fprintf(o->out, ":%u:%u: note: ", line, col);
            output_text(o->out, n->message);
            fputc('\n', o->out);
        }
        if (d->hint) {
            fputs("      = help: ", o->out);
            output_text(o->out, d->hint);
            fputc('\n', o->out);
        }
    }
}

static void plural(FILE *out, size_t n, const char *word)
{
    fprintf(out, "%zu %s%s", n, word, n == 1 ? "" : "s");
}

static void tty_end(struct output *o)
{
    if (o->stopped)
        return;
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
    if (o->fixable)
        fprintf(o->out, " (%zu fixable with --fix)", o->fixable);
    fputc('\n', o->out);
}

const struct output_format output_tty = { "tty", nothing, tty_file, tty_end };
