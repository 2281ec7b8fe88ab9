/* digest.h -- what a statement does to a script's names, made from its tree
 * while the tree is alive, without any catalog, on whichever thread parsed
 * it.
 *
 * A digest is a list of operations in the order they take effect: the
 * names the statement refers to (tables, functions, a bare USER), then
 * what it defines, drops, renames or makes current (USE). Names are packed
 * in the arena the digest was made in, so the digest outlives the tree
 * (unquoted names are read again from the text).
 * Resolution applies digests in script order
 * (resolve_digest()), on one thread or, for a file split in two, the
 * second part's after the first's: one path either way.
 */
#ifndef SQLCHECK_DIGEST_H
#define SQLCHECK_DIGEST_H

#include "sqlcheck/arena.h"
#include "sqlcheck/ast.h"
#include "sqlcheck/source.h"

#include <stdbool.h>
#include <stdint.h>

enum dg_op_kind {
    DG_REF_TABLE,               /* a table or view read or written */
    DG_REF_FUNCTION,            /* a function called (not a built-in one,
                                 * unless all references are kept) */
    DG_REF_USER,                /* a bare USER: the function, not a column */
    DG_DEFINE,                  /* CREATE of `object` */
    DG_DROP,                    /* DROP of `object` */
    DG_RENAME,                  /* ALTER TABLE name RENAME TO ... */
    DG_RENAME_TO,               /* ... name: always right after DG_RENAME */
    DG_USE_CATALOG,             /* USE CATALOG name */
    DG_USE,                     /* USE [catalog.]database */
    DG_UNKNOWN,                 /* a broken or skipped CREATE of `object`:
                                 * whether name exists is unknown from
                                 * here on */
    DG_ALL_UNKNOWN              /* a broken CREATE of something unnamed:
                                 * every name is unknown from here on */
};

/* An operation with its name, packed in one allocation (24 bytes and, for
 * a quoted or many-part name, its parts): digests of a file's second part
 * wait, by the hundred thousand, until the first part is resolved. */
struct dg_part {
    struct span span;
    uint32_t flags;
    uint32_t len;
};
struct dg_op {
    struct dg_op *next;
    struct span span;           /* the name's */
    uint32_t flags;             /* the name's (N_PATH's or N_IDENT's) */
    uint16_t nparts;            /* 0: no name (DG_ALL_UNKNOWN) */
    uint8_t kind : 4;           /* enum dg_op_kind */
    uint8_t object : 4;         /* enum obj_kind: DEFINE, DROP, UNKNOWN */
    uint8_t temporary : 1;      /* DEFINE, DROP */
    uint8_t may_exist : 1;      /* DEFINE: IF NOT EXISTS, OR REPLACE */
    uint8_t system : 1;         /* a TEMPORARY SYSTEM function */
    uint8_t is_path : 1;        /* the name is an N_PATH, else an N_IDENT */
    /* one part whose span and flags are the name's (`orders`): the part
     * array is left out and its text follows at once (most names) */
    uint8_t simple : 1;
    /* simple, and its text is the source's at span (an unquoted name):
     * nothing follows */
    uint8_t in_source : 1;
    struct dg_part part[];      /* then their texts, NUL-terminated */
};

struct digest {
    struct digest *next;        /* the next statement's, where kept in a list */
    struct dg_op *ops;          /* in order; NULL: none */
    struct span span;           /* the statement's */
};

/* The name of op (NULL: none) as the tree had it, an N_PATH or an N_IDENT,
 * made in a; src is the text the digest was made from. */
const struct node *dg_op_name(struct arena *a, const struct source *src,
                              const struct dg_op *op);

/* A digest maker, one per thread, for statements of text src: its walk's
 * stack and scratch memory are reused from statement to statement.
 * all_refs: keep references to built-in functions too (struct
 * resolution's all_refs). */
struct digester;
struct digester *digester_new(const struct source *src, bool all_refs);
void digester_free(struct digester *dg);

/* The digest of top-level statement stmt, in a; NULL when the statement
 * refers to and changes nothing. */
struct digest *digest_statement(struct digester *dg, struct arena *a,
                                const struct node *stmt);

#endif
