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


/* An N_SCRIPT node whose kid[SCRIPT_STATEMENTS] is the list of statements.
 * The parser reports FSQL001 (syntax errors), FSQL002 (the Hive-dialect
 * note) and FSQL105 for a binary literal with an odd number of hex digits
 * (the lexer joins its pieces). */
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
    /* in: the count of FSQL105 findings kept, which the parser shares with
     * the tree tier's rule (a binary literal's digits are the lexer's to
     * count); NULL: the parser's own */
    size_t *rejected;
    bool hive_noted;            /* out: the Hive-dialect note was given */
    bool start_hive;            /* in: the file starts in the Hive dialect
                                 * (the deployment's configuration sets
                                 * table.sql-dialect) */
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
