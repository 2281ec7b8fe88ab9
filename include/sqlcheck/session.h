/* session.h -- one run: options, and checking one file after another. */
#ifndef SQLCHECK_SESSION_H
#define SQLCHECK_SESSION_H

#include "sqlcheck/diag.h"
#include "sqlcheck/output.h"

#include <stdbool.h>
#include <stddef.h>

struct session {
    struct output *out;
    bool dump_ast;              /* print the tree instead of diagnostics */
    enum severity fail_level;   /* exit 1 at or above it */
    int fail_none;              /* --fail-level=none */
    bool failed;                /* a finding at or above fail_level */
};

/* Check text[0..len) (NUL-terminated at len) reported as path. The text
 * must stay valid during the call only. */
void session_check_text(struct session *s, const char *path, const char *text,
                        size_t len);

#endif
