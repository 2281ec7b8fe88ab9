/* diag.c -- the diagnostics list (see diag.h). */
#include "sqlcheck/diag.h"

#include "sqlcheck/arena.h"
#include "sqlcheck/util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

char *arena_vprintf(struct arena *a, const char *fmt, va_list ap)
{
    va_list ap2;
    va_copy(ap2, ap);
    int n = vsnprintf(NULL, 0, fmt, ap2);
    va_end(ap2);
    if (n < 0)
        n = 0;
    char *p = arena_alloc(a, (size_t)n + 1);
    vsnprintf(p, (size_t)n + 1, fmt, ap);
    return p;
}

char *arena_printf(struct arena *a, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char *p = arena_vprintf(a, fmt, ap);
    va_end(ap);
    return p;
}

void diag_list_init(struct diag_list *dl, struct arena *a, struct source *src)
{
    memset(dl, 0, sizeof(*dl));
    dl->arena = a;
    dl->src = src;
}

void diag_list_free(struct diag_list *dl)
{
    free(dl->items);    /* the only malloc'd part: see diag.h */
    dl->items = NULL;
    dl->count = dl->cap = 0;
}

struct diag *diag_push(struct diag_list *dl, const struct diag *from)
{
    dl->items = grow_array(dl->items, dl->count, &dl->cap, sizeof *dl->items,
                           16);
    struct diag *d = &dl->items[dl->count++];
    *d = *from;
    d->seq = dl->count - 1;
    return d;
}

struct diag *diag_vadd(struct diag_list *dl, const char *code,
                       const char *rule, enum severity sev, struct span span,
                       const char *fmt, va_list ap)
{
    struct diag blank = { 0 };
    struct diag *d = diag_push(dl, &blank);
    d->code = code;
    d->rule = rule;
    d->severity = sev;
    d->span = span;
    d->message = arena_vprintf(dl->arena, fmt, ap);
    return d;
}

void diag_set_fix(struct diag_list *dl, struct diag *d, bool safe,
                  struct span at, const char *text, const char *fmt, ...)
{
    if (!d)
        return;
    struct fix *f = ARENA_NEW(dl->arena, struct fix);
    memset(f, 0, sizeof *f);
    va_list ap;
    va_start(ap, fmt);
    f->description = arena_vprintf(dl->arena, fmt, ap);
    va_end(ap);
    f->safe = safe;
    d->fix = f;
    diag_fix_edit(dl, d, at, text);
}

void diag_fix_edit(struct diag_list *dl, struct diag *d, struct span at,
                   const char *text)
{
    if (!d || !d->fix)
        return;
    struct fix *f = (struct fix *)d->fix;
    struct fix_edit *e = arena_alloc(dl->arena,
                                     (f->nedits + 1) * sizeof *e);
    if (f->nedits)
        memcpy(e, f->edits, f->nedits * sizeof *e);
    e[f->nedits].span = at;
    e[f->nedits].text = arena_strndup(dl->arena, text, strlen(text));
    f->edits = e;
    f->nedits++;
}

struct diag *diag_add(struct diag_list *dl, const char *code, const char *rule,
                      enum severity sev, struct span span, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    struct diag *d = diag_vadd(dl, code, rule, sev, span, fmt, ap);
    va_end(ap);
    return d;
}

void diag_set_hint(struct diag_list *dl, struct diag *d, const char *fmt, ...)
{
    if (!d)                     /* a finding that was not kept */
        return;
    va_list ap;
    va_start(ap, fmt);
    d->hint = arena_vprintf(dl->arena, fmt, ap);
    va_end(ap);
}

void diag_add_note(struct diag_list *dl, struct diag *d, struct span span,
                   const char *fmt, ...)
{
    if (!d)
        return;
    struct diag_note *n = ARENA_NEW(dl->arena, struct diag_note);
    n->span = span;
    va_list ap;
    va_start(ap, fmt);
    n->message = arena_vprintf(dl->arena, fmt, ap);
    va_end(ap);
    struct diag_note **tail = &d->notes;
    while (*tail)
        tail = &(*tail)->next;
    *tail = n;
}

static int diag_cmp(const void *pa, const void *pb)
{
    const struct diag *a = pa, *b = pb;
    if (a->span.start != b->span.start)
        return a->span.start < b->span.start ? -1 : 1;
    int c = strcmp(a->code, b->code);
    if (c)
        return c;
    return a->seq < b->seq ? -1 : (a->seq > b->seq);
}

void diag_sort(struct diag_list *dl)
{
    if (dl->count > 1)
        qsort(dl->items, dl->count, sizeof(*dl->items), diag_cmp);
}

const char *severity_name(enum severity sev)
{
    switch (sev) {
    case SEV_NOTE:
        return "note";
    case SEV_WARNING:
        return "warning";
    case SEV_ERROR:
        return "error";
    }
    return "error";
}
