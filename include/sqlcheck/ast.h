/* ast.h -- the syntax tree the parser builds and the passes read.
 *
 * Every node lives in the parse arena; there is no ast_free(). One node type
 * with a kind, a byte span, a `next` link for lists and as many named child
 * slots as its kind has (ast_kinds.def; at most AST_KIDS), allocated with
 * the node so that small nodes stay small. Nodes do not own anything
 * outside the arena.
 */
#ifndef SQLCHECK_AST_H
#define SQLCHECK_AST_H

#include "sqlcheck/arena.h"
#include "sqlcheck/source.h"

#include <stdalign.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

enum node_kind {
#define NK(k, name, n, slots) N_##k,
#include "sqlcheck/ast_kinds.def"
#undef NK
    N__COUNT
};

#define AST_KIDS 8          /* the most slots any kind has */

/* The child slots by name: n->kid[SELECT_FROM] (ast_kinds.def). */
enum node_slot {
#define NK_SLOT(k, slot, i) k##_##slot = i,
#include "sqlcheck/ast_kinds.def"
#undef NK_SLOT
};

/* The slot of the object a statement names or writes to, the same in every
 * kind that has one (CREATE, ALTER, DROP, INSERT, DESCRIBE...: see
 * stmt_object_name()). */
#define STMT_OBJECT 0
_Static_assert(STMT_CREATE_TABLE_NAME == STMT_OBJECT &&
               STMT_REPLACE_TABLE_NAME == STMT_OBJECT &&
               STMT_CREATE_VIEW_NAME == STMT_OBJECT &&
               STMT_CREATE_FUNCTION_NAME == STMT_OBJECT &&
               STMT_CREATE_CATALOG_NAME == STMT_OBJECT &&
               STMT_CREATE_DATABASE_NAME == STMT_OBJECT &&
               STMT_CREATE_MODEL_NAME == STMT_OBJECT &&
               STMT_CREATE_CONNECTION_NAME == STMT_OBJECT &&
               STMT_ALTER_NAME == STMT_OBJECT && STMT_DROP_NAME == STMT_OBJECT &&
               STMT_INSERT_TARGET == STMT_OBJECT &&
               STMT_DESCRIBE_NAME == STMT_OBJECT &&
               STMT_SHOW_CREATE_NAME == STMT_OBJECT &&
               STMT_TRUNCATE_NAME == STMT_OBJECT &&
               STMT_DELETE_TARGET == STMT_OBJECT &&
               STMT_UPDATE_TARGET == STMT_OBJECT &&
               STMT_ANALYZE_NAME == STMT_OBJECT &&
               STMT_HIVE_NAME == STMT_OBJECT && STMT_ERROR_NAME == STMT_OBJECT,
               "a statement's object is in its first slot");
/* Columns of every form have their position (FIRST, AFTER x) in one slot. */
_Static_assert(COLUMN_POSITION == METADATA_COLUMN_POSITION &&
               COLUMN_POSITION == COMPUTED_COLUMN_POSITION,
               "a column's position is in one slot");

/* Flags; which ones apply depends on the kind. */
enum {
    F_TEMPORARY = 1u << 0,
    F_IF_NOT_EXISTS = 1u << 1,
    F_IF_EXISTS = 1u << 2,
    F_OR_REPLACE = 1u << 3,
    F_SYSTEM = 1u << 4,
    F_OVERWRITE = 1u << 5,
    F_UPSERT = 1u << 6,
    F_DISTINCT = 1u << 7,
    F_ALL = 1u << 8,
    F_NOT = 1u << 9,
    F_LATERAL = 1u << 10,
    F_QUOTED = 1u << 11,
    F_LEGACY = 1u << 12,
    F_NOT_NULL = 1u << 13,
    F_NULL = 1u << 14,
    F_VIRTUAL = 1u << 15,
    F_NOT_ENFORCED = 1u << 16,
    F_DESC = 1u << 17,
    F_ASC = 1u << 18,
    F_NULLS_FIRST = 1u << 19,
    F_NULLS_LAST = 1u << 20,
    F_ROWS = 1u << 21,
    F_RANGE = 1u << 22,
    F_NATURAL = 1u << 23,
    F_WITH_ORDINALITY = 1u << 24,
    F_EXECUTE = 1u << 25,
    F_EXTENDED = 1u << 26,
    F_TRY = 1u << 27,
    F_AS_QUERY = 1u << 28,      /* CREATE TABLE ... AS query */
    F_OR_ALTER = 1u << 29,
    F_ENFORCED = 1u << 30
};
/* A statement: the lexer met a word in it that some releases reserve
 * (grammar/keywords.def, V). Past an enum's int range, so a macro. */
#define F_VERSION_WORDS (1u << 31)

/* Object kinds for ALTER, DROP, DESCRIBE, SHOW CREATE (node.sub). */
enum obj_kind {
    OBJ_TABLE, OBJ_VIEW, OBJ_FUNCTION, OBJ_CATALOG, OBJ_DATABASE, OBJ_MODEL,
    OBJ_MATERIALIZED_TABLE, OBJ_CONNECTION, OBJ_JOB
};

/* Operators and forms (node.sub of UNARY, BINARY, PREDICATE, SETOP, JOIN,
 * GROUPING, PATTERN, SUBQUERY, CONSTRUCTOR, CONSTRAINT): ast_ops.def. */
enum ast_op {
#define OP(name, text) OP_##name,
#include "sqlcheck/ast_ops.def"
#undef OP
    OP__COUNT
};

/* The operator as written ("LIKE", "<>"), or "" for OP_NONE. */
const char *ast_op_text(enum ast_op op);

/* Literal kinds (N_LITERAL sub). */
enum lit_kind {
    LIT_STRING, LIT_UNICODE_STRING, LIT_BINARY_STRING, LIT_INTEGER,
    LIT_DECIMAL, LIT_APPROX, LIT_TRUE, LIT_FALSE, LIT_UNKNOWN, LIT_NULL
};

struct node {
    enum node_kind kind;
    int sub;                    /* kind-specific: operator, object kind... */
    uint32_t flags;
    struct span span;
    struct node *next;          /* next element when in a list */
    const char *text;           /* IDENT: unquoted name; others: optional */
    struct node *kid[];         /* ast_kid_count(kind) slots */
};


/* Number of child slots of a kind (ast_kinds.def). Inline: every node
 * built asks. */
extern const unsigned char ast_kid_counts[N__COUNT];
static inline int ast_kid_count(enum node_kind kind)
{
    return (unsigned)kind < N__COUNT ? ast_kid_counts[kind] : 0;
}

/* A zeroed node with exactly ast_kid_count(kind) child slots. Inline: the
 * parser builds one every few tokens. */
static inline struct node *ast_new(struct arena *a, enum node_kind kind,
                                   struct span span)
{
    size_t kids = (size_t)ast_kid_count(kind);
    struct node *n = arena_take(a, sizeof *n + kids * sizeof n->kid[0],
                                alignof(struct node));
    n->kind = kind;
    n->sub = 0;
    n->flags = 0;
    n->span = span;
    n->next = NULL;
    n->text = NULL;
    for (size_t i = 0; i < kids; i++)
        n->kid[i] = NULL;
    return n;
}

/* A deep copy in a of a name: an N_PATH with its parts, or an N_IDENT. */
struct node *ast_copy_name(struct arena *a, const struct node *name);

/* List under construction: O(1) append without realloc. */
struct node_list {
    struct node *head, *tail;
};
void ast_list_append(struct node_list *l, struct node *n);

const char *ast_kind_name(enum node_kind kind);

/* A walk over a tree, every node once, in source order (slots in order,
 * lists element by element): pre() before a node's children, post() (if
 * set) after them. pre() answers whether to go on into the children
 * (WALK_CONTINUE), to skip them (WALK_PRUNE: post() still comes), or to
 * stop the whole walk (WALK_STOP); going on, it may narrow the slots
 * descended into to those of mask w->slots (WALK_SLOT(SELECT_FROM) | ...;
 * reset to all before each pre()), and spare the node its post() by
 * clearing w->post_this (set before each pre() when post is set). Both see
 * where the node hangs:
 * w->parent (NULL for the root) and w->slot, its slot there (-1 for an
 * element of a list or a part of a path). The walk keeps its own stack, so trees
 * deeper than the C stack allows (left-deep operator chains) are fine; a
 * walker may be used for many walks, and holds its stack until
 * ast_walker_release(). */
enum walk_result { WALK_CONTINUE, WALK_PRUNE, WALK_STOP };
#define WALK_SLOT(slot) (1u << (slot))
#define WALK_ALL 0xFFu
struct ast_walker {
    enum walk_result (*pre)(struct ast_walker *w, const struct node *n);
    void (*post)(struct ast_walker *w, const struct node *n);
    void *user;                 /* the pass's own state */
    unsigned slots;             /* see above */
    bool post_this;
    const struct node *parent;  /* see above */
    int slot;
    /* the walk's */
    struct walk_entry *stack;
    size_t depth, cap;
};
/* Walk the tree at root (NULL: nothing); false if pre() stopped it. */
bool ast_walk(struct ast_walker *w, const struct node *root);
void ast_walker_release(struct ast_walker *w);

/* Number of elements in an N_LIST node (0 for NULL). */
size_t ast_list_len(const struct node *list);

/* Print an S-expression dump (for --dump-ast and the parser tests).
 * Spans are printed as start..end offsets when with_spans is set. */
void ast_dump(FILE *out, const struct node *n, int with_spans);

#endif
