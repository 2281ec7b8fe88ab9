/* util.h -- small helpers shared by the CLI and the rules. */
#ifndef SQLCHECK_UTIL_H
#define SQLCHECK_UTIL_H

#include <stddef.h>

/* items (a heap array of count elements of size bytes, room for *cap) with
 * room for one more: doubled when full, first elements at first; exits
 * with status 2 when out of memory. */
void *grow_array(void *items, size_t count, size_t *cap, size_t size,
                 size_t first);

/* Levenshtein distance between a and b, ASCII case-insensitive; stops
 * counting above limit (returns limit + 1). */
size_t edit_distance(const char *a, const char *b, size_t limit);

/* The candidate word abbreviates (3+ characters), else the one nearest to
 * it (at most a third of its length away), or NULL. candidates is a
 * NULL-terminated array. */
const char *nearest_word(const char *word, const char *const *candidates);

#endif
