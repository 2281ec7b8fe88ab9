/* fix.c -- applying fixes, writing files back, unified diffs (fix.h). */
#include "sqlcheck/fix.h"

#include "sqlcheck/arena.h"
#include "sqlcheck/util.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/*---- which fixes, and the text they make ------------------------------------*/

/* Edits that touch or overlap (closed ranges: an insertion at a
 * replacement's edge counts) would make the order matter: one waits. */
static bool clash(struct span a, struct span b)
{
    return a.start <= b.end && b.start <= a.end;
}

static int edit_order(const void *a, const void *b)
{
    const struct fix_edit *x = *(const struct fix_edit *const *)a;
    const struct fix_edit *y = *(const struct fix_edit *const *)b;
    return x->span.start < y->span.start ? -1 : x->span.start > y->span.start;
}

static int fix_order(const void *a, const void *b)
{
    const struct fix *x = *(const struct fix *const *)a;
    const struct fix *y = *(const struct fix *const *)b;
    uint32_t xs = x->edits[0].span.start, ys = y->edits[0].span.start;
    return xs < ys ? -1 : xs > ys;
}

char *fix_apply(const struct diag_list *dl, const char *text, size_t len,
                bool unsafe, size_t *newlen, size_t *count)
{
    *count = 0;
    const struct fix **cand = malloc((dl->count + 1) * sizeof *cand);
    size_t nedits = 0;
    if (!cand)
        fatal_oom();
    size_t n = 0;
    for (size_t i = 0; i < dl->count; i++) {
        const struct fix *f = dl->items[i].fix;
        if (!f || !f->nedits || (!f->safe && !unsafe))
            continue;
        bool fits = true;       /* in order, inside the text */
        for (size_t k = 0; k < f->nedits; k++)
            if (f->edits[k].span.start > f->edits[k].span.end ||
                f->edits[k].span.end > len ||
                (k && f->edits[k].span.start < f->edits[k - 1].span.end))
                fits = false;
        if (fits) {
            cand[n++] = f;
            nedits += f->nedits;
        }
    }
    qsort(cand, n, sizeof *cand, fix_order);
    /* in text order, each fix whose edits clash with none taken so far (the
     * same fix given to several findings is taken once) */
    const struct fix_edit **edits = malloc((nedits + 1) * sizeof *edits);
    const struct fix **taken = malloc((n + 1) * sizeof *taken);
    if (!edits || !taken)
        fatal_oom();
    size_t ne = 0, kept = 0;
    for (size_t i = 0; i < n; i++) {
        const struct fix *f = cand[i];
        bool ok = true;
        for (size_t k = 0; k < f->nedits && ok; k++)
            for (size_t e = 0; e < ne && ok; e++)
                if (clash(f->edits[k].span, edits[e]->span))
                    ok = false;
        if (!ok)
            continue;
        taken[kept++] = f;
        for (size_t k = 0; k < f->nedits; k++)
            edits[ne++] = &f->edits[k];
    }
    free(cand);
    /* a syntax error that no taken fix mends leaves the file alone */
    for (size_t i = 0; i < dl->count && kept; i++) {
        const struct diag *d = &dl->items[i];
        if (strcmp(d->code, "FSQL001") != 0)
            continue;
        bool mended = false;
        for (size_t k = 0; k < kept && !mended; k++)
            mended = d->fix == taken[k];
        if (!mended)
            kept = 0;
    }
    free(taken);
    if (!kept) {
        free(edits);
        return NULL;
    }
    qsort(edits, ne, sizeof *edits, edit_order);
    size_t size = len;
    for (size_t e = 0; e < ne; e++)
        size += strlen(edits[e]->text);
    char *out = malloc(size + 1);
    if (!out)
        fatal_oom();
    size_t o = 0, from = 0;
    for (size_t e = 0; e < ne; e++) {
        const struct fix_edit *ed = edits[e];
        memcpy(out + o, text + from, ed->span.start - from);
        o += ed->span.start - from;
        size_t tl = strlen(ed->text);
        memcpy(out + o, ed->text, tl);
        o += tl;
        from = ed->span.end;
    }
    memcpy(out + o, text + from, len - from);
    o += len - from;
    out[o] = '\0';
    *newlen = o;
    *count = kept;
    free(edits);
    return out;
}

/*---- writing back -------------------------------------------------------------*/

bool fix_write(const char *path, const char *text, size_t len)
{
    char real[PATH_MAX];
    if (!realpath(path, real))
        return false;
    struct stat st;
    if (stat(real, &st) != 0)
        return false;
    if (!S_ISREG(st.st_mode)) {
        errno = EINVAL;         /* a pipe or a device: nowhere to write */
        return false;
    }
    size_t n = strlen(real);
    char *tmp = malloc(n + 32);
    if (!tmp)
        fatal_oom();
    const char *slash = strrchr(real, '/');
    size_t dir = slash ? (size_t)(slash - real) + 1 : 0;
    snprintf(tmp, n + 32, "%.*s.%s.fix-XXXXXX", (int)dir, real, real + dir);
    int fd = mkstemp(tmp);
    if (fd < 0) {
        free(tmp);
        return false;
    }
    bool ok = fchmod(fd, st.st_mode & 07777) == 0;
    for (size_t done = 0; ok && done < len;) {
        ssize_t w = write(fd, text + done, len - done);
        if (w < 0 && errno == EINTR)
            continue;
        if (w <= 0)
            ok = false;
        else
            done += (size_t)w;
    }
    if (ok && fsync(fd) != 0)
        ok = false;
    int saved = errno;
    if (close(fd) != 0 && ok) {
        ok = false;
        saved = errno;
    }
    if (ok && rename(tmp, real) != 0) {
        ok = false;
        saved = errno;
    }
    if (!ok)
        unlink(tmp);
    free(tmp);
    errno = saved;
    return ok;
}

/*---- unified diff ---------------------------------------------------------------*/

struct lines {
    const char **at;            /* start of each line */
    size_t *len;                /* its length, with its line end */
    size_t n;
};

static void split_lines(const char *t, size_t len, struct lines *l)
{
    size_t cap_at = 0, cap_len = 0;
    l->at = NULL;
    l->len = NULL;
    l->n = 0;
    for (size_t i = 0; i < len;) {
        size_t j = i;
        while (j < len && t[j] != '\n')
            j++;
        if (j < len)
            j++;
        l->at = grow_array(l->at, l->n, &cap_at, sizeof *l->at, 64);
        l->len = grow_array(l->len, l->n, &cap_len, sizeof *l->len, 64);
        l->at[l->n] = t + i;
        l->len[l->n++] = j - i;
        i = j;
    }
}

static bool same_line(const struct lines *a, size_t i, const struct lines *b,
                      size_t j)
{
    return a->len[i] == b->len[j] && memcmp(a->at[i], b->at[j], a->len[i]) == 0;
}

/* One line of the script: ' ' kept, '-' old only, '+' new only. */
struct op {
    char kind;
    size_t line;                /* in old (' ', '-') or new ('+') */
};

/* The edit script from a[lo..ahi) to b[lo..bhi) (Myers' greedy walk,
 * O((N+M)D)); when the lines differ too much for it, all of the old
 * lines out and all of the new in (right, if not shortest). */
static struct op *script(const struct lines *a, const struct lines *b,
                         size_t lo, size_t ahi, size_t bhi, size_t *nops)
{
    enum { MAX_D = 2000 };
    long N = (long)(ahi - lo), M = (long)(bhi - lo);
    long max = N + M, dmax = max < MAX_D ? max : MAX_D;
    long off = dmax + 1;
    /* the trace keeps V after each step d, for k in [-d, d], one step
     * after another: step d's starts at d * d */
    long *trace = NULL;
    size_t trace_cap = 0;
    long *v = calloc((size_t)(2 * off + 1), sizeof *v);
    if (!v)
        fatal_oom();
    long found = -1;
    for (long d = 0; d <= dmax && found < 0; d++) {
        for (long k = -d; k <= d; k += 2) {
            long x;
            if (k == -d || (k != d && v[off + k - 1] < v[off + k + 1]))
                x = v[off + k + 1];
            else
                x = v[off + k - 1] + 1;
            long y = x - k;
            while (x < N && y < M &&
                   same_line(a, lo + (size_t)x, b, lo + (size_t)y))
                x++, y++;
            v[off + k] = x;
            if (x >= N && y >= M) {
                found = d;
                break;
            }
        }
        size_t at = (size_t)(d * d), n = (size_t)(2 * d + 1);
        while (trace_cap < at + n)
            trace = grow_array(trace, trace_cap, &trace_cap, sizeof *trace,
                               1024);
        memcpy(trace + at, v + off - d, n * sizeof *v);
    }
    struct op *ops = malloc((size_t)(N + M + 1) * sizeof *ops);
    if (!ops)
        fatal_oom();
    size_t n = 0;
    if (found < 0) {
        for (long i = 0; i < N; i++)
            ops[n++] = (struct op){ '-', lo + (size_t)i };
        for (long j = 0; j < M; j++)
            ops[n++] = (struct op){ '+', lo + (size_t)j };
    } else {
        /* walk back from (N, M), then reverse */
        long x = N, y = M;
        for (long d = found; d > 0; d--) {
            const long *pv = trace + (d - 1) * (d - 1);  /* k in [-(d-1),
                                                         * d-1] */
            long k = x - y, pk;
            if (k == -d || (k != d && pv[k - 1 + (d - 1)] <
                                      pv[k + 1 + (d - 1)]))
                pk = k + 1;
            else
                pk = k - 1;
            long px = pv[pk + (d - 1)], py = px - pk;
            while (x > px && y > py) {
                x--, y--;
                ops[n++] = (struct op){ ' ', lo + (size_t)x };
            }
            if (x == px)
                ops[n++] = (struct op){ '+', lo + (size_t)--y };
            else
                ops[n++] = (struct op){ '-', lo + (size_t)--x };
        }
        while (x > 0 && y > 0) {
            x--, y--;
            ops[n++] = (struct op){ ' ', lo + (size_t)x };
        }
        for (size_t i = 0, j = n ? n - 1 : 0; i < j; i++, j--) {
            struct op tmp = ops[i];
            ops[i] = ops[j];
            ops[j] = tmp;
        }
    }
    free(trace);
    free(v);
    *nops = n;
    return ops;
}

static void put_line(FILE *out, char kind, const char *at, size_t len)
{
    fputc(kind, out);
    fwrite(at, 1, len, out);
    if (!len || at[len - 1] != '\n')
        fputs("\n\\ No newline at end of file\n", out);
}

void fix_diff(FILE *out, const char *path, const char *old, size_t oldlen,
              const char *new_text, size_t newlen)
{
    enum { CONTEXT = 3 };
    struct lines a, b;
    split_lines(old, oldlen, &a);
    split_lines(new_text, newlen, &b);
    /* common head and tail need no search */
    size_t head = 0;
    while (head < a.n && head < b.n && same_line(&a, head, &b, head))
        head++;
    size_t tail = 0;
    while (tail < a.n - head && tail < b.n - head &&
           same_line(&a, a.n - 1 - tail, &b, b.n - 1 - tail))
        tail++;
    size_t nmid;
    struct op *mid = script(&a, &b, head, a.n - tail, b.n - tail, &nmid);
    /* the whole script: head, middle, tail (new lines of kept ones are
     * counted as they go) */
    size_t nops = head + nmid + tail;
    struct op *ops = malloc((nops + 1) * sizeof *ops);
    if (!ops)
        fatal_oom();
    size_t n = 0;
    for (size_t i = 0; i < head; i++)
        ops[n++] = (struct op){ ' ', i };
    memcpy(ops + n, mid, nmid * sizeof *ops);
    n += nmid;
    for (size_t i = a.n - tail; i < a.n; i++)
        ops[n++] = (struct op){ ' ', i };
    free(mid);
    fprintf(out, "--- a/%s\n+++ b/%s\n", path, path);
    /* hunks: changes with CONTEXT kept lines around, merged when close */
    size_t i = 0, done = 0;     /* done: ops printed in earlier hunks */
    while (i < n) {
        while (i < n && ops[i].kind == ' ')
            i++;
        if (i == n)
            break;
        size_t start = i >= done + CONTEXT ? i - CONTEXT : done;
        size_t end = i;         /* one past the hunk's last op */
        for (;;) {
            while (end < n && ops[end].kind != ' ')
                end++;
            size_t keep = end;
            while (keep < n && ops[keep].kind == ' ' &&
                   keep - end < 2 * CONTEXT)
                keep++;
            if (keep < n && ops[keep].kind != ' ') {
                end = keep;     /* the next change is close: one hunk */
                continue;
            }
            end = end + CONTEXT < n ? end + CONTEXT : n;
            break;
        }
        /* line numbers: count old and new lines before start */
        size_t aline = 0, bline = 0, acount = 0, bcount = 0;
        for (size_t k = 0; k < start; k++) {
            if (ops[k].kind != '+')
                aline++;
            if (ops[k].kind != '-')
                bline++;
        }
        for (size_t k = start; k < end; k++) {
            if (ops[k].kind != '+')
                acount++;
            if (ops[k].kind != '-')
                bcount++;
        }
        fprintf(out, "@@ -%zu,%zu +%zu,%zu @@\n",
                acount ? aline + 1 : aline, acount,
                bcount ? bline + 1 : bline, bcount);
        for (size_t k = start; k < end; k++) {
            const struct lines *l = ops[k].kind == '+' ? &b : &a;
            put_line(out, ops[k].kind, l->at[ops[k].line],
                     l->len[ops[k].line]);
        }
        i = done = end;
    }
    free(ops);
    free(a.at);
    free(a.len);
    free(b.at);
    free(b.len);
}
