/* arena.c -- region allocator (see arena.h). */
#include "sqlcheck/arena.h"

#include <stdalign.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

#define ARENA_BLOCK_SIZE (64 * 1024)
/* Mapped blocks are larger (256 KiB): each map and unmap is a system call,
 * and an unmap of memory another thread touched interrupts that thread. */
#define MAPPED_BLOCK_SIZE (256 * 1024)

struct arena_block {
    struct arena_block *next;
    size_t size;
    bool own;                   /* holds one allocation only */
    bool mapped;                /* mmap()ed: see arena_init_mapped() */
    alignas(max_align_t) unsigned char data[];
};

_Noreturn void fatal_oom(void)
{
    fputs("sqlcheck: out of memory\n", stderr);
    exit(2);
}

size_t arena_size(const struct arena *a)
{
    size_t n = 0;
    for (const struct arena_block *b = a->head; b; b = b->next)
        n += b->size;
    return n;
}

void arena_init(struct arena *a)
{
    a->head = NULL;
    a->cur = a->end = NULL;
    a->mapped = false;
}

void arena_init_mapped(struct arena *a)
{
    arena_init(a);
#ifndef ARENA_TRACK             /* the sanitizers see malloc()ed blocks */
    a->mapped = true;
#endif
}

static struct arena_block *block_new(const struct arena *a, size_t size)
{
    struct arena_block *b;
    if (a->mapped) {
        /* populated at once: cheaper than a fault per page */
        void *p = mmap(NULL, sizeof(*b) + size, PROT_READ | PROT_WRITE,
                       MAP_PRIVATE | MAP_ANONYMOUS | MAP_POPULATE, -1, 0);
        if (p == MAP_FAILED)
            fatal_oom();
        b = p;
    } else {
        b = malloc(sizeof(*b) + size);
        if (!b)
            fatal_oom();
    }
    b->size = size;
    b->own = false;
    b->mapped = a->mapped;
    return b;
}

static void block_free(struct arena_block *b)
{
    if (b->mapped)
        munmap(b, sizeof(*b) + b->size);
    else
        free(b);
}

/* A block of its own for one allocation, behind the open block. */
static void *own_block(struct arena *a, size_t size)
{
    struct arena_block *b = block_new(a, size);
    b->own = true;
    if (a->head) {
        b->next = a->head->next;
        a->head->next = b;
    } else {
        b->next = NULL;
        a->head = b;
        a->cur = a->end = b->data + size;   /* full */
    }
    return b->data;
}

void *arena_take_slow(struct arena *a, size_t size, size_t align)
{
    if (size == 0)
        size = 1;
#ifdef ARENA_TRACK
    (void)align;
    return own_block(a, size);
#else
    uintptr_t p = ((uintptr_t)a->cur + align - 1) & ~(uintptr_t)(align - 1);
    if (a->cur && p + size <= (uintptr_t)a->end) {
        a->cur = (unsigned char *)p + size;
        return (void *)p;
    }
    size_t block = a->mapped ? MAPPED_BLOCK_SIZE : ARENA_BLOCK_SIZE;
    if (size > block / 4)
        return own_block(a, size);
    struct arena_block *b = block_new(a, block);
    b->next = a->head;
    a->head = b;
    a->cur = b->data + size;    /* data is max-aligned */
    a->end = b->data + block;
    return b->data;
#endif
}

char *arena_strndup(struct arena *a, const char *s, size_t len)
{
    char *p = arena_take(a, len + 1, 1);
    memcpy(p, s, len);
    p[len] = '\0';
    return p;
}

char *arena_ident(struct arena *a, const char *t, size_t len)
{
    if (len < 2 || t[0] != '`')
        return arena_strndup(a, t, len);
    char *out = arena_take(a, len, 1);
    size_t o = 0;
    for (size_t i = 1; i + 1 < len; i++) {
        out[o++] = t[i];
        if (t[i] == '`' && t[i + 1] == '`')
            i++;
    }
    out[o] = '\0';
    return out;
}

char *arena_quote(struct arena *a, const char *t, size_t len, char quote)
{
    size_t extra = 0;
    for (size_t i = 0; i < len; i++)
        extra += t[i] == quote;
    char *out = arena_take(a, len + extra + 3, 1);
    size_t o = 0;
    out[o++] = quote;
    for (size_t i = 0; i < len; i++) {
        if (t[i] == quote)
            out[o++] = quote;
        out[o++] = t[i];
    }
    out[o++] = quote;
    out[o] = '\0';
    return out;
}

char *arena_join(struct arena *a, char sep, const char *const *parts,
                 size_t n)
{
    size_t len[8], total = n ? n - 1 : 0;
    for (size_t i = 0; i < n; i++)
        total += i < 8 ? (len[i] = strlen(parts[i])) : strlen(parts[i]);
    char *out = arena_take(a, total + 1, 1), *o = out;
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

void arena_release(struct arena *a, void *p)
{
    /* Only blocks of their own (large requests) can go: they sit behind
     * the open block, never in it. */
    if (!a->head || !p)
        return;
    for (struct arena_block *prev = a->head, *b = prev->next; b;
         prev = b, b = b->next) {
        if (b->own && (void *)b->data == p) {
            prev->next = b->next;
            block_free(b);
            return;
        }
    }
}

void arena_reset(struct arena *a)
{
    /* Keep one whole block: the next round allocates from memory that is
     * already mapped, instead of faulting in fresh pages each time. */
    struct arena_block *keep = NULL;
    for (struct arena_block *b = a->head, *next; b; b = next) {
        next = b->next;
        if (!keep && !b->own)
            keep = b;
        else
            block_free(b);
    }
    a->head = keep;
    if (keep) {
        keep->next = NULL;
        a->cur = keep->data;
        a->end = keep->data + keep->size;
    } else {
        a->cur = a->end = NULL;
    }
}

void arena_adopt(struct arena *a, struct arena *from)
{
    struct arena_block *last = from->head;
    if (!last)
        return;
    while (last->next)
        last = last->next;
    /* behind a's open block, which stays open */
    if (a->head) {
        last->next = a->head->next;
        a->head->next = from->head;
    } else {
        last->next = NULL;
        a->head = from->head;
        a->cur = a->end = NULL;     /* full: the next request opens one */
    }
    arena_init(from);
}

void arena_free(struct arena *a)
{
    struct arena_block *b = a->head;
    while (b) {
        struct arena_block *next = b->next;
        block_free(b);
        b = next;
    }
    a->head = NULL;
    a->cur = a->end = NULL;
}
