/* rules.h -- the rule registry: every rule's identity (rules.def) and how
 * to find one. What rules see and how they report: check.h. */
#ifndef SQLCHECK_RULES_H
#define SQLCHECK_RULES_H

#include "sqlcheck/diag.h"

#include <stddef.h>

enum rule_id {
#define RULE(id, code, name, severity, tier, summary) RULE_##id,
#include "sqlcheck/rules.def"
#undef RULE
    RULE__COUNT
};

#define MAX_RULES 32            /* rules in the registry, at most */
_Static_assert(RULE__COUNT <= MAX_RULES, "MAX_RULES is too small");

/* When a rule runs (see rules.def). */
/* When a rule runs (rules.def); a rule may run in two tiers (flags). */
enum rule_tier {
    TIER_ELSEWHERE = 0, TIER_TREE = 1, TIER_ORDERED = 2, TIER_FILE = 4
};

struct check_ctx;
struct node;
struct bound_stmt;

struct rule {
    enum rule_id id;                /* its index in rule_table() */
    const char *code;               /* "FSQL101" */
    const char *name;               /* "non-temporary-ddl" */
    enum severity severity;         /* default */
    const char *summary;            /* one line, for --list-rules */
    enum rule_tier tier;
    /* the entry point of its tier */
    void (*on_tree)(struct check_ctx *c, const struct node *stmt);
    void (*in_order)(struct check_ctx *c, const struct bound_stmt *b);
    void (*on_file)(struct check_ctx *c);
};

/* All rules, in code order (index == id); *n gets the count. */
const struct rule *rule_table(size_t *n);

/* The rule with this id. */
const struct rule *rule_of(enum rule_id id);

/* The rule with this code or name (case-insensitive), or NULL; *index
 * gets its position in rule_table() when index is not NULL. */
const struct rule *rule_find(const char *code_or_name, size_t *index);

/* The rule's documentation page (docs/rules/<code>-<name>.md, built into
 * the binary), or NULL. */
const char *rule_doc(const struct rule *r);

/* The rule code or name nearest to word, for "did you mean". */
const char *rule_suggest(const char *word);

/* A finding of a rule reported elsewhere (see rules.def), at sp. */
struct diag *rule_diag(struct diag_list *dl, enum rule_id id, struct span sp,
                       const char *fmt, ...) PRINTF_LIKE(4, 5);
struct diag *rule_vdiag(struct diag_list *dl, enum rule_id id,
                        struct span sp, const char *fmt, va_list ap)
    PRINTF_LIKE(4, 0);

#endif
