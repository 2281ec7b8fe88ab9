/* util.h -- small helpers shared by the CLI and the rules. */
#ifndef SQLCHECK_UTIL_H
#define SQLCHECK_UTIL_H

#include <stddef.h>

/* Levenshtein distance between a and b, ASCII case-insensitive; stops
 * counting above limit (returns limit + 1). */
size_t edit_distance(const char *a, const char *b, size_t limit);

/* The candidate word abbreviates (3+ characters), else the one nearest to
 * it (at most a third of its length away), or NULL. candidates is a
 * NULL-terminated array. */
const char *nearest_word(const char *word, const char *const *candidates);

#endif
