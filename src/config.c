/* config.c -- rule lists and .sqlcheckrc parsing (see config.h). */
#include "sqlcheck/config.h"

#include "sqlcheck/arena.h"
#include "sqlcheck/util.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

enum { CONFIG_MAX_BYTES = 1 << 20 };

bool rule_states_apply(struct rule_states *rs, const char *list, bool enable,
                       char *err, size_t errlen)
{
    const char *p = list;
    while (*p) {
        size_t len = strcspn(p, ",");
        char name[64];
        while (len && (*p == ' ' || *p == '\t'))
            p++, len--;
        snprintf(name, sizeof name, "%.*s", (int)len, p);
        for (size_t e = strlen(name); e && (name[e - 1] == ' ' || name[e - 1] == '\t');)
            name[--e] = '\0';
        size_t idx;
        if (strcmp(name, "all") == 0) {
            for (size_t i = 0; i < MAX_RULES; i++)
                rs->state[i] = enable ? 1 : -1;
        } else if (rule_find(name, &idx)) {
            rs->state[idx] = enable ? 1 : -1;
        } else if (name[0]) {
            const char *near = rule_suggest(name);
            snprintf(err, errlen, "unknown rule '%s'%s%s%s", name,
                     near ? "; did you mean '" : "", near ? near : "",
                     near ? "'?" : "");
            return false;
        }
        p += len;
        if (*p == ',')
            p++;
    }
    return true;
}

int fail_level_parse(const char *s, char *err, size_t errlen)
{
    static const char *const levels[] = { "note", "warning", "error", "none",
                                          NULL };
    for (int k = 0; levels[k]; k++)
        if (strcmp(s, levels[k]) == 0)
            return k;
    const char *near = nearest_word(s, levels);
    snprintf(err, errlen, "unknown fail level '%s'%s%s%s (choose error, "
             "warning, note or none)", s, near ? "; did you mean '" : "",
             near ? near : "", near ? "'?" : "");
    return -1;
}

static char *trim(char *s)
{
    while (*s == ' ' || *s == '\t')
        s++;
    char *e = s + strlen(s);
    while (e > s && (e[-1] == ' ' || e[-1] == '\t' || e[-1] == '\n' ||
                     e[-1] == '\r'))
        *--e = '\0';
    return s;
}

static char *xstrdup(const char *s)
{
    char *d = strdup(s);
    if (!d)
        fatal_oom();
    return d;
}

/* value, a path relative to the configuration's directory (the first
 * dirlen bytes of path) unless absolute. */
static char *beside(const char *path, size_t dirlen, const char *value)
{
    size_t n = strlen(value);
    char *full = malloc(dirlen + n + 1);
    if (!full)
        fatal_oom();
    if (value[0] == '/')
        memcpy(full, value, n + 1);
    else {
        memcpy(full, path, dirlen);
        memcpy(full + dirlen, value, n + 1);
    }
    return full;
}

bool config_load(struct config *c, const char *path, FILE *err)
{
    static const char *const keys[] = { "enable", "disable", "catalog",
                                        "fail-level", "default-catalog",
                                        "default-database",
                                        "connector-options", "flink-config",
                                        "target", "flink-version", NULL };
    memset(c, 0, sizeof *c);
    c->path = xstrdup(path);
    c->fail_level = -1;
    target_default(&c->target);
    /* found implicitly, so never a FIFO (it would block every run) or a
     * device (/dev/zero never ends) */
    const char *why = unreadable_file(path, CONFIG_MAX_BYTES, "too large for "
                                      "a configuration file (over 1 MiB)");
    if (why) {
        fprintf(err, "sqlcheck: %s: %s\n", path, why);
        return false;
    }
    FILE *f = fopen(path, "r");
    if (!f) {
        fprintf(err, "sqlcheck: %s: %s\n", path, strerror(errno));
        return false;
    }
    const char *slash = strrchr(path, '/');
    size_t dirlen = slash ? (size_t)(slash - path) + 1 : 0;
    char line[4096];
    int lineno = 0;
    bool ok = true;
    while (fgets(line, sizeof line, f)) {
        lineno++;
        /* '#' at the start or after a blank starts a comment */
        for (char *h = line; (h = strchr(h, '#')); h++)
            if (h == line || h[-1] == ' ' || h[-1] == '\t') {
                *h = '\0';
                break;
            }
        char *s = trim(line);
        if (!*s)
            continue;
        char *eq = strchr(s, '=');
        if (!eq) {
            fprintf(err, "sqlcheck: %s:%d: expected key=value\n", path, lineno);
            ok = false;
            continue;
        }
        *eq = '\0';
        char *key = trim(s), *value = trim(eq + 1);
        char msg[256];
        if (strcmp(key, "enable") == 0 || strcmp(key, "disable") == 0) {
            if (!rule_states_apply(&c->rules, value, key[0] == 'e', msg,
                                   sizeof msg)) {
                fprintf(err, "sqlcheck: %s:%d: %s\n", path, lineno, msg);
                ok = false;
            }
        } else if (strcmp(key, "fail-level") == 0) {
            c->fail_level = fail_level_parse(value, msg, sizeof msg);
            if (c->fail_level < 0) {
                fprintf(err, "sqlcheck: %s:%d: %s\n", path, lineno, msg);
                ok = false;
            }
        } else if (strcmp(key, "target") == 0) {
            c->has_runner = target_parse_runner(&c->target, value, msg,
                                                sizeof msg);
            if (!c->has_runner) {
                fprintf(err, "sqlcheck: %s:%d: %s\n", path, lineno, msg);
                ok = false;
            }
        } else if (strcmp(key, "flink-version") == 0) {
            c->has_release = target_parse_version(&c->target, value, msg,
                                                  sizeof msg);
            if (!c->has_release) {
                fprintf(err, "sqlcheck: %s:%d: %s\n", path, lineno, msg);
                ok = false;
            }
        } else if (strcmp(key, "default-catalog") == 0 ||
                   strcmp(key, "default-database") == 0) {
            if (!*value) {
                fprintf(err, "sqlcheck: %s:%d: %s needs a name\n", path,
                        lineno, key);
                ok = false;
            } else if (strcmp(key, "default-catalog") == 0) {
                free(c->default_catalog);
                c->default_catalog = xstrdup(value);
            } else {
                free(c->default_database);
                c->default_database = xstrdup(value);
            }
        } else if (strcmp(key, "catalog") == 0) {
            char *full = beside(path, dirlen, value);
            char **v = realloc(c->catalogs, (c->ncatalogs + 1) * sizeof *v);
            if (!v)
                fatal_oom();
            v[c->ncatalogs++] = full;
            c->catalogs = v;
        } else if (strcmp(key, "flink-config") == 0) {
            free(c->flink_config);
            c->flink_config = beside(path, dirlen, value);
        } else if (strcmp(key, "connector-options") == 0) {
            free(c->connector_options);
            c->connector_options = beside(path, dirlen, value);
        } else {
            const char *near = nearest_word(key, keys);
            fprintf(err, "sqlcheck: %s:%d: unknown key '%s'%s%s%s\n", path,
                    lineno, key, near ? "; did you mean '" : "",
                    near ? near : "", near ? "'?" : "");
            ok = false;
        }
    }
    fclose(f);
    return ok;
}

void config_free(struct config *c)
{
    for (size_t i = 0; i < c->ncatalogs; i++)
        free(c->catalogs[i]);
    free(c->catalogs);
    free(c->default_catalog);
    free(c->connector_options);
    free(c->flink_config);
    free(c->default_database);
    free(c->path);
    memset(c, 0, sizeof *c);
}
