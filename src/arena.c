/* arena.c -- region allocator (see arena.h). */
#include "sqlcheck/arena.h"

#include <stdalign.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define ARENA_BLOCK_SIZE (64 * 1024)

struct arena_block {
    struct arena_block *next;
    size_t size;
    alignas(max_align_t) unsigned char data[];
};

_Noreturn void fatal_oom(void)
{
    fputs("sqlcheck: out of memory\n", stderr);
    exit(2);
}

void arena_init(struct arena *a)
{
    a->head = NULL;
    a->used = 0;
}

static struct arena_block *block_new(size_t size)
{
    struct arena_block *b = malloc(sizeof(*b) + size);
    if (!b)
        fatal_oom();
    b->size = size;
    return b;
}

void *arena_alloc(struct arena *a, size_t size)
{
    size_t align = alignof(max_align_t);
    size = (size + align - 1) & ~(align - 1);
    if (size == 0)
        size = align;
#ifdef ARENA_TRACK
    {
        struct arena_block *b = block_new(size);
        memset(b->data, 0, size);
        if (a->head) {  /* keep the open block on top */
            b->next = a->head->next;
            a->head->next = b;
        } else {
            b->next = NULL;
            a->head = b;
            a->used = size;
        }
        return b->data;
    }
#else
    if (!a->head || a->head->size - a->used < size) {
        if (size > ARENA_BLOCK_SIZE / 4) {
            /* Large requests get their own block behind the open one. */
            struct arena_block *big = block_new(size);
            if (a->head) {
                big->next = a->head->next;
                a->head->next = big;
            } else {
                big->next = NULL;
                a->head = big;
                a->used = size;
            }
            memset(big->data, 0, size);
            return big->data;
        }
        struct arena_block *b = block_new(ARENA_BLOCK_SIZE);
        b->next = a->head;
        a->head = b;
        a->used = 0;
    }
    void *p = a->head->data + a->used;
    a->used += size;
    memset(p, 0, size);
    return p;
#endif
}

char *arena_strndup(struct arena *a, const char *s, size_t len)
{
    char *p = arena_alloc(a, len + 1);
    memcpy(p, s, len);
    p[len] = '\0';
    return p;
}

char *arena_join(struct arena *a, char sep, const char *const *parts,
                 size_t n)
{
    size_t len[8], total = n ? n - 1 : 0;
    for (size_t i = 0; i < n; i++)
        total += i < 8 ? (len[i] = strlen(parts[i])) : strlen(parts[i]);
    char *out = arena_alloc(a, total + 1), *o = out;
    for (size_t i = 0; i < n; i++) {
        size_t l = i < 8 ? len[i] : strlen(parts[i]);
        if (i)
            *o++ = sep;
        memcpy(o, parts[i], l);
        o += l;
    }
    *o = '\0';
    return out;
}

void arena_free(struct arena *a)
{
    struct arena_block *b = a->head;
    while (b) {
        struct arena_block *next = b->next;
        free(b);
        b = next;
    }
    a->head = NULL;
    a->used = 0;
}
