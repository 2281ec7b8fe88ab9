/* strmap.c -- open addressing with linear probing over a table of
 * buckets that name entries kept elsewhere (see strmap.h). Each bucket
 * keeps 32 bits of its key's hash, so probes compare strings only on a
 * hash match and growing the table never rehashes a key. There is no
 * removal: callers store a "gone" value instead. */
#include "sqlcheck/strmap.h"

#include "sqlcheck/arena.h"

#include <stdalign.h>
#include <string.h>

/* Eight bytes at a time: multiply, rotate, mix (keys are long paths such
 * as "catalog\x1f" "database\x1f" "name"). */
static uint32_t hash(const char *s)
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
    return (uint32_t)(h >> 32) ^ (uint32_t)h;
}

void strmap_init(struct strmap *m, struct arena *a)
{
    memset(m, 0, sizeof *m);
    m->arena = a;
}

/* The bucket of key: its entry's, or the empty one where it would go. */
static struct strmap_bucket *find(const struct strmap *m, const char *key,
                                  uint32_t h)
{
    size_t i = h & (m->cap - 1);
    for (;; i = (i + 1) & (m->cap - 1)) {
        struct strmap_bucket *b = &m->buckets[i];
        if (!b->entry ||
            (b->hash == h && strcmp(strmap_at(m, b->entry - 1)->key, key) == 0))
            return b;
    }
}

struct strmap_slot *strmap_find(const struct strmap *m, const char *key)
{
    if (!m->cap)
        return NULL;
    struct strmap_bucket *b = find(m, key, hash(key));
    return b->entry ? strmap_at(m, b->entry - 1) : NULL;
}

void *strmap_get(const struct strmap *m, const char *key)
{
    struct strmap_slot *s = strmap_find(m, key);
    return s ? s->value : NULL;
}

static void grow(struct strmap *m)
{
    struct strmap old = *m;
    m->cap = m->cap ? m->cap * 2 : 64;
    m->buckets = arena_alloc(m->arena, m->cap * sizeof *m->buckets);
    memset(m->buckets, 0, m->cap * sizeof *m->buckets);
    for (size_t i = 0; i < old.cap; i++) {
        const struct strmap_bucket *o = &old.buckets[i];
        if (!o->entry)
            continue;
        size_t j = o->hash & (m->cap - 1);
        while (m->buckets[j].entry)
            j = (j + 1) & (m->cap - 1);
        m->buckets[j] = *o;
    }
    arena_release(m->arena, old.buckets);
}

/* A new entry at the end of the chunks. */
static struct strmap_slot *add_entry(struct strmap *m)
{
    if (m->count == m->nchunks * STRMAP_CHUNK) {
        if ((m->nchunks & (m->nchunks - 1)) == 0) {
            /* the chunk table doubles when it is full */
            size_t cap = m->nchunks ? m->nchunks * 2 : 1;
            struct strmap_slot **t = arena_alloc(m->arena, cap * sizeof *t);
            if (m->nchunks)
                memcpy(t, m->chunks, m->nchunks * sizeof *t);
            arena_release(m->arena, m->chunks);
            m->chunks = t;
        }
        /* not zeroed: an entry is written whole when it is added (a
         * small map would clear 16 KiB it never uses) */
        m->chunks[m->nchunks++] =
            arena_take(m->arena, STRMAP_CHUNK * sizeof **m->chunks,
                       alignof(struct strmap_slot));
    }
    return strmap_at(m, m->count++);
}

struct strmap_slot *strmap_slot(struct strmap *m, const char *key)
{
    if ((m->count + 1) * 4 > m->cap * 3)
        grow(m);
    uint32_t h = hash(key);
    struct strmap_bucket *b = find(m, key, h);
    if (!b->entry) {
        struct strmap_slot *s = add_entry(m);
        s->key = key;
        s->value = NULL;
        b->hash = h;
        b->entry = (uint32_t)m->count;
        return s;
    }
    return strmap_at(m, b->entry - 1);
}

void strmap_put(struct strmap *m, const char *key, void *value)
{
    strmap_slot(m, key)->value = value;
}
