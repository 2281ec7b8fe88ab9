/* options.c -- the connector-option and configuration facts (options.h):
 * the built-in tables generated from src/data/ (*.tsv), a user's connector
 * file, and look-ups by name and by pattern. */
#include "sqlcheck/options.h"

#include "sqlcheck/util.h"

#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#define ROW(...) { __VA_ARGS__ },
static const struct connector_fact builtin_connectors[] = {
#include "connectors.inc"
};
static const struct option_fact builtin_options[] = {
#include "connector_options.inc"
};
static const struct config_fact config_rows[] = {
#include "config_options.inc"
};
static const struct rename_fact rename_rows[] = {
#include "config_renames.inc"
};
#undef ROW

#define COUNT(a) (sizeof (a) / sizeof *(a))

/* Where a connector's rows are among the options. */
struct range {
    size_t first, count;
    size_t req_first, req_count;    /* its rows that may be required */
};

struct option_facts {
    const struct connector_fact *connectors;    /* sorted by name */
    size_t nconnectors;
    const struct option_fact *options;          /* sorted by owner, key */
    size_t noptions;
    const struct range *rows;                   /* per connector */
    const struct required_row *required;        /* rows that may be
                                                 * required, by connector */
};

static struct range builtin_rows[COUNT(builtin_connectors)];
static struct required_row builtin_required[COUNT(builtin_options)];
static struct option_facts builtin = {
    builtin_connectors, COUNT(builtin_connectors),
    builtin_options, COUNT(builtin_options), builtin_rows, builtin_required,
};
static pthread_once_t builtin_once = PTHREAD_ONCE_INIT;

/* Each connector's rows (both lists are sorted by name). */
/* Is row o one that may be required: its form, or false. */
static bool required_form(const struct option_fact *o, struct required_row *r)
{
    static const struct { const char *word; enum required_form form; }
    forms[] = {
        { "one of: ", RF_ONE_OF }, { "with: ", RF_WITH },
        { "when: ", RF_WHEN }, { "together: ", RF_TOGETHER },
    };
    const char *q = o->required;
    if ((*o->kind && strcmp(o->kind, "with") != 0) ||
        strcmp(o->key, "connector") == 0)
        return false;
    r->row = o;
    r->key_len = strlen(o->key);
    r->arg = "";
    if (strcmp(q, "yes") == 0) {
        r->form = RF_YES;
        return !option_is_pattern(o->key);
    }
    if (strcmp(q, "each column") == 0) {
        r->form = RF_EACH_COLUMN;
        return true;
    }
    for (size_t i = 0; i < sizeof forms / sizeof *forms; i++) {
        size_t n = strlen(forms[i].word);
        if (strncmp(q, forms[i].word, n) == 0) {
            r->form = forms[i].form;
            r->arg = q + n;
            return !option_is_pattern(o->key);
        }
    }
    return false;               /* "no", or words sqlcheck does not read */
}

static void index_rows(const struct connector_fact *con, size_t ncon,
                       const struct option_fact *opt, size_t nopt,
                       struct range *rows, struct required_row *req)
{
    size_t j = 0, r = 0;
    for (size_t i = 0; i < ncon; i++) {
        while (j < nopt && strcmp(opt[j].owner, con[i].name) < 0)
            j++;
        rows[i].first = j;
        rows[i].req_first = r;
        while (j < nopt && strcmp(opt[j].owner, con[i].name) == 0) {
            if (required_form(&opt[j], &req[r]))
                r++;
            j++;
        }
        rows[i].count = j - rows[i].first;
        rows[i].req_count = r - rows[i].req_first;
    }
}

/* The configuration keys by namespace (their first part: sorted keys of
 * one namespace are side by side), and the rows that are patterns: a key
 * that no row has is compared with these only. */
struct config_space {
    const char *name;           /* "execution" */
    size_t len;
    size_t first, count;        /* its rows */
};
static struct config_space config_spaces[COUNT(config_rows)];
static size_t nconfig_spaces;
static size_t config_patterns[COUNT(config_rows)];
static size_t config_fixed[COUNT(config_rows)];
static size_t nconfig_patterns;
/* connectors' options set with SET (Hive's table.exec.hive.*) */
static const struct option_fact *set_rows[64];
static size_t nset_rows;

static void index_config(void)
{
    for (size_t i = 0; i < COUNT(config_rows); i++) {
        const char *k = config_rows[i].key;
        size_t len = strcspn(k, ".");
        struct config_space *last = nconfig_spaces
                                    ? &config_spaces[nconfig_spaces - 1]
                                    : NULL;
        if (last && last->len == len && strncmp(last->name, k, len) == 0)
            last->count++;
        else
            config_spaces[nconfig_spaces++] =
                (struct config_space){ k, len, i, 1 };
        if (option_is_pattern(k)) {
            config_fixed[nconfig_patterns] = strcspn(k, "*#<[");
            config_patterns[nconfig_patterns++] = i;
        }
    }
    for (size_t i = 0; i < COUNT(builtin_options); i++)
        if (strcmp(builtin_options[i].kind, "set") == 0 &&
            strncmp(builtin_options[i].key, "table.exec.", 11) == 0 &&
            nset_rows < COUNT(set_rows))
            set_rows[nset_rows++] = &builtin_options[i];
}

static void index_builtin(void)
{
    index_rows(builtin_connectors, COUNT(builtin_connectors),
               builtin_options, COUNT(builtin_options), builtin_rows,
               builtin_required);
    index_config();
}

const struct option_facts *option_facts_builtin(void)
{
    pthread_once(&builtin_once, index_builtin);
    return &builtin;
}

/*---- patterns ------------------------------------------------------------*/

/* Where the placeholder at p ends (p at '#', '<' or '['), or NULL. */
static const char *placeholder_end(const char *p)
{
    if (*p == '#')
        return p + 1;
    if (*p == '<' || *p == '[') {
        const char *e = strchr(p, *p == '<' ? '>' : ']');
        return e ? e + 1 : NULL;
    }
    return NULL;
}

bool option_is_pattern(const char *key)
{
    for (const char *p = key; (p = strpbrk(p, "*#<[")); p++)
        if (*p == '*' || placeholder_end(p))
            return true;
    return false;
}

bool option_pattern_match(const char *pattern, const char *key, size_t n,
                          const char **part, size_t *part_len)
{
    const char *p = pattern;
    size_t i = 0;
    while (*p) {
        if (*p == '*' && p[1] == 0)
            return i < n;               /* any rest, at least one byte */
        const char *pe = placeholder_end(p);
        if (pe) {
            size_t j = i;
            if (*pe == 0)
                j = n;                  /* the last part: may hold dots */
            else
                while (j < n && key[j] != '.')
                    j++;
            if (j == i)
                return false;
            if (part && *p != '[') {
                *part = key + i;
                *part_len = j - i;
            }
            i = j;
            p = pe;
            continue;
        }
        if (i >= n || key[i] != *p)
            return false;
        i++;
        p++;
    }
    return i == n;
}

/*---- connectors ----------------------------------------------------------*/

static int cmp_connector(const void *a, const void *b)
{
    return strcmp(((const struct connector_fact *)a)->name,
                  ((const struct connector_fact *)b)->name);
}

const struct connector_fact *facts_connector(const struct option_facts *f,
                                             const char *name)
{
    struct connector_fact probe = { .name = name };
    return bsearch(&probe, f->connectors, f->nconnectors, sizeof probe,
                   cmp_connector);
}

/* The name without a version at its end ("elasticsearch-7" ->
 * "elasticsearch", "hbase-2.2" -> "hbase"): its length. */
static size_t stem_len(const char *s)
{
    size_t n = strlen(s);
    while (n && (strchr("0123456789.", s[n - 1])))
        n--;
    while (n && (s[n - 1] == '-' || s[n - 1] == '_'))
        n--;
    return n;
}

/* Is one name the other with a part added, before or after a separator
 * ("kafka-x", "dynamic-kafka")? */
static bool extends(const char *longer, const char *shorter)
{
    size_t ll = strlen(longer), sl = strlen(shorter);
    if (ll <= sl)
        return false;
    if (strncmp(longer, shorter, sl) == 0 && strchr("-_.", longer[sl]))
        return true;
    return strcmp(longer + ll - sl, shorter) == 0 &&
           strchr("-_.", longer[ll - sl - 1]);
}

/* Two letters side by side swapped ("kafak")? */
static bool one_swap(const char *a, const char *b)
{
    size_t n = strlen(a);
    if (n != strlen(b))
        return false;
    size_t i = 0;
    while (i < n && a[i] == b[i])
        i++;
    return i + 1 < n && a[i] == b[i + 1] && a[i + 1] == b[i] &&
           strcmp(a + i + 2, b + i + 2) == 0;
}

const char *facts_misspelt_connector(const struct option_facts *f,
                                     const char *name, bool format)
{
    size_t len = strlen(name);
    if (len == 0 || strpbrk(name, "${}%"))      /* a template's variable */
        return NULL;
    const char *best = NULL;
    size_t best_d = (size_t)-1;
    for (size_t i = 0; i < f->nconnectors; i++) {
        const struct connector_fact *c = &f->connectors[i];
        if ((strcmp(c->direction, "format") == 0) != format ||
            strcmp(c->direction, "any") == 0)
            continue;
        if (strcmp(c->name, name) == 0)
            return NULL;                /* not misspelt */
        if (strcasecmp(c->name, name) == 0)
            return c->name;             /* Flink matches names exactly */
        if (extends(name, c->name) || extends(c->name, name))
            continue;
        size_t sa = stem_len(name), sb = stem_len(c->name);
        if (sa == sb && sa > 0 && strncasecmp(name, c->name, sa) == 0)
            continue;                   /* another version of it */
        size_t limit = len < 3 ? 0 : len <= 5 ? 1 : 2;
        size_t d = one_swap(name, c->name)
                   ? 1 : edit_distance(name, c->name, limit);
        if (d <= limit && d < best_d) {
            best_d = d;
            best = c->name;
        }
    }
    return best;
}

/*---- options -------------------------------------------------------------*/

/* key (n bytes) against a row's key, as strcmp() orders them. */
static int cmp_key(const char *key, size_t n, const char *row)
{
    int c = strncmp(key, row, n);
    if (c)
        return c;
    return row[n] ? -1 : 0;
}


static int cmp_option(const void *a, const void *b)
{
    const struct option_fact *x = a, *y = b;
    int c = strcmp(x->owner, y->owner);
    return c ? c : strcmp(x->key, y->key);
}

const struct option_fact *facts_rows(const struct option_facts *f,
                                     const struct connector_fact *c,
                                     size_t *n)
{
    const struct range *r = &f->rows[c - f->connectors];
    *n = r->count;
    return f->options + r->first;
}

const struct required_row *facts_required_rows(const struct option_facts *f,
                                               const struct connector_fact *c,
                                               size_t *n)
{
    const struct range *r = &f->rows[c - f->connectors];
    *n = r->req_count;
    return f->required + r->req_first;
}

const struct option_fact *facts_options_of(const struct option_facts *f,
                                           const char *owner, size_t *n)
{
    size_t lo = 0, hi = f->noptions;
    while (lo < hi) {                   /* the first row of owner */
        size_t mid = lo + (hi - lo) / 2;
        if (strcmp(f->options[mid].owner, owner) < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    size_t end = lo;                    /* past its last row */
    hi = f->noptions;
    while (end < hi) {
        size_t mid = end + (hi - end) / 2;
        if (strcmp(f->options[mid].owner, owner) <= 0)
            end = mid + 1;
        else
            hi = mid;
    }
    *n = end - lo;
    return f->options + lo;
}

const struct option_fact *facts_option(const struct option_facts *f,
                                       const char *owner, const char *key,
                                       size_t n)
{
    size_t count;
    const struct option_fact *rows = facts_options_of(f, owner, &count);
    return facts_option_in(rows, count, key, n);
}

const struct option_fact *facts_option_in(const struct option_fact *rows,
                                          size_t count, const char *key,
                                          size_t n)
{
    size_t lo = 0, hi = count;          /* the exact row: keys are sorted */
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        int c = cmp_key(key, n, rows[mid].key);
        if (c == 0)
            return &rows[mid];
        if (c < 0)
            hi = mid;
        else
            lo = mid + 1;
    }
    for (size_t i = 0; i < count; i++) {
        if (option_is_pattern(rows[i].key) &&
            option_pattern_match(rows[i].key, key, n, NULL, NULL))
            return &rows[i];
        /* a Map option is also set key by key: 'k.sub' = 'v' */
        size_t kl = strlen(rows[i].key);
        if (strcmp(rows[i].type, "Map") == 0 && n > kl + 1 &&
            key[kl] == '.' && memcmp(rows[i].key, key, kl) == 0)
            return &rows[i];
    }
    return NULL;
}

const struct option_fact *facts_all_options(const struct option_facts *f,
                                            size_t *n)
{
    *n = f->noptions;
    return f->options;
}

const struct connector_fact *facts_all_connectors(size_t *n)
{
    *n = COUNT(builtin_connectors);
    return builtin_connectors;
}

/*---- a user's file -------------------------------------------------------*/

/* Split line (modified) at tabs into at most max fields. */
static size_t split_tabs(char *line, char **field, size_t max)
{
    size_t n = 0;
    for (char *p = line; n < max;) {
        field[n++] = p;
        char *t = strchr(p, '\t');
        if (!t)
            break;
        *t = 0;
        p = t + 1;
    }
    return n;
}

const struct option_facts *option_facts_load(struct arena *a,
                                             const char *path, char *err,
                                             size_t errlen)
{
    FILE *fp = fopen(path, "r");
    if (!fp) {
        snprintf(err, errlen, "cannot read connector options file '%s': %s",
                 path, strerror(errno));
        return NULL;
    }
    enum { C_OWNER, C_KEY, C_REQUIRED, C_TYPE, C_DEFAULT, C_VALUES, C_KIND,
           C_NOTES, C_N };
    static const char *const names[C_N] = {
        "connector_or_format", "option_key", "required", "type", "default",
        "enum_values", "kind", "notes"
    };
    int col[C_N];
    for (int i = 0; i < C_N; i++)
        col[i] = -1;
    size_t cap = 0, n = 0;
    struct option_fact *rows = NULL;
    char *line = NULL;
    size_t linecap = 0;
    ssize_t len;
    unsigned lineno = 0;
    bool header = false, ok = true;
    while (ok && (len = getline(&line, &linecap, fp)) >= 0) {
        lineno++;
        while (len && (line[len - 1] == '\n' || line[len - 1] == '\r'))
            line[--len] = 0;
        if (len == 0 || line[0] == '#')
            continue;
        char *field[64];
        size_t nf = split_tabs(line, field, 64);
        if (!header) {
            header = true;
            for (size_t i = 0; i < nf; i++)
                for (int c = 0; c < C_N; c++)
                    if (strcmp(field[i], names[c]) == 0)
                        col[c] = (int)i;
            if (col[C_OWNER] < 0 || col[C_KEY] < 0) {
                snprintf(err, errlen, "%s:%u: the header line names no "
                         "'connector_or_format' and 'option_key' columns",
                         path, lineno);
                ok = false;
            }
            continue;
        }
        const char *v[C_N];
        for (int c = 0; c < C_N; c++)
            v[c] = col[c] >= 0 && (size_t)col[c] < nf
                   ? arena_strndup(a, field[col[c]], strlen(field[col[c]]))
                   : "";
        if (!*v[C_OWNER] || !*v[C_KEY]) {
            snprintf(err, errlen, "%s:%u: a row needs a connector and a key",
                     path, lineno);
            ok = false;
            break;
        }
        rows = grow_array(rows, n, &cap, sizeof *rows, 64);
        rows[n++] = (struct option_fact){ v[C_OWNER], v[C_KEY], v[C_REQUIRED],
                                          v[C_TYPE], v[C_DEFAULT], v[C_VALUES],
                                          v[C_KIND], v[C_NOTES] };
    }
    free(line);
    fclose(fp);
    if (ok && !header) {
        snprintf(err, errlen, "%s: no header line", path);
        ok = false;
    }
    if (!ok) {
        free(rows);
        return NULL;
    }
    /* the built-in rows and the user's, sorted; the user's connectors added
     * to the built-in ones as closed connectors that read and write */
    size_t total = COUNT(builtin_options) + n;
    struct option_fact *all = arena_alloc(a, (total ? total : 1) *
                                             sizeof *all);
    memcpy(all, builtin_options, sizeof builtin_options);
    if (n)
        memcpy(all + COUNT(builtin_options), rows, n * sizeof *rows);
    free(rows);
    qsort(all, total, sizeof *all, cmp_option);
    size_t ncon = COUNT(builtin_connectors);
    struct connector_fact *con = arena_alloc(a, (ncon + n + 1) * sizeof *con);
    memcpy(con, builtin_connectors, sizeof builtin_connectors);
    option_facts_builtin();
    for (size_t i = 0; i < total; i++) {
        if (i > 0 && strcmp(all[i].owner, all[i - 1].owner) == 0)
            continue;
        bool known = false;
        for (size_t k = 0; k < ncon && !known; k++)
            known = strcmp(con[k].name, all[i].owner) == 0;
        if (!known)
            con[ncon++] = (struct connector_fact){ all[i].owner, "both",
                                                   "closed", "" };
    }
    qsort(con, ncon, sizeof *con, cmp_connector);
    struct range *ranges = arena_alloc(a, ncon * sizeof *ranges);
    struct required_row *req = arena_alloc(a, (total ? total : 1) *
                                              sizeof *req);
    index_rows(con, ncon, all, total, ranges, req);
    struct option_facts *f = arena_alloc(a, sizeof *f);
    *f = (struct option_facts){ con, ncon, all, total, ranges, req };
    return f;
}

/*---- configuration -------------------------------------------------------*/

const struct config_fact *facts_config(const char *key, size_t n)
{
    size_t lo = 0, hi = COUNT(config_rows);
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        int c = cmp_key(key, n, config_rows[mid].key);
        if (c == 0)
            return &config_rows[mid];
        if (c < 0)
            hi = mid;
        else
            lo = mid + 1;
    }
    if (!memchr(key, '.', n))
        return NULL;                    /* every pattern has a dot */
    option_facts_builtin();             /* the index */
    for (size_t i = 0; i < nconfig_patterns; i++) {
        const struct config_fact *c = &config_rows[config_patterns[i]];
        size_t fixed = config_fixed[i];  /* the part before a placeholder */
        if (n > fixed && memcmp(c->key, key, fixed) == 0 &&
            option_pattern_match(c->key, key, n, NULL, NULL))
            return c;
    }
    return NULL;
}

const struct option_fact *facts_set_option(const char *key, size_t n)
{
    option_facts_builtin();             /* the index */
    if (n < 11 || memcmp(key, "table.exec.", 11) != 0)
        return NULL;                    /* (all of them are) */
    for (size_t i = 0; i < nset_rows; i++) {
        const char *k = set_rows[i]->key;
        if ((strlen(k) == n && memcmp(k, key, n) == 0) ||
            (option_is_pattern(k) &&
             option_pattern_match(k, key, n, NULL, NULL)))
            return set_rows[i];
    }
    return NULL;
}

const struct rename_fact *facts_rename(const char *key, size_t n,
                                      size_t *count)
{
    size_t lo = 0, hi = COUNT(rename_rows);
    while (lo < hi) {                   /* the first row of key */
        size_t mid = lo + (hi - lo) / 2;
        if (cmp_key(key, n, rename_rows[mid].old_key) > 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    size_t end = lo;
    while (end < COUNT(rename_rows) &&
           cmp_key(key, n, rename_rows[end].old_key) == 0)
        end++;
    if (count)
        *count = end - lo;
    return end > lo ? &rename_rows[lo] : NULL;
}

const char *facts_config_nearest(const char *key)
{
    option_facts_builtin();             /* the index */
    size_t len = strlen(key);
    size_t limit = len < 8 ? 1 : len < 20 ? 2 : 3;
    const char *best = NULL;
    size_t best_d = limit + 1;
    /* a misspelt key's namespace is the known one's, or one slip from it */
    size_t sl = strcspn(key, ".");
    char space[64];
    if (!key[sl] || sl >= sizeof space)
        return NULL;                    /* every Flink key has a dot */
    memcpy(space, key, sl);
    space[sl] = 0;
    for (size_t s = 0; s < nconfig_spaces; s++) {
        const struct config_space *cs = &config_spaces[s];
        char name[64];
        if (cs->len >= sizeof name)
            continue;
        memcpy(name, cs->name, cs->len);
        name[cs->len] = 0;
        size_t slimit = sl < 6 ? 1 : 2;
        if ((cs->len > sl ? cs->len - sl : sl - cs->len) > slimit)
            continue;
        if (strcmp(name, space) != 0 && !one_swap(name, space) &&
            edit_distance(name, space, slimit) > slimit)
            continue;
        for (size_t i = cs->first; i < cs->first + cs->count; i++) {
            const char *k = config_rows[i].key;
            if (*config_rows[i].removed || option_is_pattern(k))
                continue;
            size_t d = one_swap(key, k) ? 1 : edit_distance(key, k, limit);
            if (d < best_d) {
                best_d = d;
                best = k;
            }
        }
    }
    return best;
}

const struct config_fact *facts_all_config(size_t *n)
{
    *n = COUNT(config_rows);
    return config_rows;
}

const struct rename_fact *facts_all_renames(size_t *n)
{
    *n = COUNT(rename_rows);
    return rename_rows;
}
