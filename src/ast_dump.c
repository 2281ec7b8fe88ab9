/* ast_dump.c -- indented text dump of the tree, for --dump-ast and tests. */
#include "sqlcheck/ast.h"

#include <ctype.h>
#include <stdbool.h>
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
    for (size_t k = 0; k < n; k++)      /* LIKE_OR_QUERY: like-or-query */
        buf[k] = p[k] == '_' ? '-' : (char)tolower((unsigned char)p[k]);
    buf[n] = '\0';
}

/* Kinds whose sub is an enum ast_op. */
static bool has_op(enum node_kind k)
{
    switch (k) {
    case N_UNARY: case N_BINARY: case N_PREDICATE: case N_SETOP: case N_JOIN:
    case N_GROUPING: case N_PATTERN: case N_SUBQUERY: case N_CONSTRUCTOR:
    case N_CONSTRAINT:
        return true;
    default:
        return false;
    }
}

/* Kinds whose sub is an enum obj_kind. */
static bool has_object(enum node_kind k)
{
    switch (k) {
    case N_STMT_CREATE_TABLE: case N_STMT_ALTER: case N_STMT_DROP:
    case N_STMT_DESCRIBE: case N_STMT_SHOW_CREATE:
        return true;
    default:
        return false;
    }
}

static const char *object_name(int obj)
{
    static const char *const names[] = {
        "table", "view", "function", "catalog", "database", "model",
        "materialized-table", "connection", "job",
    };
    return obj >= 0 && (size_t)obj < sizeof names / sizeof *names
           ? names[obj] : "?";
}

static const char *literal_name(int lit)
{
    static const char *const names[] = {
        "string", "unicode-string", "binary-string", "integer", "decimal",
        "approx", "true", "false", "unknown", "null",
    };
    return lit >= 0 && (size_t)lit < sizeof names / sizeof *names
           ? names[lit] : "?";
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
        for (const struct node *p = n->kid[PATH_PARTS]; p; p = p->next)
            fprintf(out, "%s%s", p == n->kid[PATH_PARTS] ? " " : ".", p->text);
    if (n->text)
        fprintf(out, " \"%s\"", n->text);
    if (n->sub && has_op(n->kind))
        fprintf(out, " op=\"%s\"", ast_op_text((enum ast_op)n->sub));
    else if (n->sub && has_object(n->kind))
        fprintf(out, " object=%s", object_name(n->sub));
    else if (n->sub && n->kind == N_LITERAL)
        fprintf(out, " literal=%s", literal_name(n->sub));
    else if (n->sub)
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
        for (const struct node *e = n->kid[LIST_FIRST]; e; e = e->next)
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
