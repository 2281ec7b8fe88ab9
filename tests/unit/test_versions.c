/* test_versions.c -- what a script is checked for (target.h) and the
 * release facts (versions.h): parsing --target and --flink-version, the
 * release sets, the reserved words and built-in functions per release
 * against the shared reference tables (when they are there), and
 * configuration keys judged for a release. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "sqlcheck/arena.h"
#include "sqlcheck/flink_config.h"
#include "sqlcheck/keywords.h"
#include "sqlcheck/target.h"
#include "sqlcheck/version.h"
#include "sqlcheck/versions.h"
#include "shared_data.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static bool parse(const char *v, struct target *t)
{
    char err[256];
    target_default(t);
    return target_parse_version(t, v, err, sizeof err);
}

static void test_parse_version(void **state)
{
    (void)state;
    struct target t;
    assert_true(parse("1.20", &t));
    assert_int_equal(t.release, FLINK_1_20);
    assert_int_equal(t.from, -1);
    assert_true(parse("1.20.3", &t));
    assert_int_equal(t.release, FLINK_1_20);
    assert_true(parse("1.15", &t));
    assert_int_equal(t.release, FLINK_1_15);
    assert_true(parse("1.19..2.1", &t));
    assert_int_equal(t.from, FLINK_1_19);
    assert_int_equal(t.release, FLINK_2_1);
    static const char *const bad[] = { "2.1..1.19", "1.20..1.20", "1.14",
        "2.4", "3.0", "x", "1.", ".1", "1..2", "1.20..", "..2.0", "1.2.3.4",
        "", "1.2x", NULL };
    for (int i = 0; bad[i]; i++)
        if (parse(bad[i], &t))
            fail_msg("'%s' taken as a release", bad[i]);
    char err[256];
    assert_false(target_parse_version(&t, "1.2", err, sizeof err));
    assert_non_null(strstr(err, "did you mean '1.20'"));
    assert_false(target_parse_version(&t, "2.4", err, sizeof err));
    assert_non_null(strstr(err, "not released"));
}

static void test_parse_runner(void **state)
{
    (void)state;
    struct target t;
    char err[256];
    target_default(&t);
    assert_int_equal(t.runner, RUNNER_VVP);
    assert_int_equal(t.release, FLINK_NEWEST_RELEASE);
    assert_true(target_parse_runner(&t, "sql-client", err, sizeof err));
    assert_int_equal(t.runner, RUNNER_SQL_CLIENT);
    assert_true(target_parse_runner(&t, "vvp", err, sizeof err));
    assert_int_equal(t.runner, RUNNER_VVP);
    assert_false(target_parse_runner(&t, "sqlclient", err, sizeof err));
    assert_non_null(strstr(err, "did you mean 'sql-client'"));
}

/* version.h's range and target.h's releases agree. */
static void test_release_names(void **state)
{
    (void)state;
    assert_string_equal(release_name(FLINK_1_15), FLINK_OLDEST);
    assert_string_equal(release_name(FLINK_NEWEST_RELEASE), FLINK_NEWEST);
    assert_int_equal(release_of_label("<=1.15"), FLINK_1_15);
    assert_int_equal(release_of_label("2.0"), FLINK_2_0);
    assert_int_equal(release_of_label("master"), FLINK_NEXT);
    assert_int_equal(release_of_label("1.13"), -1);
    assert_true(release_label_older("1.13"));
    assert_false(release_label_older("1.15"));
    assert_false(release_label_older("<=1.20"));
}

static void test_lacks(void **state)
{
    (void)state;
    struct target t;
    release_set from_2_0 = releases_from(FLINK_2_0);
    release_set before_2_0 = releases_before(FLINK_2_0);
    assert_true(parse("1.20", &t));
    assert_true(target_lacks(&t, from_2_0));
    assert_false(target_lacks(&t, before_2_0));
    assert_true(parse("2.0", &t));
    assert_false(target_lacks(&t, from_2_0));
    assert_true(target_lacks(&t, before_2_0));
    /* an upgrade reports only what the old release has */
    assert_true(parse("1.20..2.0", &t));
    assert_false(target_lacks(&t, releases_from(FLINK_2_1)));
    assert_true(target_lacks(&t, before_2_0));
    assert_false(target_lacks(&t, from_2_0));
    assert_int_equal(release_next_in(from_2_0, FLINK_1_17), FLINK_2_0);
    assert_int_equal(release_next_in(before_2_0, FLINK_2_0), -1);
}

static void test_features(void **state)
{
    (void)state;
    struct feature_fact q = feature_fact(FEATURE_QUALIFY);
    assert_int_equal(q.releases, releases_from(FLINK_2_0));
    struct feature_fact c = feature_fact(FEATURE_COMPACT);
    assert_int_equal(c.releases, releases_before(FLINK_2_0));
    struct feature_fact m = feature_fact(FEATURE_MODEL);
    assert_false(m.releases & RELEASE_BIT(FLINK_1_20));
    assert_true(m.releases & RELEASE_BIT(FLINK_2_1));
    struct feature_fact conn = feature_fact(FEATURE_CONNECTION);
    assert_int_equal(conn.releases & releases_before(FLINK_NEXT), 0);
    assert_true(strlen(feature_fact(FEATURE_CTAS).what) > 0);
}

static const char *const labels[] = { "1.15", "1.16", "1.17", "1.18", "1.19",
                                      "1.20", "2.0", "2.1", "2.2" };

/* Words reserved in some releases only: a bare name exactly where the
 * shared table does not reserve them; 2.3 reserves what 2.2 and master
 * both do. */
static void test_reserved_words_match_flink(void **state)
{
    (void)state;
    assert_int_equal(name_releases("qualify", 7), releases_before(FLINK_2_0));
    assert_int_equal(name_releases("orders", 6), RELEASES_ALL);
    FILE *f = open_shared_rows("flink-keywords.tsv");
    if (!f) {
        skip();
        return;
    }
    char line[1024];
    size_t checked = 0, bad = 0;
    while (fgets(line, sizeof line, f)) {
        const char *word, *reserved;
        if (!keyword_row(line, &word, &reserved))
            continue;
        if (kw_category(word, strlen(word)) != KW_VERSION_RESERVED)
            continue;
        release_set ok = name_releases(word, strlen(word));
        for (int r = 0; r <= FLINK_2_2; r++)
            if (!(ok & RELEASE_BIT(r)) != label_listed(reserved, labels[r])) {
                printf("%s in %s: name_releases disagrees\n", word,
                       labels[r]);
                bad++;
            }
        bool in_2_3 = label_listed(reserved, "2.2") && label_listed(reserved, "master");
        if (!(ok & RELEASE_BIT(FLINK_2_3)) != in_2_3) {
            printf("%s in 2.3: name_releases disagrees\n", word);
            bad++;
        }
        checked++;
    }
    fclose(f);
    assert_true(checked >= 50);
    assert_int_equal(bad, 0);
}

/* Each built-in exists from its first release on (master: 2.3 or later). */
static void test_builtins_match_flink(void **state)
{
    (void)state;
    assert_int_equal(builtin_releases("array_concat"),
                     releases_from(FLINK_1_18));
    assert_int_equal(builtin_releases("no_such_function"), 0);
    FILE *f = open_shared_rows("flink-builtin-functions.tsv");
    if (!f) {
        skip();
        return;
    }
    char line[4096];
    size_t checked = 0, bad = 0;
    while (fgets(line, sizeof line, f)) {
        char *name = strtok(line, "\t"), *kind = strtok(NULL, "\t");
        char *first = strtok(NULL, "\t");
        if (!name || !kind || !first)
            continue;
        if (strcmp(kind, "window-tvf") == 0 && strcmp(name, "SESSION") == 0)
            continue;           /* one row per name: the group window's */
        release_set ok = builtin_releases(name);
        int r = release_of_label(first);
        bool right = r == FLINK_NEXT
                     ? (ok & releases_before(FLINK_2_3)) == 0 && ok != 0
                     : ok == releases_from(r);
        if (!right) {
            printf("%s (%s): builtin_releases disagrees\n", name, first);
            bad++;
        }
        checked++;
    }
    fclose(f);
    assert_true(checked > 250);
    assert_int_equal(bad, 0);
}

struct found {
    int kind[8];
    size_t n;
};

static void on_finding(void *user, enum config_finding kind, struct span at,
                       const char *message, const char *hint)
{
    (void)at;
    (void)message;
    (void)hint;
    struct found *f = user;
    if (f->n < 8)
        f->kind[f->n++] = (int)kind;
}

/* The findings of SET key = value for release v (NULL: the newest). */
static struct found config(const char *v, const char *key, const char *value)
{
    struct arena a;
    arena_init(&a);
    struct target t;
    target_default(&t);
    if (v) {
        char err[256];
        assert_true(target_parse_version(&t, v, err, sizeof err));
    }
    struct found f = { { 0 }, 0 };
    struct span sp = { 0, 1 };
    flink_config_check(&a, v ? &t : NULL, key, strlen(key), sp, value,
                       strlen(value), sp, on_finding, &f);
    arena_free(&a);
    return f;
}

static void test_config_by_release(void **state)
{
    (void)state;
    /* deprecated in 1.20 (the tables' first release): silent before */
    assert_int_equal(config("1.19", "state.backend", "rocksdb").n, 0);
    struct found f = config("1.20", "state.backend", "rocksdb");
    assert_int_equal(f.n, 1);
    assert_int_equal(f.kind[0], CF_DEPRECATED_KEY);
    assert_int_equal(config("1.20..2.0", "state.backend", "rocksdb").n, 0);
    assert_int_equal(config(NULL, "state.backend", "rocksdb").n, 1);
    /* removed in 2.0 */
    assert_int_equal(config("1.20", "execution.async-state.buffer-size",
                            "10").n, 0);
    f = config("2.0", "execution.async-state.buffer-size", "10");
    assert_int_equal(f.n, 1);
    assert_int_equal(f.kind[0], CF_DEPRECATED_KEY);
    assert_int_equal(config("1.20..2.1", "execution.async-state.buffer-size",
                            "10").n, 1);
    assert_int_equal(config("2.0..2.1", "execution.async-state.buffer-size",
                            "10").n, 0);
    /* renamed before 1.15: never read */
    assert_int_equal(config("1.15", "execution.result-mode", "tableau").n, 1);
    /* a key that came in 2.2 */
    const char *later = "table.exec.sink.upsert-materialize-strategy."
                        "adaptive.threshold.high";
    f = config("2.1", later, "10");
    assert_int_equal(f.n, 1);
    assert_int_equal(f.kind[0], CF_VERSION);
    assert_int_equal(config("2.2", later, "10").n, 0);
    assert_int_equal(config("2.1..2.2", later, "10").n, 0);
    /* an old key read as the new one takes the new one's values */
    f = config(NULL, "state.backend.incremental", "maybe");
    assert_int_equal(f.n, 2);
    assert_int_equal(f.kind[0], CF_DEPRECATED_KEY);
    assert_int_equal(f.kind[1], CF_BAD_VALUE);
    assert_int_equal(config(NULL, "state.backend.incremental", "true").n, 1);
    /* a key of every release */
    assert_int_equal(config("1.15", "parallelism.default", "4").n, 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_parse_version),
        cmocka_unit_test(test_parse_runner),
        cmocka_unit_test(test_release_names),
        cmocka_unit_test(test_lacks),
        cmocka_unit_test(test_features),
        cmocka_unit_test(test_reserved_words_match_flink),
        cmocka_unit_test(test_builtins_match_flink),
        cmocka_unit_test(test_config_by_release),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
