/* suppress.h -- comment directives that silence rules:
 *   -- sqlcheck: disable=FSQL201,undefined-function -- optional reason
 * on its own line: the next statement (a whole BEGIN STATEMENT SET ... END
 * block counts as one); at the end of a line: that line;
 *   -- sqlcheck: disable-file=RULES
 * anywhere: the whole file. Block comments work the same way. */
#ifndef SQLCHECK_SUPPRESS_H
#define SQLCHECK_SUPPRESS_H

#include "sqlcheck/ast.h"
#include "sqlcheck/check.h"
#include "sqlcheck/diag.h"
#include "sqlcheck/source.h"
#include "sqlcheck/stmt.h"

#include <stdbool.h>

struct directive {
    struct directive *next;
    struct span applies;        /* byte range it covers */
    bool rules[MAX_RULES];      /* by index in rule_table() */
};

struct suppressions {
    struct directive *list;
    size_t count;               /* in list */
    const struct directive **sorted;    /* by applies.start */
    uint32_t *reach;            /* the furthest applies.end up to each */
    struct span line;           /* the last line a directive at a line's
                                 * end applied to */
    bool file_off[MAX_RULES];
};

/* Find the directives of src; unknown rule names are reported (FSQL003). */
void suppressions_scan(struct suppressions *sup, struct arena *a,
                       struct source *src, const struct stmt_list *stmts,
                       struct diag_list *diags);

/* Is d silenced by a directive? */
bool suppressed(const struct suppressions *sup, const struct diag *d);

#endif
