/* session.c -- the pipeline for one file: parse, (passes), report.
 * Each file gets its own arena, freed before the next file starts. */
#include "sqlcheck/session.h"

#include "sqlcheck/arena.h"
#include "sqlcheck/ast.h"
#include "sqlcheck/parse.h"
#include "sqlcheck/source.h"

#include <stdio.h>

void session_check_text(struct session *s, const char *path, const char *text,
                        size_t len)
{
    struct arena a;
    arena_init(&a);
    struct source src;
    source_init(&src, &a, path, text, (uint32_t)len);
    struct diag_list dl;
    diag_list_init(&dl, &a, &src);

    struct node *root = sql_parse(&a, &src, &dl);
    diag_sort(&dl);

    if (s->dump_ast) {
        ast_dump(s->out->out, root, 0);
    }
    s->out->fmt->file(s->out, &src, &dl);
    for (size_t i = 0; i < dl.count; i++)
        if (!s->fail_none && dl.items[i].severity >= s->fail_level)
            s->failed = true;

    diag_list_free(&dl);
    arena_free(&a);
}
