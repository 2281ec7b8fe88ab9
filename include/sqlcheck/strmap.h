/* strmap.h -- a string-keyed hash map whose memory lives in an arena. */
#ifndef SQLCHECK_STRMAP_H
#define SQLCHECK_STRMAP_H

#include <stddef.h>
#include <stdint.h>

struct arena;

struct strmap_slot {
    uint64_t hash;              /* 0: empty */
    const char *key;
    void *value;
};

struct strmap {
    struct arena *arena;
    struct strmap_slot *slots;
    size_t cap, count;
};

void strmap_init(struct strmap *m, struct arena *a);
/* The value stored under key, or NULL. */
void *strmap_get(const struct strmap *m, const char *key);
/* The slot of key, or NULL when key was never stored (a slot may hold a
 * NULL value: a "gone" mark that hides the key of a map beneath). */
struct strmap_slot *strmap_find(const struct strmap *m, const char *key);
/* Store value under key (the key string must outlive the map). */
void strmap_put(struct strmap *m, const char *key, void *value);
/* The slot of key, added (value NULL) when absent; the key string of a new
 * slot is the one passed, so callers may swap in a longer-lived copy. The
 * slot is valid until the next insertion. */
struct strmap_slot *strmap_slot(struct strmap *m, const char *key);

#endif
