/* test_schema.c -- a table's columns: from its tree (schema_of_create())
 * and read again from its tokens (schema_scan()), which must agree on
 * every CREATE TABLE of the samples and of the shared corpus. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include "sqlcheck/arena.h"
#include "sqlcheck/digest.h"
#include "sqlcheck/parse.h"
#include "sqlcheck/schema.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct compared {
    struct source *src;
    struct arena scratch;
    struct digester *digester;
    size_t tables;
    size_t digested;            /* whose digest has the columns */
    size_t mismatches;
};

static void report(const struct compared *c, const struct node *stmt,
                   const char *what)
{
    printf("%s:%u: %s\n", c->src->path, (unsigned)stmt->span.start, what);
}

static struct node *compare_one(void *user, struct node *stmt)
{
    struct compared *c = user;
    if (stmt->kind != N_STMT_CREATE_TABLE)
        return NULL;
    const struct schema *tree = schema_of_create(&c->scratch, stmt);
    const struct schema *scan = schema_scan(&c->scratch, c->src,
                                            stmt->span.start);
    c->tables++;
    if (!scan) {                /* unknown: as good as open */
        if (!tree->open) {
            report(c, stmt, "no schema read again");
            c->mismatches++;
        }
    } else if (tree->open != scan->open || tree->ncols != scan->ncols) {
        report(c, stmt, "open or column count differ");
        c->mismatches++;
    } else {
        for (size_t i = 0; i < tree->ncols; i++)
            if (tree->cols[i].len != scan->cols[i].len ||
                strcmp(tree->cols[i].name, scan->cols[i].name) != 0 ||
                tree->cols[i].kind != scan->cols[i].kind) {
                report(c, stmt, "a column differs");
                c->mismatches++;
                break;
            }
    }
    /* the columns a digest carries (kept when the table is defined) are
     * the same again */
    const struct dg_column *cols;
    struct digest *d = digest_statement(c->digester, &c->scratch, stmt);
    size_t n = dg_columns(d, &cols);
    if (n) {
        c->digested++;
        if (!scan || scan->open || n != scan->ncols) {
            report(c, stmt, "digest's column count differs");
            c->mismatches++;
            n = 0;
        }
        for (size_t i = 0; i < n; i++) {
            const char *name = arena_ident(&c->scratch,
                                           c->src->text + cols[i].at,
                                           cols[i].len);
            if (strcmp(name, scan->cols[i].name) != 0 ||
                cols[i].kind != scan->cols[i].kind) {
                report(c, stmt, "a digest's column differs");
                c->mismatches++;
                break;
            }
        }
    }
    arena_reset(&c->scratch);
    return NULL;
}

static void compare_file(const char *path, struct compared *c)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return;
    struct arena a;
    arena_init(&a);
    char *text = arena_alloc(&a, 1 << 22);
    size_t n = fread(text, 1, (1 << 22) - 1, f);
    fclose(f);
    text[n] = '\0';
    struct source src;
    source_init(&src, &a, path, text, (uint32_t)n);
    struct diag_list dl;
    diag_list_init(&dl, &a, &src);
    c->src = &src;
    c->digester = digester_new(&src, false);
    sql_parse_stream(&a, &src, &dl, compare_one, c, NULL);
    digester_free(c->digester);
    diag_list_free(&dl);
    arena_free(&a);
}

/* Every .sql file under dir; the number of CREATE TABLEs compared. */
static size_t compare_dir(const char *dir, struct compared *c)
{
    char cmd[600];
    snprintf(cmd, sizeof cmd, "find '%s' -name '*.sql' | LC_ALL=C sort", dir);
    FILE *list = popen(cmd, "r");
    assert_non_null(list);
    size_t before = c->tables;
    char path[1024];
    while (fgets(path, sizeof path, list)) {
        path[strcspn(path, "\n")] = '\0';
        compare_file(path, c);
    }
    pclose(list);
    return c->tables - before;
}

static void test_scan_agrees_with_tree(void **state)
{
    (void)state;
    struct compared c;
    memset(&c, 0, sizeof c);
    arena_init(&c.scratch);
    assert_true(compare_dir("samples", &c) >= 20);
    const char *shared = getenv("SHARED");
    char corpus[512];
    snprintf(corpus, sizeof corpus, "%s/corpus", shared ? shared : "../shared");
    FILE *probe = fopen(corpus, "r");
    if (probe) {
        fclose(probe);
        assert_true(compare_dir(corpus, &c) >= 200);
    } else {
        printf("%s not found: the corpus's tables are not compared\n", corpus);
    }
    printf("%zu CREATE TABLE statements compared (%zu with their digest's "
           "columns)\n", c.tables, c.digested);
    assert_true(c.digested * 2 > c.tables);
    arena_free(&c.scratch);
    assert_int_equal(c.mismatches, 0);
}

static void test_kinds_and_openness(void **state)
{
    (void)state;
    static const struct {
        const char *sql;
        const char *cols;           /* name:kind ... */
        bool open, unreadable;
    } cases[] = {
        { "CREATE TABLE t (a INT, `b``c` STRING, d AS a + 1, "
          "e INT METADATA FROM 'x', f INT METADATA VIRTUAL, "
          "PRIMARY KEY (a) NOT ENFORCED, WATERMARK FOR g AS g) "
          "WITH ('connector' = 'x')",
          "a:0 b`c:0 d:1 e:2 f:3", false, false },
        /* the list alone: what LIKE or AS add, the digest says */
        { "CREATE TEMPORARY TABLE IF NOT EXISTS db.t (a ROW<x INT, y INT>) "
          "LIKE s", "a:0", false, false },
        { "CREATE TABLE t WITH ('connector' = 'x') AS SELECT 1 AS a", "", true, false },
        { "CREATE OR REPLACE TABLE t (a INT) WITH ('k' = 'v')", "a:0", false, false },
        /* non-reserved words as names, quoted words as names */
        { "CREATE TABLE t (metadata INT, `as` INT, `virtual` INT METADATA, "
          "y AS metadata)", "metadata:0 as:0 virtual:2 y:1", false, false },
        /* no column in the list: open, but nothing unreadable */
        { "CREATE TABLE t (WATERMARK FOR ts AS ts) LIKE s", "", true, false },
        { "CREATE TABLE t (a.b INT, c INT)", "c:0", true, true },
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        struct arena a;
        arena_init(&a);
        struct source src;
        source_init(&src, &a, "t.sql", cases[i].sql,
                     (uint32_t)strlen(cases[i].sql));
        const struct schema *s = schema_scan(&a, &src, 0);
        assert_non_null(s);
        char got[256] = "";
        size_t used = 0;
        for (size_t k = 0; k < s->ncols; k++)
            used += (size_t)snprintf(got + used, sizeof got - used, "%s%s:%d",
                                     k ? " " : "", s->cols[k].name,
                                     (int)s->cols[k].kind);
        assert_string_equal(got, cases[i].cols);
        assert_int_equal(s->open, cases[i].open);
        assert_int_equal(s->unreadable, cases[i].unreadable);
        arena_free(&a);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_kinds_and_openness),
        cmocka_unit_test(test_scan_agrees_with_tree),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
