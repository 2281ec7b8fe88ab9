/* session.c -- the pipeline for one file: parse, resolve names, run the
 * rules, drop disabled and suppressed findings, report. Each file gets its
 * own arena, freed before the next file starts; catalog files and
 * configuration live in the session's arena for the whole run. */
#include "sqlcheck/session.h"
#include "sqlcheck/fix.h"
#include "sqlcheck/flink_yaml.h"
#include "sqlcheck/options.h"

#include "sqlcheck/ast.h"
#include "sqlcheck/parse.h"
#include "sqlcheck/source.h"
#include "sqlcheck/split.h"
#include "sqlcheck/stmt.h"
#include "sqlcheck/suppress.h"
#include "sqlcheck/util.h"

#include <errno.h>
#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

struct loaded_config {
    struct config cfg;
    bool invalid;                   /* it had errors: the run stops */
    struct catalog_state catalog;   /* session base + the config's files */
    const struct option_facts *facts;   /* built-in + its connector file */
};

/* What a file read by the session looked like: a change means the
 * session's copy is stale (session_stale). */
struct stamp {
    bool exists;
    dev_t dev;
    ino_t ino;
    off_t size;
    struct timespec mtime;
};

static struct stamp stamp_of(const char *path)
{
    struct stamp t;
    memset(&t, 0, sizeof t);
    struct stat st;
    if (stat(path, &st) == 0) {
        t.exists = true;
        t.dev = st.st_dev;
        t.ino = st.st_ino;
        t.size = st.st_size;
        t.mtime = st.st_mtim;
    }
    return t;
}

/* Remember how path looks now (it is read, or looked for); whether it
 * exists. */
static bool watch(struct session *s, const char *path)
{
    struct stamp *t = strmap_get(&s->watched, path);
    if (t)
        return t->exists;
    t = ARENA_NEW(&s->arena, struct stamp);
    *t = stamp_of(path);
    strmap_put(&s->watched, arena_strndup(&s->arena, path, strlen(path)), t);
    return t->exists;
}

/* The caches: what configuration and catalog files said. */
static void caches_init(struct session *s)
{
    arena_init(&s->arena);
    catalog_state_init(&s->base, &s->arena);
    memset(&s->sources, 0, sizeof s->sources);
    s->base.sources = &s->sources;
    strmap_init(&s->configs, &s->arena);
    strmap_init(&s->catalog_files, &s->arena);
    strmap_init(&s->flink_configs, &s->arena);
    strmap_init(&s->watched, &s->arena);
}

static void caches_free(struct session *s)
{
    for (size_t i = 0; i < s->configs.count; i++) {
        struct loaded_config *lc = strmap_at(&s->configs, i)->value;
        if (lc)
            config_free(&lc->cfg);
    }
    arena_free(&s->arena);
}

void session_init(struct session *s, struct output *out)
{
    memset(s, 0, sizeof *s);
    s->out = out;
    s->fail_level = -1;
    s->use_config = true;
    s->cores = split_cpus();
    target_default(&s->target);
    caches_init(s);
}

void session_free(struct session *s)
{
    caches_free(s);
    free(s->catalog_paths);
}

bool session_stale(const struct session *s)
{
    for (size_t i = 0; i < s->watched.count; i++) {
        const struct strmap_slot *e = strmap_at(&s->watched, i);
        const struct stamp *was = e->value;
        struct stamp now = stamp_of(e->key);
        if (now.exists != was->exists || now.dev != was->dev ||
            now.ino != was->ino || now.size != was->size ||
            now.mtime.tv_sec != was->mtime.tv_sec ||
            now.mtime.tv_nsec != was->mtime.tv_nsec)
            return true;
    }
    return false;
}

void session_reload(struct session *s)
{
    caches_free(s);
    caches_init(s);
    size_t n = s->ncatalog_paths;
    s->ncatalog_paths = 0;
    for (size_t i = 0; i < n; i++)
        session_add_catalog(s, s->catalog_paths[i]);
}

/* Whether dl has a finding at or above the fail level. */
static bool fails(const struct diag_list *dl, int fail_level)
{
    for (size_t i = 0; i < dl->count; i++)
        if (fail_level < 3 && (int)dl->items[i].severity >= fail_level)
            return true;
    return false;
}

static void report(struct session *s, struct source *src,
                   struct diag_list *dl, int fail_level)
{
    diag_sort(dl);
    s->out->fmt->file(s->out, src, dl);
    if (fails(dl, fail_level))
        s->failed = true;
}

/* The whole of a catalog file, or NULL with *why set. Named in options or
 * a config, so it must be a regular file (a FIFO would block, /dev/zero
 * never ends) whose offsets fit in 32 bits. */
static char *read_file(const char *path, size_t *len, const char **why)
{
    *why = unreadable_file(path, 0xFFFFFFEFu, "file too large (the limit is "
                           "4 GiB)");
    if (*why)
        return NULL;
    FILE *f = fopen(path, "rb");
    if (!f) {
        *why = strerror(errno);
        return NULL;
    }
    size_t cap = 1 << 14, n = 0;
    char *buf = malloc(cap + 1);
    if (!buf)
        fatal_oom();
    size_t got;
    while ((got = fread(buf + n, 1, cap - n, f)) > 0) {
        n += got;
        if (n == cap) {
            cap *= 2;
            char *nb = realloc(buf, cap + 1);
            if (!nb)
                fatal_oom();
            buf = nb;
        }
    }
    bool bad = ferror(f) != 0 || n >= 0xFFFFFFF0u;
    fclose(f);
    if (bad) {
        *why = n >= 0xFFFFFFF0u ? "file too large (the limit is 4 GiB)"
                                : "read error";
        free(buf);
        return NULL;
    }
    buf[n] = '\0';
    *len = n;
    return buf;
}

/* A Flink configuration file, checked once per run (reported as a file of
 * its own) and what the scripts take from it. */
struct checked_yaml {
    bool ok;
    struct flink_yaml y;
};

static const struct checked_yaml *flink_config_for(struct session *s,
                                                   const char *path,
                                                   const bool *disabled,
                                                   const struct target *target,
                                                   int fail_level)
{
    struct checked_yaml *c = strmap_get(&s->flink_configs, path);
    if (c)
        return c;
    watch(s, path);
    c = ARENA_NEW(&s->arena, struct checked_yaml);
    memset(c, 0, sizeof *c);
    strmap_put(&s->flink_configs, arena_strndup(&s->arena, path,
                                                strlen(path)), c);
    const char *why;
    size_t len;
    char *text = read_file(path, &len, &why);
    if (!text) {
        fprintf(stderr, "sqlcheck: %s: %s\n", path, why);
        s->trouble = true;
        return c;
    }
    struct arena a;
    arena_init(&a);
    struct source src;
    source_init(&src, &a, path, text, (uint32_t)len);
    struct diag_list dl;
    diag_list_init(&dl, &a, &src);
    char err[512];
    c->ok = flink_yaml_check(&a, &src, &dl, disabled, target, &c->y, err,
                             sizeof err);
    if (c->ok) {
        report(s, &src, &dl, fail_level);
    } else {
        fprintf(stderr, "sqlcheck: %s:%s\n", path, err);
        s->trouble = true;
    }
    diag_list_free(&dl);
    arena_free(&a);
    free(text);
    return c;
}

/* A catalog file's statement: resolved, then nothing of it is kept. */
static struct node *resolve_only(void *resolver, struct node *stmt)
{
    resolve_statement(resolver, stmt);
    return NULL;
}

static bool load_catalog(struct session *s, struct catalog_state *st,
                         const char *path)
{
    size_t len;
    const char *why = NULL;
    watch(s, path);
    char *text = read_file(path, &len, &why);
    if (!text) {
        fprintf(stderr, "sqlcheck: catalog %s: %s\n", path, why);
        s->trouble = true;
        return false;
    }
    struct arena *a = &s->arena;
    char real[PATH_MAX];
    if (realpath(path, real))
        strmap_put(&s->catalog_files, arena_strndup(a, real, strlen(real)),
                   &s->catalog_files);
    struct source *src = ARENA_NEW(a, struct source);
    source_init(src, a, arena_strndup(a, path, strlen(path)),
                arena_strndup(a, text, len), (uint32_t)len);
    free(text);
    struct diag_list dl;
    diag_list_init(&dl, a, src);
    /* one statement at a time: a tree is released once it is resolved, so
     * a large catalog costs what it defines, not its syntax trees */
    struct resolver *r = resolve_begin(st, src, NULL);
    resolve_set_source(r, source_table_add(&s->sources, src));
    sql_parse_stream(a, src, &dl, resolve_only, r, NULL);
    resolve_end(r);
    /* a USE in the catalog file does not carry over */
    st->catalog = st->default_catalog;
    st->database = st->default_database;
    report(s, src, &dl, s->fail_level >= 0 ? s->fail_level : SEV_WARNING);
    diag_list_free(&dl);
    return true;
}

bool session_add_catalog(struct session *s, const char *path)
{
    if (s->ncatalog_paths == s->catalog_paths_cap) {
        s->catalog_paths_cap = s->catalog_paths_cap ? 2 * s->catalog_paths_cap
                                                    : 4;
        const char **np = realloc(s->catalog_paths, s->catalog_paths_cap *
                                  sizeof *np);
        if (!np)
            fatal_oom();
        s->catalog_paths = np;
    }
    s->catalog_paths[s->ncatalog_paths++] = path;
    const char *cat, *db;
    session_defaults(s, NULL, &cat, &db);
    catalog_state_set_defaults(&s->base, cat, db);
    return load_catalog(s, &s->base, path);
}

struct target session_target(const struct session *s,
                             const struct config *cfg)
{
    struct target t = s->target;
    if (!s->has_runner && cfg && cfg->has_runner)
        t.runner = cfg->target.runner;
    if (!s->has_release && cfg && cfg->has_release) {
        t.release = cfg->target.release;
        t.from = cfg->target.from;
    }
    return t;
}

void session_defaults(const struct session *s, const struct config *cfg,
                      const char **catalog, const char **database)
{
    bool service = session_target(s, cfg).runner == RUNNER_VVP;
    *catalog = s->default_catalog ? s->default_catalog
               : cfg && cfg->default_catalog ? cfg->default_catalog
               : service ? "vvp" : "default_catalog";
    *database = s->default_database ? s->default_database
                : cfg && cfg->default_database ? cfg->default_database
                : service ? "default" : "default_database";
}

/* The configuration for a file: the nearest .sqlcheckrc above it. */
static struct loaded_config *config_for(struct session *s, const char *file)
{
    if (!s->use_config)
        return NULL;
    char dir[PATH_MAX];
    const char *slash = strrchr(file, '/');
    if (slash)
        snprintf(dir, sizeof dir, "%.*s", (int)(slash - file + 1), file);
    else
        snprintf(dir, sizeof dir, ".");
    char abs[PATH_MAX];
    if (!realpath(dir, abs))
        return NULL;
    for (;;) {
        struct loaded_config *lc = strmap_get(&s->configs, abs);
        if (lc)
            return lc->cfg.path ? lc : NULL;
        char rc[PATH_MAX + 16];
        snprintf(rc, sizeof rc, "%s/.sqlcheckrc", strcmp(abs, "/") ? abs : "");
        char *key = arena_strndup(&s->arena, abs, strlen(abs));
        lc = ARENA_NEW(&s->arena, struct loaded_config);
        if (watch(s, rc)) {
            if (!config_load(&lc->cfg, rc, stderr)) {
                s->trouble = true;
                lc->invalid = true;     /* its catalogs are not read */
            } else {
                catalog_state_init(&lc->catalog, &s->arena);
                catalog_state_layer(&lc->catalog, &s->base);
                const char *cat, *db;
                session_defaults(s, &lc->cfg, &cat, &db);
                catalog_state_set_defaults(&lc->catalog, cat, db);
                for (size_t i = 0; i < lc->cfg.ncatalogs; i++)
                    load_catalog(s, &lc->catalog, lc->cfg.catalogs[i]);
                lc->facts = option_facts_builtin();
                if (lc->cfg.connector_options) {
                    char err[512];
                    watch(s, lc->cfg.connector_options);
                    lc->facts = option_facts_load(&s->arena,
                                                  lc->cfg.connector_options,
                                                  err, sizeof err);
                    if (!lc->facts) {
                        fprintf(stderr, "sqlcheck: %s: %s\n", rc, err);
                        s->trouble = true;
                        lc->invalid = true;
                        lc->facts = option_facts_builtin();
                    }
                }
            }
            strmap_put(&s->configs, key, lc);
            return lc;
        }
        if (strcmp(abs, "/") == 0) {
            strmap_put(&s->configs, key, lc);   /* "none" */
            return NULL;
        }
        char *up = strrchr(abs, '/');
        if (up == abs)
            up[1] = '\0';
        else
            *up = '\0';
    }
}

/* Offset of the first byte that is not part of valid UTF-8, or -1. */
static long invalid_utf8(const unsigned char *t, size_t len)
{
    size_t i = 0;
    while (i < len) {
        unsigned char c = t[i];
        if (c < 0x80) {
            /* ASCII, most of any script: eight bytes at a time */
            uint64_t w;
            while (i + 8 <= len &&
                   (memcpy(&w, t + i, 8), (w & 0x8080808080808080ull) == 0))
                i += 8;
            if (i < len && t[i] < 0x80)
                i++;
            continue;
        }
        size_t n = (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3
                   : (c & 0xF8) == 0xF0 ? 4 : 0;
        if (n == 0 || c == 0xC0 || c == 0xC1 || c > 0xF4 || i + n > len)
            return (long)i;
        for (size_t k = 1; k < n; k++)
            if ((t[i + k] & 0xC0) != 0x80)
                return (long)i;
        i += n;
    }
    return -1;
}

/* Binary data: a NUL byte in the first 8 KiB (as git and grep decide). */
static bool looks_binary(const char *text, size_t len)
{
    return memchr(text, '\0', len < 8192 ? len : 8192) != NULL;
}


/* From this size on, a file is parsed on two threads (when two CPUs are
 * available): below it, starting a thread costs about what it saves. */
enum { THREADS_MIN_BYTES = 256 * 1024 };

struct streaming {
    struct tree_checks *checks;
    struct resolver *resolver;
    struct session *session;
    struct stmt_list *stmts;
    const struct source *src;
};

/* A statement's tree: printed (--dump-ast), checked by the tree tier's
 * rules, resolved, and kept as a struct stmt for the file's rules; the
 * tree itself is released. */
static struct node *on_statement(void *user, struct node *stmt)
{
    struct streaming *sm = user;
    if (sm->session->dump_ast)
        ast_dump(sm->session->out->out, stmt, 0);
    tree_checks_run(sm->checks, stmt);
    resolve_statement(sm->resolver, stmt);
    stmt_list_add(sm->stmts, sm->src, stmt);
    return NULL;
}

/* Where a check's findings go: reported through the session's output, or
 * handed to fn while they exist (a round of --fix, the language server). */
struct sink {
    findings_fn fn;
    void *user;
};

/* Check one text; its findings go to the sink. */
static void check_once(struct session *s, const char *path,
                       const char *config_path, const char *text, size_t len,
                       const struct sink *to)
{
    /* settings: defaults, then the config file, then the command line */
    const struct loaded_config *lc = config_for(s, config_path);
    if (lc && lc->invalid) {
        s->stopped = true;      /* its errors are on stderr: exit 2 */
        return;
    }
    bool disabled[MAX_RULES] = { false };
    for (size_t i = 0; i < MAX_RULES; i++) {
        if (lc && lc->cfg.rules.state[i])
            disabled[i] = lc->cfg.rules.state[i] < 0;
        if (s->rules.state[i])
            disabled[i] = s->rules.state[i] < 0;
    }
    /* one job per script is a managed service's rule: Flink's SQL client
     * runs each INSERT as a job of its own and keeps permanent DDL */
    const struct target target = session_target(s, lc ? &lc->cfg : NULL);
    if (target.runner != RUNNER_VVP)
        disabled[RULE_NON_TEMPORARY_DDL] = disabled[RULE_MULTIPLE_INSERTS] =
            disabled[RULE_STATEMENT_ORDER] = true;
    int fail_level = s->fail_level >= 0 ? s->fail_level
                     : lc && lc->cfg.fail_level >= 0 ? lc->cfg.fail_level
                                                     : SEV_WARNING;
    const struct catalog_state *base = lc ? &lc->catalog : &s->base;
    /* the deployment's Flink configuration: the command line's, else the
     * config file's */
    const char *yaml = s->flink_config ? s->flink_config
                       : lc ? lc->cfg.flink_config : NULL;
    const struct checked_yaml *fc = yaml ? flink_config_for(s, yaml, disabled,
                                                            &target,
                                                            fail_level)
                                         : NULL;
    /* a catalog file checked as a file: on its own, and DDL is its job */
    char real[PATH_MAX];
    bool is_catalog = realpath(config_path, real) &&
                      strmap_get(&s->catalog_files, real) != NULL;

    struct arena a;
    arena_init(&a);
    struct source src;
    source_init(&src, &a, path, text, (uint32_t)len);
    struct diag_list dl;
    diag_list_init(&dl, &a, &src);

    if (looks_binary(text, len)) {
        struct span sp = { 0, 0 };
        struct diag *d = rule_diag(&dl, RULE_SYNTAX_ERROR, sp,
                                   "binary data (a NUL byte), not SQL text: "
                                   "not checked");
        diag_set_hint(&dl, d, "check the file's encoding, or leave it out");
        if (to)
            to->fn(to->user, &src, &dl, fails(&dl, fail_level));
        else
            report(s, &src, &dl, fail_level);
        diag_list_free(&dl);
        arena_free(&a);
        return;
    }
    long bad = invalid_utf8((const unsigned char *)text, len);

    /* Parse one statement at a time: each is resolved while its tree
     * exists, and only a struct stmt of it stays for the rules. */
    struct catalog_state st;
    catalog_state_init(&st, &a);
    if (!is_catalog)
        catalog_state_layer(&st, base);
    const char *default_cat, *default_db;
    session_defaults(s, lc ? &lc->cfg : NULL, &default_cat, &default_db);
    catalog_state_set_defaults(&st, default_cat, default_db);
    struct resolution res;
    memset(&res, 0, sizeof res);
    res.target = &target;
    struct stmt_list stmts;
    stmt_list_init(&stmts, &a);
    struct tree_checks checks;
    tree_checks_init(&checks, &a, &src, &dl, disabled);
    if (lc && lc->facts)
        checks.ctx.facts = lc->facts;
    checks.ctx.target = &target;
    struct streaming sm = { &checks, resolve_begin(&st, &src, &res), s,
                            &stmts, &src };
    resolve_on_bound(sm.resolver, order_checks_run, &checks);
    int threads = s->threads ? s->threads
                  : len >= THREADS_MIN_BYTES && s->cores > 1 ? 2 : 1;
    if (s->dump_ast)
        threads = 1;            /* the trees are printed as they come */
    struct split *halves = threads > 1
                           ? split_start(&src, res.all_refs, disabled,
                                         checks.ctx.facts, &target) : NULL;
    struct parse_opts opts = {
        .stop_at = halves ? split_offset(halves) : 0,
        .rejected = &checks.reported[RULE_REJECTED_STATEMENT],
        .start_hive = fc && fc->ok && fc->y.hive_dialect,
    };
    sql_parse_stream(&a, &src, &dl, on_statement, &sm, &opts);
    if (halves)
        split_finish(halves, &opts, &stmts, sm.resolver, &dl, &a);
    resolve_end(sm.resolver);
    if (bad >= 0) {
        struct span sp = { (uint32_t)bad, (uint32_t)bad + 1 };
        struct diag *d = rule_diag(&dl, RULE_SYNTAX_ERROR, sp,
                                   "invalid UTF-8 (byte 0x%02X); Flink "
                                   "reads scripts as UTF-8",
                                   (unsigned char)text[bad]);
        diag_set_hint(&dl, d, "save the file as UTF-8");
    }

    struct suppressions sup;
    suppressions_scan(&sup, &a, &src, &stmts, &dl);

    size_t n;
    const struct rule *rules = rule_table(&n);
    if (disabled[RULE_SYNTAX_ERROR])
        dl.dropped = 0;         /* syntax errors counted while parsing */
    struct check_ctx c = { .arena = &a, .src = &src, .diags = &dl,
                           .stmts = &stmts, .res = &res,
                           .is_catalog_file = is_catalog, .sup = &sup,
                           .facts = checks.ctx.facts, .scratch = &a,
                           .target = &target };
    for (size_t i = 0; i < n; i++) {
        if (!(rules[i].tier & TIER_FILE) || disabled[i] || sup.file_off[i])
            continue;
        c.rule = &rules[i];
        c.reported = 0;
        rules[i].on_file(&c);
    }

    /* drop disabled and suppressed findings */
    size_t kept = 0;
    for (size_t i = 0; i < dl.count; i++) {
        size_t idx;
        const struct diag *d = &dl.items[i];
        if ((rule_find(d->code, &idx) && disabled[idx]) || suppressed(&sup, d))
            continue;
        dl.items[kept++] = *d;
    }
    dl.count = kept;
    size_t dropped = dl.dropped;
    if (dl.count > MAX_FINDINGS) {
        diag_sort(&dl);
        dropped += dl.count - MAX_FINDINGS;
        dl.count = MAX_FINDINGS;
    }
    if (dropped) {
        struct span end = { (uint32_t)len, (uint32_t)len };
        rule_diag(&dl, RULE_FINDINGS_LIMIT, end,
                  "%zu more findings in this file are not shown (the limit "
                  "is %d per file)", dropped, MAX_FINDINGS);
    }
    if (to) {
        to->fn(to->user, &src, &dl, fails(&dl, fail_level));
    } else {
        report(s, &src, &dl, fail_level);
    }

    tree_checks_free(&checks);
    stmt_list_free(&stmts);
    diag_list_free(&dl);
    arena_free(&a);
}

void session_check_with(struct session *s, const char *path,
                        const char *config_path, const char *text, size_t len,
                        findings_fn fn, void *user)
{
    struct sink to = { fn, user };
    check_once(s, path, config_path, text, len, &to);
}

/* A round of --fix: the text the fixes of one check make, and whether
 * findings at the fail level were left. */
struct fix_round {
    bool unsafe;
    char *text;                 /* malloc'd; NULL: no fix applies */
    size_t len, count;
    bool failed;
};

static void fix_round_take(void *user, const struct source *src,
                           struct diag_list *dl, bool failed)
{
    struct fix_round *fr = user;
    fr->failed = failed;
    fr->text = fix_apply(dl, src->text, src->len, fr->unsafe, &fr->len,
                         &fr->count);
}

char *session_fix_text(struct session *s, const char *path,
                       const char *config_path, const char *text, size_t len,
                       bool unsafe, size_t *fixed_len, size_t *applied,
                       bool *failed)
{
    /* fix, check again, until nothing more applies (a fix may make room
     * for another one, and a file shows at most MAX_FINDINGS findings a
     * round); the limit guards against fixes that undo each other */
    enum { ROUNDS = 100 };
    char *fixed = NULL;
    size_t flen = len;
    *applied = 0;
    *failed = false;
    for (int round = 0; round < ROUNDS; round++) {
        struct fix_round fr = { unsafe, NULL, 0, 0, false };
        session_check_with(s, path, config_path, fixed ? fixed : text, flen,
                           fix_round_take, &fr);
        *failed = fr.failed;
        if (s->stopped || !fr.text)
            break;
        free(fixed);
        fixed = fr.text;
        flen = fr.len;
        *applied += fr.count;
    }
    if (s->stopped) {
        free(fixed);
        return NULL;
    }
    *fixed_len = flen;
    return fixed;
}

void session_check_text(struct session *s, const char *path,
                        const char *config_path, const char *text,
                        size_t len)
{
    if (s->fix_mode == FIX_NONE) {
        check_once(s, path, config_path, text, len, NULL);
        return;
    }
    size_t flen = len, applied;
    bool failed;
    char *fixed = session_fix_text(s, path, config_path, text, len,
                                   s->unsafe_fixes, &flen, &applied, &failed);
    if (s->stopped)
        return;
    if (s->fix_mode == FIX_DIFF) {      /* the diff alone, nothing written */
        if (fixed) {
            fix_diff(s->out->out, path, text, len, fixed, flen);
            s->failed = true;
        }
        free(fixed);
        return;
    }
    if (s->fix_stdout) {                /* standard input: the text out */
        fwrite(fixed ? fixed : text, 1, fixed ? flen : len, s->out->out);
        s->failed |= failed;
        s->fixes_applied += applied;
        free(fixed);
        return;
    }
    if (fixed && !fix_write(path, fixed, flen)) {
        fprintf(stderr, "sqlcheck: %s: the fixes were not written: %s\n",
                path, strerror(errno));
        s->trouble = true;
        free(fixed);
        fixed = NULL;
    } else if (fixed) {
        s->fixes_applied += applied;
        s->files_fixed++;
    }
    /* what is left, reported against the text as it now is */
    check_once(s, path, config_path, fixed ? fixed : text,
               fixed ? flen : len, NULL);
    free(fixed);
}
