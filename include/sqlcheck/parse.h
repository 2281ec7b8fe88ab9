/* parse.h -- turn one file's text into a syntax tree.
 *
 * sql_parse() never stops at the first error: each broken statement gets
 * one FSQL001 diagnostic, becomes an N_STMT_ERROR node, and parsing resumes
 * at the next statement. Everything it allocates lives in the arena.
 */
#ifndef SQLCHECK_PARSE_H
#define SQLCHECK_PARSE_H

#include "sqlcheck/ast.h"
#include "sqlcheck/diag.h"
#include "sqlcheck/source.h"

struct arena;

/* Code and name of syntax errors, and of the note about skipped Hive-dialect
 * statements. */
#define SYNTAX_CODE "FSQL001"
#define SYNTAX_RULE "syntax-error"
#define DIALECT_CODE "FSQL002"
#define DIALECT_RULE "skipped-dialect"

/* An N_SCRIPT node whose kid[0] is the list of statements. */
struct node *sql_parse(struct arena *a, struct source *src,
                       struct diag_list *diags);

/* The same, one statement at a time: on_stmt sees each complete top-level
 * statement with its whole tree and returns what the script list keeps
 * (allocated in a); the tree is released soon after, so memory follows
 * the largest statement, not the file.
 * With threads > 1, a second thread lexes ahead and calls on_stmt (in
 * statement order) while this one parses; a belongs to that thread until
 * sql_parse_stream returns. The result is the same either way. */
typedef struct node *(*stmt_fn)(void *user, struct node *stmt);
struct node *sql_parse_stream(struct arena *a, struct source *src,
                              struct diag_list *diags, stmt_fn on_stmt,
                              void *user, int threads);

#endif
