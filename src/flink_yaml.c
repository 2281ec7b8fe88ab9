/* flink_yaml.c -- a Flink configuration file read with libyaml's event
 * parser and checked key by key (flink_yaml.h). A nested map's keys are
 * joined with dots (`execution: {checkpointing: {interval: 10 s}}` is
 * `execution.checkpointing.interval`), as Flink 2.x flattens config.yaml;
 * a list value is checked by its key only.
 */
#include "sqlcheck/flink_yaml.h"

#include "sqlcheck/flink_config.h"
#include "sqlcheck/rules.h"

#include <stdio.h>
#include <string.h>
#include <strings.h>
#include <yaml.h>

enum { MAX_DEPTH = 64 };

/* libyaml counts columns in characters: the byte offset of a mark. */
static uint32_t offset_of(struct source *src, const yaml_mark_t *m)
{
    uint32_t len;
    uint32_t at = source_line_start(src, (uint32_t)m->line + 1, &len);
    size_t col = m->column;
    const unsigned char *t = (const unsigned char *)src->text;
    while (col && at < src->len && t[at] != '\n') {
        at++;
        while (at < src->len && (t[at] & 0xC0) == 0x80)
            at++;               /* the rest of a UTF-8 sequence */
        col--;
    }
    return at;
}

struct yaml_ctx {
    struct diag_list *dl;
    const bool *disabled;
    const struct target *target;
};

static void finding(void *user, enum config_finding kind, struct span at,
                    const char *message, const char *hint)
{
    struct yaml_ctx *y = user;
    enum rule_id id = kind == CF_UNKNOWN_KEY ? RULE_UNKNOWN_CONFIG_KEY
                      : kind == CF_DEPRECATED_KEY ? RULE_DEPRECATED_CONFIG_KEY
                      : kind == CF_VERSION ? RULE_VERSION_UNSUPPORTED
                      : RULE_INVALID_CONFIG_VALUE;
    if (y->disabled && y->disabled[id])
        return;
    struct diag *d = rule_diag(y->dl, id, at, "%s", message);
    if (hint)
        diag_set_hint(y->dl, d, "%s", hint);
}

bool flink_yaml_check(struct arena *a, struct source *src,
                      struct diag_list *dl, const bool *disabled,
                      const struct target *target, struct flink_yaml *out,
                      char *err, size_t errlen)
{
    memset(out, 0, sizeof *out);
    yaml_parser_t p;
    if (!yaml_parser_initialize(&p)) {
        snprintf(err, errlen, "out of memory");
        return false;
    }
    yaml_parser_set_input_string(&p, (const unsigned char *)src->text,
                                 src->len);
    struct yaml_ctx y = { dl, disabled, target };
    /* the open maps: each one's key prefix length, and whether its next
     * scalar is a key */
    size_t prefix_len[MAX_DEPTH];
    bool want_key[MAX_DEPTH];
    int depth = -1;
    char key[4096] = "";
    struct span key_at = { 0, 0 };
    int skip = 0;               /* inside a list value: its nesting */
    bool ok = true, done = false;
    while (!done) {
        yaml_event_t e;
        if (!yaml_parser_parse(&p, &e)) {
            snprintf(err, errlen, "%zu:%zu: not valid YAML: %s",
                     p.problem_mark.line + 1, p.problem_mark.column + 1,
                     p.problem ? p.problem : "unknown problem");
            ok = false;
            break;
        }
        struct span sp = { offset_of(src, &e.start_mark),
                           offset_of(src, &e.end_mark) };
        switch (e.type) {
        case YAML_STREAM_END_EVENT:
            done = true;
            break;
        case YAML_SEQUENCE_START_EVENT:
        case YAML_MAPPING_START_EVENT:
            if (skip) {
                skip++;
                break;
            }
            if (depth >= 0 && want_key[depth]) {
                snprintf(err, errlen, "%zu:%zu: a key is a map or a list: "
                         "Flink's keys are text", e.start_mark.line + 1,
                         e.start_mark.column + 1);
                ok = false;
                done = true;
                break;
            }
            if (e.type == YAML_SEQUENCE_START_EVENT) {
                if (depth < 0) {
                    snprintf(err, errlen, "%zu:%zu: the configuration is a "
                             "list, not a map of keys",
                             e.start_mark.line + 1, e.start_mark.column + 1);
                    ok = false;
                    done = true;
                    break;
                }
                /* a list value: the key alone is checked */
                flink_config_check(a, y.target, key, strlen(key), key_at, NULL, 0, sp,
                                   finding, &y);
                want_key[depth] = true;
                skip = 1;
                break;
            }
            if (depth >= 0 && !key[0]) {
                skip = 1;               /* under a key too long to keep */
                want_key[depth] = true;
                break;
            }
            if (depth + 1 >= MAX_DEPTH) {
                snprintf(err, errlen, "%zu:%zu: maps nest too deep",
                         e.start_mark.line + 1, e.start_mark.column + 1);
                ok = false;
                done = true;
                break;
            }
            depth++;
            prefix_len[depth] = strlen(key);
            if (depth > 0 && prefix_len[depth] + 1 < sizeof key)
                strcat(key, ".");
            prefix_len[depth] = strlen(key);
            want_key[depth] = true;
            break;
        case YAML_SEQUENCE_END_EVENT:
        case YAML_MAPPING_END_EVENT:
            if (skip) {
                skip--;
                break;
            }
            if (depth >= 0) {
                depth--;
                if (depth >= 0) {
                    key[prefix_len[depth]] = 0;
                    want_key[depth] = true;
                }
            }
            break;
        case YAML_ALIAS_EVENT:
            /* a value sqlcheck does not follow (as a key: none) */
            if (skip || depth < 0)
                break;
            if (!want_key[depth]) {
                flink_config_check(a, y.target, key, strlen(key), key_at, NULL, 0, sp,
                                   finding, &y);
                key[prefix_len[depth]] = 0;
            }
            want_key[depth] = !want_key[depth];
            break;
        case YAML_SCALAR_EVENT: {
            if (skip)
                break;
            if (depth < 0) {
                if (e.data.scalar.length) {
                    snprintf(err, errlen, "%zu:%zu: the configuration is "
                             "not a map of keys", e.start_mark.line + 1,
                             e.start_mark.column + 1);
                    ok = false;
                    done = true;
                }
                break;
            }
            const char *text = (const char *)e.data.scalar.value;
            size_t n = e.data.scalar.length;
            if (want_key[depth]) {
                size_t at = prefix_len[depth];
                if (at + n < sizeof key) {
                    memcpy(key + at, text, n);
                    key[at + n] = 0;
                } else {
                    key[0] = 0;         /* too long to keep: not judged */
                }
                key_at = sp;
                want_key[depth] = false;
                break;
            }
            /* a value: a plain empty or ~ one is null (no value) */
            bool null = e.data.scalar.style == YAML_PLAIN_SCALAR_STYLE &&
                        (n == 0 || (n == 1 && text[0] == '~') ||
                         (n == 4 && strncasecmp(text, "null", 4) == 0));
            if (*key)
                flink_config_check(a, y.target, key, strlen(key), key_at,
                                   null ? NULL : text, n, sp, finding, &y);
            if (strcmp(key, "table.sql-dialect") == 0 && !null)
                out->hive_dialect = n == 4 &&
                                    strncasecmp(text, "hive", 4) == 0;
            key[prefix_len[depth]] = 0;
            want_key[depth] = true;
            break;
        }
        default:
            break;
        }
        yaml_event_delete(&e);
    }
    yaml_parser_delete(&p);
    return ok;
}
