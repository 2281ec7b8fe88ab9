/* test_strmap.c -- the name maps every catalog and scope uses: many keys
 * (among them keys whose 32-bit hashes are equal), slots that never move,
 * insertion order, "gone" marks. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include "sqlcheck/arena.h"
#include "sqlcheck/strmap.h"

#include <stdio.h>
#include <string.h>

enum { KEYS = 300000 };

static const char *key_of(struct arena *a, size_t i)
{
    char buf[32];
    int n = snprintf(buf, sizeof buf, "%s%zu", i % 3 ? "t" : "catalog.db.", i);
    return arena_strndup(a, buf, (size_t)n);
}

/* 300,000 keys: at these sizes some pairs share a 32-bit hash, so a look-up
 * that trusted the hash alone would answer with another key's value. */
static void test_many_keys(void **state)
{
    (void)state;
    struct arena a;
    arena_init(&a);
    struct strmap m;
    strmap_init(&m, &a);
    static size_t values[KEYS];
    for (size_t i = 0; i < KEYS; i++) {
        values[i] = i;
        strmap_put(&m, key_of(&a, i), &values[i]);
    }
    assert_int_equal(m.count, KEYS);
    size_t wrong = 0;
    for (size_t i = 0; i < KEYS; i++) {
        const size_t *v = strmap_get(&m, key_of(&a, i));
        wrong += !v || *v != i;
        /* insertion order */
        wrong += strmap_at(&m, i)->value != &values[i];
    }
    assert_int_equal(wrong, 0);
    assert_null(strmap_get(&m, "t0"));          /* 0 is "catalog.db.0" */
    assert_null(strmap_find(&m, "absent"));
    arena_free(&a);
}

/* A slot stays where it is while the map grows, and a slot whose value is
 * NULL (a "gone" mark) is found, but has no value. */
static void test_slots_stay(void **state)
{
    (void)state;
    struct arena a;
    arena_init(&a);
    struct strmap m;
    strmap_init(&m, &a);
    struct strmap_slot *first = strmap_slot(&m, "first");
    for (size_t i = 0; i < 5000; i++)
        strmap_put(&m, key_of(&a, i), &m);
    assert_ptr_equal(strmap_slot(&m, "first"), first);
    assert_non_null(strmap_find(&m, "first"));
    assert_null(strmap_get(&m, "first"));
    arena_free(&a);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_many_keys),
        cmocka_unit_test(test_slots_stay),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
