/* arena.h -- region allocator: everything for one file is freed at once.
 *
 * An arena is a chain of blocks. arena_alloc() never returns NULL: when the
 * system is out of memory the process prints a message and exits with
 * status 2 (the contract's "could not do its job"). Built with -DARENA_TRACK
 * every allocation is its own malloc(), so ASan sees each object's bounds.
 */
#ifndef SQLCHECK_ARENA_H
#define SQLCHECK_ARENA_H

#include <stddef.h>

struct arena_block;

struct arena {
    struct arena_block *head;   /* newest block first */
    size_t used;                /* bytes used in head */
};

void arena_init(struct arena *a);
/* Zeroed, max-aligned memory that lives until arena_free(). */
void *arena_alloc(struct arena *a, size_t size);
/* NUL-terminated copy of s[0..len). */
char *arena_strndup(struct arena *a, const char *s, size_t len);
/* parts[0] sep parts[1] sep ... parts[n-1], NUL-terminated. */
char *arena_join(struct arena *a, char sep, const char *const *parts,
                 size_t n);
/* Release every allocation; the arena can be reused afterwards. */
void arena_free(struct arena *a);

#define ARENA_NEW(a, T) ((T *)arena_alloc((a), sizeof(T)))

/* Print "sqlcheck: out of memory" and exit(2). */
_Noreturn void fatal_oom(void);

#endif
