/* target.h -- what a script is checked for: what runs it (--target) and
 * which Flink release (--flink-version), or which upgrade
 * (--flink-version=A..B).
 *
 * The one place that knows Flink's releases. A version fact (a reserved
 * word, a built-in function, a statement, a configuration key) is a set of
 * the releases where it holds: the word may be a bare name, the function
 * exists, the key is read without deprecation. target_lacks() says whether
 * the target misses it; the rule that reports it (FSQL005, FSQL402) says
 * which release has it. Releases before the oldest fact of a table are
 * not judged by it (a rule fires only where its facts reach).
 */
#ifndef SQLCHECK_TARGET_H
#define SQLCHECK_TARGET_H

#include <stdbool.h>
#include <stddef.h>

/* What runs the script. */
enum runner {
    RUNNER_VVP,         /* a managed service's SQL deployment: one job per
                         * script (Ververica Platform, Alibaba Cloud) */
    RUNNER_SQL_CLIENT   /* Flink's SQL client or gateway: statement by
                         * statement */
};

/* Flink's releases, oldest first. FLINK_NEXT is Flink's master branch
 * (2.4, unreleased): facts first seen there hold in no release to target. */
enum flink_release {
    FLINK_1_15, FLINK_1_16, FLINK_1_17, FLINK_1_18, FLINK_1_19, FLINK_1_20,
    FLINK_2_0, FLINK_2_1, FLINK_2_2, FLINK_2_3, FLINK_NEXT,
    FLINK__COUNT
};
#define FLINK_NEWEST_RELEASE FLINK_2_3

/* The releases where a fact holds, a bit each. */
typedef unsigned release_set;
#define RELEASES_ALL ((1u << FLINK__COUNT) - 1)
#define RELEASE_BIT(r) (1u << (r))

struct target {
    enum runner runner;
    int release;        /* the release checked for */
    int from;           /* an upgrade check's release upgraded from; -1:
                         * no upgrade check */
};

/* vvp, the newest release, no upgrade. */
void target_default(struct target *t);

/* "vvp" or "sql-client" into t->runner; false with a message (and a
 * suggestion) in err otherwise. */
bool target_parse_runner(struct target *t, const char *s, char *err,
                         size_t errlen);

/* "2.0", "1.20.1" (the patch is ignored) or "1.20..2.1" into t; false
 * with a message in err for anything else, a release outside the
 * supported ones, or an upgrade that goes back. */
bool target_parse_version(struct target *t, const char *s, char *err,
                          size_t errlen);

/* "1.18" for FLINK_1_18; "2.4" for FLINK_NEXT. */
const char *release_name(int r);

/* A release as the data tables write it: "1.18", "<=1.15" (that release
 * or one before: the first one judged), "master" (FLINK_NEXT); -1 for
 * anything else. */
int release_of_label(const char *label);

/* A comma-separated list of labels ("1.17,1.18,master") as a set; labels
 * that name no release are left out. */
release_set releases_of_list(const char *list);

/* Is label a release number older than the oldest supported one
 * ("1.13")? */
bool release_label_older(const char *label);

/* The releases from first on, and those before removed (-1: none). */
release_set releases_from(int first);
release_set releases_before(int removed);

/* Does the target miss a fact that holds in ok: not in its release, and,
 * in an upgrade check, in the release upgraded from? */
bool target_lacks(const struct target *t, release_set ok);

/* The first release after r in ok, or -1. */
int release_next_in(release_set ok, int r);

/* "the service" or "the SQL client": who answers a rejected statement. */
const char *target_runner_name(const struct target *t);

#endif
