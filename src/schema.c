/* schema.c -- a table's columns from its CREATE statement (see schema.h). */
#include "sqlcheck/schema.h"

#include <string.h>

/* The one part of a column's name (N_PATH of one N_IDENT), or NULL. */
static const struct node *column_name(const struct node *path)
{
    if (!path)
        return NULL;
    if (path->kind == N_IDENT)
        return path;
    const struct node *p = path->kind == N_PATH ? path->kid[PATH_PARTS]
                                                : NULL;
    return p && !p->next && p->text ? p : NULL;
}

bool schema_element_column(const struct node *e, enum column_kind *kind,
                           const struct node **name)
{
    switch (e ? e->kind : N_LIST) {
    case N_COLUMN:
        *kind = COL_PHYSICAL;
        break;
    case N_COMPUTED_COLUMN:
        *kind = COL_COMPUTED;
        break;
    case N_METADATA_COLUMN:
        *kind = (e->flags & F_VIRTUAL) ? COL_METADATA_VIRTUAL : COL_METADATA;
        break;
    default:
        return false;
    }
    _Static_assert(COLUMN_NAME == COMPUTED_COLUMN_NAME &&
                   COLUMN_NAME == METADATA_COLUMN_NAME,
                   "a column's name is in one slot");
    *name = column_name(e->kid[COLUMN_NAME]);
    return true;
}

struct schema *schema_of_create(struct arena *a, const struct node *create)
{
    struct schema *s = ARENA_NEW(a, struct schema);
    const struct node *list = create->kid[STMT_CREATE_TABLE_ELEMENTS];
    size_t n = 0;
    enum column_kind kind;
    const struct node *name;
    for (const struct node *e = list ? list->kid[LIST_FIRST] : NULL; e;
         e = e->next)
        n += schema_element_column(e, &kind, &name);
    s->cols = n ? arena_alloc(a, n * sizeof *s->cols) : NULL;
    /* no list: the columns come from elsewhere (LIKE, AS query: the
     * statement's digest says) or from nowhere sqlcheck can see */
    s->open = n == 0;
    for (const struct node *e = list ? list->kid[LIST_FIRST] : NULL; e;
         e = e->next) {
        if (!schema_element_column(e, &kind, &name))
            continue;
        if (!name) {
            s->open = s->unreadable = true;
            continue;
        }
        struct column *c = &s->cols[s->ncols++];
        c->len = strlen(name->text);
        c->name = arena_strndup(a, name->text, c->len);
        c->span = name->span;
        c->kind = kind;
    }
    return s;
}

bool column_is(const struct column *c, const char *name)
{
    return strncmp(c->name, name, c->len) == 0 && name[c->len] == '\0';
}

const struct column *schema_column(const struct schema *s, const char *name)
{
    for (size_t i = 0; i < s->ncols; i++)
        if (column_is(&s->cols[i], name))
            return &s->cols[i];
    return NULL;
}
