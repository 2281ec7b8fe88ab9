/* connector_direction.c -- FSQL305: a table of a source-only connector
 * (datagen, the CDC sources) as an INSERT's target, or one of a sink-only
 * connector (print, blackhole) read by a query. Flink finds no table sink
 * (or source) factory for it when the job is planned. Which way a table
 * goes is its definition's connector's (src/data/connectors.tsv:
 * direction), noted when the definition is digested; tables whose
 * connector cannot be known (views, LIKE copies, catalogs sqlcheck cannot
 * see, custom connectors) are not judged. */
#include "sqlcheck/check.h"

#include <string.h>

/* Report the table op names when its connector goes the other way only
 * (want: the way it is used). */
static void judge(struct check_ctx *c, const struct bound_stmt *b,
                  const struct dg_op *op, const char *want)
{
    const char *way = op ? b->direction_of(b->user, op) : NULL;
    if (!way || strcmp(way, want) == 0)
        return;
    const char *name = b->connector_of(b->user, op);
    bool reads = strcmp(way, "source") == 0;
    struct diag *d = check_report(c, op->span, "connector '%s' only %s: a "
                                  "table of it cannot be %s",
                                  name ? name : "?",
                                  reads ? "reads" : "writes",
                                  reads ? "written to" : "read");
    diag_set_hint(c->diags, d, reads
                  ? "insert into a table whose connector writes (print, "
                    "blackhole, kafka, jdbc, ...)"
                  : "read from a table whose connector reads (datagen, "
                    "kafka, filesystem, ...)");
}

void check_connector_direction(struct check_ctx *c,
                               const struct bound_stmt *b)
{
    if (!b->direction_of)
        return;
    for (size_t i = 0; i < b->ninserts; i++)
        judge(c, b, b->inserts[i].ins->target, "sink");
    for (const struct dg_query *q = b->queries; q; q = q->next)
        for (const struct dg_from *from = q->from; from; from = from->next)
            if (from->kind == DF_TABLE || from->kind == DF_WINDOW)
                judge(c, b, from->table, "source");
}
