/* checks.c -- the rule registry (rules.def: every rule's code, name,
 * default severity, tier and entry point), reporting, and the tree tier's
 * runner. The rules themselves are src/checks/<name>.c. */
#include "sqlcheck/check.h"
#include "sqlcheck/suppress.h"

#include "sqlcheck/arena.h"
#include "sqlcheck/keywords.h"
#include "sqlcheck/options.h"
#include "sqlcheck/util.h"

#include <ctype.h>
#include <stdarg.h>
#include <string.h>
#include <strings.h>

#define ELSEWHERE .tier = TIER_ELSEWHERE
#define ON_TREE(f) .tier = TIER_TREE, .on_tree = f
#define IN_ORDER(f) .tier = TIER_ORDERED, .in_order = f
#define ON_FILE(f) .tier = TIER_FILE, .on_file = f
#define ON_TREE_AND_IN_ORDER(f, g) .tier = TIER_TREE | TIER_ORDERED, \
    .on_tree = f, .in_order = g
#define ON_TREE_AND_FILE(f, g) .tier = TIER_TREE | TIER_FILE, \
    .on_tree = f, .on_file = g
static const struct rule rules[] = {
#define RULE(id_, code_, name_, severity_, tier_, summary_) \
    { .id = RULE_##id_, .code = code_, .name = name_,      \
      .severity = severity_, .summary = summary_, tier_ },
#include "sqlcheck/rules.def"
#undef RULE
};
#undef ELSEWHERE
#undef ON_TREE
#undef IN_ORDER
#undef ON_FILE
#undef ON_TREE_AND_IN_ORDER
#undef ON_TREE_AND_FILE
_Static_assert(sizeof rules / sizeof *rules == RULE__COUNT,
               "one registry entry per rule");

const struct rule *rule_table(size_t *n)
{
    *n = RULE__COUNT;
    return rules;
}

const struct rule *rule_of(enum rule_id id)
{
    return &rules[id];
}

const struct rule *rule_find(const char *code_or_name, size_t *index)
{
    for (size_t i = 0; i < sizeof rules / sizeof *rules; i++)
        if (strcasecmp(rules[i].code, code_or_name) == 0 ||
            strcasecmp(rules[i].name, code_or_name) == 0) {
            if (index)
                *index = i;
            return &rules[i];
        }
    return NULL;
}

static const struct { const char *code, *text; } docs[] = {
#include "rule_docs.inc"
};

const char *rule_doc(const struct rule *r)
{
    for (size_t i = 0; i < sizeof docs / sizeof *docs; i++)
        if (strcmp(docs[i].code, r->code) == 0)
            return docs[i].text;
    return NULL;
}

const char *rule_suggest(const char *word)
{
    enum { N = sizeof rules / sizeof *rules };
    const char *words[2 * N + 1];
    for (size_t i = 0; i < N; i++) {
        words[2 * i] = rules[i].code;
        words[2 * i + 1] = rules[i].name;
    }
    words[2 * N] = NULL;
    return nearest_word(word, words);
}

struct diag *check_vreport(struct check_ctx *c, struct span sp,
                           const char *fmt, va_list ap)
{
    struct diag probe = { .code = c->rule->code, .span = sp };
    if (c->sup && suppressed(c->sup, &probe))
        return NULL;
    if (c->reported >= MAX_FINDINGS) {
        c->diags->dropped++;
        return NULL;
    }
    c->reported++;
    return diag_vadd(c->diags, c->rule->code, c->rule->name,
                     c->rule->severity, sp, fmt, ap);
}

struct diag *check_report(struct check_ctx *c, struct span sp,
                          const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    struct diag *d = check_vreport(c, sp, fmt, ap);
    va_end(ap);
    return d;
}

struct diag *rule_vdiag(struct diag_list *dl, enum rule_id id,
                        struct span sp, const char *fmt, va_list ap)
{
    const struct rule *r = rule_of(id);
    return diag_vadd(dl, r->code, r->name, r->severity, sp, fmt, ap);
}

struct diag *rule_diag(struct diag_list *dl, enum rule_id id, struct span sp,
                       const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    struct diag *d = rule_vdiag(dl, id, sp, fmt, ap);
    va_end(ap);
    return d;
}

void tree_checks_init(struct tree_checks *t, struct arena *a,
                      struct source *src, struct diag_list *dl,
                      const bool *disabled)
{
    memset(t, 0, sizeof *t);
    arena_init(&t->scratch);
    t->ctx.scratch = &t->scratch;
    t->ctx.facts = option_facts_builtin();
    static const struct target newest = { RUNNER_VVP, FLINK_NEWEST_RELEASE,
                                          -1 };
    t->ctx.target = &newest;
    t->ctx.arena = a;
    t->ctx.src = src;
    t->ctx.diags = dl;
    t->disabled = disabled;
}

/* Run the rules of one tier that are not disabled. */
static void run_tier(struct tree_checks *t, enum rule_tier tier,
                     const struct node *stmt, const struct bound_stmt *b)
{
    for (size_t i = 0; i < RULE__COUNT; i++) {
        if (!(rules[i].tier & tier) || (t->disabled && t->disabled[i]))
            continue;
        t->ctx.rule = &rules[i];
        t->ctx.reported = t->reported[i];
        if (tier == TIER_TREE)
            rules[i].on_tree(&t->ctx, stmt);
        else
            rules[i].in_order(&t->ctx, b);
        t->reported[i] = t->ctx.reported;
    }
}

void tree_checks_run(struct tree_checks *t, const struct node *stmt)
{
    arena_reset(&t->scratch);
    t->ctx.options_stmt = NULL;
    run_tier(t, TIER_TREE, stmt, NULL);
}

void tree_checks_free(struct tree_checks *t)
{
    arena_free(&t->scratch);
}

/* The findings of one analysis of a statement (a table's options, a SET),
 * made once for the rules that each report their kind of them. */
struct option_found {
    int kind;
    struct span at;
    const char *message, *hint;
};

struct option_collector {
    struct check_ctx *c;
    size_t cap;
};

static void collect(struct option_collector *oc, int kind, struct span at,
                    const char *message, const char *hint)
{
    struct check_ctx *c = oc->c;
    if (c->options_nfound == oc->cap) {
        size_t cap = oc->cap ? oc->cap * 2 : 8;
        struct option_found *f = arena_alloc(c->scratch, cap * sizeof *f);
        if (c->options_nfound)
            memcpy(f, c->options_found, c->options_nfound * sizeof *f);
        c->options_found = f;
        oc->cap = cap;
    }
    c->options_found[c->options_nfound++] =
        (struct option_found){ kind, at, message, hint };
}

static void collect_table(void *user, enum option_finding kind,
                          struct span at, const char *message,
                          const char *hint)
{
    collect(user, (int)kind, at, message, hint);
}

static void collect_config(void *user, enum config_finding kind,
                           struct span at, const char *message,
                           const char *hint)
{
    collect(user, (int)kind, at, message, hint);
}

/* Report the findings of kind that the analysis of stmt made. */
static void report_found(struct check_ctx *c, int kind)
{
    for (size_t i = 0; i < c->options_nfound; i++) {
        const struct option_found *f = &c->options_found[i];
        if (f->kind != kind)
            continue;
        struct diag *d = check_report(c, f->at, "%s", f->message);
        if (f->hint)
            diag_set_hint(c->diags, d, "%s", f->hint);
    }
}

void report_table_options(struct check_ctx *c, const struct node *stmt,
                          enum option_finding kind)
{
    if (c->options_stmt != stmt || c->options_family != 1) {
        c->options_stmt = stmt;
        c->options_family = 1;
        c->options_found = NULL;
        c->options_nfound = 0;
        struct table_options t;
        if (table_options_of_create(c->scratch, c->src, stmt, &t)) {
            struct option_collector oc = { c, 0 };
            table_options_check(c->scratch, c->facts, &t, collect_table,
                                &oc);
        }
    }
    report_found(c, (int)kind);
}

/* The table's options (quiet: judged where they are written) followed by
 * more, which win; checked, into the collector. */
static void check_added(struct check_ctx *c, struct option_collector *oc,
                        const struct table_options *t,
                        const struct table_options *more, bool partial)
{
    struct table_options all = *t;
    all.partial = partial;
    all.inherited = false;
    all.opt = arena_alloc(c->scratch, (t->n + more->n + 1) *
                                      sizeof *all.opt);
    for (size_t i = 0; i < t->n; i++) {
        all.opt[i] = t->opt[i];
        all.opt[i].quiet = true;
    }
    memcpy(all.opt + t->n, more->opt, more->n * sizeof *more->opt);
    all.n = t->n + more->n;
    all.columns = NULL;
    all.create = NULL;
    if (more->n)
        all.with_at = more->with_at;
    table_options_check(c->scratch, c->facts, &all, collect_table, oc);
}

/* What needs the definitions before a statement: the OPTIONS hints of each
 * table it reads and what ALTER TABLE SET or RESET changes, checked with
 * the table's own options (what they add may be unsupported or have a bad
 * value; nothing is missing), and a CREATE TABLE ... LIKE's options merged
 * with its base's (its base's first, its own override them), checked
 * whole. */
void report_ordered_options(struct check_ctx *c, const struct bound_stmt *b,
                            enum option_finding kind)
{
    if (!b->options_of)
        return;
    if (c->options_stmt != (const void *)b || c->options_family != 3) {
        c->options_stmt = (const void *)b;
        c->options_family = 3;
        c->options_found = NULL;
        c->options_nfound = 0;
        struct option_collector oc = { c, 0 };
        for (const struct dg_query *q = b->queries; q; q = q->next)
            for (const struct dg_from *f = q->from; f; f = f->next) {
                if (!f->table || (f->kind != DF_TABLE &&
                                  f->kind != DF_WINDOW))
                    continue;
                struct table_options hint = { 0 };
                if (!hint_options_scan(c->scratch, c->src, f->span, &hint))
                    continue;
                struct table_options t;
                if (b->options_of(b->user, f->table, &t) && !t.inherited)
                    check_added(c, &oc, &t, &hint, true);
            }
        struct table_options t, more;
        if (b->altered &&
            alter_options_scan(c->scratch, c->src, b->d->span.start,
                               &more) &&
            b->options_of(b->user, b->altered, &t) && !t.inherited)
            check_added(c, &oc, &t, &more, true);
        struct table_options own, base;
        if (b->like_base &&
            table_options_scan(c->scratch, c->src, b->d->span.start, &own) &&
            own.inherited && own.n &&
            b->options_of(b->user, b->like_base, &base) &&
            !base.inherited) {
            own.inherited = false;
            check_added(c, &oc, &base, &own, false);
        }
    }
    report_found(c, (int)kind);
}

/* The key and value of a SET written without quotes (`SET a.b = c`): the
 * statement's text after SET (or RESET). */
static void legacy_set(const struct source *src, const struct node *stmt,
                       struct span *key, struct span *value)
{
    const char *t = src->text;
    uint32_t i = stmt->span.start, end = stmt->span.end;
    while (i < end && t[i] != ' ' && t[i] != '\t' && t[i] != '\n' &&
           t[i] != '\r')
        i++;                            /* SET */
    while (i < end && (t[i] == ' ' || t[i] == '\t' || t[i] == '\n' ||
                       t[i] == '\r'))
        i++;
    key->start = i;
    while (i < end && t[i] != '=' && t[i] != ' ' && t[i] != '\t' &&
           t[i] != '\n' && t[i] != '\r')
        i++;
    key->end = i;
    while (i < end && t[i] != '=')
        i++;
    *value = (struct span){ end, end };
    if (i == end)
        return;
    i++;
    while (i < end && (t[i] == ' ' || t[i] == '\t' || t[i] == '\n' ||
                       t[i] == '\r'))
        i++;
    uint32_t e = end;
    while (e > i && (t[e - 1] == ' ' || t[e - 1] == '\t' ||
                     t[e - 1] == '\n' || t[e - 1] == '\r' ||
                     t[e - 1] == ';'))
        e--;
    *value = (struct span){ i, e };
}

/* The text at sp, quotes undone where it is quoted. */
static const char *text_at(struct check_ctx *c, struct span sp, size_t *len)
{
    const char *t = c->src->text + sp.start;
    if (sp.end > sp.start && *t == '\'')
        return string_literal_text(c->scratch, c->src, sp, len);
    *len = sp.end - sp.start;
    return t;
}

void report_config(struct check_ctx *c, const struct node *stmt,
                   enum config_finding kind)
{
    if (stmt->kind != N_STMT_SET && stmt->kind != N_STMT_RESET)
        return;
    if (c->options_stmt != stmt || c->options_family != 2) {
        c->options_stmt = stmt;
        c->options_family = 2;
        c->options_found = NULL;
        c->options_nfound = 0;
        struct span key = { 0, 0 }, value = { 0, 0 };
        bool has_value = false;
        if (stmt->flags & F_LEGACY) {
            legacy_set(c->src, stmt, &key, &value);
            has_value = stmt->kind == N_STMT_SET && value.end > value.start;
        } else if (stmt->kid[0]) {
            key = stmt->kid[0]->span;
            if (stmt->kind == N_STMT_SET && stmt->kid[STMT_SET_VALUE]) {
                value = stmt->kid[STMT_SET_VALUE]->span;
                has_value = true;
            }
        }
        if (key.end > key.start) {
            size_t kl = 0, vl = 0;
            const char *k = text_at(c, key, &kl);
            const char *v = has_value ? text_at(c, value, &vl) : NULL;
            struct option_collector oc = { c, 0 };
            flink_config_check(c->scratch, c->target, k, kl, key, v, vl,
                               value,
                               collect_config, &oc);
        }
    }
    size_t before = c->diags->count;
    report_found(c, (int)kind);
    /* a key Flink reads as another: the fix writes the other */
    if (kind != CF_DEPRECATED_KEY || c->diags->count == before)
        return;
    struct diag *d = &c->diags->items[c->diags->count - 1];
    struct span key = d->span;
    size_t kl = 0;
    const char *k = text_at(c, key, &kl);
    const char *nk = flink_config_new_key(k, kl);
    if (!nk)
        return;
    bool quoted = c->src->text[key.start] == '\'';
    diag_set_fix(c->diags, d, true, key,
                 quoted ? arena_printf(c->arena, "'%s'", nk) : nk,
                 "write '%s'", nk);
}
void order_checks_run(void *checks, const struct bound_stmt *b)
{
    struct tree_checks *t = checks;
    arena_reset(&t->scratch);       /* the tree tier's statement is done */
    t->ctx.options_stmt = NULL;
    run_tier(t, TIER_ORDERED, NULL, b);
}

void check_fix_rename(struct check_ctx *c, struct diag *d, struct span at,
                      const char *name, bool function)
{
    /* letters, digits and '_', not first a digit (the C locale's) */
    bool plain = isalpha((unsigned char)name[0]) || name[0] == '_';
    for (const char *p = name; *p && plain; p++)
        plain = isalnum((unsigned char)*p) || *p == '_';
    /* a reserved word needs backticks as a name, not as a function */
    enum kw_category cat = kw_category(name, strlen(name));
    if (plain && !function &&
        (cat == KW_RESERVED || cat == KW_VERSION_RESERVED))
        plain = false;
    if (!plain && function)
        return;
    const char *text = plain ? name : arena_printf(c->arena, "`%s`", name);
    if (!plain && strchr(name, '`'))
        return;                 /* no fix rather than a wrong one */
    diag_set_fix(c->diags, d, false, at, text, "rename to %s", text);
}

void check_fix_rename_path(struct check_ctx *c, struct diag *d,
                           const struct node *path, const char *name,
                           bool function)
{
    const struct node *first = path->kid[PATH_PARTS];
    if (first && !first->next && !(first->flags & F_QUOTED) &&
        !strchr(name, '.'))
        check_fix_rename(c, d, path->span, name, function);
}
