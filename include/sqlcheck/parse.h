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

#include <stdatomic.h>
#include <stdbool.h>

struct arena;

/* Code and name of syntax errors, and of the note about skipped Hive-dialect
 * statements. */
#define SYNTAX_CODE "FSQL001"
#define SYNTAX_RULE "syntax-error"
#define DIALECT_CODE "FSQL002"
#define DIALECT_RULE "skipped-dialect"
/* A statement that parses but that Flink rejects when it validates it
 * (found by the parser's driver too: validate.c). */
#define REJECTED_CODE "FSQL105"
#define REJECTED_RULE "rejected-statement"

/* An N_SCRIPT node whose kid[0] is the list of statements. */
struct node *sql_parse(struct arena *a, struct source *src,
                       struct diag_list *diags);

/* How sql_parse_stream() may end early: a file split between two threads
 * is parsed from the start up to a statement boundary (stop_at) by one,
 * and from there on by the other. */
struct parse_opts {
    /* in: end at a statement boundary whose next token starts at stop_at
     * (0: none), if the lexer is in its state at the start of a file
     * there (not in a hint, not in the Hive dialect) */
    uint32_t stop_at;
    const atomic_bool *abort;   /* in: end at the next boundary when set */
    bool stopped;               /* out: ended at stop_at */
    size_t errors;              /* out: syntax errors kept */
    size_t rejected;            /* out: FSQL105 findings kept */
    bool hive_noted;            /* out: the Hive-dialect note was given */
};

/* The same, one statement at a time: on_stmt sees each complete top-level
 * statement with its whole tree and returns what the script list keeps
 * (allocated in a); the tree is released before the next statement is
 * parsed, so memory follows the largest statement, not the file. opts
 * may be NULL. */
typedef struct node *(*stmt_fn)(void *user, struct node *stmt);
struct node *sql_parse_stream(struct arena *a, struct source *src,
                              struct diag_list *diags, stmt_fn on_stmt,
                              void *user, struct parse_opts *opts);

/* Where the first token at or after offset starts (blanks and comments
 * skipped as the lexer skips them at the start of a statement). */
uint32_t sql_next_token_start(const struct source *src, uint32_t offset);

#endif
