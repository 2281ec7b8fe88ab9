/* ast.c -- node constructors and the kind table. */
#include "sqlcheck/ast.h"

#include "sqlcheck/arena.h"

#include <stdalign.h>
#include <string.h>

static const char *const kind_names[] = {
#define NK(k, name, n, slots) name,
#include "sqlcheck/ast_kinds.def"
#undef NK
};

const unsigned char ast_kid_counts[N__COUNT] = {
#define NK(k, name, n, slots) n,
#include "sqlcheck/ast_kinds.def"
#undef NK
};

static const char *const op_texts[] = {
#define OP(name, text) text,
#include "sqlcheck/ast_ops.def"
#undef OP
};

const char *ast_op_text(enum ast_op op)
{
    return (unsigned)op < OP__COUNT ? op_texts[op] : "";
}

static struct node *copy_ident(struct arena *a, const struct node *id)
{
    struct node *n = ast_new(a, N_IDENT, id->span);
    n->flags = id->flags;
    n->text = id->text ? arena_strndup(a, id->text, strlen(id->text)) : NULL;
    return n;
}

struct node *ast_copy_name(struct arena *a, const struct node *name)
{
    if (!name)
        return NULL;
    if (name->kind == N_IDENT)
        return copy_ident(a, name);
    if (name->kind != N_PATH)
        return NULL;
    struct node *path = ast_new(a, N_PATH, name->span);
    path->flags = name->flags;
    struct node_list parts = { NULL, NULL };
    for (const struct node *p = name->kid[PATH_PARTS]; p; p = p->next)
        ast_list_append(&parts, copy_ident(a, p));
    path->kid[PATH_PARTS] = parts.head;
    return path;
}

void ast_list_append(struct node_list *l, struct node *n)
{
    if (!n)
        return;
    n->next = NULL;
    if (l->tail)
        l->tail->next = n;
    else
        l->head = n;
    l->tail = n;
}

const char *ast_kind_name(enum node_kind kind)
{
    if ((unsigned)kind >= N__COUNT)
        return "?";
    return kind_names[kind];
}

size_t ast_list_len(const struct node *list)
{
    size_t n = 0;
    if (!list)
        return 0;
    for (const struct node *e = list->kid[LIST_FIRST]; e; e = e->next)
        n++;
    return n;
}
