/* parse_ctx.h -- private state shared by the lexer, the token filter and the
 * grammar actions of one parse. Nothing here outlives sql_parse().
 */
#ifndef SQLCHECK_PARSE_CTX_H
#define SQLCHECK_PARSE_CTX_H

#include "sqlcheck/arena.h"
#include "sqlcheck/ast.h"
#include "sqlcheck/diag.h"
#include "sqlcheck/source.h"

#include <stdbool.h>

struct parse_ctx {
    struct arena *arena;        /* the file's: messages, the statement list */
    struct arena *tree;         /* syntax trees (one statement's, streaming) */
    struct source *src;
    struct diag_list *diags;

    /* lexer (re2c) */
    const unsigned char *base;  /* src->text */
    const unsigned char *cur, *mrk, *lim, *tok;
    bool in_hint;               /* between a hint's opening and closing */
    bool at_stmt_start;         /* next token starts a statement */
    bool hive_dialect;          /* statements are in the Hive dialect */
    struct span set_key, set_value;   /* of the last legacy SET */

    /* driver */
    struct driver *driver;      /* the token source of yylex() (parse.c) */
    bool fast;                  /* the LAC-free parser runs: errors end it */
    bool fast_failed;           /* ... and it met one */
    bool boundary;              /* a statement was completed */
    bool stmt_failed;           /* current statement already has an error */
    size_t errors;              /* syntax errors kept so far */
    size_t own_rejected;        /* FSQL105 findings kept so far ... */
    size_t *rejected;           /* ... here, or where opts say */
    bool missing_semi;          /* last syntax error: a ';' was missing */
    bool hive_noted;            /* the Hive-dialect note was given */
    bool quiet;                 /* report nothing (a second look at text) */
    bool words_unread;          /* words are TK_IDENT, keywords or not:
                                 * the reader looks up the few it needs */
    uint32_t stmt_start;        /* offset of the current statement */
    int prev_token;             /* the token before the parser's lookahead */
    struct span prev_span;      /* and its span */
    /* the last two fragments of the last string literal continued on the
     * next line ('a'\n'b'): a ',' forgotten between two strings */
    struct span joined_prev, joined_last;
    /* where the last words reserved in some releases only began (a ring):
     * stmt_done() marks a statement that has one F_VERSION_WORDS; the
     * parser reads at most two tokens past a statement's end */
#define VERSION_WORDS_KEPT 4
    uint32_t version_words[VERSION_WORDS_KEPT];
    unsigned nversion_words;
    struct node_list stmts;     /* statements parsed so far */
    struct node_list pending;   /* completed, not yet handed to on_stmt */
};

/* Token kind of the next token; *sp gets its span. Reports lexical errors
 * itself and then returns either a corrected token or TK_YYerror. */
int lex_scan(struct parse_ctx *ctx, struct span *sp);

/* Offset where the next token starts: after blanks and comments. */
uint32_t lex_next_start(const struct parse_ctx *ctx);

/* The parsers generated from grammar/parser.y: with LAC and without. */
int yyparse(struct parse_ctx *ctx);
int yyparse_fast(struct parse_ctx *ctx);

/* Report a syntax error (FSQL001) unless the current statement has one. */
struct diag *parse_error(struct parse_ctx *ctx, struct span sp,
                         const char *fmt, ...) PRINTF_LIKE(3, 4);

/* Grammar-action helpers (parse.c): build nodes only. */
static inline struct node *mk(struct parse_ctx *ctx, enum node_kind kind,
                              struct span sp)
{
    return ast_new(ctx->tree, kind, sp);
}
struct node *mk_ident(struct parse_ctx *ctx, struct span sp);
/* An N_LIST of the ring's nodes (the grammar builds lists as rings whose
 * value is the last node). */
struct node *mk_list(struct parse_ctx *ctx, struct node *ring, struct span sp);
struct node *mk_text(struct parse_ctx *ctx, enum node_kind kind,
                     struct span sp, const char *text);
void stmt_done(struct parse_ctx *ctx, struct node *stmt);

/* A statement that was not parsed (a syntax error, or Hive dialect): if it
 * is a CREATE, note the kind and name of what it creates in n->sub and
 * n->kid[0] (n->sub = -2 when the name cannot be found); if it starts with
 * BEGIN STATEMENT SET, it becomes an N_STMT_BEGIN_SET (it opens the set). */
void name_unparsed_statement(struct parse_ctx *ctx, struct node *n);


#endif
