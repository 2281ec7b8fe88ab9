/* strmap.h -- a string-keyed hash map whose memory lives in an arena. */
#ifndef SQLCHECK_STRMAP_H
#define SQLCHECK_STRMAP_H

#include <stddef.h>

struct arena;

struct strmap_slot {
    const char *key;            /* NULL: empty */
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
/* Store value under key (the key string must outlive the map). */
void strmap_put(struct strmap *m, const char *key, void *value);

#endif
