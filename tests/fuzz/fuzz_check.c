/* fuzz_check.c -- libFuzzer target over the whole pipeline: lexer, parser,
 * name resolution, every rule, suppression directives and every output
 * format (chosen by the first byte), on one thread and on two, whose
 * reports must be the same. Built and run by `make fuzz`. */
#include "sqlcheck/output.h"
#include "sqlcheck/session.h"

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* The report on text with the given thread count, in a malloc'd string. */
static char *check(const struct output_format *fmt, bool color, int threads,
                   const char *text, size_t len, size_t *out_len)
{
    char *buf = NULL;
    struct output out;
    memset(&out, 0, sizeof out);
    out.out = open_memstream(&buf, out_len);
    if (!out.out)
        abort();
    out.fmt = fmt;
    out.color = color;
    struct session s;
    session_init(&s, &out);
    s.use_config = false;
    s.threads = threads;
    out.fmt->begin(&out);
    session_check_text(&s, "fuzz.sql", "fuzz.sql", text, len);
    out.fmt->end(&out);
    session_free(&s);
    fclose(out.out);
    return buf;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const struct output_format *const formats[] = {
        &output_tty, &output_gcc, &output_json, &output_sarif, &output_github,
    };
    if (size == 0 || size > (1u << 20))
        return 0;
    const struct output_format *fmt = formats[data[0] % 5];
    bool color = (data[0] & 0x80) != 0;
    char *text = malloc(size);
    if (!text)
        return 0;
    memcpy(text, data + 1, size - 1);
    text[size - 1] = '\0';

    /* One thread and two (the file split in halves) must agree. */
    size_t n1, n2;
    char *one = check(fmt, color, 1, text, size - 1, &n1);
    char *two = check(fmt, color, 2, text, size - 1, &n2);
    if (n1 != n2 || memcmp(one, two, n1) != 0) {
        fprintf(stderr, "one thread:\n%.*s\ntwo threads:\n%.*s\n", (int)n1,
                one, (int)n2, two);
        abort();
    }
    free(one);
    free(two);
    free(text);
    return 0;
}
