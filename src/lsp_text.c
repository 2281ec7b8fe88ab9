/* lsp_text.c -- positions of the Language Server Protocol and the text of
 * an open document (see lsp_text.h). */
#include "sqlcheck/lsp_text.h"
#include "sqlcheck/arena.h"

#include <stdlib.h>
#include <string.h>

void lsp_lines_build(struct lsp_lines *l, const char *text, size_t len)
{
    size_t cap = 64, n = 0;
    uint32_t *start = malloc(cap * sizeof *start);
    if (!start)
        fatal_oom();
    start[n++] = 0;
    for (size_t i = 0; i < len; i++) {
        if (text[i] != '\n' && text[i] != '\r')
            continue;
        if (text[i] == '\r' && i + 1 < len && text[i + 1] == '\n')
            i++;                        /* "\r\n" is one line end */
        if (n == cap) {
            cap *= 2;
            uint32_t *ns = realloc(start, cap * sizeof *ns);
            if (!ns)
                fatal_oom();
            start = ns;
        }
        start[n++] = (uint32_t)(i + 1);
    }
    l->start = start;
    l->count = n;
}

void lsp_lines_free(struct lsp_lines *l)
{
    free(l->start);
    l->start = NULL;
    l->count = 0;
}

/* Bytes of the UTF-8 sequence led by b (1 for a stray byte). */
static size_t seq_len(unsigned char b)
{
    return b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
}

/* Units of a character led by b: a character beyond the Basic
 * Multilingual Plane is a surrogate pair in UTF-16. */
static uint32_t units(unsigned char b, size_t n, enum lsp_encoding enc)
{
    if (enc == LSP_UTF8)
        return (uint32_t)n;
    return b >= 0xF0 ? 2 : 1;
}

/* The end of line's text, before its line end. */
static size_t line_end(const struct lsp_lines *l, const char *text,
                       size_t len, size_t line)
{
    size_t ls = l->start[line];
    size_t le = line + 1 < l->count ? l->start[line + 1] : len;
    if (le > ls && text[le - 1] == '\n')
        le--;
    if (le > ls && text[le - 1] == '\r')
        le--;
    return le;
}

struct lsp_pos lsp_position(const struct lsp_lines *l, const char *text,
                            size_t len, size_t off, enum lsp_encoding enc)
{
    if (off > len)
        off = len;
    /* the last line starting at or before off */
    size_t lo = 0, hi = l->count;
    while (hi - lo > 1) {
        size_t mid = lo + (hi - lo) / 2;
        if (l->start[mid] <= off)
            lo = mid;
        else
            hi = mid;
    }
    struct lsp_pos p = { (uint32_t)lo, 0 };
    size_t le = line_end(l, text, len, lo);
    if (off > le)
        off = le;               /* inside a "\r\n": the line's end */
    for (size_t i = l->start[lo]; i < off;) {
        size_t n = seq_len((unsigned char)text[i]);
        if (i + n > off)
            n = off - i;        /* cut short: count what is there */
        p.character += units((unsigned char)text[i], n, enc);
        i += n;
    }
    return p;
}

size_t lsp_offset(const struct lsp_lines *l, const char *text, size_t len,
                  struct lsp_pos p, enum lsp_encoding enc)
{
    if (p.line >= l->count)
        return len;
    size_t i = l->start[p.line];
    size_t le = line_end(l, text, len, p.line);
    uint32_t u = 0;
    while (i < le && u < p.character) {
        size_t n = seq_len((unsigned char)text[i]);
        if (i + n > le)
            n = le - i;
        u += units((unsigned char)text[i], n, enc);
        i += n;
    }
    return i;
}

static void reserve(struct lsp_text *t, size_t need)
{
    if (need + 1 <= t->cap)
        return;
    size_t cap = t->cap ? t->cap : 256;
    while (cap < need + 1)
        cap *= 2;
    char *nt = realloc(t->text, cap);
    if (!nt)
        fatal_oom();
    t->text = nt;
    t->cap = cap;
}

void lsp_text_set(struct lsp_text *t, const char *s, size_t n)
{
    reserve(t, n);
    memcpy(t->text, s, n);
    t->len = n;
    t->text[n] = '\0';
}

void lsp_text_replace(struct lsp_text *t, size_t from, size_t to,
                      const char *repl, size_t n)
{
    if (to > t->len)
        to = t->len;
    if (from > to)
        from = to;
    size_t len = t->len - (to - from) + n;
    reserve(t, len);
    memmove(t->text + from + n, t->text + to, t->len - to);
    memcpy(t->text + from, repl, n);
    t->len = len;
    t->text[len] = '\0';
}

void lsp_text_free(struct lsp_text *t)
{
    free(t->text);
    memset(t, 0, sizeof *t);
}

size_t lsp_utf8_seq(const unsigned char *p, size_t n)
{
    if (n == 0)
        return 0;
    if (p[0] < 0x80)
        return 1;
    size_t len = p[0] >= 0xC2 && p[0] <= 0xDF ? 2
                 : p[0] >= 0xE0 && p[0] <= 0xEF ? 3
                 : p[0] >= 0xF0 && p[0] <= 0xF4 ? 4 : 0;
    if (len == 0 || len > n)
        return 0;
    for (size_t i = 1; i < len; i++)
        if ((p[i] & 0xC0) != 0x80)
            return 0;
    /* overlong forms, surrogates, beyond U+10FFFF */
    if ((p[0] == 0xE0 && p[1] < 0xA0) || (p[0] == 0xED && p[1] > 0x9F) ||
        (p[0] == 0xF0 && p[1] < 0x90) || (p[0] == 0xF4 && p[1] > 0x8F))
        return 0;
    return len;
}

char *lsp_utf8_clean(const char *s)
{
    const unsigned char *u = (const unsigned char *)s;
    size_t n = strlen(s), k = 0;
    char *clean = malloc(3 * n + 1);
    if (!clean)
        fatal_oom();
    for (size_t i = 0; i < n;) {
        size_t len = lsp_utf8_seq(u + i, n - i);
        if (len) {
            memcpy(clean + k, u + i, len);
            k += len;
            i += len;
        } else {
            memcpy(clean + k, "\xEF\xBF\xBD", 3);     /* U+FFFD */
            k += 3;
            i++;
        }
    }
    clean[k] = '\0';
    return clean;
}
