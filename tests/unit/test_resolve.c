/* test_resolve.c -- name resolution, the built-in function table and the
 * rule registry. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include "shared_data.h"

#include "sqlcheck/arena.h"
#include "sqlcheck/builtins.h"
#include "sqlcheck/check.h"
#include "sqlcheck/digest.h"
#include "sqlcheck/parse.h"
#include "sqlcheck/resolve.h"
#include "sqlcheck/stmt.h"

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Resolve text; write "T:name=D|U|?" per reference into out. With
 * collect, every statement's digest is made as it is parsed (its tree is
 * released at once, as on the second thread of a split file) and the
 * digests are applied after the whole parse (resolve_digest()).
 * defaults: "catalog.database" where names start, or NULL for Flink's. */
struct collected {
    struct digester *dg;
    struct arena *a;
    struct digest *first, *last;
};

static struct node *collect_one(void *user, struct node *stmt)
{
    struct collected *c = user;
    struct digest *d = digest_statement(c->dg, c->a, stmt);
    if (d) {
        if (c->last)
            c->last->next = d;
        else
            c->first = d;
        c->last = d;
    }
    return NULL;
}

static void resolve_text_in(const char *defaults, const char *text, char *out,
                            size_t cap, bool collect)
{
    struct arena a;
    arena_init(&a);
    struct source src;
    source_init(&src, &a, "t.sql", text, (uint32_t)strlen(text));
    struct diag_list dl;
    diag_list_init(&dl, &a, &src);
    struct arena digests;
    arena_init(&digests);
    struct collected c = { digester_new(&src, true), &digests, NULL, NULL };
    struct node *root = collect ? sql_parse_stream(&a, &src, &dl, collect_one,
                                                   &c, NULL)
                                : sql_parse(&a, &src, &dl);
    struct catalog_state st;
    catalog_state_init(&st, &a);
    char cat[64] = "", *db = NULL;
    if (defaults) {
        snprintf(cat, sizeof cat, "%s", defaults);
        db = strchr(cat, '.');
        *db++ = '\0';
        catalog_state_set_defaults(&st, cat, db);
    }
    struct resolution res;
    memset(&res, 0, sizeof res);
    res.all_refs = true;
    if (collect) {
        struct resolver *r = resolve_begin(&st, &src, &res);
        for (const struct digest *d = c.first; d; d = d->next)
            resolve_digest(r, d);
        resolve_end(r);
    } else {
        resolve_script(&st, &src, root, &res);
    }
    size_t used = 0;
    out[0] = '\0';
    for (const struct name_ref *r = res.refs; r; r = r->next)
        used += (size_t)snprintf(out + used, cap - used, "%s%c:%s=%c",
                                 used ? " " : "",
                                 r->kind == REF_TABLE ? 'T'
                                 : r->kind == REF_USER ? 'N' : 'F', r->text,
                                 r->status == REF_DEFINED ? 'D'
                                 : r->status == REF_UNDEFINED ? 'U' : '?');
    for (const struct duplicate *d = res.dups; d; d = d->next)
        used += (size_t)snprintf(out + used, cap - used, " dup:%s",
                                 d->name->kind == N_IDENT ? d->name->text
                                 : d->name->kid[0]->text);
    digester_free(c.dg);
    arena_free(&digests);
    diag_list_free(&dl);
    arena_free(&a);
}

static void expect_in(const char *defaults, const char *sql, const char *want)
{
    char got[2048];
    resolve_text_in(defaults, sql, got, sizeof got, false);
    if (strcmp(got, want) != 0)
        fail_msg("%s\n  got:  %s\n  want: %s", sql, got, want);
    resolve_text_in(defaults, sql, got, sizeof got, true);
    if (strcmp(got, want) != 0)
        fail_msg("%s\n  collected and applied: %s\n  want: %s", sql, got,
                 want);
}

static void expect(const char *sql, const char *want)
{
    expect_in(NULL, sql, want);
}

static void test_order_and_drop(void **state)
{
    (void)state;
    expect("SELECT * FROM t; CREATE TEMPORARY TABLE t (a INT); SELECT * FROM t;"
           "DROP TEMPORARY TABLE t; SELECT * FROM t; DROP TABLE IF EXISTS t;",
           "T:t=U T:t=D T:t=D T:t=U");
    expect("CREATE TABLE t (a INT); CREATE TEMPORARY TABLE t (a INT);"
           "DROP TEMPORARY TABLE t; SELECT * FROM t;", "T:t=D T:t=D");
    /* EXPLAIN plans a statement without running it: nothing is created */
    expect("EXPLAIN CREATE TABLE x AS SELECT * FROM y; SELECT * FROM x;"
           "CREATE TABLE z AS SELECT 1 AS a; SELECT * FROM z;",
           "T:y=U T:x=U T:z=D");
    /* ALTER of a table, view or materialized table refers to it; ALTER
     * FUNCTION or DATABASE to no table */
    expect("CREATE TEMPORARY FUNCTION f AS 'x'; ALTER FUNCTION f AS 'y';"
           "ALTER DATABASE d SET ('k' = 'v'); ALTER MATERIALIZED TABLE m "
           "SUSPEND; ALTER VIEW v AS SELECT 1;", "T:m=U T:v=U");
    /* IF EXISTS: no reference; RENAME moves the name */
    expect("ALTER TABLE IF EXISTS t SET ('k' = 'v'); ALTER TABLE u SET "
           "('k' = 'v'); CREATE TEMPORARY TABLE a (x INT); ALTER TABLE a "
           "RENAME TO b; SELECT * FROM a, b;", "T:u=U T:a=D T:a=U T:b=D");
}

static void test_scopes(void **state)
{
    (void)state;
    expect("WITH a AS (SELECT 1), b AS (SELECT * FROM a) "
           "SELECT * FROM a, b, c AS a2;", "T:c=U");
    /* CTE bodies are resolved too */
    expect("WITH a AS (SELECT * FROM x JOIN y ON f(x.k) = y.k) SELECT * "
           "FROM a;", "T:x=U T:y=U F:f=U");
    expect("SELECT * FROM (SELECT 1) AS s, UNNEST(ARRAY[1]) AS u(x), "
           "LATERAL TABLE(split_tags(x)) AS t(y);", "F:split_tags=U");
    expect("SELECT * FROM m MATCH_RECOGNIZE (ORDER BY ts MEASURES A.x AS x "
           "PATTERN (A B) DEFINE A AS A.x > PREV(A.x)) AS r;",
           "T:m=U F:PREV=D");
    expect("SELECT COUNT(*) OVER w, TUMBLE_START(ts, INTERVAL '1' HOUR) FROM t "
           "GROUP BY TUMBLE(ts, INTERVAL '1' HOUR) WINDOW w AS (ORDER BY ts);",
           "F:COUNT=D F:TUMBLE_START=D T:t=U F:TUMBLE=D");
    expect("SELECT * FROM TABLE(TUMBLE(TABLE src, DESCRIPTOR(ts), "
           "INTERVAL '1' MINUTE));", "F:TUMBLE=D T:src=U F:DESCRIPTOR=D");
    /* every element of a row constructor (the third was once lost) */
    expect("SELECT (a, 2, (SELECT b FROM u), f(c)) FROM t;",
           "T:u=U F:f=U T:t=U");
}

/* A WITH of many CTEs (their names hashed) resolves like a short one. */
static void test_many_ctes(void **state)
{
    (void)state;
    char sql[4096] = "WITH c0 AS (SELECT 1 AS x)";
    size_t used = strlen(sql);
    for (int i = 1; i < 40; i++)
        used += (size_t)snprintf(sql + used, sizeof sql - used,
                                 ", c%d AS (SELECT x FROM c%d)", i, i - 1);
    snprintf(sql + used, sizeof sql - used, " SELECT * FROM c39, c7, C7, "
             "c40, (WITH d AS (SELECT 1) SELECT * FROM d, c3, e) AS s;");
    expect(sql, "T:C7=U T:c40=U T:e=U");
}

static void test_use_and_qualified_names(void **state)
{
    (void)state;
    expect("CREATE TEMPORARY TABLE db1.t (a INT); SELECT * FROM t; USE db1;"
           "SELECT * FROM t; SELECT * FROM default_catalog.db1.t;",
           "T:t=U T:t=D T:default_catalog.db1.t=D");
    expect("CREATE CATALOG c WITH ('type' = 'x'); SELECT * FROM c.d.t;"
           "USE CATALOG c; SELECT * FROM t; SELECT * FROM x.d.t;",
           "T:c.d.t=? T:t=? T:x.d.t=U");
    expect("SELECT * FROM `Orders`; CREATE TEMPORARY TABLE orders (a INT);"
           "SELECT * FROM Orders;", "T:Orders=U T:Orders=U");
}

static void test_functions(void **state)
{
    (void)state;
    expect("SELECT upper(a), Date_Format(b, 'x'), my_f(c), db.g(d) FROM t;",
           "F:upper=D F:Date_Format=D F:my_f=U F:db.g=U T:t=U");
    expect("CREATE TEMPORARY SYSTEM FUNCTION My_F AS 'x';"
           "CREATE TEMPORARY FUNCTION db.g AS 'y'; SELECT MY_F(1), db.G(2);",
           "F:MY_F=D F:db.G=D");
}

/* CALL names a catalog's procedure, not a function; its arguments are
 * expressions like any other. */
static void test_procedures(void **state)
{
    (void)state;
    expect("CALL mycat.sys.compact('db.t', my_f(1), (SELECT a FROM t));"
           "CALL sys.rollback_to(`table` => 'db.t');",
           "F:my_f=U T:t=U");
}

/* t$snapshots and other system tables exist when table t does. */
static void test_system_tables(void **state)
{
    (void)state;
    expect("CREATE TEMPORARY TABLE t (a INT); SELECT * FROM t$snapshots;"
           "SELECT * FROM `t$changelog`; SELECT * FROM u$snapshots;"
           "SELECT * FROM $x; SELECT * FROM db.t$files;",
           "T:t$snapshots=D T:t$changelog=D T:u$snapshots=U T:$x=U "
           "T:db.t$files=U");
    expect("CREATE CATALOG c WITH ('type' = 'paimon'); USE CATALOG c;"
           "SELECT * FROM t$snapshots;", "T:t$snapshots=?");
}

/* The platform's default catalog and database (vvp.`default`). */
static void test_default_catalog(void **state)
{
    (void)state;
    static const char sql[] =
        "CREATE TEMPORARY TABLE t (a INT); SELECT * FROM vvp.`default`.t;"
        "SELECT * FROM `default`.t; SELECT * FROM "
        "default_catalog.default_database.t; USE CATALOG c; SELECT * FROM t;"
        "USE CATALOG vvp; SELECT * FROM t;";
    expect_in("vvp.default", sql, "T:vvp.default.t=D T:default.t=D "
              "T:default_catalog.default_database.t=U T:t=U T:t=D");
    expect(sql, "T:vvp.default.t=U T:default.t=U "
           "T:default_catalog.default_database.t=D T:t=U T:t=U");
}

/* A bare USER is recorded (FSQL210); `user` and CURRENT_USER are not. */
static void test_bare_user(void **state)
{
    (void)state;
    expect("SELECT user, `user`, CURRENT_USER, f(User) FROM t;",
           "N:user=D F:f=U N:User=D T:t=U");
}

static void test_duplicates(void **state)
{
    (void)state;
    expect("CREATE TEMPORARY TABLE t (a INT); CREATE TEMPORARY VIEW t AS "
           "SELECT 1; CREATE TEMPORARY TABLE IF NOT EXISTS t (a INT);",
           " dup:t");
    expect("CREATE TEMPORARY FUNCTION f AS 'x'; CREATE OR REPLACE TEMPORARY "
           "FUNCTION f AS 'y'; CREATE FUNCTION f AS 'z';", "");
}

static void test_unparsed_statements(void **state)
{
    (void)state;
    /* a broken CREATE makes its name unknown, not undefined */
    expect("CREATE TEMPORARY TABLE t (a INT,) WITH ('k' = 'v');"
           "SELECT * FROM t; SELECT * FROM u;", "T:t=? T:u=U");
    /* a CREATE whose name cannot be found makes every name unknown */
    expect("CREATE TEMPORARY TABLE;SELECT * FROM u;", "T:u=?");
    expect("SET 'table.sql-dialect' = 'hive'; CREATE TABLE h (a INT) STORED "
           "AS ORC; SET 'table.sql-dialect' = 'default'; SELECT * FROM h;",
           "T:h=?");
    /* a broken CREATE FUNCTION: its name is unknown where it would have
     * been defined (a catalog function is found by its full name too; a
     * system function is not in the catalog) */
    expect("CREATE TEMPORARY FUNCTION g AS 'x' LANGUAGE JAVA garbage;"
           "SELECT default_catalog.default_database.g(1), g(2);",
           "F:default_catalog.default_database.g=? F:g=?");
    expect("CREATE TEMPORARY SYSTEM FUNCTION g AS 'x' LANGUAGE JAVA garbage;"
           "SELECT g(2), default_catalog.default_database.g(1);",
           "F:g=? F:default_catalog.default_database.g=U");
}

static void test_builtins(void **state)
{
    (void)state;
    size_t n;
    const struct builtin *b = builtin_table(&n);
    assert_true(n > 250);
    for (size_t i = 1; i < n; i++)
        if (strcmp(b[i - 1].name, b[i].name) >= 0)
            fail_msg("builtins.def not sorted/unique at %s", b[i].name);
    assert_true(builtin_function("json_value"));
    assert_true(builtin_function("CURRENT_WATERMARK"));
    assert_false(builtin_function("parse_ua"));

    FILE *f = open_shared_data("flink-builtin-functions.tsv");
    if (!f) {
        skip();
        return;
    }
    char line[2048];
    size_t checked = 0;
    fgets(line, sizeof line, f);
    while (fgets(line, sizeof line, f)) {
        char *tab = strchr(line, '\t');
        if (!tab)
            continue;
        *tab = '\0';
        if (!builtin_function(line))
            fail_msg("built-in %s missing from builtins.def", line);
        checked++;
    }
    fclose(f);
    assert_true(checked > 250);
}

static void test_registry(void **state)
{
    (void)state;
    size_t n;
    const struct rule *rules = rule_table(&n);
    assert_true(n <= MAX_RULES);
    for (size_t i = 0; i < n; i++) {
        size_t idx = SIZE_MAX;
        assert_ptr_equal(rule_find(rules[i].code, &idx), &rules[i]);
        assert_int_equal(idx, i);
        assert_ptr_equal(rule_find(rules[i].name, NULL), &rules[i]);
        for (size_t j = 0; j < i; j++) {
            assert_true(strcmp(rules[i].code, rules[j].code) > 0);
            assert_true(strcmp(rules[i].name, rules[j].name) != 0);
        }
    }
    assert_non_null(rule_find("fsql201", NULL));
    assert_non_null(rule_find("Undefined-Table", NULL));
    assert_null(rule_find("FSQL999", NULL));
    assert_string_equal(rule_suggest("undefined-tabel"), "undefined-table");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_order_and_drop),
        cmocka_unit_test(test_scopes),
        cmocka_unit_test(test_use_and_qualified_names),
        cmocka_unit_test(test_functions),
        cmocka_unit_test(test_procedures),
        cmocka_unit_test(test_system_tables),
        cmocka_unit_test(test_bare_user),
        cmocka_unit_test(test_many_ctes),
        cmocka_unit_test(test_default_catalog),
        cmocka_unit_test(test_duplicates),
        cmocka_unit_test(test_unparsed_statements),
        cmocka_unit_test(test_builtins),
        cmocka_unit_test(test_registry),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
