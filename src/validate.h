/* validate.h -- Flink's checks on a statement that parsed (validate.c).
 * Private to the parser's driver. */
#ifndef SQLCHECK_VALIDATE_H
#define SQLCHECK_VALIDATE_H

#include "parse_ctx.h"

/* Report (FSQL105, via statement_error()) the first thing in complete
 * statement s that Flink's parser rejects after building it. */
void validate_statement(struct parse_ctx *ctx, const struct node *s);

#endif
