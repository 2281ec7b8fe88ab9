/* connector_direction.c -- FSQL305: a table of a source-only connector
 * (datagen, the CDC sources) as an INSERT's target, or one of a sink-only
 * connector (print, blackhole) read by a query. Flink finds no table sink
 * (or source) factory for it when the job is planned. The connector is
 * read from the table's definition (src/data/connectors.tsv: direction);
 * tables whose connector cannot be known (views, LIKE bases, catalogs
 * sqlcheck cannot see, custom connectors) are not judged. */
#include "sqlcheck/check.h"

#include "sqlcheck/options.h"

#include <string.h>

/* The connector of the table op names, when it is known. */
static const struct connector_fact *connector_of(struct check_ctx *c,
                                                 const struct bound_stmt *b,
                                                 const struct dg_op *op)
{
    const char *name = op ? b->connector_of(b->user, op) : NULL;
    return name ? facts_connector(c->facts, name) : NULL;
}

void check_connector_direction(struct check_ctx *c,
                               const struct bound_stmt *b)
{
    if (!b->connector_of)
        return;
    for (size_t i = 0; i < b->ninserts; i++) {
        const struct dg_op *target = b->inserts[i].ins->target;
        const struct connector_fact *f = connector_of(c, b, target);
        if (f && strcmp(f->direction, "source") == 0) {
            struct diag *d = check_report(c, target->span, "connector '%s' "
                                          "only reads: a table of it cannot "
                                          "be written to", f->name);
            diag_set_hint(c->diags, d, "insert into a table whose connector "
                          "writes (print, blackhole, kafka, jdbc, ...)");
        }
    }
    for (const struct dg_query *q = b->queries; q; q = q->next)
        for (const struct dg_from *from = q->from; from; from = from->next) {
            if (from->kind != DF_TABLE && from->kind != DF_WINDOW)
                continue;
            const struct connector_fact *f = connector_of(c, b, from->table);
            if (f && strcmp(f->direction, "sink") == 0) {
                struct diag *d = check_report(c, from->table->span,
                                              "connector '%s' only writes: "
                                              "a table of it cannot be read",
                                              f->name);
                diag_set_hint(c->diags, d, "read from a table whose "
                              "connector reads (datagen, kafka, filesystem, "
                              "...)");
            }
        }
}
