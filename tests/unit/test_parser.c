/* test_parser.c -- the grammar: every statement kind, the tree's shape,
 * error recovery and the syntax messages. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include "sqlcheck/arena.h"
#include "sqlcheck/check.h"
#include "sqlcheck/parse.h"

#include <stdio.h>
#include <string.h>

struct parsed {
    struct arena arena;
    struct source src;
    struct diag_list diags;
    struct node *root;
};

static struct parsed *parse(const char *text)
{
    static struct parsed p;
    memset(&p, 0, sizeof p);
    arena_init(&p.arena);
    source_init(&p.src, &p.arena, "t.sql", text, (uint32_t)strlen(text));
    diag_list_init(&p.diags, &p.arena, &p.src);
    p.root = sql_parse(&p.arena, &p.src, &p.diags);
    diag_sort(&p.diags);
    return &p;
}

static void release(struct parsed *p)
{
    diag_list_free(&p->diags);
    arena_free(&p->arena);
}

static struct node *stmt(struct parsed *p, size_t i)
{
    struct node *s = p->root->kid[0]->kid[0];
    while (s && i--)
        s = s->next;
    return s;
}

static void dump_diags(struct parsed *p)
{
    for (size_t i = 0; i < p->diags.count; i++)
        printf("  %u: %s\n", p->diags.items[i].span.start,
               p->diags.items[i].message);
}

/* One statement of the given kind, no diagnostics. */
static struct node *one_statement(struct parsed *p, enum node_kind kind)
{
    if (p->diags.count) {
        dump_diags(p);
        fail_msg("unexpected diagnostics");
    }
    assert_int_equal(ast_list_len(p->root->kid[0]), 1);
    struct node *s = stmt(p, 0);
    if (s->kind != kind)
        fail_msg("statement kind %s, expected %s", ast_kind_name(s->kind),
                 ast_kind_name(kind));
    return s;
}

static const struct {
    const char *sql;
    enum node_kind kind;
    int sub;                    /* -1: not checked */
    uint32_t flags;             /* all must be set */
} statements[] = {
    { "SELECT 1", N_STMT_QUERY, -1, 0 },
    { "VALUES (1)", N_STMT_QUERY, -1, 0 },
    { "WITH a AS (SELECT 1) SELECT * FROM a", N_STMT_QUERY, -1, 0 },
    { "(SELECT 1) UNION (SELECT 2)", N_STMT_QUERY, -1, 0 },
    { "INSERT INTO t SELECT 1", N_STMT_INSERT, -1, 0 },
    { "INSERT OVERWRITE t SELECT 1", N_STMT_INSERT, -1, F_OVERWRITE },
    { "UPSERT INTO t VALUES (1)", N_STMT_INSERT, -1, F_UPSERT },
    { "CREATE TEMPORARY TABLE IF NOT EXISTS t (a INT) WITH ('k' = 'v')",
      N_STMT_CREATE_TABLE, OBJ_TABLE, F_TEMPORARY | F_IF_NOT_EXISTS },
    { "CREATE TABLE t WITH ('k' = 'v') AS SELECT 1", N_STMT_CREATE_TABLE,
      OBJ_TABLE, F_AS_QUERY },
    { "CREATE OR REPLACE TABLE t AS SELECT 1", N_STMT_CREATE_TABLE, OBJ_TABLE,
      F_OR_REPLACE | F_AS_QUERY },
    { "CREATE TABLE t2 LIKE t1", N_STMT_CREATE_TABLE, OBJ_TABLE, 0 },
    { "CREATE MATERIALIZED TABLE m FRESHNESS = INTERVAL '1' MINUTE AS SELECT 1",
      N_STMT_CREATE_TABLE, OBJ_MATERIALIZED_TABLE, F_AS_QUERY },
    { "REPLACE TABLE t AS SELECT 1", N_STMT_REPLACE_TABLE, -1, 0 },
    { "CREATE TEMPORARY VIEW v AS SELECT 1", N_STMT_CREATE_VIEW, -1,
      F_TEMPORARY },
    { "CREATE TEMPORARY SYSTEM FUNCTION f AS 'a.B'", N_STMT_CREATE_FUNCTION,
      -1, F_TEMPORARY | F_SYSTEM },
    { "CREATE CATALOG c WITH ('type' = 'x')", N_STMT_CREATE_CATALOG, -1, 0 },
    { "CREATE DATABASE IF NOT EXISTS c.d", N_STMT_CREATE_DATABASE, -1,
      F_IF_NOT_EXISTS },
    { "CREATE MODEL m INPUT (a INT) OUTPUT (b INT) WITH ('k' = 'v')",
      N_STMT_CREATE_MODEL, -1, 0 },
    { "CREATE CONNECTION c WITH ('k' = 'v')", N_STMT_CREATE_CONNECTION, -1,
      0 },
    { "ALTER TABLE t ADD c INT", N_STMT_ALTER, OBJ_TABLE, 0 },
    { "ALTER TABLE IF EXISTS t RENAME TO u", N_STMT_ALTER, OBJ_TABLE,
      F_IF_EXISTS },
    { "ALTER VIEW v AS SELECT 1", N_STMT_ALTER, OBJ_VIEW, 0 },
    { "ALTER FUNCTION f AS 'x'", N_STMT_ALTER, OBJ_FUNCTION, 0 },
    { "ALTER DATABASE d SET ('k' = 'v')", N_STMT_ALTER, OBJ_DATABASE, 0 },
    { "ALTER CATALOG c COMMENT 'x'", N_STMT_ALTER, OBJ_CATALOG, 0 },
    { "ALTER MODEL m RENAME TO n", N_STMT_ALTER, OBJ_MODEL, 0 },
    { "ALTER MATERIALIZED TABLE m SUSPEND", N_STMT_ALTER,
      OBJ_MATERIALIZED_TABLE, 0 },
    { "ALTER CONNECTION c SET ('k' = 'v')", N_STMT_ALTER, OBJ_CONNECTION, 0 },
    { "DROP TEMPORARY TABLE IF EXISTS t", N_STMT_DROP, OBJ_TABLE,
      F_TEMPORARY | F_IF_EXISTS },
    { "DROP VIEW v", N_STMT_DROP, OBJ_VIEW, 0 },
    { "DROP TEMPORARY SYSTEM FUNCTION f", N_STMT_DROP, OBJ_FUNCTION,
      F_TEMPORARY | F_SYSTEM },
    { "DROP CATALOG IF EXISTS c", N_STMT_DROP, OBJ_CATALOG, F_IF_EXISTS },
    { "DROP DATABASE d CASCADE", N_STMT_DROP, OBJ_DATABASE, 0 },
    { "DROP MODEL m", N_STMT_DROP, OBJ_MODEL, 0 },
    { "DROP MATERIALIZED TABLE m", N_STMT_DROP, OBJ_MATERIALIZED_TABLE, 0 },
    { "DROP CONNECTION c", N_STMT_DROP, OBJ_CONNECTION, 0 },
    { "BEGIN STATEMENT SET", N_STMT_BEGIN_SET, -1, 0 },
    { "END", N_STMT_END, -1, 0 },
    { "EXECUTE STATEMENT SET BEGIN INSERT INTO a SELECT 1; END",
      N_STMT_STATEMENT_SET, -1, 0 },
    { "EXECUTE INSERT INTO a SELECT 1", N_STMT_EXECUTE, -1, 0 },
    { "EXECUTE PLAN 'p.json'", N_STMT_EXECUTE_PLAN, -1, 0 },
    { "COMPILE PLAN 'p.json' FOR INSERT INTO a SELECT 1", N_STMT_COMPILE_PLAN,
      -1, 0 },
    { "COMPILE AND EXECUTE PLAN 'p.json' FOR INSERT INTO a SELECT 1",
      N_STMT_COMPILE_PLAN, -1, F_EXECUTE },
    { "EXPLAIN CHANGELOG_MODE SELECT 1", N_STMT_EXPLAIN, -1, 0 },
    { "DESCRIBE t", N_STMT_DESCRIBE, OBJ_TABLE, 0 },
    { "DESC CATALOG c", N_STMT_DESCRIBE, OBJ_CATALOG, 0 },
    { "USE CATALOG c", N_STMT_USE_CATALOG, -1, 0 },
    { "USE c.d", N_STMT_USE, -1, 0 },
    { "USE MODULES a, b", N_STMT_USE_MODULES, -1, 0 },
    { "SHOW TABLES FROM c.d NOT LIKE 'x%'", N_STMT_SHOW, -1, 0 },
    { "SHOW CREATE TABLE t", N_STMT_SHOW_CREATE, OBJ_TABLE, 0 },
    { "SET 'a' = 'b'", N_STMT_SET, -1, 0 },
    { "SET a.b = c", N_STMT_SET, -1, F_LEGACY },
    { "RESET 'a'", N_STMT_RESET, -1, 0 },
    { "RESET a", N_STMT_RESET, -1, F_LEGACY },
    { "LOAD MODULE hive WITH ('v' = '3')", N_STMT_LOAD_MODULE, -1, 0 },
    { "UNLOAD MODULE hive", N_STMT_UNLOAD_MODULE, -1, 0 },
    { "ADD JAR 'a.jar'", N_STMT_JAR, 0, 0 },
    { "REMOVE JAR 'a.jar'", N_STMT_JAR, 1, 0 },
    { "STOP JOB 'x' WITH SAVEPOINT", N_STMT_JOB, -1, 0 },
    { "ANALYZE TABLE t COMPUTE STATISTICS FOR ALL COLUMNS", N_STMT_ANALYZE,
      -1, 0 },
    { "CALL c.sys.p(a => 1)", N_STMT_CALL, -1, 0 },
    { "TRUNCATE TABLE t", N_STMT_TRUNCATE, -1, 0 },
    { "DELETE FROM t WHERE a = 1", N_STMT_DELETE, -1, 0 },
    { "UPDATE t SET a = 1 WHERE b = 2", N_STMT_UPDATE, -1, 0 },
    { "HELP", N_STMT_CLIENT, -1, 0 },
};

static void test_every_statement_kind(void **state)
{
    (void)state;
    for (size_t i = 0; i < sizeof statements / sizeof *statements; i++) {
        char sql[512];
        /* with and without the final ';' */
        for (int semi = 0; semi < 2; semi++) {
            snprintf(sql, sizeof sql, "%s%s", statements[i].sql,
                     semi ? ";" : "");
            struct parsed *p = parse(sql);
            if (p->diags.count) {
                printf("%s\n", sql);
                dump_diags(p);
            }
            struct node *s = one_statement(p, statements[i].kind);
            if (statements[i].sub >= 0)
                assert_int_equal(s->sub, statements[i].sub);
            if ((s->flags & statements[i].flags) != statements[i].flags)
                fail_msg("%s: flags %#x, expected %#x", sql, s->flags,
                         statements[i].flags);
            release(p);
        }
    }
}

static void test_tree_shape(void **state)
{
    (void)state;
    struct parsed *p = parse("INSERT INTO c.d.t (a, b) SELECT x AS a, `y` "
                             "FROM s AS q WHERE x > 1;");
    struct node *s = one_statement(p, N_STMT_INSERT);
    struct node *target = s->kid[0];
    assert_int_equal(target->kind, N_PATH);
    assert_string_equal(target->kid[0]->text, "c");
    assert_string_equal(target->kid[0]->next->next->text, "t");
    assert_int_equal(ast_list_len(s->kid[3]), 2);       /* column list */
    struct node *sel = s->kid[4];
    assert_int_equal(sel->kind, N_SELECT);
    assert_int_equal(ast_list_len(sel->kid[1]), 2);
    struct node *item2 = sel->kid[1]->kid[0]->next;
    assert_int_equal(item2->kid[0]->kind, N_PATH);  /* a column reference */
    assert_string_equal(item2->kid[0]->kid[0]->text, "y");
    assert_true(item2->kid[0]->kid[0]->flags & F_QUOTED);
    struct node *from = sel->kid[2]->kid[0];
    assert_int_equal(from->kind, N_TABLE_REF);
    assert_string_equal(from->kid[3]->kid[0]->text, "q");
    assert_int_equal(sel->kid[3]->kind, N_BINARY);
    /* spans are byte offsets */
    assert_int_equal(s->span.start, 0);
    assert_int_equal(target->span.start, 12);
    assert_int_equal(target->span.end, 17);
    assert_null(s->kid[5]);                         /* no ON CONFLICT */
    release(p);

    /* Flink 2.3: ON CONFLICT after the query, also after a join's ON */
    p = parse("INSERT INTO t SELECT * FROM a JOIN b ON a.k = b.k "
              "ON CONFLICT DO DEDUPLICATE;");
    s = one_statement(p, N_STMT_INSERT);
    assert_non_null(s->kid[5]);
    assert_int_equal(s->kid[5]->kind, N_KEYWORD_ARG);
    assert_string_equal(s->kid[5]->text, "DEDUPLICATE");
    assert_int_equal(s->kid[4]->kind, N_SELECT);
    release(p);
}

static void test_backtick_unescaping(void **state)
{
    (void)state;
    struct parsed *p = parse("SELECT * FROM `a``b`;");
    struct node *s = one_statement(p, N_STMT_QUERY);
    struct node *ref = s->kid[0]->kid[2]->kid[0];
    assert_string_equal(ref->kid[0]->kid[0]->text, "a`b");
    release(p);
}

static void test_recovery_two_errors(void **state)
{
    (void)state;
    struct parsed *p = parse("SELECT a, FROM t;\n"
                             "CREATE TEMPORARY TABLE x (a INT);\n"
                             "INSERT INTO WHERE;\n"
                             "INSERT INTO x SELECT 1;\n");
    assert_int_equal(p->diags.count, 2);
    assert_int_equal(p->diags.items[0].span.start, 10);
    assert_int_equal(p->diags.items[1].span.start, 64);
    assert_int_equal(ast_list_len(p->root->kid[0]), 4);
    assert_int_equal(stmt(p, 0)->kind, N_STMT_ERROR);
    assert_int_equal(stmt(p, 1)->kind, N_STMT_CREATE_TABLE);
    assert_int_equal(stmt(p, 2)->kind, N_STMT_ERROR);
    assert_int_equal(stmt(p, 3)->kind, N_STMT_INSERT);
    release(p);
}

static void test_one_error_per_statement(void **state)
{
    (void)state;
    /* a lexical error and a syntax error in one statement: one report */
    struct parsed *p = parse("SELECT a != b FROM FROM t;");
    assert_int_equal(p->diags.count, 1);
    release(p);
}

static void test_missing_semicolon(void **state)
{
    (void)state;
    struct parsed *p = parse("CREATE TEMPORARY TABLE a (x INT)\n"
                             "INSERT INTO a SELECT 1;\n");
    assert_int_equal(p->diags.count, 1);
    assert_non_null(strstr(p->diags.items[0].message, "missing ';'"));
    assert_int_equal(p->diags.items[0].span.start, 33);
    assert_int_equal(ast_list_len(p->root->kid[0]), 2);
    assert_int_equal(stmt(p, 1)->kind, N_STMT_INSERT);
    release(p);
}

/* Cases that are valid: one statement of the kind, no diagnostics. */
static void test_corners_accepted(void **state)
{
    (void)state;
    static const struct {
        const char *sql;
        enum node_kind kind;
    } cases[] = {
        { "ALTER TABLE orders COMPACT", N_STMT_ALTER },
        { "ALTER TABLE orders PARTITION (dt = '1') COMPACT", N_STMT_ALTER },
        { "SELECT compact FROM compact", N_STMT_QUERY },
        { "SELECT X'0A'\n'0B'", N_STMT_QUERY },
        { "SELECT X'0a'\n  -- fragments may have comments between them\n"
          "'Ff'\n''", N_STMT_QUERY },
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        struct parsed *p = parse(cases[i].sql);
        one_statement(p, cases[i].kind);
        release(p);
    }
}

/* BEGIN STATEMENT SET without its ';' still opens the set. */
static void test_begin_set_missing_semicolon(void **state)
{
    (void)state;
    struct parsed *p = parse("BEGIN STATEMENT SET\n"
                             "INSERT INTO a SELECT 1;\n"
                             "END;\n");
    assert_int_equal(p->diags.count, 1);
    assert_non_null(strstr(p->diags.items[0].message,
                           "missing ';' before 'INSERT'"));
    assert_int_equal(stmt(p, 0)->kind, N_STMT_BEGIN_SET);
    assert_int_equal(stmt(p, 1)->kind, N_STMT_INSERT);
    assert_int_equal(stmt(p, 2)->kind, N_STMT_END);
    release(p);

    p = parse("BEGIN STATEMENTS SET;\nEND;\n");   /* not a BEGIN */
    assert_int_equal(stmt(p, 0)->kind, N_STMT_ERROR);
    release(p);
}

static void test_statement_set_members(void **state)
{
    (void)state;
    struct parsed *p = parse("EXECUTE STATEMENT SET BEGIN\n"
                             "INSERT INTO a SELECT 1;\n"
                             "INSERT INTO b SELEC 1;\n"
                             "INSERT INTO c SELECT 1;\n"
                             "END;\nSELECT 1;");
    assert_int_equal(p->diags.count, 1);
    struct node *set = stmt(p, 0);
    assert_int_equal(set->kind, N_STMT_STATEMENT_SET);
    assert_int_equal(ast_list_len(set->kid[0]), 3);
    assert_int_equal(set->kid[0]->kid[0]->next->kind, N_STMT_ERROR);
    assert_int_equal(stmt(p, 1)->kind, N_STMT_QUERY);
    release(p);

    p = parse("EXECUTE STATEMENT SET BEGIN END;");
    assert_int_equal(p->diags.count, 1);
    assert_non_null(strstr(p->diags.items[0].message, "empty statement set"));
    release(p);
}

static void test_messages(void **state)
{
    (void)state;
    static const struct {
        const char *sql;
        uint32_t offset;
        const char *message;
        const char *hint;
    } cases[] = {
        { "SELECT a b c FROM t", 11, "unexpected 'c'",
          "a ',' is probably missing before 'c'" },
        /* a missing ',' before a call: not a reserved-word problem */
        { "SELECT sensor_id AVG(temperature) FROM t", 17, "unexpected 'AVG'",
          "a ',' is probably missing before 'AVG'" },
        { "CREATE TABLE t (a INT b INT)", 22, "unexpected 'b'",
          "a ',' is probably missing before 'b'" },
        { "SELECT a FROM t WHERE a IN (1 2)", 30, "unexpected '2'",
          "a ',' is probably missing before '2'" },
        { "SELECT * FROM t WHERE a IN (1 2)", 30,
          "unexpected '2', expected ',', ')' or an operator", NULL },
        { "CREATE TABLE t (user STRING)", 16,
          "'user' is a reserved word", "quote it with backticks: `user`" },
        { "SELECT comment FROM t", 7, "'comment' is a reserved word", NULL },
        { "CREATE TABLE t (a INT, end INT)", 23, "'end' is a reserved word",
          "quote it with backticks: `end`" },
        { "CREATE TABLE t (a INT, set STRING)", 23, "'set' is a reserved word",
          NULL },
        { "SELECT * FORM t", 9, "unexpected", NULL },
        { "SELCT 1", 0, "unexpected 'SELCT'", "did you mean 'SELECT'?" },
        { "SELECT f(a,) FROM t", 11, "unexpected ')' after ','",
          "remove the trailing ','" },
        { "SELECT 1 SELECT 2", 9, "missing ';' before 'SELECT'", NULL },
        { "SELECT * FROM", 13, "unexpected end of input", NULL },
        { "SELECT a AS 'b' FROM t", 12, "'b' is a string literal, not a name",
          "quote names with backticks: `b`" },
        { "SELECT a AS N'b' FROM t", 12, "is a string literal, not a name",
          "quote names with backticks: `b`" },
        { "INSERT INTO t SELECT 1 ON CONFLICT DO UPDATE", 38,
          "unexpected 'UPDATE', expected 'DEDUPLICATE', 'ERROR' or 'NOTHING'",
          NULL },
        /* a ',' missing between two options: the strings are joined */
        { "CREATE TABLE t (a INT) WITH ('connector' = 'x'\n  'format' = "
          "'json')", 49, "'format' continues the string literal on the line "
          "before (adjacent literals are joined), then '=' is unexpected",
          "a ',' is probably missing after 'x'" },
        /* only COMPACT, not any word, is an ALTER TABLE action */
        { "ALTER TABLE orders REPLICA", 19, "unexpected 'REPLICA'", NULL },
        /* binary literals hold hex digits only (Flink: "Illegal binary
         * string"), also in continuation fragments */
        { "SELECT X'0G'", 10, "illegal binary string: 'G' is not a hex digit",
          NULL },
        { "SELECT X'0A 0B'", 11, "illegal binary string: blanks", NULL },
        { "SELECT X'0A'\n'0Z'", 15, "'Z' is not a hex digit", NULL },
        { "SELECT x'0A' '0B'", 13, "continued on the same line", NULL },
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        struct parsed *p = parse(cases[i].sql);
        if (p->diags.count != 1) {
            dump_diags(p);
            fail_msg("%s: %zu diagnostics", cases[i].sql, p->diags.count);
        }
        const struct diag *d = &p->diags.items[0];
        if (d->span.start != cases[i].offset ||
            !strstr(d->message, cases[i].message))
            fail_msg("%s: got '%s' at %u", cases[i].sql, d->message,
                     d->span.start);
        if (cases[i].hint)
            assert_string_equal(d->hint, cases[i].hint);
        release(p);
    }
}

/* FSQL105: valid syntax that Flink rejects when it validates (the tree
 * tier's rule, src/checks/rejected_statement.c; the lexer for binary
 * literals). */
static void test_rejected_statements(void **state)
{
    (void)state;
    static const struct {
        const char *sql;
        const char *message;        /* NULL: nothing to report */
    } cases[] = {
        { "CREATE TABLE t (a INT PRIMARY KEY)", "NOT ENFORCED" },
        { "CREATE TABLE t (a INT, PRIMARY KEY (a) ENFORCED)", "NOT ENFORCED" },
        { "CREATE TABLE t (a INT, PRIMARY KEY (a) NOT ENFORCED)", NULL },
        { "CREATE TABLE t (a INT PRIMARY KEY NOT ENFORCED, "
          "PRIMARY KEY (a) NOT ENFORCED)", "a second PRIMARY KEY" },
        { "CREATE TABLE t (a INT, CONSTRAINT u UNIQUE (a) NOT ENFORCED)",
          "UNIQUE" },
        { "CREATE TABLE t (ts TIMESTAMP(3), WATERMARK FOR ts AS ts, "
          "WATERMARK FOR ts AS ts)", "a second WATERMARK" },
        { "ALTER TABLE t ADD PRIMARY KEY (a)", "NOT ENFORCED" },
        { "ALTER TABLE t ADD PRIMARY KEY (a) NOT ENFORCED", NULL },
        { "ALTER TABLE t MODIFY (a INT, UNIQUE (a))", "UNIQUE" },
        { "CREATE TEMPORARY TABLE t AS SELECT 1 AS a",
          "cannot create a TEMPORARY table" },
        { "CREATE TABLE t AS SELECT 1 AS a", NULL },
        { "CREATE OR REPLACE TEMPORARY TABLE t AS SELECT 1 AS a",
          "REPLACE TABLE ... AS query cannot" },
        { "REPLACE TABLE t AS SELECT 1 AS a", NULL },
        { "CREATE OR REPLACE TABLE IF NOT EXISTS t AS SELECT 1 AS a",
          "does not take IF NOT EXISTS" },
        { "CREATE TABLE IF NOT EXISTS t AS SELECT 1 AS a", NULL },
        { "CREATE TABLE t (a, b) WITH ('connector' = 'x')",
          "column without a type" },
        { "CREATE TABLE t (a, b) AS SELECT 1 AS a, 2 AS b", NULL },
        { "CREATE MATERIALIZED TABLE m (a) AS SELECT 1 AS a", NULL },
        { "CREATE TABLE t (a INT) LIKE s (INCLUDING ALL OVERWRITING "
          "OPTIONS)", NULL },
        { "CREATE TABLE t (a INT) LIKE s (INCLUDING WATERMARKS "
          "EXCLUDING watermarks)", "LIKE option for watermarks" },
        { "CREATE FUNCTION f AS 'x' LANGUAGE SQL USING JAR 'a.jar'",
          "LANGUAGE SQL" },
        { "CREATE FUNCTION f AS 'x' LANGUAGE SCALA USING JAR 'a.jar'", NULL },
        { "EXPLAIN ESTIMATED_COST, estimated_cost SELECT 1",
          "EXPLAIN detail estimated_cost given twice" },
        { "EXPLAIN CREATE TABLE t (a INT)", "EXPLAIN takes CREATE TABLE" },
        { "EXPLAIN CREATE TABLE t AS SELECT 1 AS a", NULL },
        { "SELECT X'0A0'", "an even number of hex digits (this one has 3)" },
        { "SELECT X'0A'\n'0'", "even number of hex digits (this one has 3)" },
        { "SELECT X'0A'\n  '0B' -- two fragments\n'', X''", NULL },
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        struct parsed *p = parse(cases[i].sql);
        struct tree_checks tc;
        tree_checks_init(&tc, &p->arena, &p->src, &p->diags, NULL);
        for (const struct node *s = stmt(p, 0); s; s = s->next)
            tree_checks_run(&tc, s);
        tree_checks_free(&tc);
        size_t want = cases[i].message ? 1 : 0;
        if (p->diags.count != want) {
            dump_diags(p);
            fail_msg("%s: %zu findings", cases[i].sql, p->diags.count);
        }
        if (want) {
            const struct diag *d = &p->diags.items[0];
            assert_string_equal(d->code, "FSQL105");
            assert_non_null(d->hint);
            if (!strstr(d->message, cases[i].message))
                fail_msg("%s: got '%s'", cases[i].sql, d->message);
        }
        release(p);
    }
}

static void test_hive_dialect(void **state)
{
    (void)state;
    struct parsed *p = parse("SET 'table.sql-dialect' = 'hive';\n"
                             "CREATE TABLE h (a INT) STORED AS ORC;\n"
                             "INSERT INTO TABLE h SELECT 1;\n"
                             "SET table.sql-dialect = default;\n"
                             "SELECT 1;");
    assert_int_equal(p->diags.count, 1);
    assert_string_equal(p->diags.items[0].code, "FSQL002");
    assert_int_equal(p->diags.items[0].severity, SEV_NOTE);
    assert_int_equal(stmt(p, 1)->kind, N_STMT_HIVE);
    assert_int_equal(stmt(p, 2)->kind, N_STMT_HIVE);
    assert_int_equal(stmt(p, 3)->kind, N_STMT_SET);
    assert_int_equal(stmt(p, 4)->kind, N_STMT_QUERY);
    release(p);
}

static void test_lookahead_rewrites(void **state)
{
    (void)state;
    struct parsed *p = parse(
        "SELECT POSITION('a' IN s), f IN (1) FROM t WHERE a BETWEEN 1 AND 2 "
        "AND b BETWEEN (SELECT 1 WHERE x AND y) AND CASE WHEN c AND d THEN 1 "
        "END AND e");
    struct node *s = one_statement(p, N_STMT_QUERY);
    struct node *where = s->kid[0]->kid[3];
    /* ((a BETWEEN 1 AND 2) AND (b BETWEEN (...) AND CASE ... END)) AND e */
    assert_int_equal(where->kind, N_BINARY);
    assert_int_equal(where->kid[0]->kind, N_BINARY);
    assert_int_equal(where->kid[0]->kid[0]->kind, N_PREDICATE);
    struct node *b = where->kid[0]->kid[1];
    assert_int_equal(b->kind, N_PREDICATE);
    assert_int_equal(b->kid[1]->kind, N_SUBQUERY);
    assert_int_equal(b->kid[2]->kind, N_CASE);
    struct node *items = s->kid[0]->kid[1];
    assert_int_equal(items->kid[0]->kid[0]->kind, N_SPECIAL_CALL);
    release(p);
}

static void test_empty_and_comment_only(void **state)
{
    (void)state;
    static const char *const texts[] = { "", ";", "\xEF\xBB\xBF", "-- x\n",
                                         "/* x */", ";;\n;" };
    for (size_t i = 0; i < sizeof texts / sizeof *texts; i++) {
        struct parsed *p = parse(texts[i]);
        assert_int_equal(p->diags.count, 0);
        assert_int_equal(ast_list_len(p->root->kid[0]), 0);
        release(p);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_every_statement_kind),
        cmocka_unit_test(test_tree_shape),
        cmocka_unit_test(test_backtick_unescaping),
        cmocka_unit_test(test_recovery_two_errors),
        cmocka_unit_test(test_one_error_per_statement),
        cmocka_unit_test(test_missing_semicolon),
        cmocka_unit_test(test_statement_set_members),
        cmocka_unit_test(test_corners_accepted),
        cmocka_unit_test(test_begin_set_missing_semicolon),
        cmocka_unit_test(test_messages),
        cmocka_unit_test(test_rejected_statements),
        cmocka_unit_test(test_hive_dialect),
        cmocka_unit_test(test_lookahead_rewrites),
        cmocka_unit_test(test_empty_and_comment_only),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
