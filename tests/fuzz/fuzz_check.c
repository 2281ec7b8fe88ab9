/* fuzz_check.c -- libFuzzer target over the whole pipeline: lexer, parser,
 * name resolution, every rule, suppression directives and every output
 * format (chosen by the first byte). Built and run by `make fuzz`. */
#include "sqlcheck/output.h"
#include "sqlcheck/session.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const struct output_format *const formats[] = {
        &output_tty, &output_gcc, &output_json, &output_sarif, &output_github,
    };
    if (size == 0 || size > (1u << 20))
        return 0;
    const struct output_format *fmt = formats[data[0] % 5];
    char *text = malloc(size);
    if (!text)
        return 0;
    memcpy(text, data + 1, size - 1);
    text[size - 1] = '\0';

    struct output out;
    memset(&out, 0, sizeof out);
    out.out = fopen("/dev/null", "w");
    out.fmt = fmt;
    out.color = (data[0] & 0x80) != 0;
    struct session s;
    session_init(&s, &out);
    s.use_config = false;
    out.fmt->begin(&out);
    session_check_text(&s, "fuzz.sql", "fuzz.sql", text, size - 1);
    out.fmt->end(&out);
    session_free(&s);
    fclose(out.out);
    free(text);
    return 0;
}
