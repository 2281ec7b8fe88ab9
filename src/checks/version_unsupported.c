/* version_unsupported.c -- FSQL005: what the target Flink release
 * (--flink-version) does not have: a keyword it reserves used as a bare
 * name, a statement, clause or type that came later (or left), a built-in
 * function it lacks. With --flink-version=A..B only what works in A and
 * not in B is reported: what an upgrade breaks.
 *
 * The facts are data (src/versions.def, builtins.def, the configuration
 * tables; target.h); this file only finds the places (configuration keys:
 * flink_config.c). Names and statements are read from each
 * statement's tree; functions at the end of the file, where the script's
 * own CREATE FUNCTION statements are known (a function of that name
 * defined by the script is no finding).
 */
#include "sqlcheck/check.h"

#include "sqlcheck/builtins.h"
#include "sqlcheck/keywords.h"
#include "sqlcheck/versions.h"

#include <ctype.h>
#include <string.h>
#include <strings.h>

/* Report that the target's release has no `what`, which holds in ok: when
 * it came or went, and, in an upgrade check, which upgrade breaks it. */
static void report_missing(struct check_ctx *c, struct span at,
                           release_set ok, const char *what)
{
    const struct target *t = c->target;
    const char *when, *hint;
    int next = release_next_in(ok, t->release);
    if (next >= 0 && next < FLINK_NEXT) {
        when = arena_printf(c->arena, "it arrived in Flink %s",
                            release_name(next));
        hint = arena_printf(c->arena, "if the job runs on Flink %s or later, "
                            "check it with --flink-version=%s",
                            release_name(next), release_name(next));
    } else if (next == FLINK_NEXT) {
        when = "only Flink's master branch (2.4) has it";
        hint = "no Flink release has it yet";
    } else {
        int last = -1;  /* gone: after the last release that has it */
        for (int r = 0; r < t->release; r++)
            if (ok & RELEASE_BIT(r))
                last = r;
        const char *gone = release_name(release_next_in(~ok & RELEASES_ALL,
                                                        last));
        when = arena_printf(c->arena, "it was removed in Flink %s", gone);
        hint = arena_printf(c->arena, "remove it: Flink %s and later do "
                            "not have it", gone);
    }
    struct diag *d;
    if (t->from >= 0)
        d = check_report(c, at, "Flink %s has no %s: %s, so upgrading from "
                         "Flink %s breaks it", release_name(t->release),
                         what, when, release_name(t->from));
    else
        d = check_report(c, at, "Flink %s has no %s: %s",
                         release_name(t->release), what, when);
    diag_set_hint(c->diags, d, "%s", hint);
}

static void report_feature(struct check_ctx *c, struct span at,
                           enum feature f)
{
    struct feature_fact ff = feature_fact(f);
    if (target_lacks(c->target, ff.releases))
        report_missing(c, at, ff.releases, ff.what);
}

/* A keyword the target reserves, written bare as a name. */
static void check_name(struct check_ctx *c, const struct node *id)
{
    if (!id->text || (id->flags & F_QUOTED))
        return;
    size_t n = strlen(id->text);
    release_set ok = name_releases(id->text, n);
    if (!target_lacks(c->target, ok))
        return;
    struct diag *d;
    if (c->target->from >= 0)
        d = check_report(c, id->span, "`%s` is a reserved word in Flink %s: "
                         "a bare name in Flink %s, it breaks on the upgrade",
                         id->text, release_name(c->target->release),
                         release_name(c->target->from));
    else
        d = check_report(c, id->span, "`%s` is a reserved word in Flink %s: "
                         "it cannot be a bare name there", id->text,
                         release_name(c->target->release));
    diag_set_hint(c->diags, d, "quote it: `%s`", id->text);
    diag_set_fix(c->diags, d, true, id->span,
                 arena_printf(c->arena, "`%.*s`",
                              (int)(id->span.end - id->span.start),
                              c->src->text + id->span.start),
                 "quote `%s`", id->text);
}

static bool named(const struct node *path, const char *word)
{
    const struct node *id = path && path->kind == N_PATH
                            ? path->kid[PATH_PARTS] : path;
    return id && id->kind == N_IDENT && !id->next && id->text &&
           strcasecmp(id->text, word) == 0 && !(id->flags & F_QUOTED);
}

/* "TABLE" (after LATERAL) at the start of a FROM item's text. */
static bool wrapped_in_table(const char *t, struct span sp)
{
    const char *p = t + sp.start, *end = t + sp.end;
    if (end - p >= 7 && strncasecmp(p, "LATERAL", 7) == 0)
        for (p += 7; p < end && strchr(" \t\r\n", *p); p++)
            ;
    return end - p >= 5 && strncasecmp(p, "TABLE", 5) == 0 &&
           (end - p == 5 || !((p[5] >= 'A' && p[5] <= 'Z') ||
                              (p[5] >= 'a' && p[5] <= 'z') ||
                              (p[5] >= '0' && p[5] <= '9') || p[5] == '_'));
}

/* The feature an ALTER, DROP, DESCRIBE or SHOW CREATE of an object kind
 * needs (a catalog's DROP is old); false when the kind is old. */
static bool object_feature(const struct node *s, enum feature *f)
{
    switch (s->sub) {
    case OBJ_MODEL:
        *f = FEATURE_MODEL;
        return true;
    case OBJ_CONNECTION:
        *f = FEATURE_CONNECTION;
        return true;
    case OBJ_MATERIALIZED_TABLE:
        *f = FEATURE_MATERIALIZED_TABLE;
        return true;
    case OBJ_CATALOG:
        *f = FEATURE_CATALOG_DDL;
        return s->kind != N_STMT_DROP;
    default:
        return false;
    }
}

static void check_alter(struct check_ctx *c, const struct node *s)
{
    const struct node *act = s->kid[STMT_ALTER_ACTION];
    const char *what = act && act->kind == N_ALTER_ACTION ? act->text : NULL;
    enum feature f;
    if (object_feature(s, &f))
        report_feature(c, s->span, f);
    if (s->sub != OBJ_TABLE || !what)
        return;
    if (strcmp(what, "COMPACT") == 0)
        report_feature(c, act->span, FEATURE_COMPACT);
    else if (strstr(what, "DISTRIBUTION"))
        report_feature(c, act->span, FEATURE_DISTRIBUTION);
    else if (strstr(what, "PARTITION"))
        report_feature(c, act->span, FEATURE_ALTER_PARTITION);
    else if (strcmp(what, "ADD") == 0 || strcmp(what, "MODIFY") == 0 ||
             strncmp(what, "DROP", 4) == 0 ||
             strcmp(what, "RENAME COLUMN") == 0)
        report_feature(c, act->span, FEATURE_ALTER_SCHEMA);
}

static void check_create_table(struct check_ctx *c, const struct node *s)
{
    if (s->sub == OBJ_MATERIALIZED_TABLE) {
        report_feature(c, s->span, (s->flags & F_OR_ALTER)
                                   ? FEATURE_CREATE_OR_ALTER
                                   : FEATURE_MATERIALIZED_TABLE);
        return;
    }
    if (s->kind == N_STMT_REPLACE_TABLE || (s->flags & F_OR_REPLACE)) {
        report_feature(c, s->span, FEATURE_RTAS);
    } else if (s->flags & F_AS_QUERY) {
        report_feature(c, s->span, FEATURE_CTAS);
    }
    const struct node *elems = s->kid[STMT_CREATE_TABLE_ELEMENTS];
    if ((s->kind == N_STMT_REPLACE_TABLE || (s->flags & F_AS_QUERY)) &&
        elems && elems->kid[LIST_FIRST])
        report_feature(c, elems->span, FEATURE_CTAS_SCHEMA);
}

/* Does the text of sp hold word (upper case) as a whole word, any case? */
static bool has_word(const char *t, struct span sp, const char *word)
{
    size_t n = strlen(word);
    for (uint32_t i = sp.start; i + n <= sp.end; i++) {
        bool starts = i == sp.start || !(isalnum((unsigned char)t[i - 1]) ||
                                         t[i - 1] == '_');
        if (starts && strncasecmp(t + i, word, n) == 0 &&
            (i + n == sp.end || !(isalnum((unsigned char)t[i + n]) ||
                                  t[i + n] == '_')))
            return true;
    }
    return false;
}

/* The words of a SHOW statement after SHOW (its tree keeps none): the
 * first two, upper-cased, "" where there are none. */
static void show_words(const char *t, struct span sp, char w1[24],
                       char w2[24])
{
    const char *p = t + sp.start + 4, *end = t + sp.end;
    char *w[2] = { w1, w2 };
    for (int k = 0; k < 2; k++) {
        size_t n = 0;
        while (p < end && strchr(" \t\r\n", *p))
            p++;
        while (p < end && n < 23 && ((*p >= 'a' && *p <= 'z') ||
                                     (*p >= 'A' && *p <= 'Z') || *p == '_'))
            w[k][n++] = (char)(*p >= 'a' && *p <= 'z' ? *p - 32 : *p), p++;
        w[k][n] = '\0';
    }
}

static void check_show(struct check_ctx *c, const struct node *s)
{
    char words[2][24] = { "", "" };
    show_words(c->src->text, s->span, words[0], words[1]);
    bool filtered = s->kid[STMT_SHOW_FROM] || s->kid[STMT_SHOW_PATTERN];
    const char *what = strcmp(words[0], "USER") == 0 ? words[1] : words[0];
    if (strcmp(what, "MODELS") == 0)
        report_feature(c, s->span, FEATURE_MODEL);
    else if (strcmp(what, "CONNECTIONS") == 0)
        report_feature(c, s->span, FEATURE_CONNECTION);
    else if (strcmp(what, "MATERIALIZED") == 0)
        report_feature(c, s->span, FEATURE_SHOW_MATERIALIZED_TABLES);
    else if (strcmp(what, "PROCEDURES") == 0)
        report_feature(c, s->span, FEATURE_CALL);
    else if (strcmp(what, "PARTITIONS") == 0)
        report_feature(c, s->span, FEATURE_ALTER_PARTITION);
    else if (strcmp(what, "JOBS") == 0)
        report_feature(c, s->span, FEATURE_JOBS);
    else if (!filtered)
        return;
    else if (strcmp(what, "FUNCTIONS") == 0)
        report_feature(c, s->span, FEATURE_SHOW_FUNCTIONS_FILTER);
    else if (strcmp(what, "DATABASES") == 0)
        report_feature(c, s->span, FEATURE_SHOW_DATABASES_FILTER);
    else if (strcmp(what, "CATALOGS") == 0)
        report_feature(c, s->span, FEATURE_SHOW_CATALOGS_FILTER);
    else if (strcmp(what, "VIEWS") == 0)
        report_feature(c, s->span, FEATURE_SHOW_VIEWS_FILTER);
}

/* Statement-wide features, by the statement's kind. */
static void check_statement(struct check_ctx *c, const struct node *s)
{
    switch (s->kind) {
    case N_STMT_CREATE_TABLE: case N_STMT_REPLACE_TABLE:
        check_create_table(c, s);
        break;
    case N_STMT_ALTER:
        check_alter(c, s);
        break;
    case N_STMT_DROP: case N_STMT_DESCRIBE: case N_STMT_SHOW_CREATE: {
        enum feature f;
        if (s->sub == OBJ_MATERIALIZED_TABLE && s->kind == N_STMT_SHOW_CREATE)
            report_feature(c, s->span, FEATURE_SHOW_MATERIALIZED_TABLES);
        else if (object_feature(s, &f))
            report_feature(c, s->span, f);
        else if (s->sub == OBJ_FUNCTION && s->kind == N_STMT_DESCRIBE)
            report_feature(c, s->span, FEATURE_DESCRIBE_FUNCTION);
        break;
    }
    case N_STMT_CREATE_MODEL:
        report_feature(c, s->span, FEATURE_MODEL);
        break;
    case N_STMT_CREATE_CONNECTION:
        report_feature(c, s->span, FEATURE_CONNECTION);
        break;
    case N_STMT_CREATE_CATALOG:
        if ((s->flags & F_IF_NOT_EXISTS) || s->kid[STMT_CREATE_CATALOG_COMMENT])
            report_feature(c, s->span, FEATURE_CATALOG_DDL);
        break;
    case N_STMT_CREATE_FUNCTION: {
        const struct node *u = s->kid[STMT_CREATE_FUNCTION_USING];
        if (u)
            report_feature(c, u->span,
                           strncasecmp(c->src->text + u->span.start,
                                       "ARTIFACT", 8) == 0
                           ? FEATURE_USING_ARTIFACT : FEATURE_USING_JAR);
        if (s->kid[STMT_CREATE_FUNCTION_PROPS])
            report_feature(c, s->kid[STMT_CREATE_FUNCTION_PROPS]->span,
                           FEATURE_FUNCTION_WITH);
        break;
    }
    case N_STMT_ANALYZE:
        report_feature(c, s->span, FEATURE_ANALYZE);
        break;
    case N_STMT_DELETE:
        report_feature(c, s->span, FEATURE_DELETE);
        break;
    case N_STMT_UPDATE:
        report_feature(c, s->span, FEATURE_UPDATE);
        break;
    case N_STMT_TRUNCATE:
        report_feature(c, s->span, FEATURE_TRUNCATE);
        break;
    case N_STMT_CALL:
        report_feature(c, s->span, FEATURE_CALL);
        break;
    case N_STMT_JOB:
        report_feature(c, s->span, s->sub == 1 ? FEATURE_DESCRIBE_JOB
                                               : FEATURE_JOBS);
        break;
    case N_STMT_SHOW:
        check_show(c, s);
        break;
    case N_STMT_EXPLAIN: {
        const struct node *d = s->kid[STMT_EXPLAIN_DETAILS];
        for (const struct node *e = d ? d->kid[LIST_FIRST] : NULL; e;
             e = e->next)
            if (named(e, "PLAN_ADVICE"))
                report_feature(c, e->span, FEATURE_EXPLAIN_PLAN_ADVICE);
        const struct node *what = s->kid[STMT_EXPLAIN_STATEMENT];
        if (!what)
            break;
        struct span before = { s->span.start, what->span.start };
        if (has_word(c->src->text, before, "EXECUTE"))
            report_feature(c, what->span, FEATURE_EXPLAIN_EXECUTE);
        else if (what->kind == N_STMT_REPLACE_TABLE ||
                 (what->kind == N_STMT_CREATE_TABLE &&
                  (what->flags & F_AS_QUERY)))
            report_feature(c, what->span, FEATURE_EXPLAIN_CTAS);
        check_statement(c, what);
        break;
    }
    case N_STMT_INSERT:
        if (s->kid[STMT_INSERT_CONFLICT])
            report_feature(c, s->kid[STMT_INSERT_CONFLICT]->span,
                           FEATURE_ON_CONFLICT);
        break;
    default:
        break;
    }
}

/* One node: its findings, and whether its children are to be visited
 * (all but those of skip, a slot). */
static bool visit(struct check_ctx *c, const struct node *n, int *skip)
{
    *skip = -1;
    switch (n->kind) {
    case N_IDENT:
        check_name(c, n);
        break;
    case N_CALL:
        *skip = CALL_NAME;      /* a function's name is no name */
        /* TIMESTAMPADD(WEEKS, ...): a time unit, read as a word; the
         * other arguments go unchecked (a finding missed, none made up) */
        if (named(n->kid[CALL_NAME], "TIMESTAMPADD") ||
            named(n->kid[CALL_NAME], "TIMESTAMPDIFF"))
            *skip = CALL_ARGS;
        break;
    case N_TIME_UNIT:           /* INTERVAL '2' WEEKS: units, not names */
        return false;
    case N_TYPE:
        *skip = TYPE_NAME;
        if (named(n->kid[TYPE_NAME], "STRUCTURED"))
            report_feature(c, n->span, FEATURE_STRUCTURED_TYPE);
        else if (named(n->kid[TYPE_NAME], "VARIANT"))
            report_feature(c, n->span, FEATURE_VARIANT_TYPE);
        else if (named(n->kid[TYPE_NAME], "BITMAP"))
            report_feature(c, n->span, FEATURE_BITMAP_TYPE);
        break;
    case N_TABLE_FUNC: {
        const struct node *call = n->kid[TABLE_FUNC_CALL];
        if (call && call->kind == N_CALL &&
            named(call->kid[CALL_NAME], "SESSION"))
            report_feature(c, call->span, FEATURE_SESSION_TVF);
        if (!wrapped_in_table(c->src->text, n->span))
            report_feature(c, n->span, FEATURE_BARE_TVF);
        break;
    }
    case N_SELECT:
        if (n->kid[SELECT_QUALIFY])
            report_feature(c, n->kid[SELECT_QUALIFY]->span,
                           FEATURE_QUALIFY);
        break;
    case N_DISTRIBUTION:
        report_feature(c, n->span, FEATURE_DISTRIBUTION);
        break;
    case N_MT_OPTION:           /* REFRESH_MODE = CONTINUOUS: keywords */
        return false;
    case N_ALTER_ACTION:
        /* SET REFRESH_MODE = CONTINUOUS; DROP DISTRIBUTION, which drops a
         * column of that name before 1.20 */
        if (n->text && (strcmp(n->text, "SET REFRESH_MODE") == 0 ||
                        (strcmp(n->text, "DROP") == 0 &&
                         named(n->kid[ALTER_ACTION_A], "DISTRIBUTION"))))
            return false;
        break;
    case N_LITERAL:
        if (n->sub == LIT_STRING && n->span.end > n->span.start + 1 &&
            (c->src->text[n->span.start] == 'E' ||
             c->src->text[n->span.start] == 'e'))
            report_feature(c, n->span, FEATURE_E_STRING);
        return false;
    case N_HINT:                /* read by Flink's hint parser */
    case N_STMT_SET: case N_STMT_RESET:         /* keys, not names */
    case N_STMT_HIVE: case N_STMT_ERROR: case N_STMT_SHOW:
    case N_ERROR:
        return false;
    default:
        break;
    }
    return true;
}

void check_version_unsupported(struct check_ctx *c, const struct node *stmt)
{
    report_config(c, stmt, CF_VERSION);     /* SET of a later key */
    check_statement(c, stmt);
    /* The tree is walked where it may hold something the target lacks:
     * a word some releases reserve (the lexer marks the statement; QUALIFY,
     * DISTRIBUTED, VARIANT and STRUCTURED are such words too), or, for
     * an older target, the features no such word gives away. At the
     * newest release, most statements are not walked. */
    if (!(stmt->flags & F_VERSION_WORDS) &&
        !target_lacks(c->target, feature_fact(FEATURE_BITMAP_TYPE).releases) &&
        !target_lacks(c->target, feature_fact(FEATURE_SESSION_TVF).releases) &&
        !target_lacks(c->target, feature_fact(FEATURE_BARE_TVF).releases) &&
        !target_lacks(c->target, feature_fact(FEATURE_E_STRING).releases))
        return;
    /* every node, depth first; the order of findings does not matter
     * (they are sorted), so no walker: a stack of nodes, grown in the
     * scratch arena when a tree is deep */
    enum { ON_STACK = 256 };
    const struct node *own[ON_STACK], **stack = own;
    size_t depth = 0, cap = ON_STACK;
    stack[depth++] = stmt;
    while (depth) {
        const struct node *n = stack[--depth];
        int skip;
        if (!visit(c, n, &skip))
            continue;
        bool chain = n->kind == N_LIST || n->kind == N_PATH;
        const struct node *e = chain ? n->kid[0] : NULL;
        _Static_assert(LIST_FIRST == 0 && PATH_PARTS == 0,
                       "a chain's first element is in slot 0");
        for (;;) {
            if (depth + AST_KIDS >= cap) {
                const struct node **bigger =
                    arena_alloc(c->scratch, 2 * cap * sizeof *bigger);
                memcpy(bigger, stack, depth * sizeof *stack);
                stack = bigger;
                cap *= 2;
            }
            if (!chain) {
                for (int i = ast_kid_count(n->kind); i-- > 0;)
                    if (n->kid[i] && i != skip)
                        stack[depth++] = n->kid[i];
                break;
            }
            if (!e)
                break;
            stack[depth++] = e;
            e = e->next;
        }
    }
}

/* Built-in functions: a call the resolution could not find whose name is
 * a built-in of another release. */
void check_version_unsupported_functions(struct check_ctx *c)
{
    for (const struct name_ref *r = c->res->refs; r; r = r->next) {
        if (r->kind != REF_FUNCTION || r->status != REF_UNDEFINED)
            continue;
        release_set ok = builtin_releases(r->text);
        if (!ok || !target_lacks(c->target, ok))
            continue;
        report_missing(c, r->name->span, ok,
                       arena_printf(c->arena, "built-in function %s",
                                    r->text));
    }
}
