/* versions.c -- the release sets of versions.def and builtins.def. */
#include "sqlcheck/versions.h"

#include "sqlcheck/builtins.h"
#include "sqlcheck/keywords.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

struct feature_row {
    const char *since, *removed, *what;
};

static const struct feature_row features[] = {
#define FEATURE(id, since, removed, what) { since, removed, what },
#define RESERVED(word, releases)
#include "versions.def"
#undef FEATURE
#undef RESERVED
};

struct reserved_row {
    const char *word, *releases;
};

static const struct reserved_row reserved[] = {
#define FEATURE(id, since, removed, what)
#define RESERVED(word, releases) { word, releases },
#include "versions.def"
#undef FEATURE
#undef RESERVED
};

/* The features' release sets, made once (tree rules ask per statement). */
static release_set feature_sets[FEATURE__COUNT];
static pthread_once_t feature_sets_once = PTHREAD_ONCE_INIT;

static void make_feature_sets(void)
{
    for (int f = 0; f < FEATURE__COUNT; f++) {
        const struct feature_row *row = &features[f];
        release_set s = RELEASES_ALL;
        if (*row->since)
            s &= releases_from(release_of_label(row->since));
        if (*row->removed)
            s &= releases_before(release_of_label(row->removed));
        feature_sets[f] = s;
    }
}

struct feature_fact feature_fact(enum feature f)
{
    pthread_once(&feature_sets_once, make_feature_sets);
    struct feature_fact ff = { features[f].what, feature_sets[f] };
    return ff;
}

release_set name_releases(const char *word, size_t n)
{
    if (kw_category(word, n) != KW_VERSION_RESERVED)
        return RELEASES_ALL;
    for (size_t i = 0; i < sizeof reserved / sizeof *reserved; i++) {
        if (strlen(reserved[i].word) != n ||
            strncasecmp(reserved[i].word, word, n) != 0)
            continue;
        /* what 2.3 reserves, Flink's master branch does too */
        release_set r = releases_of_list(reserved[i].releases);
        if (r & RELEASE_BIT(FLINK_2_3))
            r |= RELEASE_BIT(FLINK_NEXT);
        return RELEASES_ALL & ~r;
    }
    return RELEASES_ALL;
}

release_set builtin_releases(const char *name)
{
    const char *since = builtin_since(name);
    if (!since)
        return 0;
    return releases_from(release_of_label(since));
}
