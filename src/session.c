/* session.c -- the pipeline for one file: parse, resolve names, run the
 * rules, drop disabled and suppressed findings, report. Each file gets its
 * own arena, freed before the next file starts; catalog files live in the
 * session's arena. */
#include "sqlcheck/session.h"

#include "sqlcheck/ast.h"
#include "sqlcheck/check.h"
#include "sqlcheck/parse.h"
#include "sqlcheck/source.h"
#include "sqlcheck/suppress.h"

#include <stdio.h>
#include <string.h>

void session_init(struct session *s, struct output *out)
{
    memset(s, 0, sizeof *s);
    s->out = out;
    s->fail_level = SEV_WARNING;
    arena_init(&s->base_arena);
    catalog_state_init(&s->base, &s->base_arena);
}

void session_free(struct session *s)
{
    arena_free(&s->base_arena);
}

static bool rule_disabled(const struct session *s, const char *code)
{
    size_t n;
    const struct rule *const *rules = rule_table(&n);
    for (size_t i = 0; i < n; i++)
        if (strcmp(rules[i]->code, code) == 0)
            return s->disabled[i];
    return false;
}

/* Drop disabled and suppressed findings, in place. */
static void filter(struct session *s, struct diag_list *dl,
                   const struct suppressions *sup)
{
    size_t kept = 0;
    for (size_t i = 0; i < dl->count; i++) {
        const struct diag *d = &dl->items[i];
        if (rule_disabled(s, d->code) || suppressed(sup, d))
            continue;
        dl->items[kept++] = *d;
    }
    dl->count = kept;
}

static void report(struct session *s, struct source *src,
                   struct diag_list *dl)
{
    diag_sort(dl);
    s->out->fmt->file(s->out, src, dl);
    for (size_t i = 0; i < dl->count; i++)
        if (!s->fail_none && dl->items[i].severity >= s->fail_level)
            s->failed = true;
}

void session_add_catalog(struct session *s, const char *path,
                         const char *text, size_t len)
{
    struct arena *a = &s->base_arena;
    char *copy = arena_strndup(a, text, len);
    struct source *src = ARENA_NEW(a, struct source);
    source_init(src, a, arena_strndup(a, path, strlen(path)), copy,
                (uint32_t)len);
    struct diag_list dl;
    diag_list_init(&dl, a, src);
    struct node *root = sql_parse(a, src, &dl);
    resolve_script(&s->base, src, root, NULL);
    s->base.catalog = "default_catalog";
    s->base.database = "default_database";
    report(s, src, &dl);
    diag_list_free(&dl);
}

void session_check_text(struct session *s, const char *path, const char *text,
                        size_t len)
{
    struct arena a;
    arena_init(&a);
    struct source src;
    source_init(&src, &a, path, text, (uint32_t)len);
    struct diag_list dl;
    diag_list_init(&dl, &a, &src);

    struct node *root = sql_parse(&a, &src, &dl);
    if (s->dump_ast)
        ast_dump(s->out->out, root, 0);

    struct catalog_state st;
    catalog_state_init(&st, &a);
    catalog_state_copy(&st, &s->base);
    struct resolution res = { NULL, NULL };
    resolve_script(&st, &src, root, &res);

    struct suppressions sup;
    suppressions_scan(&sup, &a, &src, root, &dl);

    size_t n;
    const struct rule *const *rules = rule_table(&n);
    struct check_ctx c = { &a, &src, &dl, root, &res, NULL, false };
    for (size_t i = 0; i < n; i++) {
        if (!rules[i]->run || s->disabled[i] || sup.file_off[i])
            continue;
        c.rule = rules[i];
        rules[i]->run(&c);
    }
    filter(s, &dl, &sup);
    report(s, &src, &dl);

    diag_list_free(&dl);
    arena_free(&a);
}
