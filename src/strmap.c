/* strmap.c -- open addressing with linear probing. Each slot keeps its
 * key's hash, so probes compare strings only on a full hash match and
 * growing never rehashes a key. There is no removal: callers store a
 * "gone" value instead. */
#include "sqlcheck/strmap.h"

#include "sqlcheck/arena.h"

#include <string.h>

/* Eight bytes at a time: multiply, rotate, mix (keys are long paths such
 * as "catalog\x1f" "database\x1f" "name"). Never 0, which marks an empty
 * slot. */
static uint64_t hash(const char *s)
{
    const uint64_t k = 0x9E3779B97F4A7C15ull;
    size_t n = strlen(s);
    uint64_t h = n * k;
    for (; n >= 8; s += 8, n -= 8) {
        uint64_t w;
        memcpy(&w, s, 8);
        h = ((h << 23 | h >> 41) ^ w) * k;
    }
    uint64_t w = 0;
    memcpy(&w, s, n);
    h = ((h << 23 | h >> 41) ^ w) * k;
    h ^= h >> 29;
    return h ? h : 1;
}

void strmap_init(struct strmap *m, struct arena *a)
{
    memset(m, 0, sizeof *m);
    m->arena = a;
}

static struct strmap_slot *find(const struct strmap *m, const char *key,
                                uint64_t h)
{
    size_t i = (size_t)h & (m->cap - 1);
    for (;; i = (i + 1) & (m->cap - 1)) {
        struct strmap_slot *s = &m->slots[i];
        if (!s->hash || (s->hash == h && strcmp(s->key, key) == 0))
            return s;
    }
}

void *strmap_get(const struct strmap *m, const char *key)
{
    if (!m->cap)
        return NULL;
    return find(m, key, hash(key))->value;
}

struct strmap_slot *strmap_find(const struct strmap *m, const char *key)
{
    if (!m->cap)
        return NULL;
    struct strmap_slot *s = find(m, key, hash(key));
    return s->hash ? s : NULL;
}

static void grow(struct strmap *m)
{
    struct strmap old = *m;
    m->cap = m->cap ? m->cap * 2 : 64;
    m->slots = arena_alloc(m->arena, m->cap * sizeof *m->slots);
    for (size_t i = 0; i < old.cap; i++) {
        const struct strmap_slot *o = &old.slots[i];
        if (!o->hash)
            continue;
        size_t j = (size_t)o->hash & (m->cap - 1);
        while (m->slots[j].hash)
            j = (j + 1) & (m->cap - 1);
        m->slots[j] = *o;
    }
    arena_release(m->arena, old.slots);
}

struct strmap_slot *strmap_slot(struct strmap *m, const char *key)
{
    if ((m->count + 1) * 2 > m->cap)
        grow(m);
    uint64_t h = hash(key);
    struct strmap_slot *s = find(m, key, h);
    if (!s->hash) {
        s->hash = h;
        s->key = key;
        m->count++;
    }
    return s;
}

void strmap_put(struct strmap *m, const char *key, void *value)
{
    strmap_slot(m, key)->value = value;
}
