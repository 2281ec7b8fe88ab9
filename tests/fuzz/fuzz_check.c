/* fuzz_check.c -- libFuzzer target over the whole pipeline: lexer, parser,
 * name resolution, every rule, suppression directives and every output
 * format (chosen by the first byte), on one thread and on two, whose
 * reports must be the same; json and sarif reports must be JSON in valid
 * UTF-8. Built and run by `make fuzz`. */
#include "sqlcheck/output.h"
#include "sqlcheck/session.h"
#include "sqlcheck/util.h"

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/*---- a strict JSON reader (RFC 8259, strings in valid UTF-8) -------------*/

struct json { const unsigned char *p, *end; int depth; };

static void json_ws(struct json *j)
{
    while (j->p < j->end && (*j->p == ' ' || *j->p == '\n' || *j->p == '\t' ||
                             *j->p == '\r'))
        j->p++;
}

static bool json_lit(struct json *j, const char *w)
{
    size_t n = strlen(w);
    if ((size_t)(j->end - j->p) < n || memcmp(j->p, w, n) != 0)
        return false;
    j->p += n;
    return true;
}

static bool json_str(struct json *j)
{
    if (j->p >= j->end || *j->p++ != '"')
        return false;
    while (j->p < j->end && *j->p != '"') {
        unsigned char c = *j->p;
        if (c < 0x20)
            return false;
        if (c == '\\') {
            if (++j->p >= j->end)
                return false;
            if (*j->p == 'u') {
                for (int k = 1; k <= 4; k++)
                    if (j->p + k >= j->end || !strchr("0123456789abcdefABCDEF",
                                                      j->p[k]) || !j->p[k])
                        return false;
                j->p += 5;
            } else if (strchr("\"\\/bfnrt", *j->p) && *j->p) {
                j->p++;
            } else {
                return false;
            }
            continue;
        }
        size_t n = utf8_char_len(j->p, (size_t)(j->end - j->p));
        if (n == 0)
            return false;
        j->p += n;
    }
    return j->p++ < j->end;
}

static bool json_value(struct json *j)
{
    json_ws(j);
    if (j->p >= j->end || ++j->depth > 64)
        return false;
    bool ok;
    if (*j->p == '{' || *j->p == '[') {
        bool obj = *j->p++ == '{';
        json_ws(j);
        ok = true;
        if (j->p < j->end && *j->p == (obj ? '}' : ']')) {
            j->p++;
        } else {
            for (;;) {
                if (obj) {
                    json_ws(j);
                    if (!json_str(j))
                        return false;
                    json_ws(j);
                    if (j->p >= j->end || *j->p++ != ':')
                        return false;
                }
                if (!json_value(j))
                    return false;
                json_ws(j);
                if (j->p < j->end && *j->p == ',') {
                    j->p++;
                    continue;
                }
                if (j->p >= j->end || *j->p++ != (obj ? '}' : ']'))
                    return false;
                break;
            }
        }
    } else if (*j->p == '"') {
        ok = json_str(j);
    } else if (*j->p == '-' || (*j->p >= '0' && *j->p <= '9')) {
        const unsigned char *s = j->p;
        while (j->p < j->end && strchr("+-0123456789.eE", *j->p) && *j->p)
            j->p++;
        ok = j->p > s;
    } else {
        ok = json_lit(j, "true") || json_lit(j, "false") || json_lit(j, "null");
    }
    j->depth--;
    return ok;
}

static bool json_document(const char *s, size_t n)
{
    struct json j = { (const unsigned char *)s, (const unsigned char *)s + n,
                      0 };
    if (!json_value(&j))
        return false;
    json_ws(&j);
    return j.p == j.end;
}

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
    if ((fmt == &output_json || fmt == &output_sarif) &&
        !json_document(one, n1)) {
        fprintf(stderr, "not JSON in UTF-8:\n%.*s\n", (int)n1, one);
        abort();
    }
    free(one);
    free(two);
    free(text);
    return 0;
}
