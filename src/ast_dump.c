/* ast_dump.c -- indented text dump of the tree, for --dump-ast and tests. */
#include "sqlcheck/ast.h"

#include <string.h>

static const char *const slot_specs[] = {
#define NK(k, name, n, slots) slots,
#include "sqlcheck/ast_kinds.def"
#undef NK
};

static const char *const flag_names[] = {
    "temporary", "if-not-exists", "if-exists", "or-replace", "system",
    "overwrite", "upsert", "distinct", "all", "not", "lateral", "quoted",
    "legacy", "not-null", "null", "virtual", "not-enforced", "desc", "asc",
    "nulls-first", "nulls-last", "rows", "range", "natural",
    "with-ordinality", "execute", "extended", "try", "as-query", "or-alter",
    "enforced",
};

/* Copy the i-th space-separated word of spec into buf. */
static void slot_name(const char *spec, int i, char *buf, size_t cap)
{
    const char *p = spec;
    for (int k = 0; k < i && p; k++) {
        p = strchr(p, ' ');
        if (p)
            p++;
    }
    if (!p || !*p) {
        snprintf(buf, cap, "kid%d", i);
        return;
    }
    size_t n = strcspn(p, " ");
    if (n >= cap)
        n = cap - 1;
    memcpy(buf, p, n);
    buf[n] = '\0';
}

static void dump(FILE *out, const struct node *n, int depth, const char *label,
                 int with_spans)
{
    enum { MAX_DEPTH = 200 };
    fprintf(out, "%*s", depth * 2, "");
    if (label)
        fprintf(out, "%s: ", label);
    if (depth > MAX_DEPTH) {
        fputs("...\n", out);   /* deeper levels are not printed */
        return;
    }
    if (!n) {
        fputs("-\n", out);
        return;
    }
    fputs(ast_kind_name(n->kind), out);
    if (n->kind == N_PATH)      /* path a.b.c, parts chained by next */
        for (const struct node *p = n->kid[0]; p; p = p->next)
            fprintf(out, "%s%s", p == n->kid[0] ? " " : ".", p->text);
    if (n->text)
        fprintf(out, " \"%s\"", n->text);
    if (n->sub)
        fprintf(out, " sub=%d", n->sub);
    for (unsigned i = 0; i < sizeof(flag_names) / sizeof(*flag_names); i++)
        if (n->flags & (1u << i))
            fprintf(out, " +%s", flag_names[i]);
    if (with_spans)
        fprintf(out, " @%u..%u", (unsigned)n->span.start,
                (unsigned)n->span.end);
    fputc('\n', out);
    if (n->kind == N_PATH)
        return;                 /* its parts are printed on its line */
    if (n->kind == N_LIST) {
        for (const struct node *e = n->kid[0]; e; e = e->next)
            dump(out, e, depth + 1, NULL, with_spans);
        return;
    }
    int last = -1;
    for (int i = 0; i < ast_kid_count(n->kind); i++)
        if (n->kid[i])
            last = i;
    for (int i = 0; i <= last; i++) {
        char name[32];
        slot_name(slot_specs[n->kind], i, name, sizeof(name));
        if (n->kid[i])
            dump(out, n->kid[i], depth + 1, name, with_spans);
    }
}

void ast_dump(FILE *out, const struct node *n, int with_spans)
{
    dump(out, n, 0, NULL, with_spans);
}
