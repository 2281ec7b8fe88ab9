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

/* Why the file at path cannot be read as a configuration or catalog file
 * -- it cannot be found, is no regular file (a FIFO would block, /dev/zero
 * never ends) or is over limit bytes (too_large then) -- or NULL. */
const char *unreadable_file(const char *path, unsigned long long limit,
                            const char *too_large);

/* Length of the valid UTF-8 sequence at s (1 to 4 bytes; 1 for ASCII), or
 * 0 if the bytes there are not UTF-8 (overlong forms, surrogates and code
 * points past U+10FFFF are not). avail: bytes readable at s. */
size_t utf8_char_len(const unsigned char *s, size_t avail);

/* The longest prefix of s[0..n) of at most max bytes that does not end
 * inside a UTF-8 character. */
size_t utf8_cut(const char *s, size_t n, size_t max);

#endif
