/* strmap.h -- a string-keyed hash map whose memory lives in an arena.
 *
 * Entries (key, value: 16 bytes) are kept in insertion order, in chunks
 * that never move; the table beside them holds 8 bytes a bucket (an
 * entry's number and 32 bits of its key's hash), at most three quarters
 * full: a probe compares a string only on a hash match. */
#ifndef SQLCHECK_STRMAP_H
#define SQLCHECK_STRMAP_H

#include <stddef.h>
#include <stdint.h>

struct arena;

struct strmap_slot {
    const char *key;
    void *value;
};

struct strmap_bucket {
    uint32_t entry;             /* 1 + the entry's number; 0: empty */
    uint32_t hash;
};

struct strmap {
    struct arena *arena;
    struct strmap_bucket *buckets;
    size_t cap, count;
    struct strmap_slot **chunks;        /* STRMAP_CHUNK entries each */
    size_t nchunks;
};

enum { STRMAP_CHUNK = 1024 };

void strmap_init(struct strmap *m, struct arena *a);
/* The value stored under key, or NULL. */
void *strmap_get(const struct strmap *m, const char *key);
/* The slot of key, or NULL when key was never stored (a slot may hold a
 * NULL value: a "gone" mark that hides the key of a map beneath). */
struct strmap_slot *strmap_find(const struct strmap *m, const char *key);
/* Store value under key (the key string must outlive the map). */
void strmap_put(struct strmap *m, const char *key, void *value);
/* The slot of key, added (value NULL) when absent; the key string of a new
 * slot is the one passed, so callers may swap in a longer-lived copy.
 * Slots never move. */
struct strmap_slot *strmap_slot(struct strmap *m, const char *key);

/* The i-th slot added (i < m->count): the entries in insertion order. */
static inline struct strmap_slot *strmap_at(const struct strmap *m, size_t i)
{
    return &m->chunks[i / STRMAP_CHUNK][i % STRMAP_CHUNK];
}

#endif
