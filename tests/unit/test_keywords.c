/* test_keywords.c -- the keyword table: sorted, consistent with Flink's
 * keyword list, and every non-reserved keyword usable as a name while
 * reserved ones are rejected. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include "shared_data.h"

#include "sqlcheck/arena.h"
#include "sqlcheck/keywords.h"
#include "sqlcheck/parse.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static size_t syntax_errors(const char *text)
{
    struct arena a;
    arena_init(&a);
    struct source src;
    source_init(&src, &a, "t.sql", text, (uint32_t)strlen(text));
    struct diag_list dl;
    diag_list_init(&dl, &a, &src);
    sql_parse(&a, &src, &dl);
    size_t n = 0;
    for (size_t i = 0; i < dl.count; i++)
        if (strcmp(dl.items[i].code, "FSQL001") == 0)
            n++;
    diag_list_free(&dl);
    arena_free(&a);
    return n;
}

static void test_table_sorted_and_unique(void **state)
{
    (void)state;
    size_t n;
    const struct keyword *k = kw_table(&n);
    assert_true(n > 700);
    for (size_t i = 1; i < n; i++)
        if (strcmp(k[i - 1].word, k[i].word) >= 0)
            fail_msg("keywords.def not sorted at %s", k[i].word);
    size_t m;
    const struct kw_tok *t = kw_grammar_tokens(&m);
    for (size_t i = 1; i < m; i++)
        assert_true(strcmp(t[i - 1].word, t[i].word) < 0);
}

static void test_lookup(void **state)
{
    (void)state;
    assert_int_equal(kw_category("select", 6), KW_RESERVED);
    assert_int_equal(kw_category("Timestamp", 9), KW_RESERVED);
    assert_int_equal(kw_category("temporary", 9), KW_NONRESERVED);
    assert_int_equal(kw_category("qualify", 7), KW_VERSION_RESERVED);
    assert_int_equal(kw_category("orders", 6), KW_NONE);
    assert_int_equal(kw_category("", 0), KW_NONE);
    assert_true(kw_equal_nocase("sElEcT", "SELECT", 6));
    assert_false(kw_equal_nocase("selecx", "SELECT", 6));
}

/* Non-reserved words are names; reserved ones are not. */
static void test_names(void **state)
{
    (void)state;
    size_t n;
    const struct keyword *k = kw_table(&n);
    char sql[256];
    size_t bad = 0;
    for (size_t i = 0; i < n; i++) {
        const char *w = k[i].word;
        snprintf(sql, sizeof sql, "CREATE TABLE %s (%s INT); "
                 "SELECT %s FROM %s;", w, w, w, w);
        size_t errs = syntax_errors(sql);
        if (k[i].cat == KW_RESERVED && errs == 0) {
            printf("reserved word accepted as a name: %s\n", w);
            bad++;
        } else if (k[i].cat != KW_RESERVED && errs != 0 &&
                   strcmp(w, "ILIKE") != 0 && strcmp(w, "RLIKE") != 0) {
            /* ILIKE and RLIKE (reserved from 2.0) are operators here */
            printf("non-reserved word rejected as a name: %s\n", w);
            bad++;
        }
    }
    assert_int_equal(bad, 0);
}

/* The committed table agrees with the shared keyword list, if present:
 * reserved in every release listed <=> R, in none <=> N, else V. */
static void test_matches_flink_list(void **state)
{
    (void)state;
    static const char *const releases[] = { "1.15", "1.16", "1.17", "1.18",
        "1.19", "1.20", "2.0", "2.1", "2.2" };
    const size_t nrel = sizeof releases / sizeof *releases;
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
        if (strchr(word, '-'))
            continue;           /* END-EXEC: not an identifier */
        size_t in = 0;
        for (size_t r = 0; r < nrel; r++)
            in += label_listed(reserved, releases[r]);
        enum kw_category want = in == nrel ? KW_RESERVED
                                : in == 0 ? KW_NONRESERVED
                                          : KW_VERSION_RESERVED;
        enum kw_category got = kw_category(word, strlen(word));
        if (got != want) {
            printf("keyword %s: category %d, expected %d\n", word, got, want);
            bad++;
        }
        checked++;
    }
    fclose(f);
    assert_true(checked > 700);
    assert_int_equal(bad, 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_table_sorted_and_unique),
        cmocka_unit_test(test_lookup),
        cmocka_unit_test(test_names),
        cmocka_unit_test(test_matches_flink_list),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
