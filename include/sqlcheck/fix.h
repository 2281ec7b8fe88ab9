/* fix.h -- the fixes of a file's findings applied (--fix, --diff): which
 * fixes are taken, the text they make, writing it back, and the unified
 * diff of the change. */
#ifndef SQLCHECK_FIX_H
#define SQLCHECK_FIX_H

#include "sqlcheck/diag.h"

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

/* text[0..len) with the fixes of dl's findings applied: the safe ones, and
 * with unsafe the others too; a fix that overlaps one taken before it (in
 * text order) waits for the next round. NULL when none applies, or when a
 * syntax error (FSQL001) outside every taken fix's edits leaves the file
 * alone. The result is malloc'd and NUL-terminated; *newlen gets its
 * length and *count the fixes taken. */
char *fix_apply(const struct diag_list *dl, const char *text, size_t len,
                bool unsafe, size_t *newlen, size_t *count);

/* Replace the file at path with text[0..len): a temporary file beside it
 * (the real file's, when path is a symbolic link), with its mode, renamed
 * over it. False with errno set when it cannot be done; the file is then
 * as it was. */
bool fix_write(const char *path, const char *text, size_t len);

/* The change from old to new as a unified diff (`--- a/PATH`, `+++ b/PATH`,
 * three lines of context), as git apply and patch -p1 take it. */
void fix_diff(FILE *out, const char *path, const char *old, size_t oldlen,
              const char *new_text, size_t newlen);

#endif
