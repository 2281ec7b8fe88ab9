/* values.c -- option values read as Flink reads them (values.h). Where
 * Flink is strict about blanks around a value and where it trims differs by
 * converter; sqlcheck trims blanks around every value, so that it never
 * rejects what Flink accepts. */
#include "sqlcheck/values.h"

#include "sqlcheck/arena.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

static void trim(const char **s, size_t *n)
{
    while (*n && isspace((unsigned char)**s)) {
        (*s)++;
        (*n)--;
    }
    while (*n && isspace((unsigned char)(*s)[*n - 1]))
        (*n)--;
}

static bool same_nocase(const char *s, size_t n, const char *word)
{
    return strlen(word) == n && strncasecmp(s, word, n) == 0;
}

enum value_type value_type_named(const char *name)
{
    static const struct { const char *name; enum value_type t; } types[] = {
        { "Boolean", VT_BOOLEAN }, { "Integer", VT_INTEGER },
        { "Long", VT_LONG }, { "Float", VT_DOUBLE }, { "Double", VT_DOUBLE },
        { "Duration", VT_DURATION }, { "MemorySize", VT_MEMORY },
        { "Enum", VT_ENUM },
    };
    if (name[0] == 'S')
        return VT_UNCHECKED;            /* String: the most common */
    for (size_t i = 0; i < sizeof types / sizeof *types; i++)
        if (strcmp(types[i].name, name) == 0)
            return types[i].t;
    return VT_UNCHECKED;
}

bool parse_flink_boolean(const char *s, size_t n, bool *out)
{
    trim(&s, &n);
    if (same_nocase(s, n, "true"))
        return *out = true, true;
    if (same_nocase(s, n, "false"))
        return *out = false, true;
    return false;
}

bool parse_flink_long(const char *s, size_t n, int64_t min, int64_t max,
                      int64_t *out)
{
    trim(&s, &n);
    size_t i = 0;
    bool neg = false;
    if (i < n && (s[i] == '+' || s[i] == '-'))
        neg = s[i++] == '-';
    if (i == n)
        return false;
    /* accumulate as a negative number: its range holds INT64_MIN */
    int64_t v = 0;
    for (; i < n; i++) {
        if (s[i] < '0' || s[i] > '9')
            return false;
        int d = s[i] - '0';
        if (v < (INT64_MIN + d) / 10)
            return false;
        v = v * 10 - d;
    }
    if (!neg) {
        if (v == INT64_MIN)
            return false;
        v = -v;
    }
    if (v < min || v > max)
        return false;
    *out = v;
    return true;
}

/* Java's Double.parseDouble: an optional sign, then NaN, Infinity, a
 * decimal number with an optional exponent, or a hexadecimal one; an
 * optional f/F/d/D after a number. */
bool parse_flink_double(const char *s, size_t n)
{
    trim(&s, &n);
    size_t i = 0;
    if (i < n && (s[i] == '+' || s[i] == '-'))
        i++;
    if (n - i == 3 && memcmp(s + i, "NaN", 3) == 0)
        return true;
    if (n - i == 8 && memcmp(s + i, "Infinity", 8) == 0)
        return true;
    char buf[128];
    if (n == 0 || n >= sizeof buf)
        return false;
    memcpy(buf, s, n);
    buf[n] = 0;
    bool hex = n > i + 1 && buf[i] == '0' &&
               (buf[i + 1] == 'x' || buf[i + 1] == 'X');
    if (hex) {
        /* hexadecimal: Java requires the binary exponent */
        if (!strchr(buf, 'p') && !strchr(buf, 'P'))
            return false;
    } else {
        for (size_t k = i; k < n; k++)
            if (!isdigit((unsigned char)buf[k]) &&
                !strchr(".eE+-fFdD", buf[k]))
                return false;
    }
    size_t end = n;
    if (end > i && strchr("fFdD", buf[end - 1]) && !hex)
        buf[--end] = 0;
    if (end == i)
        return false;
    char *stop;
    (void)strtod(buf, &stop);
    return stop == buf + end && stop != buf + i;
}

/* A unit's labels and how many of the smallest unit it holds. */
struct unit {
    const char *labels;         /* space-separated */
    uint64_t scale;
};

/* Does the lower-case label l (n bytes) name unit u? */
static bool unit_has(const struct unit *u, const char *l, size_t n)
{
    for (const char *p = u->labels; *p;) {
        const char *e = strchr(p, ' ');
        size_t len = e ? (size_t)(e - p) : strlen(p);
        if (len == n && strncasecmp(p, l, n) == 0)
            return true;
        if (!e)
            break;
        p = e + 1;
    }
    return false;
}

static const struct unit time_units[] = {
    { "d day days", 86400000000000ull },
    { "h hour hours", 3600000000000ull },
    { "m min minute minutes", 60000000000ull },
    { "s sec secs second seconds", 1000000000ull },
    { "ms milli millis millisecond milliseconds", 1000000ull },
    { "us \xc2\xb5s micro micros microsecond microseconds", 1000ull },
    { "ns nano nanos nanosecond nanoseconds", 1ull },
};

static const struct unit memory_units[] = {
    { "b bytes", 1ull },
    { "k kb kibibytes", 1ull << 10 },
    { "m mb mebibytes", 1ull << 20 },
    { "g gb gibibytes", 1ull << 30 },
    { "t tb tebibytes", 1ull << 40 },
};

/* The scale of the unit labelled l (n bytes; none: dflt) among units, or
 * 0 when no unit has that label. */
static uint64_t unit_scale(const struct unit *units, size_t count,
                           const char *l, size_t n, uint64_t dflt)
{
    if (!n)
        return dflt;
    for (size_t u = 0; u < count; u++)
        if (unit_has(&units[u], l, n))
            return units[u].scale;
    return 0;
}

/* digits, blanks, a label: the number and the label (trimmed). */
static bool number_and_label(const char *s, size_t n, uint64_t *number,
                             const char **label, size_t *label_len,
                             const char **why)
{
    trim(&s, &n);
    if (n == 0) {
        *why = "is empty";
        return false;
    }
    size_t i = 0;
    uint64_t v = 0;
    while (i < n && s[i] >= '0' && s[i] <= '9') {
        if (v > (uint64_t)INT64_MAX / 10 ||
            v * 10 + (uint64_t)(s[i] - '0') > (uint64_t)INT64_MAX) {
            *why = "is too large a number";
            return false;
        }
        v = v * 10 + (uint64_t)(s[i] - '0');
        i++;
    }
    if (i == 0) {
        *why = "does not start with a number";
        return false;
    }
    const char *l = s + i;
    size_t ln = n - i;
    trim(&l, &ln);
    *number = v;
    *label = l;
    *label_len = ln;
    return true;
}

/* Java's Duration.parse (ISO-8601): [+-]P[nD][T[nH][nM][n[.f]S]], any
 * case, at least one part. */
static bool iso_duration(const char *s, size_t n)
{
    size_t i = 0;
    if (i < n && (s[i] == '+' || s[i] == '-'))
        i++;
    if (i >= n || (s[i] != 'P' && s[i] != 'p'))
        return false;
    i++;
    bool any = false, in_time = false;
    const char *order = "DTHMS";
    size_t at = 0;
    while (i < n) {
        char c = (char)toupper((unsigned char)s[i]);
        if (c == 'T') {
            if (in_time || at > 1)
                return false;
            in_time = true;
            at = 2;
            i++;
            if (i == n)
                return false;
            continue;
        }
        size_t j = i;
        if (j < n && (s[j] == '+' || s[j] == '-'))
            j++;
        size_t digits = j;
        while (j < n && isdigit((unsigned char)s[j]))
            j++;
        if (j == digits)
            return false;
        if (j < n && (s[j] == '.' || s[j] == ',')) {
            j++;
            while (j < n && isdigit((unsigned char)s[j]))
                j++;
            if (j >= n || toupper((unsigned char)s[j]) != 'S')
                return false;
        }
        if (j >= n)
            return false;
        c = (char)toupper((unsigned char)s[j]);
        const char *p = strchr(order + at, c);
        if (!p || c == 'T' || (c == 'D' && in_time) || (c != 'D' && !in_time))
            return false;
        at = (size_t)(p - order) + 1;
        any = true;
        i = j + 1;
    }
    return any;
}

bool parse_flink_duration(const char *s, size_t n, int64_t *nanos,
                          const char **why)
{
    const char *dummy;
    if (!why)
        why = &dummy;
    trim(&s, &n);
    if (n && (s[0] == 'P' || s[0] == 'p' ||
              ((s[0] == '-' || s[0] == '+') && n > 1 &&
               (s[1] == 'P' || s[1] == 'p')))) {
        if (iso_duration(s, n)) {
            *nanos = 0;
            return true;
        }
        *why = "is not an ISO-8601 duration";
        return false;
    }
    uint64_t v;
    const char *l;
    size_t ln;
    if (!number_and_label(s, n, &v, &l, &ln, why))
        return false;
    /* no label: milliseconds */
    uint64_t scale = unit_scale(time_units, sizeof time_units /
                                sizeof *time_units, l, ln, 1000000);
    if (!scale) {
        *why = "has a unit Flink does not know (d, h, min, s, ms, us, ns, "
               "or their names)";
        return false;
    }
    *nanos = v > (uint64_t)INT64_MAX / scale ? INT64_MAX
                                             : (int64_t)(v * scale);
    return true;
}

bool parse_flink_memory(const char *s, size_t n, uint64_t *bytes,
                        const char **why)
{
    const char *dummy;
    if (!why)
        why = &dummy;
    uint64_t v;
    const char *l;
    size_t ln;
    if (!number_and_label(s, n, &v, &l, &ln, why))
        return false;
    /* no label: bytes */
    uint64_t scale = unit_scale(memory_units, sizeof memory_units /
                                sizeof *memory_units, l, ln, 1);
    if (!scale) {
        *why = "has a unit Flink does not know (b, k/kb, m/mb, g/gb, t/tb, "
               "or their names)";
        return false;
    }
    if (v > (uint64_t)INT64_MAX / scale) {
        *why = "is more bytes than Flink can count";
        return false;
    }
    *bytes = v * scale;
    return true;
}

bool enum_has(const char *values, const char *s, size_t n)
{
    trim(&s, &n);
    for (const char *p = values; p && *p;) {
        const char *e = strchr(p, ',');
        size_t len = e ? (size_t)(e - p) : strlen(p);
        const char *v = p;
        trim(&v, &len);
        if (len == n && strncasecmp(v, s, n) == 0)
            return true;
        p = e ? e + 1 : NULL;
    }
    return false;
}

bool enum_is_open(const char *values)
{
    size_t n = strlen(values);
    return n >= 3 && strcmp(values + n - 3, "...") == 0;
}

bool value_converts(enum value_type t, const char *enum_values,
                    const char *text, size_t n, const char **why)
{
    const char *dummy;
    if (!why)
        why = &dummy;
    bool b;
    int64_t l;
    uint64_t u;
    switch (t) {
    case VT_UNCHECKED:
        return true;
    case VT_BOOLEAN:
        *why = "is not a boolean (true or false)";
        return parse_flink_boolean(text, n, &b);
    case VT_INTEGER:
        *why = "is not an integer";
        return parse_flink_long(text, n, INT32_MIN, INT32_MAX, &l);
    case VT_LONG:
        *why = "is not an integer";
        return parse_flink_long(text, n, INT64_MIN, INT64_MAX, &l);
    case VT_DOUBLE:
        *why = "is not a number";
        return parse_flink_double(text, n);
    case VT_DURATION:
        return parse_flink_duration(text, n, &l, why);
    case VT_MEMORY:
        return parse_flink_memory(text, n, &u, why);
    case VT_ENUM:
        *why = "is not one of the values Flink accepts";
        return !enum_values || !*enum_values || enum_is_open(enum_values) ||
               enum_has(enum_values, text, n);
    }
    return true;
}

const char *enum_display(struct arena *a, const char *values)
{
    size_t n = strlen(values), commas = 0;
    for (size_t i = 0; i < n; i++)
        commas += values[i] == ',';
    char *out = arena_alloc(a, n + commas + 10), *o = out;
    memcpy(o, "one of: ", 8);
    o += 8;
    for (const char *p = values; *p; p++) {
        *o++ = *p;
        if (*p == ',' && p[1] != ' ')
            *o++ = ' ';
    }
    *o = 0;
    return out;
}
