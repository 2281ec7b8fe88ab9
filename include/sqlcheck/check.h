/* check.h -- the rules: one file each under src/checks/, one registry
 * (src/checks.c). A rule reads the statements (kind, flags, span, name:
 * struct stmt) and the resolution facts, and reports through
 * check_report(); it never prints. */
#ifndef SQLCHECK_CHECK_H
#define SQLCHECK_CHECK_H

#include "sqlcheck/ast.h"
#include "sqlcheck/diag.h"
#include "sqlcheck/resolve.h"
#include "sqlcheck/source.h"
#include "sqlcheck/stmt.h"

#include <stdbool.h>

struct rule;
struct suppressions;

enum { MAX_RULES = 32 };     /* rules in the registry, at most */

/* What a rule sees while it runs on one file. */
struct check_ctx {
    struct arena *arena;
    struct source *src;
    struct diag_list *diags;
    const struct stmt_list *stmts;  /* the file's statements, in order */
    struct resolution *res;         /* names and definitions, in order */
    const struct rule *rule;        /* the rule running */
    bool is_catalog_file;           /* a --catalog file: DDL only */
    const struct suppressions *sup; /* comment directives of the file */
    size_t reported;                /* findings the rule has kept */
};

struct rule {
    const char *code;               /* "FSQL101" */
    const char *name;               /* "non-temporary-ddl" */
    enum severity severity;         /* default */
    const char *summary;            /* one line, for --list-rules */
    void (*run)(struct check_ctx *c);
};

/* All rules, in code order; *n gets the count. Those reported elsewhere
 * are included with run == NULL: FSQL001, FSQL002 and FSQL105 by the parser
 * (parse.c, validate.c), FSQL003 by the directive scanner (suppress.c),
 * FSQL004 by the session (session.c). */
const struct rule *const *rule_table(size_t *n);

/* The rule with this code or name (case-insensitive), or NULL; *index
 * gets its position in rule_table() when index is not NULL. */
const struct rule *rule_find(const char *code_or_name, size_t *index);

/* The rule's documentation page (docs/rules/<code>-<name>.md, built into
 * the binary), or NULL. */
const char *rule_doc(const struct rule *r);

/* The rule code or name nearest to word, for "did you mean". */
const char *rule_suggest(const char *word);

/* Report a finding of the running rule at sp. Rules report in text order:
 * after MAX_FINDINGS kept findings the rest are only counted, and findings
 * silenced by a directive are not kept; NULL then (hints and notes may be
 * given to NULL). */
struct diag *check_report(struct check_ctx *c, struct span sp,
                          const char *fmt, ...) PRINTF_LIKE(3, 4);

/* Rule entry points (src/checks/<name>.c). */
void check_non_temporary_ddl(struct check_ctx *c);
void check_multiple_inserts(struct check_ctx *c);
void check_statement_set(struct check_ctx *c);
void check_statement_order(struct check_ctx *c);
void check_undefined_table(struct check_ctx *c);
void check_undefined_function(struct check_ctx *c);
void check_duplicate_definition(struct check_ctx *c);
void check_user_function(struct check_ctx *c);

#endif
