/* bench.c -- time one stage of sqlcheck on a file, in process:
 *   read   fread the whole file (the physical ceiling)
 *   lex    read + the re2c scanner over every token
 *   parse  read + lexer + grammar + tree
 *   check  read + parse + name resolution + every rule + JSON to /dev/null
 * Prints the median MB/s of N runs.  Usage: sqlcheck-bench STAGE FILE [N]
 */
#include "parse_ctx.h"
#include "parser.h"

#include "sqlcheck/arena.h"
#include "sqlcheck/output.h"
#include "sqlcheck/parse.h"
#include "sqlcheck/session.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static char *read_file(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *buf = malloc((size_t)n + 1);
    if (!buf || fread(buf, 1, (size_t)n, f) != (size_t)n) {
        fclose(f);
        free(buf);
        return NULL;
    }
    fclose(f);
    buf[n] = '\0';
    *len = (size_t)n;
    return buf;
}

static size_t lex_all(const char *text, size_t len)
{
    struct arena a;
    arena_init(&a);
    struct source src;
    source_init(&src, &a, "bench.sql", text, (uint32_t)len);
    struct diag_list dl;
    diag_list_init(&dl, &a, &src);
    struct parse_ctx ctx;
    memset(&ctx, 0, sizeof ctx);
    ctx.arena = &a;
    ctx.src = &src;
    ctx.diags = &dl;
    ctx.base = (const unsigned char *)text;
    ctx.cur = ctx.base + src.start;
    ctx.lim = ctx.base + len;
    ctx.at_stmt_start = true;
    size_t tokens = 0;
    struct span sp;
    int t;
    while ((t = lex_scan(&ctx, &sp)) != TK_YYEOF) {
        ctx.at_stmt_start = t == ';';
        tokens++;
    }
    diag_list_free(&dl);
    arena_free(&a);
    return tokens;
}

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return x < y ? -1 : x > y;
}

int main(int argc, char **argv)
{
    if (argc < 3) {
        fprintf(stderr, "usage: sqlcheck-bench read|lex|parse|check FILE [N]\n");
        return 2;
    }
    const char *stage = argv[1], *path = argv[2];
    int runs = argc > 3 ? atoi(argv[3]) : 5;
    if (runs < 1 || runs > 100)
        runs = 5;
    double *mbs = calloc((size_t)runs, sizeof *mbs);
    size_t len = 0;
    for (int i = 0; i < runs; i++) {
        double t0 = now();
        char *text = read_file(path, &len);
        if (!text) {
            fprintf(stderr, "sqlcheck-bench: cannot read %s\n", path);
            return 2;
        }
        if (strcmp(stage, "lex") == 0) {
            lex_all(text, len);
        } else if (strcmp(stage, "parse") == 0) {
            struct arena a;
            arena_init(&a);
            struct source src;
            source_init(&src, &a, path, text, (uint32_t)len);
            struct diag_list dl;
            diag_list_init(&dl, &a, &src);
            sql_parse(&a, &src, &dl);
            diag_list_free(&dl);
            arena_free(&a);
        } else if (strcmp(stage, "check") == 0) {
            struct output out;
            memset(&out, 0, sizeof out);
            out.out = fopen("/dev/null", "w");
            out.fmt = &output_json;
            struct session s;
            session_init(&s, &out);
            s.use_config = false;
            out.fmt->begin(&out);
            session_check_text(&s, path, path, text, len);
            out.fmt->end(&out);
            session_free(&s);
            fclose(out.out);
        } else if (strcmp(stage, "read") != 0) {
            fprintf(stderr, "sqlcheck-bench: unknown stage %s\n", stage);
            return 2;
        }
        free(text);
        mbs[i] = (double)len / 1e6 / (now() - t0);
    }
    qsort(mbs, (size_t)runs, sizeof *mbs, cmp_double);
    printf("%.1f\n", mbs[runs / 2]);
    free(mbs);
    return 0;
}
