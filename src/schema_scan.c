/* schema_scan.c -- a CREATE TABLE's column list read again from its tokens.
 *
 * When a query first needs a table's columns, its definition is read
 * again from the text (the catalog keeps where it is, not the columns:
 * schema.h). The statement parsed once already, so its tokens are enough:
 * the column list is the parenthesised list after the table's name; an
 * element is a column unless it starts with CONSTRAINT, PRIMARY, UNIQUE or
 * WATERMARK; `name AS expr` is computed, `name type METADATA
 * ...` metadata (VIRTUAL: read only). The scan stops where the list ends
 * (whether a LIKE clause or a query adds columns, the statement's digest
 * says) and looks words up only where it needs to: a fraction of a
 * parse. tests/unit/test_schema.c checks that it agrees with
 * schema_of_create() on every CREATE TABLE of the samples and the corpus.
 */
#include "sqlcheck/schema.h"

#include "parse_ctx.h"
#include "parser.h"

#include "sqlcheck/keywords.h"
#include "sqlcheck/table_options.h"

#include <string.h>

struct scanner {
    struct parse_ctx ctx;
    struct span sp;
    int t;
};

static bool next(struct scanner *s)
{
    s->t = lex_scan(&s->ctx, &s->sp);
    return s->t != TK_YYEOF && s->t != ';';
}

/* The word the current token is: its keyword token (TK_KW_...), or TK_IDENT
 * for another name (a quoted one always), or the token itself. Words are
 * looked up only where the scan needs to know (ctx.words_unread). */
static int word(const struct scanner *s)
{
    if (s->t != TK_IDENT || s->ctx.base[s->sp.start] == '`')
        return s->t;
    bool version_word;
    return kw_token(s->ctx.src->text + s->sp.start, s->sp.end - s->sp.start,
                    &version_word);
}

/* Is the current token the word w (upper case, n letters)? Cheaper than
 * word() for one candidate. */
static bool is_word(const struct scanner *s, const char *w, size_t n)
{
    return s->t == TK_IDENT && s->sp.end - s->sp.start == n &&
           kw_equal_nocase(s->ctx.src->text + s->sp.start, w, n);
}

/* Can the current token be a name: an identifier or a non-reserved word. */
static bool is_name(const struct scanner *s)
{
    return s->t == TK_IDENT &&
           (s->ctx.base[s->sp.start] == '`' ||
            kw_category(s->ctx.src->text + s->sp.start,
                        s->sp.end - s->sp.start) != KW_RESERVED);
}

/* Scan src's tokens from offset at, quietly (copy: the scanner's own
 * view of src). */
static void scanner_start(struct scanner *s, struct source *copy,
                          const struct source *src, uint32_t at)
{
    memset(s, 0, sizeof *s);
    *copy = *src;
    s->ctx.src = copy;
    s->ctx.quiet = true;
    s->ctx.words_unread = true;
    s->ctx.base = (const unsigned char *)src->text;
    s->ctx.cur = s->ctx.base + at;
    s->ctx.lim = s->ctx.base + src->len;
}

struct schema *schema_scan(struct arena *a, const struct source *src,
                           uint32_t at)
{
    struct scanner s;
    struct source copy;
    scanner_start(&s, &copy, src, at);
    /* CREATE [OR REPLACE] [TEMPORARY] TABLE [IF NOT EXISTS] name ( */
    if (!next(&s) || word(&s) != TK_KW_CREATE || !next(&s))
        return NULL;
    if (word(&s) == TK_KW_OR && !(next(&s) && next(&s)))
        return NULL;
    if (word(&s) == TK_KW_TEMPORARY && !next(&s))
        return NULL;
    if (word(&s) != TK_KW_TABLE || !next(&s))
        return NULL;
    if (word(&s) == TK_KW_IF && !next(&s))
        return NULL;
    if (word(&s) == TK_KW_NOT && !next(&s))
        return NULL;
    if (word(&s) == TK_KW_EXISTS && !next(&s))
        return NULL;
    while (is_name(&s) && next(&s) && s.t == '.' && next(&s))
        ;
    struct schema *sc = ARENA_NEW(a, struct schema);
    if (s.t != '(') {
        sc->open = true;        /* no column list */
        return sc;
    }
    /* the elements, at depth 1 */
    size_t cap = 8;
    sc->cols = arena_alloc(a, cap * sizeof *sc->cols);
    int depth = 1;
    bool element_start = true;
    struct column *col = NULL;
    size_t tokens_in_element = 0;
    while (depth > 0 && next(&s)) {
        /* the < > of a column's type (ROW<a INT, b INT>) nest like ( );
         * in an expression (computed columns, watermarks) they compare */
        bool in_type = col && col->kind != COL_COMPUTED;
        if (s.t == '(' || s.t == '[' || (in_type && s.t == '<')) {
            depth++;
            tokens_in_element++;
            continue;
        }
        if (s.t == ')' || s.t == ']' || (in_type && s.t == '>')) {
            depth--;
            tokens_in_element++;
            continue;
        }
        if (depth != 1) {
            tokens_in_element++;
            continue;
        }
        if (s.t == ',') {
            element_start = true;
            col = NULL;
            tokens_in_element = 0;
            continue;
        }
        tokens_in_element++;
        if (element_start) {
            element_start = false;
            int w = word(&s);
            if (w == TK_KW_CONSTRAINT || w == TK_KW_PRIMARY ||
                w == TK_KW_UNIQUE || w == TK_KW_WATERMARK)
                continue;       /* not a column */
            if (!is_name(&s)) {
                sc->open = sc->unreadable = true;
                continue;
            }
            if (sc->ncols == cap) {
                struct column *more = arena_alloc(a, 2 * cap * sizeof *more);
                memcpy(more, sc->cols, cap * sizeof *more);
                sc->cols = more;
                cap *= 2;
            }
            col = &sc->cols[sc->ncols++];
            col->name = arena_ident(a, src->text + s.sp.start,
                                    s.sp.end - s.sp.start);
            col->len = strlen(col->name);
            col->span = s.sp;
            col->kind = COL_PHYSICAL;
            continue;
        }
        if (!col)
            continue;
        if (tokens_in_element == 2 && s.t == '.') {
            sc->ncols--;        /* a.b: not a name a column can have */
            sc->open = sc->unreadable = true;
            col = NULL;
            continue;
        }
        if (tokens_in_element == 2 && is_word(&s, "AS", 2))
            col->kind = COL_COMPUTED;
        else if (col->kind == COL_PHYSICAL && is_word(&s, "METADATA", 8))
            col->kind = COL_METADATA;
        else if (col->kind == COL_METADATA && is_word(&s, "VIRTUAL", 7))
            col->kind = COL_METADATA_VIRTUAL;
    }
    if (sc->ncols == 0)
        sc->open = true;
    return sc;
}

/* The same statement's WITH options, read again from its tokens: the
 * `WITH (...)` at the top level (after the column list, before a LIKE
 * clause or an AS query), and whether a LIKE clause brings its base's
 * options along (table_options.h). */
bool table_options_scan(struct arena *a, const struct source *src,
                        uint32_t at, struct table_options *out)
{
    memset(out, 0, sizeof *out);
    struct scanner s;
    struct source copy;
    scanner_start(&s, &copy, src, at);
    if (!next(&s) || word(&s) != TK_KW_CREATE)
        return false;
    size_t cap = 0;
    int depth = 0;
    bool in_like = false;
    while (next(&s)) {
        if (s.t == '(' || s.t == '[') {
            depth++;
            continue;
        }
        if (s.t == ')' || s.t == ']') {
            depth--;
            continue;
        }
        if (in_like && depth == 1) {
            /* LIKE base (INCLUDING ALL EXCLUDING OPTIONS ...) */
            int w = word(&s);
            if (w == TK_KW_INCLUDING || w == TK_KW_EXCLUDING ||
                w == TK_KW_OVERWRITING) {
                if (!next(&s))
                    break;
                int what = word(&s);
                if (what == TK_KW_ALL || what == TK_KW_OPTIONS)
                    out->inherited = w != TK_KW_EXCLUDING;
            }
            continue;
        }
        if (depth != 0)
            continue;
        int w = word(&s);
        if (w == TK_KW_AS)
            break;              /* the query of CREATE TABLE AS */
        if (w == TK_KW_LIKE) {
            in_like = true;
            out->inherited = true;
            continue;
        }
        if (w != TK_KW_WITH || out->n)
            continue;
        out->with_at = s.sp;
        if (!next(&s) || s.t != '(')
            break;
        /* 'key' = 'value' [, ...] ) */
        for (;;) {
            if (!next(&s) || s.t != TK_STRING)
                break;
            struct span k = s.sp;
            if (!next(&s) || s.t != '=' || !next(&s) || s.t != TK_STRING)
                break;
            struct table_option *o = table_option_add(a, out, &cap);
            o->key = string_literal_text(a, src, k, &o->key_len);
            o->value = string_literal_text(a, src, s.sp, &o->value_len);
            o->key_at = k;
            o->value_at = s.sp;
            if (!next(&s) || s.t != ',')
                break;
        }
        if (s.t != ')')
            break;
    }
    return true;
}

/* An ALTER TABLE's SET ('k' = 'v', ...) or RESET ('k', ...) read again from
 * the tokens of the statement at offset at (table_options.h). */
bool alter_options_scan(struct arena *a, const struct source *src,
                        uint32_t at, struct table_options *out)
{
    memset(out, 0, sizeof *out);
    struct scanner s;
    struct source copy;
    scanner_start(&s, &copy, src, at);
    if (!next(&s) || word(&s) != TK_KW_ALTER)
        return false;
    bool reset = false;
    while (next(&s)) {
        int w = word(&s);
        if (w == TK_KW_SET || w == TK_KW_RESET) {
            reset = w == TK_KW_RESET;
            out->with_at = s.sp;
            break;
        }
    }
    if (!out->with_at.end || !next(&s) || s.t != '(')
        return false;
    size_t cap = 0;
    while (next(&s) && s.t == TK_STRING) {
        struct span k = s.sp, v = { 0, 0 };
        if (!reset) {
            if (!next(&s) || s.t != '=' || !next(&s) || s.t != TK_STRING)
                break;
            v = s.sp;
        }
        struct table_option *o = table_option_add(a, out, &cap);
        o->key = string_literal_text(a, src, k, &o->key_len);
        o->key_at = k;
        if (reset) {
            o->value = "";
            o->no_value = true;
        } else {
            o->value = string_literal_text(a, src, v, &o->value_len);
            o->value_at = v;
        }
        if (!next(&s) || s.t != ',')
            break;
    }
    return out->n > 0;
}
