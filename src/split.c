/* split.c -- one large file checked on two threads (see split.h).
 *
 * The file is cut at a line that follows a ';' about half way. A
 * second thread parses from there to the end: for each statement it keeps
 * the struct stmt the rules read and the statement's digest (what it
 * refers to and what it defines: digest.h), and its syntax findings and
 * those of the tree tier's rules. Meanwhile this thread parses, resolves
 * and keeps from the start, and stops at the cut if its parse reaches a
 * statement boundary exactly there, with the lexer as it is at the start
 * of a file.
 * Then it applies the second half's digests in order and appends the rest,
 * and the result is what one thread would have found. If its parse does
 * not stop there (the cut was inside a string, a comment or a statement,
 * or in Hive-dialect text), it has simply parsed the whole file, and the
 * second half's work is thrown away.
 *
 * Why this split and not a pipeline (one thread lexing, the other
 * parsing): the threads share almost nothing while they run. A pipeline
 * hands over every token and every tree node, about ten times the size of
 * the file, and was slower than one thread whenever the two cores were far
 * apart in the cache hierarchy.
 */
#define _GNU_SOURCE             /* sched_getaffinity() */
#include "sqlcheck/split.h"

#include "sqlcheck/check.h"
#include "sqlcheck/digest.h"
#include "sqlcheck/stmt.h"

#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <sched.h>
#include <stdalign.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* Where to cut: the first thread also applies the second part's digests
 * (while the second parses on) and then runs the rules; 45% of the way
 * balances the two threads' instructions on a generated job (bench/gen.py:
 * its definitions first, cheap to parse but with options to check, then
 * its INSERTs, dear to parse and to bind; at half, 983M against 832M
 * instructions on 10 MB, at 45%, about 910M each). */
enum { CUT_PER_MILLE = 450 };

/* The second part's digests go to the first thread in batches of about
 * one mapped arena block, 256 KiB (or less at the end): the first applies
 * a batch and frees its arena. */
enum { BATCH_BYTES = 256 * 1024 };
struct batch {
    struct batch *next;
    struct arena arena;         /* the digests */
    struct digest *first, *last;
    size_t bytes;               /* what its arena holds */
    bool defines;               /* a digest defines something */
};

/* The digests the second thread may hold before the first applies them:
 * it waits beyond this. The first thread reaches them only after parsing
 * its own part, so they wait beside its state of half the file; once
 * applied, their memory goes back to the system (mapped batches). Half the
 * input plus 4 MiB, and half of that for batches that define something
 * (applied, they grow the first thread's catalog as they go), keep two
 * threads within the memory promise (3x the input + 10 MB) for the
 * densest shapes (measured in make bench). */
static size_t digest_budget(const struct source *src)
{
    return (size_t)(src->len - src->start) / 2 + ((size_t)4 << 20);
}

/* Batches that define nothing may go past the budget while the process is
 * below twice the input + 10 MB: applied, they grow nothing of the first
 * thread's, and a job's INSERTs (whose digests are larger than their
 * text) need not wait for the first thread in vain. */
static size_t low_water(const struct source *src)
{
    return (size_t)(src->len - src->start) * 2 + ((size_t)10 << 20);
}

/* Resident memory of the process in bytes (SIZE_MAX when unknown). */
static size_t resident(void)
{
    FILE *f = fopen("/proc/self/statm", "r");
    unsigned long size, pages;
    bool ok = f && fscanf(f, "%lu %lu", &size, &pages) == 2;
    if (f)
        fclose(f);
    long page = sysconf(_SC_PAGESIZE);
    return ok && page > 0 ? (size_t)pages * (size_t)page : SIZE_MAX;
}



struct split {
    /* the second thread's: on cache lines of their own */
    alignas(64) struct arena arena;     /* names and findings */
    struct stmt_list stmts;
    struct source src;          /* the same text, from the cut on */
    uint32_t stop_at;           /* its first token: where the first stops */
    struct diag_list dl;
    struct tree_checks checks;  /* the tree tier's rules, on its part */
    struct digester *digester;
    struct batch *filling;      /* digests not yet handed over */
    struct parse_opts opts;

    /* shared: the batches are handed over as they fill, so that the first
     * thread applies them while the second still parses */
    alignas(64) pthread_mutex_t mu;
    pthread_cond_t more;            /* a batch was handed over */
    pthread_cond_t room;            /* a batch was freed */
    size_t budget;                  /* see digest_budget() */
    size_t low_water;               /* see low_water() */
    atomic_size_t held;             /* bytes of batches handed over, not
                                     * yet freed */
    atomic_size_t held_defining;    /* ... of those that define something */
    struct batch *queue, *queue_end;    /* handed over, not yet taken */
    bool done;
    atomic_bool abort;
    pthread_t thread;
};

int split_cpus(void)
{
    cpu_set_t set;
    if (sched_getaffinity(0, sizeof set, &set) == 0 && CPU_COUNT(&set) > 0)
        return CPU_COUNT(&set);
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    return n > 0 ? (int)n : 1;
}

/* Offset of a line start after a ';' at or after from, or 0. */
static uint32_t find_cut(const struct source *src, uint32_t from)
{
    const char *t = src->text;
    for (uint32_t i = from; i + 1 < src->len; i++) {
        if (t[i] != '\n')
            continue;
        uint32_t j = i;
        while (j > from && (t[j - 1] == ' ' || t[j - 1] == '\t' ||
                            t[j - 1] == '\r'))
            j--;
        if (j > from && t[j - 1] == ';')
            return i + 1;
    }
    return 0;
}

static struct batch *batch_new(void)
{
    struct batch *b = calloc(1, sizeof *b);
    if (!b)
        fatal_oom();
    arena_init_mapped(&b->arena);   /* freed by the other thread */
    return b;
}

static void batch_free(struct batch *b)
{
    arena_free(&b->arena);
    free(b);
}

/* Hand the filling batch over (done: the last). */
static void publish(struct split *sp, bool done)
{
    struct batch *b = sp->filling;
    b->bytes = arena_size(&b->arena);
    atomic_fetch_add(&sp->held, b->bytes);
    if (b->defines)
        atomic_fetch_add(&sp->held_defining, b->bytes);
    pthread_mutex_lock(&sp->mu);
    if (sp->queue_end)
        sp->queue_end->next = b;
    else
        sp->queue = b;
    sp->queue_end = b;
    sp->done = done;
    pthread_cond_signal(&sp->more);
    pthread_mutex_unlock(&sp->mu);
    sp->filling = done ? NULL : batch_new();
}

/* Wait (with every digest handed over) while they hold over the budget. */
static bool over(struct split *sp)
{
    if (atomic_load(&sp->held_defining) > sp->budget / 2)
        return true;
    return atomic_load(&sp->held) > sp->budget &&
           resident() > sp->low_water;
}

static void wait_for_room(struct split *sp)
{
    if (!over(sp))
        return;
    pthread_mutex_lock(&sp->mu);
    while (over(sp) && !atomic_load(&sp->abort))
        pthread_cond_wait(&sp->room, &sp->mu);
    pthread_mutex_unlock(&sp->mu);
}

static struct node *on_collect(void *user, struct node *stmt)
{
    struct split *sp = user;
    tree_checks_run(&sp->checks, stmt);
    struct batch *b = sp->filling;
    struct digest *d = digest_statement(sp->digester, &b->arena, stmt);
    if (d) {
        for (const struct dg_op *op = d->ops; op && !b->defines; op = op->next)
            b->defines = op->kind == DG_DEFINE;
        if (b->last)
            b->last->next = d;
        else
            b->first = d;
        b->last = d;
        /* full: less than a quarter of its block left, or a second block */
        size_t size = arena_size(&b->arena);
        if (size > BATCH_BYTES ||
            (size_t)(b->arena.end - b->arena.cur) < BATCH_BYTES / 4) {
            publish(sp, false);
            wait_for_room(sp);
        }
    }
    stmt_list_add(&sp->stmts, &sp->src, stmt);
    return NULL;
}

static void *second_half(void *arg)
{
    struct split *sp = arg;
    sql_parse_stream(&sp->arena, &sp->src, &sp->dl, on_collect, sp,
                     &sp->opts);
    publish(sp, true);
    return NULL;
}

/* Apply the second part's digests as they come, in order. */
static void resolve_second(struct split *sp, struct resolver *r)
{
    bool done;
    do {
        pthread_mutex_lock(&sp->mu);
        while (!sp->queue && !sp->done)
            pthread_cond_wait(&sp->more, &sp->mu);
        struct batch *b = sp->queue;
        sp->queue = sp->queue_end = NULL;
        done = sp->done;
        pthread_mutex_unlock(&sp->mu);
        while (b) {
            struct batch *next = b->next;
            for (const struct digest *d = b->first; d; d = d->next)
                resolve_digest(r, d);
            atomic_fetch_sub(&sp->held, b->bytes);
            if (b->defines)
                atomic_fetch_sub(&sp->held_defining, b->bytes);
            batch_free(b);
            b = next;
            pthread_mutex_lock(&sp->mu);
            pthread_cond_signal(&sp->room);
            pthread_mutex_unlock(&sp->mu);
        }
    } while (!done);
}

static void split_free(struct split *sp)
{
    pthread_cond_destroy(&sp->more);
    pthread_cond_destroy(&sp->room);
    pthread_mutex_destroy(&sp->mu);
    diag_list_free(&sp->dl);
    stmt_list_free(&sp->stmts);
    for (struct batch *b = sp->queue, *next; b; b = next) {
        next = b->next;
        batch_free(b);
    }
    if (sp->filling)
        batch_free(sp->filling);
    digester_free(sp->digester);
    tree_checks_free(&sp->checks);
    arena_free(&sp->arena);
    free(sp);
}

struct split *split_start(const struct source *src, bool all_refs,
                          const bool *disabled,
                          const struct option_facts *facts,
                          const struct target *target)
{
    uint32_t cut = find_cut(src, src->start +
                            (uint32_t)((uint64_t)(src->len - src->start) *
                                       CUT_PER_MILLE / 1000));
    uint32_t first = cut ? sql_next_token_start(src, cut) : src->len;
    if (first >= src->len)
        return NULL;
    struct split *sp = aligned_alloc(64, (sizeof *sp + 63) / 64 * 64);
    if (!sp)
        fatal_oom();
    memset(sp, 0, sizeof *sp);
    arena_init(&sp->arena);
    sp->src = *src;
    sp->src.start = cut;
    sp->src.blocks = NULL;
    sp->src.nblocks = 0;
    diag_list_init(&sp->dl, &sp->arena, &sp->src);
    tree_checks_init(&sp->checks, &sp->arena, &sp->src, &sp->dl, disabled);
    sp->checks.ctx.facts = facts;
    sp->checks.ctx.target = target;
    sp->opts.rejected = &sp->checks.reported[RULE_REJECTED_STATEMENT];
    stmt_list_init(&sp->stmts, &sp->arena);
    sp->digester = digester_new(&sp->src, all_refs);
    sp->filling = batch_new();
    sp->stop_at = first;
    pthread_mutex_init(&sp->mu, NULL);
    pthread_cond_init(&sp->more, NULL);
    pthread_cond_init(&sp->room, NULL);
    sp->budget = digest_budget(src);
    sp->low_water = low_water(src);
    atomic_init(&sp->held, 0);
    atomic_init(&sp->held_defining, 0);
    atomic_init(&sp->abort, false);
    sp->opts.abort = &sp->abort;
    if (pthread_create(&sp->thread, NULL, second_half, sp) != 0) {
        split_free(sp);
        return NULL;
    }
    return sp;
}

uint32_t split_offset(const struct split *sp)
{
    return sp->stop_at;
}

/* The second half's findings after the first's (the parser's and the
 * tree tier's, each kept up to the file's limit a rule, as on one thread),
 * the Hive-dialect note only if the first half gave none. */
static void merge_findings(struct split *sp, struct diag_list *dl,
                           const struct parse_opts *first)
{
    size_t kept[RULE__COUNT] = { 0 };
    size_t id;
    for (size_t i = 0; i < dl->count; i++)
        if (rule_find(dl->items[i].code, &id))
            kept[id]++;
    for (size_t i = 0; i < sp->dl.count; i++) {
        const struct diag *d = &sp->dl.items[i];
        if (!rule_find(d->code, &id))
            continue;           /* cannot be: every finding has a rule */
        if (id == RULE_SKIPPED_DIALECT && first->hive_noted)
            continue;
        if (kept[id] >= MAX_FINDINGS) {
            dl->dropped++;
            continue;
        }
        kept[id]++;
        diag_push(dl, d);
    }
    dl->dropped += sp->dl.dropped;
}

void split_finish(struct split *sp, const struct parse_opts *first,
                  struct stmt_list *stmts, struct resolver *r,
                  struct diag_list *dl, struct arena *a)
{
    if (first->stopped)
        resolve_second(sp, r);
    else {
        pthread_mutex_lock(&sp->mu);
        atomic_store(&sp->abort, true);     /* its work is not needed */
        pthread_cond_signal(&sp->room);
        pthread_mutex_unlock(&sp->mu);
    }
    pthread_join(sp->thread, NULL);
    if (first->stopped) {
        stmt_list_append(stmts, &sp->stmts);
        merge_findings(sp, dl, first);
        arena_adopt(a, &sp->arena);     /* names and messages */
    }
    split_free(sp);
}
