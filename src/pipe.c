/* pipe.c -- one file's parse on two threads.
 *
 * The calling thread runs the grammar. A worker thread does the rest:
 * ahead of the grammar it runs the lexer and the token filter, filling a
 * ring of token chunks; behind it, it takes the finished statements in
 * batches and passes them to on_stmt (name resolution), in order. The
 * grammar is about half of the work, the lexer and the resolution the
 * other half, so each thread gets about as much as the other.
 *
 * The two threads share only what is below, under one mutex, and hand
 * each other whole chunks and whole batches: a few thousand hand-overs
 * for 100 MB. The worker gives priority to lexing while the grammar has
 * fewer than half the chunks ready, so that the grammar never waits.
 */
#include "pipe.h"

#include "sqlcheck/arena.h"
#include "sqlcheck/ast.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>

enum {
    NCHUNKS = 8,                /* tokens ahead: at most 8 * PIPE_CHUNK */
    BATCH_STMTS = 16,           /* statements handed over at once */
    MAX_BATCHES = 8,            /* handed over, not yet resolved */
};

struct batch {
    _Alignas(CACHE_LINE) struct batch *next;
    struct arena tree;          /* the statements' trees */
    struct node_list stmts;
    size_t count;
};

/* Each thread's own fields are on cache lines of their own: sharing a
 * line with what the other thread writes all the time costs more than the
 * second thread gains. */
struct pipe {
    /* shared, under mu */
    _Alignas(CACHE_LINE) pthread_mutex_t mu;
    pthread_cond_t parser_wait, worker_wait;
    /* token chunks, a ring: the grammar holds the one before rd, the
     * ready ones follow it, the worker fills the one at wr */
    struct token_chunk *chunks;
    unsigned rd, wr, ready;
    bool holding;
    bool lex_done;              /* the end of input is in a chunk */
    bool lex_stop;              /* the grammar lexes on its own */
    /* statements: the grammar fills cur, the worker resolves the queue */
    struct batch *queue, **queue_tail, *spare;
    unsigned queued;
    bool parse_done;

    /* the grammar's */
    _Alignas(CACHE_LINE) struct batch *cur;
    pthread_t thread;

    /* the worker's */
    _Alignas(CACHE_LINE) lex_fn lex;
    void *lexer;
    stmt_fn on_stmt;
    void *user;
    struct node_list out;       /* what on_stmt returned */
};

static void *alloc_lines(size_t size)
{
    size = (size + CACHE_LINE - 1) / CACHE_LINE * CACHE_LINE;
    void *p = aligned_alloc(CACHE_LINE, size);
    if (!p)
        fatal_oom();
    memset(p, 0, size);
    return p;
}

static struct batch *batch_new(void)
{
    struct batch *b = alloc_lines(sizeof *b);
    arena_init(&b->tree);
    return b;
}

static void resolve_batch(struct pipe *p, struct batch *b)
{
    struct node *next;
    for (struct node *n = b->stmts.head; n; n = next) {
        next = n->next;
        ast_list_append(&p->out, p->on_stmt(p->user, n));
    }
}

static void *worker(void *arg)
{
    struct pipe *p = arg;
    pthread_mutex_lock(&p->mu);
    for (;;) {
        bool can_lex = !p->lex_done && !p->lex_stop &&
                       p->ready + p->holding < NCHUNKS;
        if (can_lex && (p->ready < NCHUNKS / 2 || !p->queue)) {
            struct token_chunk *c = &p->chunks[p->wr];
            pthread_mutex_unlock(&p->mu);
            bool more = p->lex(p->lexer, c);
            pthread_mutex_lock(&p->mu);
            p->wr = (p->wr + 1) % NCHUNKS;
            p->ready++;
            p->lex_done = !more;
            pthread_cond_signal(&p->parser_wait);
        } else if (p->queue) {
            struct batch *b = p->queue;
            p->queue = b->next;
            if (!p->queue)
                p->queue_tail = &p->queue;
            p->queued--;
            pthread_mutex_unlock(&p->mu);
            resolve_batch(p, b);
            pthread_mutex_lock(&p->mu);
            b->next = p->spare;
            p->spare = b;
            pthread_cond_signal(&p->parser_wait);
        } else if (p->parse_done) {
            break;
        } else {
            pthread_cond_wait(&p->worker_wait, &p->mu);
        }
    }
    pthread_mutex_unlock(&p->mu);
    return NULL;
}

struct pipe *pipe_start(lex_fn lex, void *lexer, stmt_fn on_stmt, void *user)
{
    struct pipe *p = alloc_lines(sizeof *p);
    p->chunks = alloc_lines(NCHUNKS * sizeof *p->chunks);
    p->lex = lex;
    p->lexer = lexer;
    p->on_stmt = on_stmt;
    p->user = user;
    p->queue_tail = &p->queue;
    p->cur = batch_new();
    pthread_mutex_init(&p->mu, NULL);
    pthread_cond_init(&p->parser_wait, NULL);
    pthread_cond_init(&p->worker_wait, NULL);
    if (pthread_create(&p->thread, NULL, worker, p) != 0) {
        pthread_cond_destroy(&p->worker_wait);
        pthread_cond_destroy(&p->parser_wait);
        pthread_mutex_destroy(&p->mu);
        arena_free(&p->cur->tree);
        free(p->cur);
        free(p->chunks);
        free(p);
        return NULL;
    }
    return p;
}

const struct token_chunk *pipe_next_chunk(struct pipe *p)
{
    const struct token_chunk *c = NULL;
    pthread_mutex_lock(&p->mu);
    if (p->holding) {
        p->holding = false;
        pthread_cond_signal(&p->worker_wait);
    }
    while (!p->ready && !p->lex_done && !p->lex_stop)
        pthread_cond_wait(&p->parser_wait, &p->mu);
    if (p->ready && !p->lex_stop) {
        c = &p->chunks[p->rd];
        p->rd = (p->rd + 1) % NCHUNKS;
        p->ready--;
        p->holding = true;
    }
    pthread_mutex_unlock(&p->mu);
    return c;
}

void pipe_stop_lexing(struct pipe *p)
{
    pthread_mutex_lock(&p->mu);
    p->lex_stop = true;
    p->holding = false;
    pthread_cond_signal(&p->worker_wait);
    pthread_mutex_unlock(&p->mu);
}

struct arena *pipe_tree(struct pipe *p)
{
    return &p->cur->tree;
}

/* Queue the current batch for the worker; with next, start another. */
static void publish(struct pipe *p, bool next)
{
    struct batch *b = NULL;
    pthread_mutex_lock(&p->mu);
    while (p->queued >= MAX_BATCHES)
        pthread_cond_wait(&p->parser_wait, &p->mu);
    *p->queue_tail = p->cur;
    p->queue_tail = &p->cur->next;
    p->cur->next = NULL;
    p->queued++;
    if (next && p->spare) {
        b = p->spare;
        p->spare = b->next;
    }
    pthread_cond_signal(&p->worker_wait);
    pthread_mutex_unlock(&p->mu);
    if (!next) {
        p->cur = NULL;
        return;
    }
    if (b) {
        arena_reset(&b->tree);
        b->stmts.head = b->stmts.tail = NULL;
        b->count = 0;
    } else {
        b = batch_new();
    }
    p->cur = b;
}

void pipe_hand_over(struct pipe *p, struct node *stmt)
{
    ast_list_append(&p->cur->stmts, stmt);
    if (++p->cur->count >= BATCH_STMTS)
        publish(p, true);
}

static void free_batches(struct batch *b)
{
    while (b) {
        struct batch *next = b->next;
        arena_free(&b->tree);
        free(b);
        b = next;
    }
}

struct node *pipe_finish(struct pipe *p)
{
    publish(p, false);
    pthread_mutex_lock(&p->mu);
    p->parse_done = true;
    p->lex_stop = true;
    pthread_cond_signal(&p->worker_wait);
    pthread_mutex_unlock(&p->mu);
    pthread_join(p->thread, NULL);

    struct node *out = p->out.head;
    free_batches(p->spare);     /* the queue is empty, cur was queued */
    free(p->chunks);
    pthread_cond_destroy(&p->worker_wait);
    pthread_cond_destroy(&p->parser_wait);
    pthread_mutex_destroy(&p->mu);
    free(p);
    return out;
}
