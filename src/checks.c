/* checks.c -- the rule registry: every rule, its code, name, default
 * severity and entry point. The rules themselves are src/checks/<name>.c. */
#include "sqlcheck/check.h"
#include "sqlcheck/suppress.h"

#include "sqlcheck/arena.h"
#include "sqlcheck/parse.h"
#include "sqlcheck/util.h"

#include <stdarg.h>
#include <string.h>
#include <strings.h>

static const struct rule syntax_error = {
    .code = SYNTAX_CODE, .name = SYNTAX_RULE, .severity = SEV_ERROR,
    .summary = "the text is not valid Flink SQL",
    .run = NULL,
};
static const struct rule skipped_dialect = {
    .code = DIALECT_CODE, .name = DIALECT_RULE, .severity = SEV_NOTE,
    .summary = "statements in the Hive dialect are skipped",
    .run = NULL,
};
static const struct rule invalid_directive = {
    .code = "FSQL003", .name = "invalid-directive", .severity = SEV_WARNING,
    .summary = "a sqlcheck comment directive names an unknown rule",
    .run = NULL,
};
static const struct rule findings_limit = {
    .code = "FSQL004", .name = "findings-limit", .severity = SEV_NOTE,
    .summary = "more findings in a file than are shown",
    .run = NULL,
};
static const struct rule rejected_statement = {
    .code = REJECTED_CODE, .name = REJECTED_RULE, .severity = SEV_ERROR,
    .summary = "a statement Flink rejects when it validates it",
    .run = NULL,
};
static const struct rule non_temporary_ddl = {
    .code = "FSQL101", .name = "non-temporary-ddl", .severity = SEV_ERROR,
    .summary = "DDL that changes the catalog in a script that runs a job",
    .run = check_non_temporary_ddl,
};
static const struct rule multiple_inserts = {
    .code = "FSQL102", .name = "multiple-inserts", .severity = SEV_ERROR,
    .summary = "more than one INSERT, query or statement set in one script",
    .run = check_multiple_inserts,
};
static const struct rule statement_set = {
    .code = "FSQL103", .name = "statement-set", .severity = SEV_ERROR,
    .summary = "a malformed BEGIN STATEMENT SET ... END block",
    .run = check_statement_set,
};
static const struct rule statement_order = {
    .code = "FSQL104", .name = "statement-order", .severity = SEV_ERROR,
    .summary = "a statement after the job's INSERT or statement set",
    .run = check_statement_order,
};
static const struct rule undefined_table = {
    .code = "FSQL201", .name = "undefined-table", .severity = SEV_WARNING,
    .summary = "a table or view that is not defined",
    .run = check_undefined_table,
};
static const struct rule undefined_function = {
    .code = "FSQL202", .name = "undefined-function", .severity = SEV_WARNING,
    .summary = "a function that is neither built in nor defined",
    .run = check_undefined_function,
};
static const struct rule duplicate_definition = {
    .code = "FSQL203", .name = "duplicate-definition", .severity = SEV_ERROR,
    .summary = "an object created twice",
    .run = check_duplicate_definition,
};
static const struct rule user_function = {
    .code = "FSQL210", .name = "user-function", .severity = SEV_WARNING,
    .summary = "a bare user: the USER function, not a column",
    .run = check_user_function,
};

static const struct rule *const rules[] = {
    &syntax_error, &skipped_dialect, &invalid_directive, &findings_limit,
    &non_temporary_ddl, &multiple_inserts,
    &statement_set, &statement_order, &rejected_statement, &undefined_table,
    &undefined_function, &duplicate_definition, &user_function,
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

static const struct { const char *code, *text; } docs[] = {
#include "rule_docs.inc"
};

const char *rule_doc(const struct rule *r)
{
    for (size_t i = 0; i < sizeof docs / sizeof *docs; i++)
        if (strcmp(docs[i].code, r->code) == 0)
            return docs[i].text;
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
    struct diag probe = { .code = c->rule->code, .span = sp };
    if (c->sup && suppressed(c->sup, &probe))
        return NULL;
    if (c->reported >= MAX_FINDINGS) {
        c->diags->dropped++;
        return NULL;
    }
    c->reported++;
    va_list ap;
    va_start(ap, fmt);
    struct diag *d = diag_vadd(c->diags, c->rule->code, c->rule->name,
                               c->rule->severity, sp, fmt, ap);
    va_end(ap);
    return d;
}
