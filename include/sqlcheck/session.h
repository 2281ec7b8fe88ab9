/* session.h -- one run: options, configuration files, catalog files, and
 * checking one file after another. */
#ifndef SQLCHECK_SESSION_H
#define SQLCHECK_SESSION_H

#include "sqlcheck/arena.h"
#include "sqlcheck/check.h"
#include "sqlcheck/config.h"
#include "sqlcheck/diag.h"
#include "sqlcheck/output.h"
#include "sqlcheck/resolve.h"
#include "sqlcheck/strmap.h"

#include <stdbool.h>
#include <stddef.h>

struct session {
    struct output *out;
    bool dump_ast;              /* print the tree of each file */
    int threads;                /* per file; 0: by size and cores */
    int cores;                  /* it may run on (split_cpus()) */
    struct rule_states rules;   /* --enable / --disable */
    int fail_level;             /* --fail-level; -1: not given */
    struct target target;       /* --target, --flink-version */
    bool has_runner;            /* --target given */
    bool has_release;           /* --flink-version given */
    const char *default_catalog;    /* --default-catalog; NULL: not given */
    const char *default_database;   /* --default-database */
    bool use_config;            /* look for .sqlcheckrc files */
    bool failed;                /* a finding at or above the fail level */
    bool trouble;               /* could not do its job: exit 2 */
    bool stopped;               /* an invalid .sqlcheckrc: check no more */
    struct arena arena;         /* catalogs and configs: the whole run */
    struct catalog_state base;  /* from --catalog files */
    struct source_table sources;        /* catalog files' texts */
    struct strmap configs;      /* directory -> struct loaded_config */
    struct strmap catalog_files;        /* real paths of catalog files */
    const char *flink_config;   /* --flink-config; NULL: not given */
    enum fix_mode { FIX_NONE, FIX_WRITE, FIX_DIFF } fix_mode;  /* --fix, --diff */
    bool unsafe_fixes;          /* --unsafe-fixes */
    bool fix_stdout;            /* --fix of standard input: the fixed text
                                 * goes to the output */
    size_t fixes_applied, files_fixed;
    struct strmap flink_configs;        /* path -> struct checked_yaml */
    struct strmap watched;      /* path -> how it looked when read */
    const char **catalog_paths; /* --catalog files, to read them again */
    size_t ncatalog_paths, catalog_paths_cap;
};

void session_init(struct session *s, struct output *out);
void session_free(struct session *s);

/* Read a catalog file (SQL DDL describing existing objects) into st, or
 * into the session's base when st is NULL; false if unreadable. Its syntax
 * errors are reported like any file's. */
bool session_add_catalog(struct session *s, const char *path);

/* Whether a file the session read (a .sqlcheckrc, a catalog, connector
 * options, a Flink configuration) changed, appeared or went away since;
 * session_reload() then forgets them all and reads the --catalog files
 * again (a long-running check: the language server). Catalog paths must
 * live as long as the session. */
bool session_stale(const struct session *s);
void session_reload(struct session *s);

/* Where names without a catalog or database point: the command line's
 * choice, else the configuration's, else the target's (vvp and default
 * on a managed service, default_catalog and default_database in Flink's
 * SQL client). cfg may be NULL. */
void session_defaults(const struct session *s, const struct config *cfg,
                      const char **catalog, const char **database);

/* What a file is checked for: the command line's target and release,
 * else the configuration's, else vvp and the newest release. */
struct target session_target(const struct session *s,
                             const struct config *cfg);

/* Check text[0..len) (NUL-terminated at len), reported as path; settings
 * come from the .sqlcheckrc nearest to config_path (a file's path). When
 * that .sqlcheckrc is invalid, nothing is checked and s->stopped is set.
 * With --fix the fixes are applied (fix.h), path rewritten, and what is
 * left reported; with --diff the change is printed instead of findings. */
void session_check_text(struct session *s, const char *path,
                        const char *config_path, const char *text,
                        size_t len);

/* Check text like session_check_text() but hand the findings to fn, while
 * they exist, instead of reporting them: src is the checked text, dl its
 * findings (disabled and suppressed ones dropped, not sorted), failed
 * whether one is at the fail level. */
typedef void (*findings_fn)(void *user, const struct source *src,
                            struct diag_list *dl, bool failed);
void session_check_with(struct session *s, const char *path,
                        const char *config_path, const char *text, size_t len,
                        findings_fn fn, void *user);

/* The text every fix (safe ones, and unsafe ones too when unsafe) makes
 * of text, checked again until nothing more applies: malloc'd, or NULL
 * when no fix applies or the configuration is invalid. *applied: fixes
 * taken; *failed: findings at the fail level are left. */
char *session_fix_text(struct session *s, const char *path,
                       const char *config_path, const char *text, size_t len,
                       bool unsafe, size_t *fixed_len, size_t *applied,
                       bool *failed);

#endif
