/* pipe.h -- one file's parse on two threads (see pipe.c). Private to the
 * parser's driver (parse.c).
 */
#ifndef SQLCHECK_PIPE_H
#define SQLCHECK_PIPE_H

#include "parse_ctx.h"
#include "sqlcheck/parse.h"

#include <stdbool.h>

enum {
    PIPE_CHUNK = 4096,
    CACHE_LINE = 64,            /* what each thread writes is this apart */
};

/* Tokens as the filter passed them on, with the lexer's findings. */
struct token_chunk {
    _Alignas(CACHE_LINE) struct token tok[PIPE_CHUNK];
    uint32_t n;
    struct lex_event *events;   /* in token order */
};

/* Fills c with the next tokens of the file; false once the end of input
 * is in it. Runs on the worker thread. */
typedef bool (*lex_fn)(void *lexer, struct token_chunk *c);

struct pipe;

/* Starts the worker: it lexes ahead with lex(lexer, ...) and passes each
 * statement handed over to on_stmt(user, ...), in order. NULL when no
 * thread can be started (the caller then parses on its own). */
struct pipe *pipe_start(lex_fn lex, void *lexer, stmt_fn on_stmt, void *user);

/* The next chunk of tokens; the previous one may be reused from now on.
 * NULL after the chunk with the end of input, or after pipe_stop_lexing. */
const struct token_chunk *pipe_next_chunk(struct pipe *p);

/* The parse lexes on its own from now on: the worker stops lexing. */
void pipe_stop_lexing(struct pipe *p);

/* Where the trees of the statements still to be handed over are built. */
struct arena *pipe_tree(struct pipe *p);

/* Hand over a finished statement (in pipe_tree's arena). The arena may
 * change: ask pipe_tree again before building more. */
void pipe_hand_over(struct pipe *p, struct node *stmt);

/* Waits for the worker to finish and frees the pipe: the list of what
 * on_stmt returned, in order. */
struct node *pipe_finish(struct pipe *p);

#endif
