/* test_fix.c -- fixes applied (fix.h): which are taken, the text they make,
 * a syntax error that leaves a file alone, and the unified diff. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "sqlcheck/arena.h"
#include "sqlcheck/diag.h"
#include "sqlcheck/fix.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct fx {
    struct arena a;
    struct source src;
    struct diag_list dl;
};

static void start(struct fx *f, const char *text)
{
    arena_init(&f->a);
    source_init(&f->src, &f->a, "t.sql", text, (uint32_t)strlen(text));
    diag_list_init(&f->dl, &f->a, &f->src);
}

static void finish(struct fx *f)
{
    diag_list_free(&f->dl);
    arena_free(&f->a);
}

/* A finding of code at [s, e) whose fix replaces [fs, fe) with text. */
static struct diag *finding(struct fx *f, const char *code, uint32_t s,
                            uint32_t e, bool safe, uint32_t fs, uint32_t fe,
                            const char *text)
{
    struct span sp = { s, e }, at = { fs, fe };
    struct diag *d = diag_add(&f->dl, code, "r", SEV_ERROR, sp, "m");
    if (text)
        diag_set_fix(&f->dl, d, safe, at, text, "fix");
    return d;
}

static char *apply(struct fx *f, bool unsafe, size_t *count)
{
    size_t len;
    return fix_apply(&f->dl, f->src.text, f->src.len, unsafe, &len, count);
}

static void test_safe_and_unsafe(void **state)
{
    (void)state;
    struct fx f;
    start(&f, "SELECT a FROM t WHERE x != 1;");
    finding(&f, "FSQL001", 24, 26, true, 24, 26, "<>");
    finding(&f, "FSQL201", 14, 15, false, 14, 15, "tab");
    size_t n;
    char *out = apply(&f, false, &n);
    assert_string_equal(out, "SELECT a FROM t WHERE x <> 1;");
    assert_int_equal(n, 1);
    free(out);
    out = apply(&f, true, &n);
    assert_string_equal(out, "SELECT a FROM tab WHERE x <> 1;");
    assert_int_equal(n, 2);
    free(out);
    finish(&f);
}

static void test_clash_waits(void **state)
{
    (void)state;
    struct fx f;
    start(&f, "abcdef");
    finding(&f, "X", 0, 1, true, 1, 3, "XY");
    finding(&f, "X", 0, 1, true, 2, 4, "ZZ");   /* overlaps the first */
    finding(&f, "X", 0, 1, true, 4, 4, "+");    /* touches the second */
    finding(&f, "X", 0, 1, true, 5, 6, "F");
    size_t n;
    char *out = apply(&f, false, &n);
    assert_string_equal(out, "aXYd+eF");
    assert_int_equal(n, 3);
    free(out);
    /* two insertions at one place: one waits */
    finish(&f);
    start(&f, "ab");
    finding(&f, "X", 0, 1, true, 1, 1, "1");
    finding(&f, "X", 0, 1, true, 1, 1, "2");
    out = apply(&f, false, &n);
    assert_int_equal(n, 1);
    assert_int_equal(strlen(out), 3);
    free(out);
    finish(&f);
}

static void test_many_edits(void **state)
{
    (void)state;
    struct fx f;
    start(&f, "INSERT a;\nINSERT b;\n");
    struct diag *d = finding(&f, "FSQL102", 10, 16, true, 0, 0,
                             "BEGIN STATEMENT SET;\n");
    struct span end = { 20, 20 };
    diag_fix_edit(&f.dl, d, end, "END;\n");
    /* the same fix on a second finding is taken once */
    d = finding(&f, "FSQL102", 10, 16, true, 0, 0, "BEGIN STATEMENT SET;\n");
    diag_fix_edit(&f.dl, d, end, "END;\n");
    size_t n;
    char *out = apply(&f, false, &n);
    assert_string_equal(out, "BEGIN STATEMENT SET;\nINSERT a;\nINSERT b;\n"
                             "END;\n");
    assert_int_equal(n, 1);
    free(out);
    finish(&f);
}

static void test_syntax_error_leaves_alone(void **state)
{
    (void)state;
    struct fx f;
    start(&f, "SELECT value FROM t WHERE;");
    finding(&f, "FSQL001", 7, 12, true, 7, 12, "`value`");
    finding(&f, "FSQL001", 25, 26, true, 0, 0, NULL);   /* no fix */
    size_t n;
    assert_null(apply(&f, true, &n));
    assert_int_equal(n, 0);
    finish(&f);
    /* mended by its own fix: applied */
    start(&f, "SELECT value FROM t;");
    finding(&f, "FSQL001", 7, 12, true, 7, 12, "`value`");
    char *out = apply(&f, false, &n);
    assert_string_equal(out, "SELECT `value` FROM t;");
    free(out);
    finish(&f);
    /* an edit past the text is no fix */
    start(&f, "x");
    finding(&f, "X", 0, 1, true, 0, 5, "y");
    assert_null(apply(&f, true, &n));
    finish(&f);
}

/* fix_diff's text for old -> new. */
static char *diff_of(const char *old, const char *new_text)
{
    char *buf = NULL;
    size_t size = 0;
    FILE *m = open_memstream(&buf, &size);
    assert_non_null(m);
    fix_diff(m, "x.sql", old, strlen(old), new_text, strlen(new_text));
    fclose(m);
    return buf;
}

static void test_diff(void **state)
{
    (void)state;
    char *d = diff_of("a\nb\nc\nd\ne\nf\ng\nh\ni\nj\nk\nl\n",
                      "a\nB\nc\nd\ne\nf\ng\nh\ni\nj\nK\nl\n");
    assert_string_equal(d, "--- a/x.sql\n+++ b/x.sql\n"
                           "@@ -1,5 +1,5 @@\n a\n-b\n+B\n c\n d\n e\n"
                           "@@ -8,5 +8,5 @@\n h\n i\n j\n-k\n+K\n l\n");
    free(d);
    /* close changes: one hunk; lines added */
    d = diff_of("a\nb\nc\nd\n", "a\nX\nb\nc\nY\nd\n");
    assert_string_equal(d, "--- a/x.sql\n+++ b/x.sql\n"
                           "@@ -1,4 +1,6 @@\n a\n+X\n b\n c\n+Y\n d\n");
    free(d);
    /* no newline at the end */
    d = diff_of("a\nb", "a\nc");
    assert_string_equal(d, "--- a/x.sql\n+++ b/x.sql\n@@ -1,2 +1,2 @@\n a\n"
                           "-b\n\\ No newline at end of file\n"
                           "+c\n\\ No newline at end of file\n");
    free(d);
    /* from nothing */
    d = diff_of("", "a\n");
    assert_string_equal(d, "--- a/x.sql\n+++ b/x.sql\n@@ -0,0 +1,1 @@\n+a\n");
    free(d);
}

/* old with the unified diff d applied (hunks in order, as patch does). */
static char *patched(const char *old, const char *d)
{
    size_t cap = strlen(old) + strlen(d) + 1, o = 0;
    char *out = malloc(cap);
    assert_non_null(out);
    const char *p = old;        /* next old line */
    size_t oline = 1;           /* its number */
    const char *q = strstr(d, "\n@@ ");
    while (q) {
        q++;
        unsigned long from = strtoul(q + 4, NULL, 10);
        if (from == 0)
            from = 1;
        while (oline < from) { /* copy the lines before the hunk */
            const char *e = strchr(p, '\n');
            size_t l = e ? (size_t)(e - p) + 1 : strlen(p);
            memcpy(out + o, p, l);
            o += l, p += l, oline++;
        }
        q = strchr(q, '\n') + 1;
        while (*q == ' ' || *q == '-' || *q == '+' || *q == '\\') {
            const char *e = strchr(q, '\n');
            size_t l = (size_t)(e - q);
            if (*q == ' ' || *q == '-') {
                const char *oe = strchr(p, '\n');
                p += oe ? (size_t)(oe - p) + 1 : strlen(p);
                oline++;
            }
            if (*q == ' ' || *q == '+') {
                memcpy(out + o, q + 1, l - 1);
                o += l - 1;
                out[o++] = '\n';
            }
            q = e + 1;
        }
        q = *q ? q - 1 : NULL;
        if (q && strncmp(q, "\n@@ ", 4) != 0)
            q = NULL;
    }
    size_t rest = strlen(p);
    memcpy(out + o, p, rest);
    out[o + rest] = '\0';
    return out;
}

/* Many lines: few changes give a minimal diff; changes everywhere give a
 * diff that is still right (past the search's limit: all out, all in). */
static void test_diff_many(void **state)
{
    (void)state;
    size_t n = 6000;
    static const int everies[] = { 600, 2 };
    for (size_t k = 0; k < 2; k++) {
        int every = everies[k];
        char *old = malloc(n * 8 + 1), *new_text = malloc(n * 8 + 1);
        assert_non_null(old);
        assert_non_null(new_text);
        size_t o = 0, w = 0, changed = 0;
        for (size_t i = 0; i < n; i++) {
            bool c = i % (size_t)every == 1;
            changed += c;
            o += (size_t)sprintf(old + o, "l%zu\n", i);
            w += (size_t)sprintf(new_text + w, c ? "m%zu\n" : "l%zu\n", i);
        }
        char *d = diff_of(old, new_text);
        size_t minus = 0;
        for (char *p = d; (p = strchr(p, '\n')); p++)
            minus += p[1] == '-' && p[2] != '-';
        if (every == 600)
            assert_int_equal(minus, changed);
        else
            assert_true(minus >= changed);
        char *back = patched(old, d);
        assert_string_equal(back, new_text);
        free(back);
        free(d);
        free(old);
        free(new_text);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_safe_and_unsafe),
        cmocka_unit_test(test_clash_waits),
        cmocka_unit_test(test_many_edits),
        cmocka_unit_test(test_syntax_error_leaves_alone),
        cmocka_unit_test(test_diff),
        cmocka_unit_test(test_diff_many),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
