/* target.c -- what a script is checked for (target.h). */
#include "sqlcheck/target.h"

#include "sqlcheck/util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *const release_names[FLINK__COUNT + 1] = {
    "1.15", "1.16", "1.17", "1.18", "1.19", "1.20",
    "2.0", "2.1", "2.2", "2.3", "2.4", NULL,
};

void target_default(struct target *t)
{
    t->runner = RUNNER_VVP;
    t->release = FLINK_NEWEST_RELEASE;
    t->from = -1;
}

bool target_parse_runner(struct target *t, const char *s, char *err,
                         size_t errlen)
{
    static const char *const runners[] = { "vvp", "sql-client", NULL };
    for (int i = 0; runners[i]; i++)
        if (strcmp(s, runners[i]) == 0) {
            t->runner = (enum runner)i;
            return true;
        }
    const char *near = nearest_word(s, runners);
    snprintf(err, errlen, "unknown target '%s'%s%s%s (choose vvp or "
             "sql-client)", s, near ? "; did you mean '" : "",
             near ? near : "", near ? "'?" : "");
    return false;
}

const char *release_name(int r)
{
    return r >= 0 && r < FLINK__COUNT ? release_names[r] : "?";
}

/* A release "X.Y" or "X.Y.Z" of s[0..n): its index, -1 when it is no
 * release of Flink this knows, -2 when it is no version number at all. */
static int release_parse(const char *s, size_t n)
{
    size_t dots = 0, mm = n;
    for (size_t i = 0; i < n; i++) {
        if (s[i] == '.') {
            if (i == 0 || i + 1 == n || s[i + 1] == '.')
                return -2;
            if (++dots == 2)
                mm = i;         /* the patch number is ignored */
        } else if (s[i] < '0' || s[i] > '9') {
            return -2;
        }
    }
    if (dots < 1 || dots > 2)
        return -2;
    for (int r = 0; r < FLINK_NEXT; r++)
        if (strlen(release_names[r]) == mm &&
            strncmp(release_names[r], s, mm) == 0)
            return r;
    return -1;
}

static bool one_release(const char *s, size_t n, int *r, char *err,
                        size_t errlen)
{
    char buf[32];
    if (n >= sizeof buf)
        n = sizeof buf - 1;
    memcpy(buf, s, n);
    buf[n] = '\0';
    *r = release_parse(buf, n);
    if (*r >= 0)
        return true;
    if (strcmp(buf, release_names[FLINK_NEXT]) == 0 ||
        strncmp(buf, "2.4.", 4) == 0) {
        snprintf(err, errlen, "Flink %s is not released yet: the newest "
                 "release sqlcheck knows is %s", buf,
                 release_names[FLINK_NEWEST_RELEASE]);
        return false;
    }
    const char *releases[FLINK_NEXT + 1];
    for (int i = 0; i < FLINK_NEXT; i++)
        releases[i] = release_names[i];
    releases[FLINK_NEXT] = NULL;
    const char *near = nearest_word(buf, releases);
    if (*r == -1)
        snprintf(err, errlen, "Flink %s is not a release sqlcheck knows%s%s%s "
                 "(choose %s to %s)", buf, near ? "; did you mean '" : "",
                 near ? near : "", near ? "'?" : "", release_names[0],
                 release_names[FLINK_NEWEST_RELEASE]);
    else
        snprintf(err, errlen, "'%s' is no Flink version: write X.Y, such "
                 "as %s", buf, release_names[FLINK_NEWEST_RELEASE]);
    return false;
}

bool target_parse_version(struct target *t, const char *s, char *err,
                          size_t errlen)
{
    const char *range = strstr(s, "..");
    int a = -1, b;
    if (range) {
        if (!one_release(s, (size_t)(range - s), &a, err, errlen) ||
            !one_release(range + 2, strlen(range + 2), &b, err, errlen))
            return false;
        if (b <= a) {
            snprintf(err, errlen, "--flink-version=%s: an upgrade goes from "
                     "an older release to a newer one", s);
            return false;
        }
    } else if (!one_release(s, strlen(s), &b, err, errlen)) {
        return false;
    }
    t->release = b;
    t->from = a;
    return true;
}

int release_of_label(const char *label)
{
    if (strncmp(label, "<=", 2) == 0)
        label += 2;
    if (strcmp(label, "master") == 0)
        return FLINK_NEXT;
    for (int r = 0; r < FLINK__COUNT; r++)
        if (strcmp(label, release_names[r]) == 0)
            return r;
    return -1;
}

release_set releases_of_list(const char *list)
{
    release_set s = 0;
    while (*list) {
        size_t n = strcspn(list, ",");
        char label[16];
        if (n < sizeof label) {
            memcpy(label, list, n);
            label[n] = '\0';
            int r = release_of_label(label);
            if (r >= 0)
                s |= RELEASE_BIT(r);
        }
        list += n + (list[n] == ',');
    }
    return s;
}

bool release_label_older(const char *label)
{
    char *end;
    long major = strtol(label, &end, 10);
    if (end == label || *end != '.')
        return false;
    const char *minor_at = end + 1;
    long minor = strtol(minor_at, &end, 10);
    return end != minor_at && (major < 1 || (major == 1 && minor < 15));
}

release_set releases_from(int first)
{
    if (first < 0)
        return RELEASES_ALL;
    return RELEASES_ALL & ~(RELEASE_BIT(first) - 1);
}

release_set releases_before(int removed)
{
    if (removed < 0)
        return RELEASES_ALL;
    return RELEASE_BIT(removed) - 1;
}

bool target_lacks(const struct target *t, release_set ok)
{
    if (ok & RELEASE_BIT(t->release))
        return false;
    return t->from < 0 || (ok & RELEASE_BIT(t->from));
}

int release_next_in(release_set ok, int r)
{
    for (int i = r + 1; i < FLINK__COUNT; i++)
        if (ok & RELEASE_BIT(i))
            return i;
    return -1;
}

const char *target_runner_name(const struct target *t)
{
    return t && t->runner == RUNNER_SQL_CLIENT ? "Flink" : "the service";
}
