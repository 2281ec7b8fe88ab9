/* test_walk.c -- ast_walk(): order, pruning, stopping, post-order, and
 * trees deeper than the C stack. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include "sqlcheck/arena.h"
#include "sqlcheck/parse.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct trace {
    char text[4096];
    size_t len;
    enum node_kind prune_at, stop_at;
    unsigned select_slots;      /* the slots of SELECT walked into */
    size_t visits, leaves;
};

static void say(struct trace *t, const char *what, const struct node *n)
{
    int k = snprintf(t->text + t->len, sizeof t->text - t->len, "%s%s%s",
                     t->len ? " " : "", what, ast_kind_name(n->kind));
    if (k > 0 && t->len + (size_t)k < sizeof t->text)
        t->len += (size_t)k;
}

static enum walk_result pre(struct ast_walker *w, const struct node *n)
{
    struct trace *t = w->user;
    t->visits++;
    say(t, "", n);
    if (n->kind == t->stop_at)
        return WALK_STOP;
    if (n->kind == N_SELECT)
        w->slots = t->select_slots;
    return n->kind == t->prune_at ? WALK_PRUNE : WALK_CONTINUE;
}

static void post(struct ast_walker *w, const struct node *n)
{
    struct trace *t = w->user;
    t->leaves++;
    say(t, "/", n);
}

static const struct node *parse_one(struct arena *a, struct source *src,
                                    struct diag_list *dl, const char *text)
{
    arena_init(a);
    source_init(src, a, "t.sql", text, (uint32_t)strlen(text));
    diag_list_init(dl, a, src);
    const struct node *root = sql_parse(a, src, dl);
    assert_int_equal(dl->count, 0);
    return root->kid[SCRIPT_STATEMENTS]->kid[LIST_FIRST];
}

static void walk_text(const char *sql, struct trace *t, bool with_post,
                      bool *finished)
{
    struct arena a;
    struct source src;
    struct diag_list dl;
    const struct node *s = parse_one(&a, &src, &dl, sql);
    struct ast_walker w = { .pre = pre, .post = with_post ? post : NULL,
                            .user = t };
    *finished = ast_walk(&w, s);
    assert_int_equal(w.depth, 0);
    ast_walker_release(&w);
    diag_list_free(&dl);
    arena_free(&a);
}

static void test_source_order(void **state)
{
    (void)state;
    struct trace t = { .prune_at = N__COUNT, .stop_at = N__COUNT,
                       .select_slots = WALK_ALL };
    bool done;
    walk_text("SELECT a, b FROM t WHERE c", &t, false, &done);
    assert_true(done);
    /* slots in order (items before from before where), list elements in
     * order, a path's parts after the path */
    assert_string_equal(t.text,
        "query-stmt select list select-item path ident select-item path "
        "ident list table-ref path ident path ident");
}

static void test_post_order(void **state)
{
    (void)state;
    struct trace t = { .prune_at = N__COUNT, .stop_at = N__COUNT,
                       .select_slots = WALK_ALL };
    bool done;
    walk_text("SELECT -x", &t, true, &done);
    assert_true(done);
    assert_string_equal(t.text,
        "query-stmt select list select-item unary path ident /ident /path "
        "/unary /select-item /list /select /query-stmt");
    assert_int_equal(t.visits, t.leaves);
}

static void test_prune_and_stop(void **state)
{
    (void)state;
    struct trace t = { .prune_at = N_SELECT_ITEM, .stop_at = N__COUNT,
                       .select_slots = WALK_ALL };
    bool done;
    walk_text("SELECT a + 1, b FROM t", &t, true, &done);
    assert_true(done);
    /* pruned: no children, but post() still comes */
    assert_string_equal(t.text,
        "query-stmt select list select-item /select-item select-item "
        "/select-item /list list table-ref path ident /ident /path "
        "/table-ref /list /select /query-stmt");

    struct trace u = { .prune_at = N__COUNT, .stop_at = N_TABLE_REF,
                       .select_slots = WALK_ALL };
    walk_text("SELECT a FROM t, u", &u, true, &done);
    assert_false(done);
    assert_string_equal(u.text,
        "query-stmt select list select-item path ident /ident /path "
        "/select-item /list list table-ref");
}

static void test_slots(void **state)
{
    (void)state;
    struct trace t = { .prune_at = N__COUNT, .stop_at = N__COUNT,
                       .select_slots = WALK_SLOT(SELECT_FROM) |
                                       WALK_SLOT(SELECT_WHERE) };
    bool done;
    walk_text("SELECT a FROM t WHERE b", &t, false, &done);
    assert_true(done);
    /* the items are not walked into; the mask holds for SELECT only */
    assert_string_equal(t.text,
        "query-stmt select list table-ref path ident path ident");
}

/* Where each node hangs: its parent and its slot there. */
static enum walk_result where(struct ast_walker *w, const struct node *n)
{
    struct trace *t = w->user;
    if (n->kind == N_PATH || n->kind == N_TABLE_REF) {
        int k = snprintf(t->text + t->len, sizeof t->text - t->len,
                         "%s%s<%s:%d", t->len ? " " : "", ast_kind_name(n->kind),
                         w->parent ? ast_kind_name(w->parent->kind) : "-",
                         w->slot);
        if (k > 0)
            t->len += (size_t)k;
        return WALK_PRUNE;
    }
    return WALK_CONTINUE;
}

static void test_parent_and_slot(void **state)
{
    (void)state;
    struct arena a;
    struct source src;
    struct diag_list dl;
    const struct node *s = parse_one(&a, &src, &dl,
                                     "SELECT a FROM t WHERE b");
    struct trace t = { .len = 0 };
    struct ast_walker w = { .pre = where, .user = &t };
    assert_true(ast_walk(&w, s));
    assert_true(ast_walk(&w, NULL));    /* nothing to walk: not stopped */
    ast_walker_release(&w);
    char want[128];
    snprintf(want, sizeof want, "path<select-item:%d table-ref<list:-1 "
             "path<select:%d", SELECT_ITEM_EXPR, SELECT_WHERE);
    assert_string_equal(t.text, want);
    diag_list_free(&dl);
    arena_free(&a);
}

/* 1 + 1 + ... (200,000 operands): a left-deep chain far deeper than a
 * recursive walk's C stack would allow */
static void test_deep_tree(void **state)
{
    (void)state;
    enum { OPERANDS = 200000 };
    size_t len = strlen("SELECT 1") + (OPERANDS - 1) * 4 + 1;
    char *sql = malloc(len);
    assert_non_null(sql);
    strcpy(sql, "SELECT 1");
    for (size_t i = 1; i < OPERANDS; i++)
        strcat(sql + strlen("SELECT 1") + (i - 1) * 4, " + 1");
    struct trace t = { .prune_at = N__COUNT, .stop_at = N__COUNT,
                       .select_slots = WALK_ALL };
    bool done;
    t.len = 0;
    walk_text(sql, &t, true, &done);
    assert_true(done);
    /* query-stmt, select, list, select-item, then the operators and the
     * literals: 2 * OPERANDS - 1 */
    assert_int_equal(t.visits, 4 + 2 * (size_t)OPERANDS - 1);
    assert_int_equal(t.leaves, t.visits);
    free(sql);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_source_order),
        cmocka_unit_test(test_post_order),
        cmocka_unit_test(test_prune_and_stop),
        cmocka_unit_test(test_slots),
        cmocka_unit_test(test_parent_and_slot),
        cmocka_unit_test(test_deep_tree),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
