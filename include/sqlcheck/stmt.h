/* stmt.h -- what a statement is, as the rules see it.
 *
 * A file is parsed one statement at a time and each tree is released once
 * it is resolved; what stays for the rules is a struct stmt, 16 bytes a
 * statement (plus the object's name for statements that create, alter or
 * drop a permanent one), kept in a struct stmt_list in text order. */
#ifndef SQLCHECK_STMT_H
#define SQLCHECK_STMT_H

#include "sqlcheck/arena.h"
#include "sqlcheck/ast.h"
#include "sqlcheck/source.h"

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Flags of a struct stmt: the ones of its node the rules read. */
enum {
    STMT_TEMPORARY = 1u << 0,   /* F_TEMPORARY */
    STMT_AS_QUERY = 1u << 1,    /* F_AS_QUERY: CREATE TABLE ... AS */
    STMT_EXECUTE = 1u << 2,     /* F_EXECUTE: COMPILE AND EXECUTE PLAN */
    STMT_UPSERT = 1u << 3,      /* F_UPSERT: UPSERT INTO */
    STMT_NAMED = 1u << 4        /* its object's name is kept: stmt_name() */
};

struct stmt {
    uint32_t start, end;        /* its span */
    uint32_t keywords_end;      /* where its leading keywords end */
    uint8_t kind;               /* enum node_kind: an N_STMT_* kind */
    uint8_t sub;                /* the node's sub (object kind, ...) */
    uint16_t flags;             /* STMT_* */
};

/* The statements of a file, in text order, in chunks of 64 KiB aligned
 * to their size, so that stmt_next() finds a statement's chunk from its
 * address: a list grows without copying, and two lists are joined by
 * linking their chunks. Names are those of the statements flagged
 * STMT_NAMED, in text order, their text in arena. */
enum { STMT_CHUNK_BYTES = 1 << 16 };
struct stmt_chunk {
    struct stmt_chunk *next;
    uint32_t count, cap;
    struct stmt items[];
};
struct stmt_name {
    uint32_t start;             /* the statement's */
    const char *text;           /* "db.orders", as written, unquoted */
};
struct stmt_list {
    struct stmt_chunk *head, *tail;
    size_t count;
    struct stmt_name *names;
    size_t nnames, names_cap;
    struct arena *arena;
};

void stmt_list_init(struct stmt_list *l, struct arena *a);
void stmt_list_free(struct stmt_list *l);

/* Append what the rules need of s (a statement's tree). */
void stmt_list_add(struct stmt_list *l, const struct source *src,
                   const struct node *s);

/* Move from's statements to the end of to; from is left empty. The names'
 * text stays in from's arena, which must live as long as to. */
void stmt_list_append(struct stmt_list *to, struct stmt_list *from);

/* The first statement of l, the one after s in l; NULL after the last. */
static inline const struct stmt *stmt_from(const struct stmt_chunk *c)
{
    while (c && !c->count)
        c = c->next;
    return c ? c->items : NULL;
}
static inline const struct stmt *stmt_first(const struct stmt_list *l)
{
    return stmt_from(l->head);
}
static inline const struct stmt *stmt_next(const struct stmt_list *l,
                                           const struct stmt *s)
{
    (void)l;
    const struct stmt_chunk *c = (const struct stmt_chunk *)
        ((uintptr_t)s & ~(uintptr_t)(STMT_CHUNK_BYTES - 1));
    return s + 1 < c->items + c->count ? s + 1 : stmt_from(c->next);
}

/* The name of the permanent object s creates, alters or drops
 * ("db.orders"), or "" when s keeps none (a TEMPORARY one, a statement
 * of another kind). */
const char *stmt_name(const struct stmt_list *l, const struct stmt *s);

/* A statement that starts a job: INSERT/UPSERT, EXECUTE INSERT, a query,
 * EXECUTE STATEMENT SET, CTAS/RTAS, EXECUTE PLAN, COMPILE AND EXECUTE PLAN,
 * batch DELETE and UPDATE.
 * (BEGIN STATEMENT SET ... END is handled by the callers.) */
bool stmt_is_job(const struct stmt *s);

/* CREATE TABLE ... AS / REPLACE TABLE ... AS. */
bool stmt_is_create_as(const struct stmt *s);

/* Name of the statement for messages: "CREATE TABLE", "INSERT", "SET". */
const char *stmt_title(const struct stmt *s);

/* The statement's span. */
static inline struct span stmt_span(const struct stmt *s)
{
    struct span sp = { s->start, s->end };
    return sp;
}

/* The statement's keywords, e.g. "CREATE TEMPORARY TABLE" or "INSERT INTO":
 * from its start to its first name (or its first word when it has none). */
static inline struct span stmt_keywords(const struct stmt *s)
{
    struct span sp = { s->start, s->keywords_end };
    return sp;
}

/* The end of a statement's text with its ';' (*semi then true), else
 * after its last byte that is not blank: where text after it goes. */
uint32_t stmt_text_end(const struct source *src, const struct stmt *s,
                       bool *semi);

/* The same for a statement's tree. */
struct span node_keywords(const struct source *src, const struct node *s);

/* Statements of a whole tree, in order (the N_LIST under N_SCRIPT). */
const struct node *script_first(const struct node *script);

/* The object name a statement's tree creates, alters or drops (a PATH or
 * IDENT node), or NULL. */
const struct node *stmt_object_name(const struct node *s);

/* "a.b.c" for a PATH or IDENT node: a new string in a. */
const char *path_text(struct arena *a, const struct node *path);

#endif
