/* stmt.c -- statement classification and spans shared by the rules. */
#include "sqlcheck/stmt.h"

#include "sqlcheck/arena.h"
#include "sqlcheck/util.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

const struct node *script_first(const struct node *script)
{
    const struct node *list = script ? script->kid[SCRIPT_STATEMENTS] : NULL;
    return list ? list->kid[LIST_FIRST] : NULL;
}

_Static_assert(N__COUNT <= 256, "struct stmt keeps the kind in 8 bits");

bool stmt_is_create_as(const struct stmt *s)
{
    return (s->kind == N_STMT_CREATE_TABLE && (s->flags & STMT_AS_QUERY)) ||
           s->kind == N_STMT_REPLACE_TABLE;
}

bool stmt_is_job(const struct stmt *s)
{
    switch (s->kind) {
    case N_STMT_INSERT:
    case N_STMT_QUERY:
    case N_STMT_EXECUTE:
    case N_STMT_STATEMENT_SET:
    case N_STMT_EXECUTE_PLAN:
    case N_STMT_DELETE:         /* batch DELETE and UPDATE run as jobs */
    case N_STMT_UPDATE:
        return true;
    case N_STMT_COMPILE_PLAN:
        return (s->flags & STMT_EXECUTE) != 0;
    default:
        return stmt_is_create_as(s);
    }
}

const char *stmt_title(const struct stmt *s)
{
    switch (s->kind) {
    case N_STMT_CREATE_TABLE:
        return s->sub == OBJ_MATERIALIZED_TABLE ? "CREATE MATERIALIZED TABLE"
               : (s->flags & STMT_AS_QUERY) ? "CREATE TABLE ... AS"
                                         : "CREATE TABLE";
    case N_STMT_REPLACE_TABLE: return "REPLACE TABLE";
    case N_STMT_CREATE_VIEW: return "CREATE VIEW";
    case N_STMT_CREATE_FUNCTION: return "CREATE FUNCTION";
    case N_STMT_CREATE_CATALOG: return "CREATE CATALOG";
    case N_STMT_CREATE_DATABASE: return "CREATE DATABASE";
    case N_STMT_CREATE_MODEL: return "CREATE MODEL";
    case N_STMT_CREATE_CONNECTION: return "CREATE CONNECTION";
    case N_STMT_ALTER:
        switch (s->sub) {
        case OBJ_TABLE: return "ALTER TABLE";
        case OBJ_VIEW: return "ALTER VIEW";
        case OBJ_FUNCTION: return "ALTER FUNCTION";
        case OBJ_CATALOG: return "ALTER CATALOG";
        case OBJ_DATABASE: return "ALTER DATABASE";
        case OBJ_MODEL: return "ALTER MODEL";
        case OBJ_CONNECTION: return "ALTER CONNECTION";
        default: return "ALTER MATERIALIZED TABLE";
        }
    case N_STMT_DROP:
        switch (s->sub) {
        case OBJ_TABLE: return "DROP TABLE";
        case OBJ_VIEW: return "DROP VIEW";
        case OBJ_FUNCTION: return "DROP FUNCTION";
        case OBJ_CATALOG: return "DROP CATALOG";
        case OBJ_DATABASE: return "DROP DATABASE";
        case OBJ_MODEL: return "DROP MODEL";
        case OBJ_CONNECTION: return "DROP CONNECTION";
        default: return "DROP MATERIALIZED TABLE";
        }
    case N_STMT_INSERT:
        return (s->flags & STMT_UPSERT) ? "UPSERT" : "INSERT";
    case N_STMT_QUERY: return "query";
    case N_STMT_EXECUTE: return "EXECUTE";
    case N_STMT_STATEMENT_SET: return "EXECUTE STATEMENT SET";
    case N_STMT_EXECUTE_PLAN: return "EXECUTE PLAN";
    case N_STMT_COMPILE_PLAN:
        return (s->flags & STMT_EXECUTE) ? "COMPILE AND EXECUTE PLAN"
                                      : "COMPILE PLAN";
    case N_STMT_BEGIN_SET: return "BEGIN STATEMENT SET";
    case N_STMT_END: return "END";
    case N_STMT_SET: return "SET";
    case N_STMT_RESET: return "RESET";
    case N_STMT_USE: case N_STMT_USE_CATALOG: case N_STMT_USE_MODULES:
        return "USE";
    case N_STMT_SHOW: case N_STMT_SHOW_CREATE: return "SHOW";
    case N_STMT_DESCRIBE: return "DESCRIBE";
    case N_STMT_EXPLAIN: return "EXPLAIN";
    case N_STMT_LOAD_MODULE: return "LOAD MODULE";
    case N_STMT_UNLOAD_MODULE: return "UNLOAD MODULE";
    case N_STMT_JAR: return s->sub ? "REMOVE JAR" : "ADD JAR";
    case N_STMT_ANALYZE: return "ANALYZE TABLE";
    case N_STMT_CALL: return "CALL";
    case N_STMT_TRUNCATE: return "TRUNCATE TABLE";
    case N_STMT_DELETE: return "DELETE";
    case N_STMT_UPDATE: return "UPDATE";
    case N_STMT_JOB: return "JOB statement";
    case N_STMT_CLIENT: return "client command";
    case N_STMT_HIVE: return "Hive-dialect statement";
    default: return "statement";
    }
}

const struct node *stmt_object_name(const struct node *s)
{
    switch (s->kind) {
    case N_STMT_CREATE_TABLE: case N_STMT_REPLACE_TABLE:
    case N_STMT_CREATE_VIEW: case N_STMT_CREATE_FUNCTION:
    case N_STMT_CREATE_CATALOG: case N_STMT_CREATE_DATABASE:
    case N_STMT_CREATE_MODEL: case N_STMT_CREATE_CONNECTION:
    case N_STMT_ALTER: case N_STMT_DROP: case N_STMT_INSERT:
    case N_STMT_DESCRIBE: case N_STMT_SHOW_CREATE: case N_STMT_TRUNCATE:
    case N_STMT_DELETE: case N_STMT_UPDATE: case N_STMT_ANALYZE:
        return s->kid[STMT_OBJECT];
    default:
        return NULL;
    }
}

/* Statements that keep their object's name when it is not temporary
 * (FSQL101 names the permanent ones). */
static bool keeps_name(enum node_kind kind)
{
    switch (kind) {
    case N_STMT_CREATE_TABLE: case N_STMT_REPLACE_TABLE:
    case N_STMT_CREATE_VIEW: case N_STMT_CREATE_FUNCTION:
    case N_STMT_CREATE_CATALOG: case N_STMT_CREATE_DATABASE:
    case N_STMT_CREATE_MODEL: case N_STMT_CREATE_CONNECTION:
    case N_STMT_ALTER: case N_STMT_DROP:
        return true;
    default:
        return false;
    }
}

void stmt_list_init(struct stmt_list *l, struct arena *a)
{
    memset(l, 0, sizeof *l);
    l->arena = a;
}

void stmt_list_free(struct stmt_list *l)
{
    struct stmt_chunk *next;
    for (struct stmt_chunk *c = l->head; c; c = next) {
        next = c->next;
        free(c);
    }
    free(l->names);
    struct arena *a = l->arena;
    stmt_list_init(l, a);
}

static struct stmt *stmt_slot(struct stmt_list *l)
{
    struct stmt_chunk *c = l->tail;
    if (!c || c->count == c->cap) {
        c = aligned_alloc(STMT_CHUNK_BYTES, STMT_CHUNK_BYTES);
        if (!c)
            fatal_oom();
        c->next = NULL;
        c->count = 0;
        c->cap = (STMT_CHUNK_BYTES - sizeof *c) / sizeof c->items[0];
        if (l->tail)
            l->tail->next = c;
        else
            l->head = c;
        l->tail = c;
    }
    l->count++;
    return &c->items[c->count++];
}

void stmt_list_add(struct stmt_list *l, const struct source *src,
                   const struct node *s)
{
    struct stmt *st = stmt_slot(l);
    st->start = s->span.start;
    st->end = s->span.end;
    st->keywords_end = node_keywords(src, s).end;
    st->kind = (uint8_t)s->kind;
    st->sub = (uint8_t)s->sub;
    st->flags = (uint16_t)(((s->flags & F_TEMPORARY) ? STMT_TEMPORARY : 0) |
                           ((s->flags & F_AS_QUERY) ? STMT_AS_QUERY : 0) |
                           ((s->flags & F_EXECUTE) ? STMT_EXECUTE : 0) |
                           ((s->flags & F_UPSERT) ? STMT_UPSERT : 0));
    const struct node *name = stmt_object_name(s);
    if (name && keeps_name(s->kind) && !(s->flags & F_TEMPORARY)) {
        if (l->nnames == l->names_cap)
            l->names = grow_array(l->names, l->nnames, &l->names_cap,
                                  sizeof *l->names, 16);
        l->names[l->nnames].start = st->start;
        l->names[l->nnames].text = path_text(l->arena, name);
        l->nnames++;
        st->flags |= STMT_NAMED;
    }
}

void stmt_list_append(struct stmt_list *to, struct stmt_list *from)
{
    if (from->head) {
        if (to->tail)
            to->tail->next = from->head;
        else
            to->head = from->head;
        to->tail = from->tail;
        to->count += from->count;
    }
    for (size_t i = 0; i < from->nnames; i++) {
        if (to->nnames == to->names_cap)
            to->names = grow_array(to->names, to->nnames, &to->names_cap,
                                   sizeof *to->names, 16);
        to->names[to->nnames++] = from->names[i];
    }
    free(from->names);
    struct arena *a = from->arena;
    stmt_list_init(from, a);
}

const char *stmt_name(const struct stmt_list *l, const struct stmt *s)
{
    if (!(s->flags & STMT_NAMED))
        return "";
    size_t lo = 0, hi = l->nnames;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (l->names[mid].start < s->start)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < l->nnames && l->names[lo].start == s->start
           ? l->names[lo].text : "";
}

static bool is_blank(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

struct span node_keywords(const struct source *src, const struct node *s)
{
    struct span sp = { s->span.start, s->span.start };
    const struct node *name = stmt_object_name(s);
    const char *t = src->text;
    if (name && name->span.start > s->span.start) {
        uint32_t end = name->span.start;
        for (;;) {
            while (end > sp.start && is_blank(t[end - 1]))
                end--;
            /* drop a trailing IF [NOT] EXISTS */
            if (end - sp.start > 6 && strncasecmp(t + end - 6, "EXISTS", 6) == 0) {
                uint32_t e = end - 6;
                while (e > sp.start && is_blank(t[e - 1]))
                    e--;
                if (e - sp.start > 3 && strncasecmp(t + e - 3, "NOT", 3) == 0) {
                    e -= 3;
                    while (e > sp.start && is_blank(t[e - 1]))
                        e--;
                }
                if (e - sp.start > 2 && strncasecmp(t + e - 2, "IF", 2) == 0) {
                    end = e - 2;
                    continue;
                }
            }
            break;
        }
        sp.end = end;
        if (sp.end > sp.start)
            return sp;
    }
    /* the first word */
    uint32_t e = sp.start;
    while (e < s->span.end && !is_blank(t[e]) && t[e] != ';' && t[e] != '(')
        e++;
    sp.end = e > sp.start ? e : s->span.end;
    return sp;
}

const char *path_text(struct arena *a, const struct node *path)
{
    if (!path)
        return "";
    if (path->kind == N_IDENT)          /* always a copy: trees are freed */
        return arena_strndup(a, path->text, strlen(path->text));
    size_t len = 0;
    for (const struct node *p = path->kid[PATH_PARTS]; p; p = p->next)
        len += strlen(p->text) + 1;
    char *out = arena_alloc(a, len + 1);
    char *o = out;
    for (const struct node *p = path->kid[PATH_PARTS]; p; p = p->next) {
        size_t n = strlen(p->text);
        memcpy(o, p->text, n);
        o += n;
        if (p->next)
            *o++ = '.';
    }
    *o = '\0';
    return out;
}

uint32_t stmt_text_end(const struct source *src, const struct stmt *s,
                       bool *semi)
{
    const char *t = src->text;
    uint32_t end = s->end;
    while (end > s->start && strchr(" \t\r\n", t[end - 1]))
        end--;
    *semi = end > s->start && t[end - 1] == ';';
    if (!*semi && end < src->len && t[end] == ';') {
        end++;
        *semi = true;
    }
    return end;
}
