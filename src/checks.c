/* checks.c -- the rule registry: every rule, its code, name, default
 * severity and entry point. The rules themselves are src/checks/<name>.c. */
#include "sqlcheck/check.h"

#include "sqlcheck/arena.h"
#include "sqlcheck/parse.h"
#include "sqlcheck/util.h"

#include <stdarg.h>
#include <strings.h>

static const struct rule syntax_error = {
    SYNTAX_CODE, SYNTAX_RULE, SEV_ERROR,
    "the text is not valid Flink SQL", NULL,
};
static const struct rule skipped_dialect = {
    DIALECT_CODE, DIALECT_RULE, SEV_NOTE,
    "statements in the Hive dialect are skipped", NULL,
};
static const struct rule invalid_directive = {
    "FSQL003", "invalid-directive", SEV_WARNING,
    "a sqlcheck comment directive names an unknown rule", NULL,
};
static const struct rule non_temporary_ddl = {
    "FSQL101", "non-temporary-ddl", SEV_ERROR,
    "DDL that changes the catalog in a script that runs a job",
    check_non_temporary_ddl,
};
static const struct rule multiple_inserts = {
    "FSQL102", "multiple-inserts", SEV_ERROR,
    "more than one INSERT, query or statement set in one script",
    check_multiple_inserts,
};
static const struct rule statement_set = {
    "FSQL103", "statement-set", SEV_ERROR,
    "a malformed BEGIN STATEMENT SET ... END block",
    check_statement_set,
};
static const struct rule statement_order = {
    "FSQL104", "statement-order", SEV_ERROR,
    "a statement after the job's INSERT or statement set",
    check_statement_order,
};
static const struct rule undefined_table = {
    "FSQL201", "undefined-table", SEV_WARNING,
    "a table or view that is not defined",
    check_undefined_table,
};
static const struct rule undefined_function = {
    "FSQL202", "undefined-function", SEV_WARNING,
    "a function that is neither built in nor defined",
    check_undefined_function,
};
static const struct rule duplicate_definition = {
    "FSQL203", "duplicate-definition", SEV_ERROR,
    "an object created twice",
    check_duplicate_definition,
};

static const struct rule *const rules[] = {
    &syntax_error, &skipped_dialect, &invalid_directive, &non_temporary_ddl, &multiple_inserts,
    &statement_set, &statement_order, &undefined_table, &undefined_function,
    &duplicate_definition,
};

const struct rule *const *rule_table(size_t *n)
{
    *n = sizeof rules / sizeof *rules;
    return rules;
}

const struct rule *rule_find(const char *code_or_name, size_t *index)
{
    for (size_t i = 0; i < sizeof rules / sizeof *rules; i++)
        if (strcasecmp(rules[i]->code, code_or_name) == 0 ||
            strcasecmp(rules[i]->name, code_or_name) == 0) {
            if (index)
                *index = i;
            return rules[i];
        }
    return NULL;
}

const char *rule_suggest(const char *word)
{
    enum { N = sizeof rules / sizeof *rules };
    const char *words[2 * N + 1];
    for (size_t i = 0; i < N; i++) {
        words[2 * i] = rules[i]->code;
        words[2 * i + 1] = rules[i]->name;
    }
    words[2 * N] = NULL;
    return nearest_word(word, words);
}

struct diag *check_report(struct check_ctx *c, struct span sp,
                          const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char *msg = arena_vprintf(c->arena, fmt, ap);
    va_end(ap);
    return diag_add(c->diags, c->rule->code, c->rule->name,
                    c->rule->severity, sp, "%s", msg);
}
