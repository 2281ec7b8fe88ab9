/* parse.c -- drives the bison parsers: the token filter between the lexer
 * and the grammar, the fast parse with an exact second look at statements
 * that fail, error recovery between statements, and the node constructors
 * the grammar actions call.
 *
 * The filter does what one token of lookahead cannot:
 *  - joins adjacent string literals separated by a line break ('a'\n'b',
 *    and X'0A'\n'0B'), and checks a binary literal's hex digits;
 *  - tells the AND of `x BETWEEN a AND b` from the logical AND, and the IN
 *    of POSITION(a IN b) from the IN predicate;
 *  - ends the last statement with a virtual ';' when the file has none;
 *  - follows SET 'table.sql-dialect' so that Hive-dialect statements are
 *    skipped (the lexer returns them as one token).
 * When the grammar reports a missing ';' before a statement keyword, the
 * driver ends the broken statement there and restarts the lexer at that
 * keyword, so the next statement is checked as if the ';' were present.
 */
#include "sqlcheck/parse.h"

#include "parse_ctx.h"
#include "parser.h"

#include "sqlcheck/arena.h"
#include "sqlcheck/keywords.h"
#include "sqlcheck/rules.h"
#include "sqlcheck/util.h"

#include <stdarg.h>
#include <stdatomic.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

/*---- node constructors (called from grammar actions) --------------------*/

struct node *mk_ident(struct parse_ctx *ctx, struct span sp)
{
    struct node *n = ast_new(ctx->tree, N_IDENT, sp);
    const char *t = ctx->src->text + sp.start;
    size_t len = sp.end - sp.start;
    if (len >= 2 && t[0] == '`') {
        n->text = arena_ident(ctx->tree, t, len);   /* `a``b` is a`b */
        n->flags |= F_QUOTED;
    } else {
        n->text = arena_strndup(ctx->tree, t, len);
    }
    return n;
}

struct node *mk_list(struct parse_ctx *ctx, struct node *ring, struct span sp)
{
    struct node *n = ast_new(ctx->tree, N_LIST, sp);
    if (ring) {                 /* the last node; its next is the first */
        n->kid[LIST_FIRST] = ring->next;
        ring->next = NULL;
    }
    return n;
}

struct node *mk_text(struct parse_ctx *ctx, enum node_kind kind,
                     struct span sp, const char *text)
{
    struct node *n = ast_new(ctx->tree, kind, sp);
    n->text = text;
    return n;
}

void stmt_done(struct parse_ctx *ctx, struct node *stmt)
{
    if (stmt) {
        unsigned n = ctx->nversion_words < VERSION_WORDS_KEPT
                     ? ctx->nversion_words : VERSION_WORDS_KEPT;
        for (unsigned i = 0; i < n; i++)
            if (ctx->version_words[i] >= stmt->span.start &&
                ctx->version_words[i] < stmt->span.end)
                stmt->flags |= F_VERSION_WORDS;
        ast_list_append(&ctx->pending, stmt);
    }
    ctx->stmt_failed = false;
    ctx->boundary = true;
}

/* An error the parser keeps while *kept is under the file's limit;
 * beyond it, the error is counted, not kept. */
static struct diag *add_capped(struct parse_ctx *ctx, size_t *kept,
                               enum rule_id rule, struct span sp,
                               const char *fmt, va_list ap)
{
    if (*kept >= MAX_FINDINGS) {
        ctx->diags->dropped++;
        return NULL;
    }
    ++*kept;
    return rule_vdiag(ctx->diags, rule, sp, fmt, ap);
}

struct diag *parse_error(struct parse_ctx *ctx, struct span sp,
                         const char *fmt, ...)
{
    if (ctx->quiet)
        return NULL;
    if (ctx->fast) {
        ctx->fast_failed = true;    /* the statement is parsed again */
        return NULL;
    }
    if (ctx->stmt_failed)
        return NULL;
    ctx->stmt_failed = true;
    va_list ap;
    va_start(ap, fmt);
    struct diag *d = add_capped(ctx, &ctx->errors, RULE_SYNTAX_ERROR, sp,
                                fmt, ap);
    va_end(ap);
    return d;
}

/* Valid syntax that Flink rejects (FSQL105) within the file's limit, with
 * a hint. The lexer's one case; the others are a rule of the tree tier
 * (src/checks/rejected_statement.c). */
PRINTF_LIKE(4, 5)
static void statement_error(struct parse_ctx *ctx, struct span sp,
                            const char *hint, const char *fmt, ...)
{
    if (ctx->quiet)
        return;
    va_list ap;
    va_start(ap, fmt);
    struct diag *d = add_capped(ctx, ctx->rejected,
                                RULE_REJECTED_STATEMENT, sp, fmt, ap);
    va_end(ap);
    diag_set_hint(ctx->diags, d, "%s", hint);
}

/*---- what an unparsed statement would have created ------------------------*/

static bool name_token(struct parse_ctx *ctx, int t, struct span sp)
{
    return t == TK_IDENT ||
           (t != TK_RESERVED_WORD && t >= TK_KW_ALL &&
            kw_category(ctx->src->text + sp.start, sp.end - sp.start) !=
                KW_RESERVED);
}

static bool word_is(struct parse_ctx *ctx, struct span sp, const char *w)
{
    size_t n = strlen(w);
    return sp.end - sp.start == n &&
           kw_equal_nocase(ctx->src->text + sp.start, w, n);
}

void name_unparsed_statement(struct parse_ctx *ctx, struct node *n)
{
    struct parse_ctx sub = *ctx;
    sub.quiet = true;
    sub.hive_dialect = false;
    sub.at_stmt_start = false;
    sub.in_hint = false;
    sub.cur = ctx->base + n->span.start;
    struct span sp;
    int t;
#define NEXT() (t = lex_scan(&sub, &sp), \
                t != TK_YYEOF && t != ';' && sp.start < n->span.end)
    if (!NEXT())
        return;
    if (t == TK_KW_BEGIN) {
        /* BEGIN STATEMENT SET with a missing ';' (or more after it) still
         * opens the set: its INSERTs and END belong to it */
        if (NEXT() && t == TK_KW_STATEMENT && NEXT() && t == TK_KW_SET) {
            n->kind = N_STMT_BEGIN_SET;
        }
        return;
    }
    if (t != TK_KW_CREATE)
        return;
    n->sub = -2;
    if (!NEXT())
        return;
    if (t == TK_KW_OR && !(NEXT() && NEXT()))
        return;
    if (t == TK_KW_TEMPORARY) {
        n->flags |= F_TEMPORARY;
        if (!NEXT())
            return;
        if (t == TK_KW_SYSTEM) {
            n->flags |= F_SYSTEM;
            if (!NEXT())
                return;
        }
    }
    if ((t == TK_IDENT && word_is(ctx, sp, "EXTERNAL")) ||
        t == TK_KW_MATERIALIZED) {
        if (!NEXT())
            return;
    }
    int obj;
    switch (t) {
    case TK_KW_TABLE: obj = OBJ_TABLE; break;
    case TK_KW_VIEW: obj = OBJ_VIEW; break;
    case TK_KW_FUNCTION: obj = OBJ_FUNCTION; break;
    case TK_KW_CATALOG: obj = OBJ_CATALOG; break;
    case TK_KW_DATABASE: obj = OBJ_DATABASE; break;
    case TK_KW_MODEL: obj = OBJ_MODEL; break;
    case TK_KW_CONNECTION: obj = OBJ_CONNECTION; break;
    default:
        obj = t == TK_IDENT && word_is(ctx, sp, "SCHEMA") ? OBJ_DATABASE : -1;
    }
    if (obj < 0 || !NEXT())
        return;
    if (t == TK_KW_IF) {
        if (!NEXT())
            return;
        if (t == TK_KW_NOT && !NEXT())
            return;
        if (t != TK_KW_EXISTS || !NEXT())
            return;
    }
    struct node_list parts = { NULL, NULL };
    struct span all = sp;
    while (name_token(ctx, t, sp)) {
        ast_list_append(&parts, mk_ident(ctx, sp));
        all.end = sp.end;
        if (!NEXT() || t != '.' || !NEXT())
            break;
    }
#undef NEXT
    if (!parts.head)
        return;
    struct node *path = ast_new(ctx->tree, N_PATH, all);
    path->kid[PATH_PARTS] = parts.head;
    n->kid[STMT_ERROR_NAME] = obj == OBJ_CATALOG ? parts.head : path;
    n->sub = obj;
}

/*---- token filter --------------------------------------------------------*/

struct token {
    struct span sp;             /* first: returned in one register, as the */
    int kind;                   /* lexer stores it (see set_span()) */
};

enum { NEST_MAX = 64 };

struct filter {
    struct parse_ctx *ctx;
    struct token peek;
    bool has_peek;
    bool at_eof;
    bool last_was_semi;
    uint32_t last_end;          /* end of the last token passed on */
    int paren, case_depth;
    /* open BETWEENs / POSITIONs: paren and CASE depth where they wait */
    struct { int paren, case_depth; } between[NEST_MAX];
    int nbetween;
    int position[NEST_MAX];
    int nposition;
    bool position_pending;
    /* SET statement tracking for the Hive dialect */
    int stmt_tokens;            /* tokens of the current statement so far */
    int set_form;               /* 1: SET 'k' = 'v' so far; 2: legacy */
    struct span set_key, set_value;
    struct span set_stmt;
};

static struct token raw_next(struct filter *f)
{
    struct token t;
    if (f->has_peek) {
        f->has_peek = false;
        return f->peek;
    }
    t.kind = lex_scan(f->ctx, &t.sp);
    return t;
}

static bool has_line_break(const char *text, uint32_t from, uint32_t to)
{
    for (uint32_t i = from; i < to; i++)
        if (text[i] == '\n' || text[i] == '\r')
            return true;
    return false;
}

/* The hex digits of binary string literal (fragment) sp, whose text
 * starts after skip bytes (X' or '). A character that is no hex digit is a
 * syntax error, as in Flink ("Illegal binary string"): reported, and the
 * result is then UINT32_MAX. */
static uint32_t hex_digits(struct parse_ctx *ctx, struct span sp,
                           uint32_t skip)
{
    const char *t = ctx->src->text;
    uint32_t n = 0;
    for (uint32_t i = sp.start + skip; i + 1 < sp.end; i++) {
        unsigned char c = (unsigned char)t[i];
        if ((c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'f')) {
            n++;
            continue;
        }
        size_t k = utf8_char_len((const unsigned char *)t + i,
                                 sp.end - 1 - i);
        uint32_t end = i + (uint32_t)(k ? k : 1);   /* the whole character */
        struct span bad = { i, end };
        struct diag *d = c == ' ' || c == '\t' || c == '\n' || c == '\r'
            ? parse_error(ctx, bad, "illegal binary string: blanks are not "
                          "allowed between its hex digits")
            : parse_error(ctx, bad, "illegal binary string: '%.*s' is not a "
                          "hex digit (0-9, A-F)", (int)(end - i), t + i);
        if (d)
            diag_set_hint(ctx->diags, d, "a binary literal holds hex digits "
                          "only, e.g. X'0A0B'; continue it on the next line "
                          "with '...' fragments");
        return UINT32_MAX;
    }
    return n;
}

/* Compare the quoted literal at sp with word, ignoring case and quotes. */
static bool literal_is(const struct source *src, struct span sp,
                       const char *word)
{
    const char *t = src->text + sp.start;
    size_t len = sp.end - sp.start;
    if (len >= 2 && t[0] == '\'' && t[len - 1] == '\'') {
        t++;
        len -= 2;
    }
    size_t wl = strlen(word);
    if (len != wl)
        return false;
    for (size_t i = 0; i < len; i++) {
        char c = t[i];
        if (c >= 'A' && c <= 'Z')
            c = (char)(c - 'A' + 'a');
        if (c != word[i])
            return false;
    }
    return true;
}

/* At the end of a statement: did it switch the SQL dialect? */
static void end_statement(struct filter *f)
{
    struct parse_ctx *ctx = f->ctx;
    if (f->set_form == 1 && f->stmt_tokens == 4)
        f->set_form = 3;        /* complete SET 'k' = 'v' */
    if (f->set_form >= 2 &&
        literal_is(ctx->src, f->set_key, "table.sql-dialect")) {
        bool hive = literal_is(ctx->src, f->set_value, "hive");
        if (hive && !ctx->hive_noted) {
            ctx->hive_noted = true;
            struct diag *d = rule_diag(ctx->diags, RULE_SKIPPED_DIALECT,
                                       f->set_stmt, "statements in the Hive "
                                       "dialect are not checked");
            diag_set_hint(ctx->diags, d, "checking resumes after SET "
                          "'table.sql-dialect' = 'default'");
        }
        ctx->hive_dialect = hive;
    }
    f->stmt_tokens = 0;
    f->set_form = 0;
    f->nbetween = f->nposition = 0;
    f->paren = f->case_depth = 0;
    f->position_pending = false;
}

/* Follow the tokens of a SET statement: SET 'key' = 'value'. */
static void track_set(struct filter *f, const struct token *t)
{
    struct parse_ctx *ctx = f->ctx;
    int i = f->stmt_tokens;
    if (i == 0) {
        f->set_form = 0;
        f->set_stmt = t->sp;
        if (t->kind == TK_KW_SET) {
            f->set_form = 1;
        } else if (t->kind == TK_LEGACY_SET) {
            f->set_form = 2;
            f->set_key = ctx->set_key;
            f->set_value = ctx->set_value;
        }
    } else if (f->set_form == 1) {
        f->set_stmt.end = t->sp.end;
        if (i == 1 && t->kind == TK_STRING)
            f->set_key = t->sp;
        else if (i == 2 && t->kind == '=')
            ;
        else if (i == 3 && t->kind == TK_STRING)
            f->set_value = t->sp;
        else
            f->set_form = 0;
    } else if (f->set_form == 2) {
        f->set_form = 0;        /* legacy SET is a single token */
    }
    f->stmt_tokens++;
}

static struct token filter_next(struct filter *f)
{
    struct parse_ctx *ctx = f->ctx;
    struct token t;
    if (f->at_eof) {
        t.kind = TK_YYEOF;
        t.sp.start = t.sp.end = f->last_end;
        return t;
    }
    t = raw_next(f);

    if (t.kind == TK_YYEOF) {
        if (!f->last_was_semi) {
            /* virtual ';' closing the last statement */
            f->has_peek = true;
            f->peek = t;
            t.kind = ';';
            t.sp.start = t.sp.end = f->last_end;
        } else {
            f->at_eof = true;
            f->last_end = t.sp.start;
            return t;
        }
    }

    if (t.kind == TK_STRING || t.kind == TK_XSTRING) {
        /* 'a' 'b' on separate lines is one literal; so is X'0A' '0B' (its
         * fragments are plain '...' literals) */
        bool binary = t.kind == TK_XSTRING;
        uint32_t hexits = binary ? hex_digits(ctx, t.sp, 2) : 0;
        uint32_t last_start = t.sp.start;
        for (;;) {
            struct token n = raw_next(f);
            if (n.kind != TK_STRING ||
                (binary && ctx->src->text[n.sp.start] != '\'')) {
                f->peek = n;
                f->has_peek = true;
                break;
            }
            if (!has_line_break(ctx->src->text, t.sp.end, n.sp.start)) {
                struct diag *d = parse_error(ctx, n.sp, "string literal "
                                             "continued on the same line");
                if (d)
                    diag_set_hint(ctx->diags, d, "separate two values with "
                                  "','; one string is written in one piece "
                                  "or continued on the next line");
            }
            ctx->joined_prev = (struct span){ last_start, t.sp.end };
            ctx->joined_last = n.sp;
            last_start = n.sp.start;
            if (binary && hexits != UINT32_MAX) {
                uint32_t more = hex_digits(ctx, n.sp, 1);
                hexits = more == UINT32_MAX ? more : hexits + more;
            }
            t.sp.end = n.sp.end;
        }
        if (hexits != UINT32_MAX && hexits % 2)
            statement_error(ctx, t.sp, "write each byte as two digits, e.g. "
                            "a leading 0", "a binary string literal needs an "
                            "even number of hex digits (this one has %u)",
                            hexits);
    }

    switch (t.kind) {
    case '(':
        f->paren++;
        if (f->position_pending && f->nposition < NEST_MAX)
            f->position[f->nposition++] = f->paren;
        break;
    case ')':
        while (f->nbetween && f->between[f->nbetween - 1].paren >= f->paren)
            f->nbetween--;
        while (f->nposition && f->position[f->nposition - 1] >= f->paren)
            f->nposition--;
        if (f->paren > 0)
            f->paren--;
        break;
    case TK_KW_CASE:
        f->case_depth++;
        break;
    case TK_KW_END:
        if (f->case_depth > 0)
            f->case_depth--;
        break;
    case TK_KW_BETWEEN:
        if (f->nbetween < NEST_MAX) {
            f->between[f->nbetween].paren = f->paren;
            f->between[f->nbetween].case_depth = f->case_depth;
            f->nbetween++;
        }
        break;
    case TK_KW_AND:
        if (f->nbetween && f->between[f->nbetween - 1].paren == f->paren &&
            f->between[f->nbetween - 1].case_depth == f->case_depth) {
            f->nbetween--;
            t.kind = TK_BETWEEN_AND;
        }
        break;
    case TK_KW_IN:
        if (f->nposition && f->position[f->nposition - 1] == f->paren) {
            f->nposition--;
            t.kind = TK_POSITION_IN;
        }
        break;
    default:
        break;
    }
    f->position_pending = t.kind == TK_KW_POSITION;

    if (t.kind == ';') {
        end_statement(f);
        ctx->at_stmt_start = true;
        f->last_was_semi = true;
    } else {
        if (f->last_was_semi)
            ctx->stmt_start = t.sp.start;
        track_set(f, &t);
        ctx->at_stmt_start = false;
        f->last_was_semi = false;
    }
    if (t.sp.end > f->last_end || t.kind != ';')
        f->last_end = t.sp.end;
    return t;
}

/* Restart lexing at offset (a statement keyword after a missing ';'). */
static void filter_restart(struct filter *f, uint32_t offset)
{
    struct parse_ctx *ctx = f->ctx;
    f->has_peek = false;
    f->at_eof = false;
    end_statement(f);
    ctx->cur = ctx->base + offset;
    ctx->at_stmt_start = true;
    f->last_was_semi = true;
}

/*---- driver --------------------------------------------------------------*/

/* Two parsers are generated from grammar/parser.y. yyparse_fast has no LAC
 * (lookahead correction), which costs about a tenth of the parse; it stops
 * at the first error of any kind. The tokens of the current statement are
 * kept, so the driver then replays them into yyparse, built with LAC,
 * whose error messages list exactly the tokens that were expected. That
 * parser reports and recovers, and hands back at the next statement
 * boundary (where both parsers are in the same state). */
struct driver {
    struct parse_ctx *ctx;
    struct filter f;
    struct token *buf;          /* tokens since the last statement boundary */
    size_t nbuf, cap, replay;   /* replay: next buffered token to hand out */
    bool exact;                 /* yyparse (LAC) is running */
    bool paused;                /* yyparse was stopped at a boundary */
    bool repaired;              /* a missing ';' was repaired ... */
    uint32_t last_repair;       /* ... before the token at this offset */
    struct token last;          /* the token the parser was last given */
    struct token before;        /* the token before the buffered ones */
    stmt_fn on_stmt;
    void *user;
    struct arena *tree;
    struct parse_opts *opts;
};

/* Hand completed statements to on_stmt (or keep them whole). */
static void flush_pending(struct driver *d)
{
    struct parse_ctx *ctx = d->ctx;
    struct node *next;
    for (struct node *n = ctx->pending.head; n; n = next) {
        next = n->next;
        ast_list_append(&ctx->stmts, d->on_stmt ? d->on_stmt(d->user, n) : n);
    }
    ctx->pending.head = ctx->pending.tail = NULL;
    if (d->on_stmt)
        arena_reset(d->tree);    /* nothing of the trees is referenced now */
}

/* The next token: a buffered one during a replay, else a new one, kept in
 * the buffer. The result points there: a token copied through registers
 * and the stack cost a store-forwarding stall on every token. */
static const struct token *next_token(struct driver *d)
{
    if (d->replay < d->nbuf)
        return &d->buf[d->replay++];
    if (d->nbuf == d->cap)
        d->buf = grow_array(d->buf, d->nbuf, &d->cap, sizeof *d->buf, 256);
    struct token *t = &d->buf[d->nbuf++];
    d->replay = d->nbuf;
    *t = filter_next(&d->f);
    return t;
}

/* At a statement boundary: is this where the parse was asked to end? The
 * next token must start at opts->stop_at with the lexer in the state it
 * is in at the start of a file (see struct parse_opts). */
static bool at_stop(struct driver *d)
{
    struct parse_opts *o = d->opts;
    if (!o)
        return false;
    if (o->abort && atomic_load_explicit(o->abort, memory_order_relaxed))
        return true;
    struct parse_ctx *ctx = d->ctx;
    if (!o->stop_at || ctx->hive_dialect || ctx->in_hint)
        return false;
    o->stopped = lex_next_start(ctx) == o->stop_at;
    return o->stopped;
}

int yylex(YYSTYPE *lval, struct span *lloc, struct parse_ctx *ctx)
{
    struct driver *d = ctx->driver;
    const struct token *t;
    memset(lval, 0, sizeof *lval);
    if (!d->exact && ctx->fast_failed) {
        /* End the fast parser quickly: after an error nothing accepts the
         * end of input. */
        lloc->start = lloc->end = d->last.sp.end;
        return TK_YYEOF;
    }
    ctx->fast = false;          /* the lexer and the filter always report */
    if (ctx->pending.head)
        flush_pending(d);
    if (ctx->boundary) {
        ctx->boundary = false;
        d->nbuf = d->replay = 0;
        d->before = d->last;
        if (at_stop(d)) {
            lloc->start = lloc->end = d->last.sp.end;
            return TK_YYEOF;
        }
        if (d->exact) {
            /* The statement that failed is done: back to the fast parser. */
            d->paused = true;
            lloc->start = lloc->end = d->last.sp.end;
            return TK_YYEOF;
        }
    }
    if (ctx->missing_semi && (!d->repaired || d->last.sp.start > d->last_repair)) {
        /* The parser took the last token for the start of a statement
         * after a missing ';': end the broken statement there and check
         * the new one from that token on. */
        ctx->missing_semi = false;
        d->repaired = true;
        d->last_repair = d->last.sp.start;
        lloc->start = lloc->end = d->f.last_end;
        filter_restart(&d->f, d->last.sp.start);
        ctx->fast = !d->exact;
        return ';';
    }
    ctx->missing_semi = false;
    t = next_token(d);
    if (t->kind == TK_YYerror && !d->exact)
        ctx->fast_failed = true;        /* the lexer reported: replay */
    ctx->prev_token = d->last.kind;
    ctx->prev_span = d->last.sp;
    d->last = *t;
    *lloc = t->sp;
    ctx->fast = !d->exact;
    return t->kind;
}

/* After a parse that ran out of stack: skip to the end of the statement. */
static void skip_statement(struct driver *d)
{
    struct parse_ctx *ctx = d->ctx;
    const struct token *t = &d->last;
    while (t->kind != ';' && t->kind != TK_YYEOF)
        t = next_token(d);
    d->last = *t;
    d->nbuf = d->replay = 0;
    ctx->stmt_failed = false;
    ctx->pending.head = ctx->pending.tail = NULL;
    if (d->on_stmt)
        arena_reset(d->tree);
}

struct node *sql_parse_stream(struct arena *a, struct source *src,
                              struct diag_list *diags, stmt_fn on_stmt,
                              void *user, struct parse_opts *opts)
{
    struct arena tree;
    arena_init(&tree);
    struct parse_ctx ctx;
    memset(&ctx, 0, sizeof ctx);
    ctx.arena = a;
    ctx.tree = on_stmt ? &tree : a;
    ctx.src = src;
    ctx.diags = diags;
    ctx.base = (const unsigned char *)src->text;
    ctx.cur = ctx.base + src->start;
    ctx.lim = ctx.base + src->len;
    ctx.at_stmt_start = true;

    struct driver d;
    memset(&d, 0, sizeof d);
    d.ctx = &ctx;
    d.f.ctx = &ctx;
    d.f.last_was_semi = true;
    d.f.last_end = src->start;
    d.last.kind = d.before.kind = ';';
    d.last.sp.start = d.last.sp.end = src->start;
    d.before = d.last;
    d.on_stmt = on_stmt;
    d.user = user;
    d.tree = &tree;
    d.opts = opts;
    ctx.driver = &d;
    ctx.rejected = opts && opts->rejected ? opts->rejected : &ctx.own_rejected;
    if (opts && opts->start_hive) {
        ctx.hive_dialect = ctx.hive_noted = true;
        struct span at = { src->start, src->start };
        struct diag *dg = rule_diag(diags, RULE_SKIPPED_DIALECT, at,
                                    "the Flink configuration sets "
                                    "table.sql-dialect to hive: statements "
                                    "in the Hive dialect are not checked");
        diag_set_hint(diags, dg, "checking resumes after SET "
                      "'table.sql-dialect' = 'default'");
    }

    for (;;) {
        ctx.fast = !d.exact;
        ctx.fast_failed = false;
        d.paused = false;
        int status = d.exact ? yyparse(&ctx) : yyparse_fast(&ctx);
        ctx.fast = false;
        if (ctx.fast_failed && !d.exact) {
            /* Replay the statement's tokens into the LAC parser. */
            d.exact = true;
            d.replay = 0;
            d.last = d.before;
            continue;
        }
        if (status == 2) {
            /* The parser's stack is full: the statement nests deeper than
             * YYMAXDEPTH (reported by yyerror). Go on after it. */
            skip_statement(&d);
            d.exact = false;
            if (d.last.kind == TK_YYEOF)
                break;
            continue;
        }
        if (d.paused) {
            d.exact = false;
            continue;
        }
        break;                  /* the end of the input, or a stop */
    }
    if (ctx.pending.head)
        flush_pending(&d);
    if (opts) {
        opts->errors = ctx.errors;
        opts->hive_noted = ctx.hive_noted;
    }
    free(d.buf);
    arena_free(&tree);

    struct span all = { src->start, src->len };
    struct node *root = ast_new(a, N_SCRIPT, all);
    struct node *list = ast_new(a, N_LIST, all);
    list->kid[LIST_FIRST] = ctx.stmts.head;
    root->kid[SCRIPT_STATEMENTS] = list;
    return root;
}

struct node *sql_parse(struct arena *a, struct source *src,
                       struct diag_list *diags)
{
    return sql_parse_stream(a, src, diags, NULL, NULL, NULL);
}

uint32_t sql_next_token_start(const struct source *src, uint32_t offset)
{
    struct parse_ctx ctx;
    memset(&ctx, 0, sizeof ctx);
    ctx.base = (const unsigned char *)src->text;
    ctx.cur = ctx.base + offset;
    ctx.lim = ctx.base + src->len;
    return lex_next_start(&ctx);
}
