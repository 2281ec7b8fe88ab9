/* arena.h -- region allocator: everything for one file is freed at once.
 *
 * An arena is a chain of blocks; allocations are carved from the newest
 * one by moving a pointer. arena_alloc() never returns NULL: when the
 * system is out of memory the process prints a message and exits with
 * status 2 (the contract's "could not do its job"). Built with -DARENA_TRACK
 * every allocation is its own malloc(), so ASan sees each object's bounds.
 */
#ifndef SQLCHECK_ARENA_H
#define SQLCHECK_ARENA_H

#include <stdalign.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

struct arena_block;

struct arena {
    struct arena_block *head;   /* newest block first */
    unsigned char *cur, *end;   /* free space of the open block */
    bool mapped;                /* blocks come from mmap() */
};

void arena_init(struct arena *a);
/* An arena whose blocks are mapped and unmapped (mmap(2)), not taken from
 * malloc: memory freed by another thread than the one that allocated it
 * goes back to the system at once, instead of waiting in that thread's
 * malloc arena. (Blocks come from malloc under ARENA_TRACK.) */
void arena_init_mapped(struct arena *a);

/* Uninitialised memory of size bytes aligned to align (a power of two),
 * when the open block has no room. */
void *arena_take_slow(struct arena *a, size_t size, size_t align);

/* Uninitialised memory of size bytes aligned to align (a power of two). */
static inline void *arena_take(struct arena *a, size_t size, size_t align)
{
#ifndef ARENA_TRACK
    uintptr_t p = ((uintptr_t)a->cur + align - 1) & ~(uintptr_t)(align - 1);
    if (a->cur && size && p + size <= (uintptr_t)a->end) {
        a->cur = (unsigned char *)p + size;
        return (void *)p;
    }
#endif
    return arena_take_slow(a, size, align);
}

/* Zeroed, max-aligned memory that lives until arena_free(). */
static inline void *arena_alloc(struct arena *a, size_t size)
{
    void *p = arena_take(a, size, alignof(max_align_t));
    memset(p, 0, size);
    return p;
}

/* NUL-terminated copy of s[0..len). */
char *arena_strndup(struct arena *a, const char *s, size_t len);
/* An identifier's name as Flink reads it, from its token t[0..len):
 * `a``b` is a`b; an unquoted one is copied as it is. */
char *arena_ident(struct arena *a, const char *t, size_t len);
/* The other way: t[0..len) between quote characters, each quote character
 * inside doubled (a`b as `a``b`, it's as 'it''s'). */
char *arena_quote(struct arena *a, const char *t, size_t len, char quote);
/* parts[0] sep parts[1] sep ... parts[n-1], NUL-terminated. */
char *arena_join(struct arena *a, char sep, const char *const *parts,
                 size_t n);
/* Give back p early if it was a large allocation (a quarter of a block or
 * more); otherwise it stays until arena_free(). For buffers that are
 * replaced by bigger copies. */
void arena_release(struct arena *a, void *p);
/* Release every allocation but keep one block for the next round (for an
 * arena emptied again and again). */
void arena_reset(struct arena *a);
/* Move everything from's blocks hold into a; from is left empty. */
void arena_adopt(struct arena *a, struct arena *from);
/* Bytes of the blocks the arena holds (walks them: for arenas of a few). */
size_t arena_size(const struct arena *a);
/* Release every allocation; the arena can be reused afterwards. */
void arena_free(struct arena *a);

#define ARENA_NEW(a, T) ((T *)arena_alloc((a), sizeof(T)))

/* Print "sqlcheck: out of memory" and exit(2). */
_Noreturn void fatal_oom(void);

#endif
