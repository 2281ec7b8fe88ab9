/* session.h -- one run: options, catalog files, and checking one file
 * after another. */
#ifndef SQLCHECK_SESSION_H
#define SQLCHECK_SESSION_H

#include "sqlcheck/arena.h"
#include "sqlcheck/check.h"
#include "sqlcheck/diag.h"
#include "sqlcheck/output.h"
#include "sqlcheck/resolve.h"

#include <stdbool.h>
#include <stddef.h>

struct session {
    struct output *out;
    bool dump_ast;              /* print the tree of each file */
    enum severity fail_level;   /* exit 1 at or above it */
    bool fail_none;             /* --fail-level=none */
    bool failed;                /* a finding at or above fail_level */
    bool disabled[MAX_RULES];   /* by index in rule_table() */
    struct arena base_arena;    /* catalog files: live for the whole run */
    struct catalog_state base;
};

void session_init(struct session *s, struct output *out);
void session_free(struct session *s);

/* Read a catalog file (SQL DDL describing existing objects). Its syntax
 * errors are reported like any file's. */
void session_add_catalog(struct session *s, const char *path,
                         const char *text, size_t len);

/* Check text[0..len) (NUL-terminated at len), reported as path. */
void session_check_text(struct session *s, const char *path, const char *text,
                        size_t len);

#endif
