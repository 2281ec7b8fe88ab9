/* ast_walk.c -- the one tree walk every pass uses (see ast.h). */
#include "sqlcheck/ast.h"
#include "sqlcheck/arena.h"

#include <stdlib.h>

struct walk_entry {
    const struct node *n;
    const struct node *parent;
    signed char slot;           /* in parent; -1: a list's element */
    bool leaving;               /* its children are done: post() is due */
};

static void push(struct ast_walker *w, const struct node *n,
                 const struct node *parent, int slot, bool leaving)
{
    if (w->depth == w->cap) {
        size_t cap = w->cap ? w->cap * 2 : 256;
        struct walk_entry *s = realloc(w->stack, cap * sizeof *s);
        if (!s)
            fatal_oom();
        w->stack = s;
        w->cap = cap;
    }
    w->stack[w->depth].n = n;
    w->stack[w->depth].parent = parent;
    w->stack[w->depth].slot = (signed char)slot;
    w->stack[w->depth].leaving = leaving;
    w->depth++;
}

/* Reverse the entries pushed since base, so the first pushed comes first. */
static void reverse_from(struct ast_walker *w, size_t base)
{
    for (size_t i = base, j = w->depth; i + 1 < j; i++, j--) {
        struct walk_entry t = w->stack[i];
        w->stack[i] = w->stack[j - 1];
        w->stack[j - 1] = t;
    }
}

/* Push n's children so that the first in the text is visited first:
 * a list's or a path's chain, else the slots in order. */
static void push_children(struct ast_walker *w, const struct node *n,
                          unsigned slots)
{
    if (n->kind == N_LIST || n->kind == N_PATH) {
        size_t base = w->depth;
        const struct node *first =
            n->kid[n->kind == N_LIST ? LIST_FIRST : PATH_PARTS];
        for (const struct node *e = first; e; e = e->next)
            push(w, e, n, -1, false);
        reverse_from(w, base);
    } else {
        for (int i = ast_kid_count(n->kind); i-- > 0;)  /* last first */
            if (n->kid[i] && (slots & WALK_SLOT(i)))
                push(w, n->kid[i], n, i, false);
    }
}

bool ast_walk(struct ast_walker *w, const struct node *root)
{
    if (!root)
        return true;
    size_t bottom = w->depth;
    push(w, root, NULL, -1, false);
    while (w->depth > bottom) {
        struct walk_entry e = w->stack[--w->depth];
        w->parent = e.parent;
        w->slot = e.slot;
        if (e.leaving) {
            w->post(w, e.n);
            continue;
        }
        w->slots = WALK_ALL;
        w->post_this = w->post != NULL;
        enum walk_result r = w->pre(w, e.n);
        if (r == WALK_STOP) {
            w->depth = bottom;
            return false;
        }
        if (w->post_this)
            push(w, e.n, e.parent, e.slot, true);
        if (r == WALK_CONTINUE)
            push_children(w, e.n, w->slots);
    }
    return true;
}

void ast_walker_release(struct ast_walker *w)
{
    free(w->stack);
    w->stack = NULL;
    w->depth = w->cap = 0;
}
