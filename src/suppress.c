/* suppress.c -- find "sqlcheck:" comment directives (see suppress.h). The
 * scan skips string literals and quoted names, so only real comments
 * count. */
#define _GNU_SOURCE     /* memmem */
#include "sqlcheck/suppress.h"

#include "sqlcheck/arena.h"
#include "sqlcheck/stmt.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

static bool word_char(char c)
{
    return isalnum((unsigned char)c) || c == '_' || c == '-';
}

/* The range of the statement after offset (a statement set counts as one
 * statement from BEGIN to END). */
struct cursor {
    const struct stmt_list *stmts;
    const struct stmt *at;
};

static struct span next_statement(struct cursor *cur, uint32_t offset)
{
    struct span none = { 0, 0 };
    /* Directives come in text order: resume where the last search ended,
     * so a file full of directives is still read once. */
    const struct stmt_list *l = cur->stmts;
    for (const struct stmt *s = cur->at; s; s = cur->at = stmt_next(l, s)) {
        if (s->start < offset)
            continue;
        struct span sp = { s->start, s->end };
        if (s->kind == N_STMT_BEGIN_SET)
            for (const struct stmt *e = stmt_next(l, s); e;
                 e = stmt_next(l, e))
                if (e->kind == N_STMT_END) {
                    sp.end = e->end;
                    break;
                }
        return sp;
    }
    return none;
}

/* Parse "disable=..." or "disable-file=..." at p (comment text up to end);
 * returns false when p holds no directive. */
static void parse_directive(struct suppressions *sup, struct arena *a,
                            struct source *src, struct cursor *cursor,
                            struct diag_list *diags, uint32_t at,
                            uint32_t end, bool own_line)
{
    const char *t = src->text;
    uint32_t p = at;
    while (p < end && (t[p] == ' ' || t[p] == '\t'))
        p++;
    if (end - p < 9 || strncmp(t + p, "sqlcheck:", 9) != 0)
        return;
    p += 9;
    while (p < end && (t[p] == ' ' || t[p] == '\t'))
        p++;
    bool file;
    if (end - p >= 13 && strncmp(t + p, "disable-file=", 13) == 0) {
        file = true;
        p += 13;
    } else if (end - p >= 8 && strncmp(t + p, "disable=", 8) == 0) {
        file = false;
        p += 8;
    } else {
        uint32_t w = p;
        while (w < end && word_char(t[w]))
            w++;
        struct span sp = { p, w > p ? w : end };
        struct diag *d = rule_diag(diags, RULE_INVALID_DIRECTIVE, sp,
                                   "unknown sqlcheck directive");
        diag_set_hint(diags, d, "write 'sqlcheck: disable=RULES' or "
                      "'sqlcheck: disable-file=RULES'");
        return;
    }
    struct directive *dir = ARENA_NEW(a, struct directive);
    for (;;) {
        uint32_t w = p;
        while (w < end && word_char(t[w]))
            w++;
        if (w == p)
            break;
        char *name = arena_strndup(a, t + p, w - p);
        size_t idx;
        if (strcmp(name, "all") == 0) {
            for (size_t i = 0; i < MAX_RULES; i++)
                dir->rules[i] = true;
        } else if (rule_find(name, &idx)) {
            dir->rules[idx] = true;
        } else {
            struct span sp = { p, w };
            struct diag *d = rule_diag(diags, RULE_INVALID_DIRECTIVE, sp,
                                       "unknown rule `%s` in a sqlcheck "
                                       "directive", name);
            const char *near = rule_suggest(name);
            if (near)
                diag_set_hint(diags, d, "did you mean `%s`?", near);
        }
        p = w;
        if (p < end && t[p] == ',')
            p++;
        else
            break;
    }
    if (file) {
        for (size_t i = 0; i < MAX_RULES; i++)
            if (dir->rules[i])
                sup->file_off[i] = true;
        return;
    }
    if (own_line) {
        dir->applies = next_statement(cursor, end);
    } else if (at >= sup->line.start && at < sup->line.end) {
        dir->applies = sup->line;       /* a second one on the same line */
    } else {
        uint32_t b = at, e = at;        /* the line around the comment */
        while (b > src->start && t[b - 1] != '\n' && t[b - 1] != '\r')
            b--;
        while (e < src->len && t[e] != '\n' && t[e] != '\r')
            e++;
        dir->applies.start = b;
        dir->applies.end = e;
        sup->line = dir->applies;
    }
    dir->next = sup->list;
    sup->list = dir;
    sup->count++;
}

/* Is offset the first non-blank of its line? */
static bool starts_line(const char *t, uint32_t from, uint32_t at)
{
    while (at > from && (t[at - 1] == ' ' || t[at - 1] == '\t'))
        at--;
    return at == from || t[at - 1] == '\n' || t[at - 1] == '\r';
}

static void index_directives(struct suppressions *sup, struct arena *a);

void suppressions_scan(struct suppressions *sup, struct arena *a,
                       struct source *src, const struct stmt_list *stmts,
                       struct diag_list *diags)
{
    memset(sup, 0, sizeof *sup);
    const char *t = src->text;
    uint32_t n = src->len, i = src->start;
    /* Most files hold no directive at all: one fast search says so. */
    if (!memmem(t + i, n - i, "sqlcheck:", 9))
        return;
    struct cursor cur = { stmts, stmt_first(stmts) };
    while (i < n) {
        char c = t[i];
        if (c == '\'' || c == '`' || c == '"') {
            for (i++; i < n && t[i] != c; i++)
                ;
            i++;
        } else if ((c == '-' && i + 1 < n && t[i + 1] == '-') ||
                   (c == '/' && i + 1 < n && t[i + 1] == '/')) {
            uint32_t e = i + 2;
            while (e < n && t[e] != '\n' && t[e] != '\r')
                e++;
            /* a reason may follow after another "--" */
            uint32_t stop = i + 2;
            while (stop + 1 < e && !(t[stop] == '-' && t[stop + 1] == '-'))
                stop++;
            if (stop + 1 >= e)
                stop = e;
            parse_directive(sup, a, src, &cur, diags, i + 2, stop,
                            starts_line(t, src->start, i));
            i = e;
        } else if (c == '/' && i + 1 < n && t[i + 1] == '*') {
            uint32_t e = i + 2;
            while (e + 1 < n && !(t[e] == '*' && t[e + 1] == '/'))
                e++;
            if (t[i + 2] != '+')
                parse_directive(sup, a, src, &cur, diags, i + 2,
                                e < n ? e : n, starts_line(t, src->start, i));
            i = e + 2;
        } else {
            i++;
        }
    }
    index_directives(sup, a);
}

static int by_start(const void *pa, const void *pb)
{
    const struct directive *a = *(const struct directive *const *)pa;
    const struct directive *b = *(const struct directive *const *)pb;
    return (a->applies.start > b->applies.start) -
           (a->applies.start < b->applies.start);
}

/* The directives by where their range starts, and for each the furthest
 * end of a range up to it: a finding is looked up in O(log n) plus the
 * ranges that reach it, not by a walk of every directive. */
static void index_directives(struct suppressions *sup, struct arena *a)
{
    if (!sup->count)
        return;
    sup->sorted = arena_alloc(a, sup->count * sizeof *sup->sorted);
    sup->reach = arena_alloc(a, sup->count * sizeof *sup->reach);
    size_t i = 0;
    for (const struct directive *dir = sup->list; dir; dir = dir->next)
        sup->sorted[i++] = dir;
    qsort(sup->sorted, sup->count, sizeof *sup->sorted, by_start);
    uint32_t reach = 0;
    for (i = 0; i < sup->count; i++) {
        if (sup->sorted[i]->applies.end > reach)
            reach = sup->sorted[i]->applies.end;
        sup->reach[i] = reach;
    }
}

bool suppressed(const struct suppressions *sup, const struct diag *d)
{
    size_t idx;
    if (!rule_find(d->code, &idx))
        return false;
    if (sup->file_off[idx])
        return true;
    uint32_t at = d->span.start;
    /* the directives whose range starts at or before the finding */
    size_t lo = 0, hi = sup->count;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (sup->sorted[mid]->applies.start <= at)
            lo = mid + 1;
        else
            hi = mid;
    }
    /* back from the last of them, while a range may still reach it */
    for (size_t i = lo; i > 0 && sup->reach[i - 1] > at; i--) {
        const struct directive *dir = sup->sorted[i - 1];
        if (dir->rules[idx] && at < dir->applies.end)
            return true;
    }
    return false;
}
