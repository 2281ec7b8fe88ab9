/* flink_config.c -- a configuration key and value checked against the facts
 * (flink_config.h). Flink itself accepts any key in SET and ignores the ones
 * it does not know, so a key is only called unknown where it is a
 * misspelling of a known one or lies under one of Flink's own namespaces
 * (a user's own parameters stay silent); values are converted as Flink
 * converts them when the job reads the option (values.h).
 * (`fs.` is no namespace here: file system plugins read their own keys
 * under it, fs.s3a.* and the like.)
 */
#include "sqlcheck/flink_config.h"

#include "sqlcheck/diag.h"
#include "sqlcheck/options.h"
#include "sqlcheck/target.h"
#include "sqlcheck/values.h"

#include <stdarg.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

bool flink_config_namespace(const char *key, size_t len)
{
    /* the first part of the key (sorted, for bsearch) */
    static const char *const spaces[] = {
        "akka", "batch-execution", "blob", "checkpointing", "classloader",
        "client", "cluster", "deployment", "env", "execution",
        "heartbeat", "high-availability", "historyserver", "io",
        "job-result-store", "jobmanager", "kubernetes", "metrics",
        "parallelism", "pekko", "pipeline", "python", "resourcemanager",
        "rest", "restart-strategy", "security", "slot", "slotmanager",
        "sql-client", "sql-gateway", "state", "table", "taskmanager", "web",
        "yarn",
    };
    size_t n = 0;
    while (n < len && key[n] != '.')
        n++;
    if (n == len || n == 0)
        return false;
    size_t lo = 0, hi = sizeof spaces / sizeof *spaces;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        int c = strncmp(key, spaces[mid], n);
        if (c == 0 && spaces[mid][n])
            c = -1;
        if (c == 0)
            return true;
        if (c < 0)
            hi = mid;
        else
            lo = mid + 1;
    }
    return false;
}

struct cfg {
    struct arena *a;
    const struct target *t;
    config_finding_fn fn;
    void *user;
};

/* The configuration tables start at 1.20 and end at Flink's master
 * branch: a release before 1.20 is judged like 1.20 where they say
 * "<=1.20" (what 1.20 deprecates may be older), and 2.3 like the releases
 * on both sides of it (unknown: no finding). */

/* Releases that read an old key: those before the tables (unless it was
 * renamed before them), the ones listed, and 2.3 where 2.2 or master
 * does. */
static release_set accepted_releases(const struct rename_fact *ren)
{
    release_set s = releases_of_list(ren->accepted);
    if (s & (RELEASE_BIT(FLINK_2_2) | RELEASE_BIT(FLINK_NEXT)))
        s |= RELEASE_BIT(FLINK_2_3);
    if (!release_label_older(ren->version))
        s |= releases_before(FLINK_1_20);
    return s;
}

/* Releases that read an old key without calling it deprecated. */
static release_set undeprecated_releases(const struct rename_fact *ren)
{
    release_set read = accepted_releases(ren);
    if (!strstr(ren->relation, "deprecated") &&
        !strstr(ren->relation, "replaced"))
        return read;            /* removed only: deprecated when, unknown */
    if (release_label_older(ren->version))
        return 0;
    int since = release_of_label(ren->version);
    return read & releases_before(since < 0 ? FLINK_1_20 : since);
}

/* Releases that have an option of the tables. */
static release_set option_releases(const struct config_fact *row)
{
    release_set s = RELEASES_ALL;
    int since = strncmp(row->since, "<=", 2) == 0 ? -1
                : release_of_label(row->since);
    if (since == FLINK_NEXT)
        since = FLINK_2_3;      /* after 2.2: maybe in 2.3 already */
    if (since >= 0)
        s &= releases_from(since);
    int removed = release_of_label(row->removed);
    if (removed == FLINK_NEXT)
        removed = -1;           /* gone after 2.2: maybe not in 2.3 yet */
    if (removed >= 0)
        s &= releases_before(removed);
    return s;
}

static const struct target *newest_target(const struct target *t)
{
    static const struct target newest = { RUNNER_VVP, FLINK_NEWEST_RELEASE,
                                          -1 };
    return t ? t : &newest;
}

/* In an upgrade check, what the message adds. */
static const char *upgrade_text(struct cfg *c)
{
    if (c->t->from < 0)
        return "";
    return arena_printf(c->a, " (upgrading from Flink %s to %s)",
                        release_name(c->t->from),
                        release_name(c->t->release));
}

static void found(struct cfg *c, enum config_finding kind, struct span at,
                  const char *hint, const char *fmt, ...) PRINTF_LIKE(5, 6);
static void found(struct cfg *c, enum config_finding kind, struct span at,
                  const char *hint, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char *msg = arena_vprintf(c->a, fmt, ap);
    va_end(ap);
    c->fn(c->user, kind, at, msg, hint);
}

static bool templated(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (s[i] == '$' || (s[i] == '{' && i + 1 < n && s[i + 1] == '{'))
            return true;
    return false;
}

/* The value against the key's row. */
static void check_value(struct cfg *c, const char *key,
                        const struct config_fact *row, const char *value,
                        size_t n, struct span at)
{
    if (!value || templated(value, n))
        return;
    enum value_type t = value_type_named(row->type);
    const char *why = NULL;
    if (!value_converts(t, row->values, value, n, &why)) {
        const char *hint = NULL;
        if (t == VT_ENUM) {
            hint = enum_display(c->a, row->values);
            found(c, CF_BAD_VALUE, at, hint, "'%.*s' is not a value of "
                  "'%s'", (int)n, value, key);
            return;
        }
        if (t == VT_DURATION)
            hint = "a duration is a number and a unit: '10 s', '1 min', "
                   "'500 ms' (no unit: milliseconds)";
        else if (t == VT_MEMORY)
            hint = "a memory size is a number and a unit: '64 mb', '1 gb' "
                   "(no unit: bytes)";
        else if (t == VT_BOOLEAN)
            hint = "write 'true' or 'false'";
        found(c, CF_BAD_VALUE, at, hint, "value '%.*s' of '%s' %s", (int)n,
              value, key, why);
        return;
    }
    int64_t v, min;
    if (*row->min && (t == VT_INTEGER || t == VT_LONG) &&
        parse_flink_long(value, n, INT64_MIN, INT64_MAX, &v) &&
        parse_flink_long(row->min, strlen(row->min), INT64_MIN, INT64_MAX,
                         &min) && v < min)
        found(c, CF_BAD_VALUE, at, NULL, "value %.*s of '%s' is out of "
              "range: it must be %s or more", (int)n, value, key, row->min);
}

void flink_config_check(struct arena *a, const struct target *t,
                        const char *key, size_t key_len,
                        struct span key_at, const char *value,
                        size_t value_len, struct span value_at,
                        config_finding_fn fn, void *user)
{
    struct cfg c = { a, newest_target(t), fn, user };
    if (key_len == 0 || templated(key, key_len))
        return;
    const char *k = arena_strndup(a, key, key_len);
    size_t nren = 0;
    const struct rename_fact *ren = facts_rename(key, key_len, &nren);
    const struct config_fact *row = facts_config(key, key_len);
    if (ren && (!row || strcmp(row->key, k) != 0)) {
        /* an old key: the new one(s) in the hint */
        const char *hint = "it has no replacement";
        if (*ren->new_key) {
            const char *keys = arena_printf(a, "'%s'", ren->new_key);
            for (size_t i = 1; i < nren; i++)
                if (*ren[i].new_key)
                    keys = arena_printf(a, "%s or '%s'", keys,
                                        ren[i].new_key);
            hint = arena_printf(a, "use %s instead", keys);
        }
        bool read = accepted_releases(ren) &
                    RELEASE_BIT(c.t->release);
        if (!target_lacks(c.t, undeprecated_releases(ren)))
            ;                   /* fine in the target's release */
        else if (read)
            found(&c, CF_DEPRECATED_KEY, key_at, hint,
                  "'%s' is deprecated%s%s", k,
                  *ren->new_key ? arena_printf(a, ": Flink reads it as '%s'",
                                               ren->new_key) : "",
                  upgrade_text(&c));
        else
            found(&c, CF_DEPRECATED_KEY, key_at, hint,
                  "'%s' was %s in Flink %s: Flink %s does not read it%s", k,
                  strstr(ren->relation, "removed") ? "removed" : "replaced",
                  strncmp(ren->version, "<=", 2) == 0
                  ? arena_printf(a, "%s or earlier", ren->version + 2)
                  : ren->version, release_name(c.t->release),
                  upgrade_text(&c));
        /* an alias of the new option takes its values; a replaced option
         * had values of its own */
        row = NULL;
        if (nren == 1 && *ren->new_key &&
            strstr(ren->relation, "deprecated-key"))
            row = facts_config(ren->new_key, strlen(ren->new_key));
        if (row && value)
            check_value(&c, k, row, value, value_len, value_at);
        return;
    }
    if (row) {
        release_set has = option_releases(row);
        if (target_lacks(c.t, has)) {
            int next = release_next_in(has, c.t->release);
            if (next >= 0)
                found(&c, CF_VERSION, key_at, arena_printf(a, "Flink %s "
                      "ignores it; if the job runs on Flink %s or later, "
                      "check it with --flink-version=%s",
                      release_name(c.t->release), release_name(next),
                      release_name(next)), "Flink %s has no configuration "
                      "key '%s': it arrived in Flink %s%s",
                      release_name(c.t->release), k, release_name(next),
                      upgrade_text(&c));
            else
                found(&c, CF_DEPRECATED_KEY, key_at, "it has no effect there",
                      "'%s' was removed in Flink %s%s", k, row->removed,
                      upgrade_text(&c));
        }
        check_value(&c, k, row, value, value_len, value_at);
        return;
    }
    /* a connector's session option (Hive's table.exec.hive.*) */
    if (facts_set_option(key, key_len))
        return;
    const char *near = facts_config_nearest(k);
    if (near)
        found(&c, CF_UNKNOWN_KEY, key_at,
              arena_printf(a, "did you mean '%s'?", near),
              "unknown configuration key '%s': Flink ignores it", k);
    else if (flink_config_namespace(key, key_len))
        found(&c, CF_UNKNOWN_KEY, key_at,
              "Flink ignores keys it does not know; check the name against "
              "Flink's configuration reference",
              "'%s' is no Flink configuration key", k);
}

const char *flink_config_new_key(const char *key, size_t len)
{
    size_t nren = 0;
    const struct rename_fact *ren = facts_rename(key, len, &nren);
    const struct config_fact *row = facts_config(key, len);
    if (!ren || nren != 1 || !*ren->new_key ||
        !strstr(ren->relation, "deprecated-key") ||
        (row && strlen(row->key) == len && memcmp(row->key, key, len) == 0))
        return NULL;
    return ren->new_key;
}
