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

struct schema *schema_of_create(struct arena *a, const struct node *create)
{
    struct schema *s = ARENA_NEW(a, struct schema);
    const struct node *list = create->kid[STMT_CREATE_TABLE_ELEMENTS];
    const struct node *tail = create->kid[STMT_CREATE_TABLE_LIKE_OR_QUERY];
    size_t n = 0;
    for (const struct node *e = list ? list->kid[LIST_FIRST] : NULL; e;
         e = e->next)
        n += e->kind == N_COLUMN || e->kind == N_COMPUTED_COLUMN ||
             e->kind == N_METADATA_COLUMN;
    s->cols = n ? arena_alloc(a, n * sizeof *s->cols) : NULL;
    /* columns come from elsewhere too: LIKE, AS query; or from nowhere
     * sqlcheck can see (a table with no columns takes the catalog's) */
    s->open = tail != NULL || n == 0 || (create->flags & F_AS_QUERY) ||
              create->kind == N_STMT_REPLACE_TABLE;
    for (const struct node *e = list ? list->kid[LIST_FIRST] : NULL; e;
         e = e->next) {
        enum column_kind kind;
        switch (e->kind) {
        case N_COLUMN:
            kind = COL_PHYSICAL;
            break;
        case N_COMPUTED_COLUMN:
            kind = COL_COMPUTED;
            break;
        case N_METADATA_COLUMN:
            kind = (e->flags & F_VIRTUAL) ? COL_METADATA_VIRTUAL
                                          : COL_METADATA;
            break;
        default:
            continue;
        }
        _Static_assert(COLUMN_NAME == COMPUTED_COLUMN_NAME &&
                       COLUMN_NAME == METADATA_COLUMN_NAME,
                       "a column's name is in one slot");
        const struct node *name = column_name(e->kid[COLUMN_NAME]);
        if (!name) {
            s->open = true;     /* a name sqlcheck cannot read */
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
