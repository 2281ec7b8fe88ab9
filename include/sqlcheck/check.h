/* check.h -- what the rules see and how they report. Each rule is one
 * file under src/checks/, listed once in rules.def with its tier: a tree
 * rule sees a statement's tree, a file rule the file's statements
 * (struct stmt: kind, flags, span, name) and the resolution's facts. A rule
 * reports through check_report(); it never prints. */
#ifndef SQLCHECK_CHECK_H
#define SQLCHECK_CHECK_H

#include "sqlcheck/ast.h"
#include "sqlcheck/bind.h"
#include "sqlcheck/diag.h"
#include "sqlcheck/flink_config.h"
#include "sqlcheck/resolve.h"
#include "sqlcheck/rules.h"
#include "sqlcheck/source.h"
#include "sqlcheck/stmt.h"
#include "sqlcheck/table_options.h"
#include "sqlcheck/target.h"

#include <stdarg.h>
#include <stdbool.h>

struct suppressions;

/* What a rule sees while it runs on one file. */
struct check_ctx {
    struct arena *arena;
    struct source *src;
    struct diag_list *diags;
    const struct stmt_list *stmts;  /* the file's statements, in order
                                     * (file tier) */
    struct resolution *res;         /* names and definitions, in order
                                     * (file tier) */
    const struct rule *rule;        /* the rule running */
    bool is_catalog_file;           /* a --catalog file: DDL only */
    const struct suppressions *sup; /* comment directives of the file (file
                                     * tier; the others' findings are
                                     * filtered after) */
    size_t reported;                /* findings the rule has kept */
    const struct option_facts *facts;   /* connector options, configuration
                                         * keys (options.h) */
    struct arena *scratch;          /* the tree tier's: emptied before each
                                     * statement */
    const struct target *target;    /* what the file is checked for */
    /* the table-option findings of one statement, made once for the
     * rules that report them (report_table_options()) */
    const void *options_stmt;       /* the statement (tree or bound) */
    int options_family;             /* which analysis: 1 table, 2 config,
                                     * 3 hints */
    struct option_found *options_found;
    size_t options_nfound;
};

/* The tree tier on one thread (see rules.def): the rules not disabled
 * run on each statement's tree as it is parsed; their findings go to dl,
 * at most MAX_FINDINGS a rule (the rest are counted in dl->dropped). The
 * same for the ordered tier, on the thread that resolves, with
 * order_checks_run() (a bound_fn of resolve.h: user is the struct
 * tree_checks). */
struct tree_checks {
    struct check_ctx ctx;
    struct arena scratch;
    const bool *disabled;           /* by rule id; NULL: none */
    size_t reported[RULE__COUNT];
};
void tree_checks_init(struct tree_checks *t, struct arena *a,
                      struct source *src, struct diag_list *dl,
                      const bool *disabled);
void tree_checks_run(struct tree_checks *t, const struct node *stmt);
void tree_checks_free(struct tree_checks *t);
void order_checks_run(void *checks, const struct bound_stmt *b);

/* Report a finding of the running rule at sp. Rules report in text order:
 * after MAX_FINDINGS kept findings the rest are only counted, and findings
 * silenced by a directive are not kept; NULL then (hints and notes may be
 * given to NULL). */
struct diag *check_report(struct check_ctx *c, struct span sp,
                          const char *fmt, ...) PRINTF_LIKE(3, 4);
struct diag *check_vreport(struct check_ctx *c, struct span sp,
                           const char *fmt, va_list ap) PRINTF_LIKE(3, 0);

/* Give d an unsafe fix ("did you mean"): the name written at `at` becomes
 * name, in backticks where it needs them (a function's name is called as
 * it is, reserved or not). Nothing when d is NULL. */
void check_fix_rename(struct check_ctx *c, struct diag *d, struct span at,
                      const char *name, bool function);
/* The same for a name as written (a path): only a one-part, unquoted name
 * becomes a one-part name. */
void check_fix_rename_path(struct check_ctx *c, struct diag *d,
                           const struct node *path, const char *name,
                           bool function);

/* For the rules of a table's connector options (FSQL301-304): report the
 * findings of that kind (table_options.h) in stmt's options. */
void report_table_options(struct check_ctx *c, const struct node *stmt,
                          enum option_finding kind);

/* The same where the options need the definitions before the statement
 * (the ordered tier): a query's OPTIONS hints, a CREATE TABLE ... LIKE. */
void report_ordered_options(struct check_ctx *c, const struct bound_stmt *b,
                            enum option_finding kind);

/* For the rules of Flink's configuration (FSQL401-403): report the
 * findings of that kind (flink_config.h) of a SET or RESET statement. */
void report_config(struct check_ctx *c, const struct node *stmt,
                   enum config_finding kind);

/* Rule entry points (src/checks/<name>.c). */
void check_rejected_statement(struct check_ctx *c, const struct node *stmt);
void check_version_unsupported(struct check_ctx *c, const struct node *stmt);
void check_version_unsupported_functions(struct check_ctx *c);
void check_unknown_column(struct check_ctx *c, const struct bound_stmt *b);
void check_ambiguous_column(struct check_ctx *c, const struct bound_stmt *b);
void check_insert_column_mismatch(struct check_ctx *c,
                                  const struct bound_stmt *b);
void check_not_grouped(struct check_ctx *c, const struct bound_stmt *b);
void check_unknown_connector(struct check_ctx *c, const struct node *stmt);
void check_missing_option(struct check_ctx *c, const struct node *stmt);
void check_unsupported_option(struct check_ctx *c, const struct node *stmt);
void check_unknown_connector_in_order(struct check_ctx *c,
                                      const struct bound_stmt *b);
void check_missing_option_in_order(struct check_ctx *c,
                                   const struct bound_stmt *b);
void check_unsupported_option_in_order(struct check_ctx *c,
                                       const struct bound_stmt *b);
void check_invalid_option_value_in_order(struct check_ctx *c,
                                         const struct bound_stmt *b);
void check_connector_direction(struct check_ctx *c,
                               const struct bound_stmt *b);
void check_invalid_option_value(struct check_ctx *c,
                                const struct node *stmt);
void check_unknown_config_key(struct check_ctx *c, const struct node *stmt);
void check_deprecated_config_key(struct check_ctx *c,
                                 const struct node *stmt);
void check_invalid_config_value(struct check_ctx *c,
                                const struct node *stmt);
void check_non_temporary_ddl(struct check_ctx *c);
void check_multiple_inserts(struct check_ctx *c);
void check_statement_set(struct check_ctx *c);
void check_statement_order(struct check_ctx *c);
void check_undefined_table(struct check_ctx *c);
void check_undefined_function(struct check_ctx *c);
void check_duplicate_definition(struct check_ctx *c);
void check_user_function(struct check_ctx *c);

#endif
