/* strmap.c -- open addressing with linear probing; FNV-1a hashes. There
 * is no removal: callers store a "gone" value instead. */
#include "sqlcheck/strmap.h"

#include "sqlcheck/arena.h"

#include <stdint.h>
#include <string.h>

static uint64_t hash(const char *s)
{
    uint64_t h = 1469598103934665603ull;
    for (; *s; s++)
        h = (h ^ (unsigned char)*s) * 1099511628211ull;
    return h;
}

void strmap_init(struct strmap *m, struct arena *a)
{
    memset(m, 0, sizeof *m);
    m->arena = a;
}

static struct strmap_slot *find(const struct strmap *m, const char *key)
{
    size_t i = (size_t)hash(key) & (m->cap - 1);
    while (m->slots[i].key && strcmp(m->slots[i].key, key) != 0)
        i = (i + 1) & (m->cap - 1);
    return &m->slots[i];
}

void *strmap_get(const struct strmap *m, const char *key)
{
    if (!m->cap)
        return NULL;
    return find(m, key)->value;
}

void strmap_put(struct strmap *m, const char *key, void *value)
{
    if ((m->count + 1) * 2 > m->cap) {
        struct strmap old = *m;
        m->cap = m->cap ? m->cap * 2 : 64;
        m->slots = arena_alloc(m->arena, m->cap * sizeof *m->slots);
        m->count = 0;
        for (size_t i = 0; i < old.cap; i++)
            if (old.slots[i].key)
                strmap_put(m, old.slots[i].key, old.slots[i].value);
    }
    struct strmap_slot *s = find(m, key);
    if (!s->key) {
        s->key = key;
        m->count++;
    }
    s->value = value;
}
