/* stmt.h -- what a statement is, as the rules see it. */
#ifndef SQLCHECK_STMT_H
#define SQLCHECK_STMT_H

#include "sqlcheck/ast.h"
#include "sqlcheck/source.h"

#include <stdbool.h>

/* Statements of a script, in order (the N_LIST under N_SCRIPT). */
const struct node *script_first(const struct node *script);

/* A statement that starts a job: INSERT/UPSERT, EXECUTE INSERT, a query,
 * EXECUTE STATEMENT SET, CTAS/RTAS, EXECUTE PLAN, COMPILE AND EXECUTE PLAN,
 * batch DELETE and UPDATE.
 * (BEGIN STATEMENT SET ... END is handled by the callers.) */
bool stmt_is_job(const struct node *s);

/* CREATE TABLE ... AS / REPLACE TABLE ... AS / materialized tables. */
bool stmt_is_create_as(const struct node *s);

/* Name of the statement for messages: "CREATE TABLE", "INSERT", "SET". */
const char *stmt_title(const struct node *s);

/* The statement's keywords, e.g. "CREATE TEMPORARY TABLE" or "INSERT INTO":
 * from its start to its first name (or its first word when it has none). */
struct span stmt_keywords(const struct source *src, const struct node *s);

/* The object name a statement creates, alters or drops (a PATH or IDENT
 * node), or NULL. */
const struct node *stmt_object_name(const struct node *s);

/* What the rules need of a statement once its tree is gone: a node of the
 * same kind, flags and span, the end of its keywords, and (for statements
 * that create, alter or drop an object) kid[0], its object name as one
 * N_IDENT ("db.orders", with the name's span), in a. Shells of the other
 * kinds have no kid slot at all: never walk a shell as a tree, and call
 * stmt_object_name() on one only for those kinds. Shells are one per
 * statement of a file: 40 bytes when they carry no name. */
struct node *stmt_shell(struct arena *a, const struct source *src,
                        const struct node *s);

/* "a.b.c" for a PATH or IDENT node: a new string in a. */
const char *path_text(struct arena *a, const struct node *path);

#endif
