/* test_yaml.c -- a Flink configuration file checked key by key
 * (flink_yaml.h): nested and flat keys, flow style, lists, null values,
 * positions after wide characters, the dialect for the scripts, and texts
 * that are not a map of keys. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "sqlcheck/arena.h"
#include "sqlcheck/diag.h"
#include "sqlcheck/flink_yaml.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct checked {
    struct arena a;
    struct source src;
    struct diag_list dl;
    struct flink_yaml y;
    bool ok;
    char err[256];
};

static struct checked *check(const char *text)
{
    struct checked *c = calloc(1, sizeof *c);
    arena_init(&c->a);
    source_init(&c->src, &c->a, "config.yaml", text, (uint32_t)strlen(text));
    diag_list_init(&c->dl, &c->a, &c->src);
    c->ok = flink_yaml_check(&c->a, &c->src, &c->dl, NULL, NULL, &c->y, c->err,
                             sizeof c->err);
    diag_sort(&c->dl);
    return c;
}

static void done(struct checked *c)
{
    diag_list_free(&c->dl);
    arena_free(&c->a);
    free(c);
}

/* The finding i: its code, line and column (1-based, bytes). */
static void expect(struct checked *c, size_t i, const char *code,
                   uint32_t line, uint32_t col, const char *in_message)
{
    if (i >= c->dl.count)
        fail_msg("finding %zu of %zu", i, c->dl.count);
    const struct diag *d = &c->dl.items[i];
    uint32_t l, k;
    source_line_col(&c->src, d->span.start, &l, &k);
    if (strcmp(d->code, code) != 0 || l != line || k != col ||
        !strstr(d->message, in_message))
        fail_msg("finding %zu: %s %u:%u %s", i, d->code, l, k, d->message);
}

static void test_nested_and_flat(void **state)
{
    (void)state;
    struct checked *c = check(
        "# Flink 2.x\n"
        "execution:\n"
        "  checkpointing:\n"
        "    interval: 10 secs later\n"
        "    tolerable-failed-checkpoints: 0\n"
        "state.backend: rocksdb\n"
        "pipeline.jars: [a.jar, b.jar]\n"
        "taskmanager.memory.process.size: 4 gigs\n"
        "my.job.owner: analytics\n"
        "table: {exec: {mini-batch: {enabled: yes}}}\n"
        "python.fn-execution.bundle.size: ~\n");
    assert_true(c->ok);
    assert_int_equal(c->dl.count, 4);
    expect(c, 0, "FSQL403", 4, 15, "execution.checkpointing.interval");
    expect(c, 1, "FSQL402", 6, 1, "'state.backend' is deprecated");
    expect(c, 2, "FSQL403", 8, 34, "taskmanager.memory.process.size");
    expect(c, 3, "FSQL403", 10, 38, "table.exec.mini-batch.enabled");
    assert_false(c->y.hive_dialect);
    done(c);
}

static void test_positions_after_wide_characters(void **state)
{
    (void)state;
    /* libyaml counts columns in characters, sqlcheck in bytes: the finding
     * is on the value (the two characters before it are 3 bytes each) */
    struct checked *c =
        check("{\"备注\": x, execution.runtime-mode: streamy}\n");
    assert_true(c->ok);
    assert_int_equal(c->dl.count, 1);
    expect(c, 0, "FSQL403", 1, 39, "'streamy' is not a value");
    done(c);
}

/* An alias is a value sqlcheck cannot judge; the keys after it are read
 * as keys. */
static void test_aliases(void **state)
{
    (void)state;
    struct checked *c = check("a: &x 5\nb: *x\nparallelism.default: many\n");
    assert_true(c->ok);
    assert_int_equal(c->dl.count, 1);
    expect(c, 0, "FSQL403", 3, 22, "parallelism.default");
    done(c);
}

static void test_dialect(void **state)
{
    (void)state;
    struct checked *c = check("table.sql-dialect: HIVE\n");
    assert_true(c->ok);
    assert_true(c->y.hive_dialect);
    done(c);
    c = check("table:\n  sql-dialect: default\n");
    assert_true(c->ok);
    assert_false(c->y.hive_dialect);
    done(c);
}

static void test_not_a_map(void **state)
{
    (void)state;
    static const char *const bad[] = {
        "- a\n- b\n", "just text\n", "a: [1\n", "{a: 1\n", "? [a, b]\n: c\n",
        "\t- x\n",
    };
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
        struct checked *c = check(bad[i]);
        if (c->ok)
            fail_msg("'%s' should not be taken for a configuration", bad[i]);
        assert_true(strlen(c->err) > 0);
        done(c);
    }
    /* where the trouble is */
    struct checked *where = check("a: 1\n? [x, y]\n: c\n");
    assert_false(where->ok);
    if (strncmp(where->err, "2:3: a key is a map or a list", 29) != 0)
        fail_msg("got '%s'", where->err);
    done(where);
    where = check("a: 1\nb: [2\n");
    assert_false(where->ok);
    if (strncmp(where->err, "3:1: not valid YAML", 19) != 0)
        fail_msg("got '%s'", where->err);
    done(where);
    /* empty, comments only, an alias of a scalar: fine */
    static const char *const fine[] = {
        "", "# nothing\n", "a: &x 1\nb: *x\n", "a:\n", "---\na: 1\n...\n",
        "a: *nowhere\n",
    };
    for (size_t i = 0; i < sizeof fine / sizeof *fine; i++) {
        struct checked *c = check(fine[i]);
        if (!c->ok)
            fail_msg("'%s': %s", fine[i], c->err);
        done(c);
    }
}

static void test_deep_and_long(void **state)
{
    (void)state;
    /* maps nested deeper than sqlcheck follows, and a key longer than it
     * keeps: an error, or nothing, never a crash */
    size_t n = 200;
    char *deep = malloc(n * 5 + 16);
    char *p = deep;
    for (size_t i = 0; i < n; i++)
        p += sprintf(p, "{a: ");
    p += sprintf(p, "1");
    for (size_t i = 0; i < n; i++)
        *p++ = '}';
    *p = 0;
    struct checked *c = check(deep);
    assert_false(c->ok);
    done(c);
    free(deep);
    /* an implicit key longer than YAML allows (1024 characters) */
    char *longkey = malloc(16000);
    memset(longkey, 'k', 9000);
    strcpy(longkey + 9000, ": 1\n");
    c = check(longkey);
    assert_false(c->ok);
    done(c);
    /* nested keys longer together than sqlcheck keeps: not judged */
    p = longkey;
    for (int level = 0; level < 6; level++) {
        p += sprintf(p, "%*s", level * 2, "");
        memset(p, 'a' + level, 1000);
        p += 1000;
        p += sprintf(p, ":\n");
    }
    sprintf(p, "%*sx: 1\n", 12, "");
    c = check(longkey);
    assert_true(c->ok);
    assert_int_equal(c->dl.count, 0);
    done(c);
    free(longkey);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_nested_and_flat),
        cmocka_unit_test(test_positions_after_wide_characters),
        cmocka_unit_test(test_aliases),
        cmocka_unit_test(test_dialect),
        cmocka_unit_test(test_not_a_map),
        cmocka_unit_test(test_deep_and_long),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
