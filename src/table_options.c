/* table_options.c -- a table's connector options checked against the facts
 * (table_options.h). What Flink does, and sqlcheck follows: the factory
 * named by 'connector' takes the options it declares; 'format',
 * 'key.format' and 'value.format' name format factories, whose options are
 * written with the format's name in front (`json.ignore-parse-errors`) and,
 * for a key or value format, `key.` or `value.` before that; anything else
 * is "Unsupported options found" unless the connector keeps unknown options
 * (src/data/connectors.tsv: open).
 */
#include "sqlcheck/table_options.h"

#include "sqlcheck/diag.h"
#include "sqlcheck/util.h"
#include "sqlcheck/values.h"

#include <ctype.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

const char *string_literal_text(struct arena *a, const struct source *src,
                                struct span sp, size_t *len)
{
    const char *t = src->text + sp.start, *end = src->text + sp.end;
    char *out = arena_alloc(a, (size_t)(end - t) + 1);
    size_t n = 0;
    while (t < end) {
        if (*t != '\'') {               /* between fragments: blanks */
            t++;
            continue;
        }
        for (t++; t < end; t++) {
            if (*t == '\'') {
                if (t + 1 < end && t[1] == '\'') {
                    out[n++] = '\'';
                    t++;
                    continue;
                }
                t++;
                break;
            }
            out[n++] = *t;
        }
    }
    out[n] = 0;
    *len = n;
    return out;
}

struct table_option *table_option_add(struct arena *a,
                                      struct table_options *t, size_t *cap)
{
    if (t->n == *cap) {
        size_t more = *cap ? *cap * 2 : 8;
        struct table_option *o = arena_alloc(a, more * sizeof *o);
        if (t->n)
            memcpy(o, t->opt, t->n * sizeof *o);
        t->opt = o;
        *cap = more;
    }
    struct table_option *o = &t->opt[t->n++];
    memset(o, 0, sizeof *o);
    return o;
}

/* The string literal starting at t[i] ('...', '' inside): its end. */
static size_t literal_end(const char *t, size_t i, size_t end)
{
    for (i++; i < end; i++)
        if (t[i] == '\'') {
            if (i + 1 < end && t[i + 1] == '\'') {
                i++;
                continue;
            }
            return i + 1;
        }
    return end;
}

static size_t skip_blanks(const char *t, size_t i, size_t end)
{
    while (i < end && (t[i] == ' ' || t[i] == '\t' || t[i] == '\n' ||
                       t[i] == '\r'))
        i++;
    return i;
}

size_t hint_options_scan(struct arena *a, const struct source *src,
                         struct span span, struct table_options *out)
{
    const char *t = src->text;
    size_t end = span.end, added = 0, cap = out->n;
    for (size_t i = span.start; i + 3 < end; i++) {
        if (t[i] == '\'') {            /* a literal: not a hint */
            i = literal_end(t, i, end) - 1;
            continue;
        }
        if (t[i] != '/' || t[i + 1] != '*' || t[i + 2] != '+')
            continue;
        /* a hint comment: its OPTIONS( 'k' = 'v', ... ) */
        for (i += 3; i + 1 < end && !(t[i] == '*' && t[i + 1] == '/'); i++) {
            if (t[i] == '\'') {
                i = literal_end(t, i, end) - 1;
                continue;
            }
            if (end - i < 7 || strncasecmp(t + i, "OPTIONS", 7) != 0 ||
                (i > 0 && (isalnum((unsigned char)t[i - 1]) ||
                           t[i - 1] == '_')))
                continue;
            size_t j = skip_blanks(t, i + 7, end);
            if (j >= end || t[j] != '(')
                continue;
            j = skip_blanks(t, j + 1, end);
            while (j < end && t[j] == '\'') {
                size_t ke = literal_end(t, j, end);
                size_t k = skip_blanks(t, ke, end);
                if (k >= end || t[k] != '=')
                    break;
                k = skip_blanks(t, k + 1, end);
                if (k >= end || t[k] != '\'')
                    break;
                size_t ve = literal_end(t, k, end);
                struct table_option *o = table_option_add(a, out, &cap);
                o->key_at = (struct span){ (uint32_t)j, (uint32_t)ke };
                o->value_at = (struct span){ (uint32_t)k, (uint32_t)ve };
                o->key = string_literal_text(a, src, o->key_at, &o->key_len);
                o->value = string_literal_text(a, src, o->value_at,
                                               &o->value_len);
                added++;
                j = skip_blanks(t, ve, end);
                if (j < end && t[j] == ',')
                    j = skip_blanks(t, j + 1, end);
            }
            i = j > i ? j - 1 : i;
        }
    }
    return added;
}

/* Is the LIKE option at sp (e.g. "EXCLUDING OPTIONS") about options (or
 * ALL)? Its verb then: 'I', 'E' or 'O'. */
static char like_options_verb(const struct source *src, struct span sp)
{
    const char *t = src->text + sp.start;
    size_t n = sp.end - sp.start;
    const char *sp2 = memchr(t, ' ', n);
    if (!sp2)
        return 0;
    while ((size_t)(sp2 - t) < n && (*sp2 == ' ' || *sp2 == '\t' ||
                                     *sp2 == '\n' || *sp2 == '\r'))
        sp2++;
    size_t rest = n - (size_t)(sp2 - t);
    if ((rest == 7 && strncasecmp(sp2, "OPTIONS", 7) == 0) ||
        (rest == 3 && strncasecmp(sp2, "ALL", 3) == 0))
        return (char)(t[0] & ~0x20);
    return 0;
}

bool table_options_of_create(struct arena *a, const struct source *src,
                             const struct node *create,
                             struct table_options *out)
{
    memset(out, 0, sizeof *out);
    const struct node *clauses = NULL, *like = NULL;
    if (create->kind == N_STMT_CREATE_TABLE) {
        clauses = create->kid[STMT_CREATE_TABLE_CLAUSES];
        const struct node *lq = create->kid[STMT_CREATE_TABLE_LIKE_OR_QUERY];
        if (lq && lq->kind == N_LIKE)
            like = lq;
    } else if (create->kind == N_STMT_REPLACE_TABLE) {
        clauses = create->kid[STMT_REPLACE_TABLE_CLAUSES];
    } else {
        return false;
    }
    const struct node *with = NULL;
    for (const struct node *c = clauses ? clauses->kid[0] : NULL; c;
         c = c->next)
        if (c->kind == N_WITH_PROPS)
            with = c;
    if (!with)
        return false;
    if (like) {
        /* the base's options apply unless excluded (the last word on
         * OPTIONS or ALL decides; OVERWRITING is the default): then the
         * table is checked in order, with its base's (report_ordered_
         * options()) */
        bool inherited = true;
        for (const struct node *o = like->kid[LIKE_OPTIONS]
                                    ? like->kid[LIKE_OPTIONS]->kid[0] : NULL;
             o; o = o->next) {
            char verb = like_options_verb(src, o->span);
            if (verb)
                inherited = verb != 'E';
        }
        if (inherited)
            return false;
    }
    const struct node *props = with->kid[WITH_PROPS_PROPS];
    size_t n = 0;
    for (const struct node *p = props ? props->kid[0] : NULL; p; p = p->next)
        n++;
    out->opt = arena_alloc(a, (n ? n : 1) * sizeof *out->opt);
    for (const struct node *p = props ? props->kid[0] : NULL; p; p = p->next) {
        const struct node *k = p->kid[PROP_KEY], *v = p->kid[PROP_VALUE];
        if (!k || !v)
            continue;
        struct table_option *o = &out->opt[out->n++];
        o->key = string_literal_text(a, src, k->span, &o->key_len);
        o->value = string_literal_text(a, src, v->span, &o->value_len);
        o->key_at = k->span;
        o->value_at = v->span;
    }
    out->with_at = (struct span){ with->span.start, with->span.start + 4 };
    if (!like && !(create->flags & F_AS_QUERY) &&
        create->kind != N_STMT_REPLACE_TABLE)
        out->create = create;   /* its columns, when an option needs them */
    return out->n > 0;
}

/*---- the analysis --------------------------------------------------------*/

/* A format in use: which key selected it, the prefix its options take. */
/* One owner's rows (facts_options_of()), looked up once per analysis. */
struct rows {
    const struct option_fact *row;
    size_t n;
};

struct format_use {
    struct rows rows;
    const char *prefix;         /* "", "key.", "value." */
    const struct table_option *selector;
    const char *name;           /* the format's name (its value) */
    const struct connector_fact *fact;  /* NULL: a format sqlcheck does not
                                         * know (a custom one) */
};

struct analysis {
    struct arena *a;
    const struct option_facts *f;
    const struct table_options *t;
    option_finding_fn fn;
    void *user;
    const struct table_option *connector;
    const struct connector_fact *cf;    /* NULL: custom or none */
    const struct connector_fact *variant;   /* cf's `also`, or NULL */
    struct rows own, other, every;  /* cf's, variant's and every
                                     * connector's ("*") rows */
    const struct schema *columns;   /* the table's (columns_of()) */
    bool columns_read;
    struct format_use fmt[3];
    size_t nfmt;
};

static void found(struct analysis *an, enum option_finding kind,
                  struct span at, const char *hint, const char *fmt, ...)
    PRINTF_LIKE(5, 6);
static void found(struct analysis *an, enum option_finding kind,
                  struct span at, const char *hint, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char *msg = arena_vprintf(an->a, fmt, ap);
    va_end(ap);
    an->fn(an->user, kind, at, msg, hint);
}

static const struct table_option *option(const struct table_options *t,
                                         const char *key)
{
    size_t n = strlen(key);
    for (size_t i = t->n; i-- > 0;)     /* the last one counts */
        if (t->opt[i].key_len == n && memcmp(t->opt[i].key, key, n) == 0)
            return &t->opt[i];
    return NULL;
}

/* The option prefix + name (n bytes), the last one set; NULL: none. */
static const struct table_option *option_at(const struct table_options *t,
                                            const char *prefix,
                                            const char *name, size_t n)
{
    size_t pl = strlen(prefix);
    for (size_t i = t->n; i-- > 0;) {
        const struct table_option *o = &t->opt[i];
        if (o->key_len == pl + n && memcmp(o->key, prefix, pl) == 0 &&
            memcmp(o->key + pl, name, n) == 0)
            return o;
    }
    return NULL;
}

/* A value sqlcheck must not judge: a template's variable. */
static bool templated(const char *s)
{
    return strstr(s, "${") || strchr(s, '$') || strstr(s, "{{");
}

/* The row of owner (or its variant, or every connector's) for key. */
static const struct option_fact *connector_row(const struct analysis *an,
                                               const char *key, size_t n)
{
    const struct option_fact *o = facts_option_in(an->own.row, an->own.n,
                                                  key, n);
    if (!o && an->variant)
        o = facts_option_in(an->other.row, an->other.n, key, n);
    if (!o)
        o = facts_option_in(an->every.row, an->every.n, key, n);
    return o;
}

/* Is the key (n bytes) one of a format in use: its row, and the format. */
static const struct option_fact *format_row(const struct analysis *an,
                                            const char *key, size_t n,
                                            const struct format_use **use,
                                            bool *custom)
{
    *custom = false;
    for (size_t i = 0; i < an->nfmt; i++) {
        const struct format_use *u = &an->fmt[i];
        size_t pl = strlen(u->prefix), fl = strlen(u->name);
        if (n <= pl + fl + 1 || strncmp(key, u->prefix, pl) != 0 ||
            strncmp(key + pl, u->name, fl) != 0 || key[pl + fl] != '.')
            continue;
        *use = u;
        if (!u->fact) {
            *custom = true;
            return NULL;
        }
        const struct option_fact *o =
            facts_option_in(u->rows.row, u->rows.n, key + pl, n - pl);
        if (o)
            return o;
    }
    return NULL;
}

/* The closest key the connector and its formats accept, or NULL. */
static const char *nearest_key(const struct analysis *an, const char *key)
{
    size_t len = strlen(key);
    size_t limit = len < 8 ? 1 : len < 16 ? 2 : 3;
    const char *best = NULL;
    size_t best_d = limit + 1;
    const struct connector_fact *owners[2] = { an->cf, an->variant };
    for (size_t w = 0; w < 2 && owners[w]; w++) {
        size_t n;
        const struct option_fact *rows =
            facts_options_of(an->f, owners[w]->name, &n);
        for (size_t i = 0; i < n; i++) {
            if (option_is_pattern(rows[i].key) ||
                strcmp(rows[i].kind, "with") != 0)
                continue;
            size_t d = edit_distance(key, rows[i].key, limit);
            if (d < best_d) {
                best_d = d;
                best = rows[i].key;
            }
        }
    }
    for (size_t u = 0; u < an->nfmt; u++) {
        if (!an->fmt[u].fact)
            continue;
        size_t n;
        const struct option_fact *rows =
            facts_options_of(an->f, an->fmt[u].name, &n);
        for (size_t i = 0; i < n; i++) {
            if (option_is_pattern(rows[i].key) ||
                strcmp(rows[i].key, "format") == 0)
                continue;
            const char *full = arena_printf(an->a, "%s%s", an->fmt[u].prefix,
                                            rows[i].key);
            size_t d = edit_distance(key, full, limit);
            if (d < best_d) {
                best_d = d;
                best = full;
            }
        }
    }
    return best;
}

/* A value against its row's type and values. */
static void check_value(struct analysis *an, const struct table_option *o,
                        const struct option_fact *row)
{
    if (o->no_value || templated(o->value))
        return;
    enum value_type t = value_type_named(row->type);
    const char *values = row->values;
    if (t == VT_UNCHECKED && *values && strcmp(row->type, "String") == 0)
        t = VT_ENUM;                    /* a string of listed values */
    if (t == VT_ENUM && (!*values || enum_is_open(values)))
        return;
    const char *why = NULL;
    if (value_converts(t, values, o->value, o->value_len, &why))
        return;
    const char *hint = NULL;
    switch (t) {
    case VT_ENUM:
        hint = enum_display(an->a, values);
        break;
    case VT_DURATION:
        hint = "a duration is a number and a unit: '10 s', '1 min', "
               "'500 ms' (no unit: milliseconds)";
        break;
    case VT_MEMORY:
        hint = "a memory size is a number and a unit: '64 mb', '1 gb', "
               "'512 kb' (no unit: bytes)";
        break;
    case VT_BOOLEAN:
        hint = "write 'true' or 'false'";
        break;
    default:
        break;
    }
    if (t == VT_ENUM)
        found(an, OF_BAD_VALUE, o->value_at, hint,
              "'%s' is not a value of '%.*s'", o->value, (int)o->key_len,
              o->key);
    else
        found(an, OF_BAD_VALUE, o->value_at, hint,
              "value '%s' of '%.*s' %s", o->value, (int)o->key_len, o->key,
              why);
}

/* The table's columns: NULL when unknown. */
static const struct schema *columns_of(struct analysis *an)
{
    if (!an->columns_read) {
        an->columns_read = true;
        an->columns = an->t->columns;
        if (!an->columns && an->t->create) {
            const struct schema *s = schema_of_create(an->a, an->t->create);
            an->columns = s && !s->open ? s : NULL;
        }
    }
    return an->columns;
}

/* A datagen-style per-column option (`fields.#.kind`): the column must be
 * the table's. */
static bool column_ok(struct analysis *an, const struct table_option *o,
                      const struct option_fact *row)
{
    if (!strchr(row->key, '#') || !columns_of(an))
        return true;
    const char *part = NULL;
    size_t len = 0;
    if (!option_pattern_match(row->key, o->key, o->key_len, &part, &len) ||
        !part)
        return true;
    char *name = arena_strndup(an->a, part, len);
    const struct schema *s = columns_of(an);
    if (schema_column(s, name))
        return true;
    const char **names = arena_alloc(an->a, (s->ncols + 1) * sizeof *names);
    for (size_t i = 0; i < s->ncols; i++)
        names[i] = arena_strndup(an->a, s->cols[i].name, s->cols[i].len);
    names[s->ncols] = NULL;
    const char *near = nearest_word(name, names);
    found(an, OF_UNSUPPORTED, o->key_at,
          near ? arena_printf(an->a, "did you mean '%.*s%s%s'?",
                              (int)(part - o->key), o->key, near,
                              part + len) : NULL,
          "'%.*s' names no column of the table: it has no column `%s`",
          (int)o->key_len, o->key, name);
    return false;
}

static void check_option(struct analysis *an, const struct table_option *o)
{
    if (o == an->connector || o->quiet)
        return;
    const struct option_fact *row = connector_row(an, o->key, o->key_len);
    if (row) {
        if (column_ok(an, o, row))
            check_value(an, o, row);
        return;
    }
    const struct format_use *use = NULL;
    bool custom = false;
    row = format_row(an, o->key, o->key_len, &use, &custom);
    if (row) {
        check_value(an, o, row);
        return;
    }
    if (custom || an->t->inherited || strcmp(an->cf->options, "closed") != 0)
        return;
    /* unsupported: say why where it can */
    const char *hint = NULL;
    const char *near = nearest_key(an, o->key);
    if (near)
        hint = arena_printf(an->a, "did you mean '%s'?", near);
    else {
        /* an option of a format this table does not use */
        const char *dot = memchr(o->key, '.', o->key_len);
        const char *k = o->key;
        size_t skip = 0;
        if (strncmp(k, "key.", 4) == 0 || strncmp(k, "value.", 6) == 0) {
            skip = k[0] == 'k' ? 4 : 6;
            dot = strchr(k + skip, '.');
        }
        if (dot) {
            char *fmt = arena_strndup(an->a, k + skip,
                                      (size_t)(dot - k) - skip);
            const struct connector_fact *ff = facts_connector(an->f, fmt);
            if (ff && strcmp(ff->direction, "format") == 0)
                hint = an->nfmt
                       ? arena_printf(an->a, "it is an option of format %s; "
                                      "this table's format is %s", fmt,
                                      an->fmt[0].name)
                       : arena_printf(an->a, "it is an option of format %s, "
                                      "which this table does not use", fmt);
        }
    }
    found(an, OF_UNSUPPORTED, o->key_at, hint,
          "unsupported option '%.*s' for connector '%s': Flink answers "
          "\"Unsupported options found for '%s'\"", (int)o->key_len,
          o->key, an->cf->name, an->cf->name);
}

/* The next item of a list "a, b, c" at *p: its start and length (0 at the
 * end); *p moves past it. */
static size_t next_item(const char **p, const char **item)
{
    const char *s = *p;
    while (*s == ' ' || *s == ',')
        s++;
    const char *e = s;
    while (*e && *e != ',')
        e++;
    size_t n = (size_t)(e - s);
    while (n && s[n - 1] == ' ')
        n--;
    *item = s;
    *p = e;
    return n;
}

/* Is the option prefix + the list's first item the row's key? (A
 * condition over several options is judged once, at its first row.) */
static bool first_of(const char *list, const char *key)
{
    const char *item;
    size_t n = next_item(&list, &item);
    return strlen(key) == n && memcmp(key, item, n) == 0;
}

/* Where a missing option is reported: at the table's 'connector' option,
 * or at its WITH when 'connector' is not its own (a LIKE's base has it). */
static struct span required_at(const struct analysis *an)
{
    return an->connector && !an->connector->quiet ? an->connector->key_at
                                                  : an->t->with_at;
}

/* A per-column option every physical column needs (pattern: its key with
 * `#` for the column, e.g. fields.#.expression; an option of a field of
 * the column, fields.c.f.expression, counts). */
static void check_each_column(struct analysis *an, const char *owner,
                              const char *what, const char *pattern)
{
    const char *hash = strchr(pattern, '#');
    const struct schema *s = hash ? columns_of(an) : NULL;
    if (!s)
        return;
    size_t pl = (size_t)(hash - pattern), sl = strlen(hash + 1);
    struct span at = required_at(an);
    for (size_t c = 0; c < s->ncols; c++) {
        const struct column *col = &s->cols[c];
        if (col->kind != COL_PHYSICAL)
            continue;
        bool has = false;
        for (size_t i = 0; i < an->t->n && !has; i++) {
            const struct table_option *o = &an->t->opt[i];
            has = o->key_len >= pl + col->len + sl &&
                  memcmp(o->key, pattern, pl) == 0 &&
                  memcmp(o->key + pl, col->name, col->len) == 0 &&
                  (o->key[pl + col->len] == '.' ||
                   o->key_len == pl + col->len + sl) &&
                  memcmp(o->key + o->key_len - sl, hash + 1, sl) == 0;
        }
        if (!has)
            found(an, OF_MISSING, at, NULL, "%s '%s' needs option "
                  "'%.*s%.*s%s': every column needs one", what, owner,
                  (int)pl, pattern, (int)col->len, col->name, hash + 1);
    }
}

/* The requirements of owner's rows (format: a format's, whose own
 * 'format' row is the key that selected it; prefix: a key or value
 * format's). */
static void check_required(struct analysis *an,
                           const struct connector_fact *c, bool format,
                           const char *prefix)
{
    const char *owner = c->name;
    size_t n;
    const struct required_row *rows = facts_required_rows(an->f, c, &n);
    struct span at = required_at(an);
    const char *what = format ? "format" : "connector";
    for (size_t i = 0; i < n; i++) {
        const struct required_row *r = &rows[i];
        const char *key = r->row->key, *req = r->arg;
        if (r->form == RF_EACH_COLUMN) {
            check_each_column(an, owner, what, key);
            continue;
        }
        if ((format && strcmp(key, "format") == 0) ||
            option_at(an->t, prefix, key, r->key_len))
            continue;                   /* set: nothing to say */
        const char *p, *item;
        size_t len;
        switch (r->form) {
        case RF_YES:
            found(an, OF_MISSING, at, NULL, "%s '%s' needs option '%s%s'",
                  what, owner, prefix, key);
            break;
        case RF_ONE_OF: {
            if (!first_of(req, key))
                break;
            bool any = false;
            for (p = req; !any && (len = next_item(&p, &item));)
                any = option_at(an->t, prefix, item, len) != NULL;
            p = req;
            next_item(&p, &item);
            len = next_item(&p, &item);
            if (!any)
                found(an, OF_MISSING, at, NULL, "%s '%s' needs option "
                      "'%s%s' or '%s%.*s'", what, owner, prefix, key,
                      prefix, (int)len, item);
            break;
        }
        case RF_WITH:
            if (option_at(an->t, prefix, req, strlen(req)))
                found(an, OF_MISSING, at, NULL, "%s '%s' needs option "
                      "'%s%s' when '%s%s' is set", what, owner, prefix,
                      key, prefix, req);
            break;
        case RF_WHEN: {
            const char *eq = strstr(req, " = ");
            const struct table_option *o =
                eq ? option_at(an->t, prefix, req, (size_t)(eq - req))
                   : NULL;
            if (o && strcasecmp(o->value, eq + 3) == 0)
                found(an, OF_MISSING, at, NULL, "%s '%s' needs option "
                      "'%s%s' when '%.*s' is '%s'", what, owner, prefix,
                      key, (int)o->key_len, o->key, eq + 3);
            break;
        }
        case RF_TOGETHER: {
            const struct table_option *set = NULL;
            for (p = req; !set && (len = next_item(&p, &item));)
                set = option_at(an->t, prefix, item, len);
            if (set)
                found(an, OF_MISSING, at, NULL, "%s '%s' needs option "
                      "'%s%s' with '%.*s': they are set together", what,
                      owner, prefix, key, (int)set->key_len, set->key);
            break;
        }
        case RF_EACH_COLUMN:
            break;
        }
    }
}

/* How many of t's options owner's rows know. */
static size_t fit(const struct analysis *an, const char *owner)
{
    size_t k = 0;
    for (size_t i = 0; i < an->t->n; i++)
        if (facts_option(an->f, owner, an->t->opt[i].key,
                         an->t->opt[i].key_len))
            k++;
    return k;
}

void table_options_check(struct arena *a, const struct option_facts *f,
                         const struct table_options *t,
                         option_finding_fn fn, void *user)
{
    struct analysis an = { .a = a, .f = f, .t = t, .fn = fn, .user = user };
    an.connector = option(t, "connector");
    if (!an.connector)
        return;                 /* from a LIKE base, or a catalog's table */
    for (size_t i = 0; i < t->n; i++)   /* the 1.10 style: connector.type */
        if (strncmp(t->opt[i].key, "connector.", 10) == 0)
            return;
    const char *name = an.connector->value;
    an.cf = facts_connector(f, name);
    if (an.cf && strcmp(an.cf->direction, "format") == 0)
        an.cf = NULL;
    if (!an.cf) {
        const char *near = facts_misspelt_connector(f, name, false);
        if (near && !an.connector->quiet)
            found(&an, OF_UNKNOWN_CONNECTOR, an.connector->value_at,
                  arena_printf(a, "did you mean '%s'?", near),
                  "unknown connector '%s': Flink answers \"Could not find "
                  "any factory for identifier '%s'\"", name, name);
        return;                 /* a custom connector: not checked */
    }
    if (*an.cf->also) {
        const struct connector_fact *v = facts_connector(f, an.cf->also);
        /* the release whose options the table uses */
        if (v && fit(&an, v->name) > fit(&an, an.cf->name)) {
            an.variant = an.cf;
            an.cf = v;
        } else {
            an.variant = v;
        }
    }
    an.own.row = facts_rows(f, an.cf, &an.own.n);
    if (an.variant)
        an.other.row = facts_rows(f, an.variant, &an.other.n);
    const struct connector_fact *every = facts_connector(f, "*");
    if (every)
        an.every.row = facts_rows(f, every, &an.every.n);
    /* the formats, where the connector takes them */
    static const char *const selectors[][2] = {
        { "format", "" }, { "key.format", "key." },
        { "value.format", "value." }
    };
    for (size_t s = 0; s < 3; s++) {
        const struct table_option *o = option(t, selectors[s][0]);
        if (!o || !connector_row(&an, o->key, o->key_len) ||
            templated(o->value))
            continue;
        struct format_use *u = &an.fmt[an.nfmt++];
        u->prefix = selectors[s][1];
        u->selector = o;
        u->name = o->value;
        u->fact = facts_connector(f, o->value);
        if (u->fact && strcmp(u->fact->direction, "format") != 0)
            u->fact = NULL;
        if (u->fact)
            u->rows.row = facts_rows(f, u->fact, &u->rows.n);
        if (!u->fact) {
            const char *near = facts_misspelt_connector(f, o->value, true);
            if (near && !o->quiet)
                found(&an, OF_UNKNOWN_CONNECTOR, o->value_at,
                      arena_printf(a, "did you mean '%s'?", near),
                      "unknown format '%s': Flink answers \"Could not find "
                      "any factory for identifier '%s'\"", o->value,
                      o->value);
        }
    }
    for (size_t i = 0; i < t->n; i++) {
        const struct table_option *o = &t->opt[i];
        if (option_at(t, "", o->key, o->key_len) != o)
            continue;           /* a key set again later: the last counts */
        check_option(&an, o);
    }
    if (t->inherited || t->partial)
        return;
    check_required(&an, an.cf, false, "");
    for (size_t u = 0; u < an.nfmt; u++)
        if (an.fmt[u].fact)
            check_required(&an, an.fmt[u].fact, true, an.fmt[u].prefix);
}
