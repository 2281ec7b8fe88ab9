/* values.h -- option values read as Flink reads them.
 *
 * Flink's configuration (SET keys, a configuration file) and the connector
 * options of a WITH clause are strings that Flink converts to the option's
 * type when the job is built; a value that does not convert fails the job
 * then. These functions accept exactly what Flink's converters accept:
 *   Boolean     "true" or "false", any case;
 *   Integer     a decimal int, optional sign, nothing around it;
 *   Long        the same, 64 bits;
 *   Float/Double  a Java floating-point literal (blanks around allowed);
 *   Duration    digits, blanks, a unit (d, day(s), h, hour(s), m, min,
 *               minute(s), s, sec(s), second(s), ms, milli(s),
 *               millisecond(s), us/µs, micro(s), microsecond(s), ns,
 *               nano(s), nanosecond(s); none: milliseconds), any case, or
 *               an ISO-8601 duration (PT10S);
 *   MemorySize  digits, blanks, a unit (b, bytes, k, kb, kibibytes, m, mb,
 *               mebibytes, g, gb, gibibytes, t, tb, tebibytes; none:
 *               bytes), any case;
 *   Enum        one of its values, any case.
 * Types sqlcheck does not check (String, lists, maps, a type that follows
 * a column's) accept everything.
 */
#ifndef SQLCHECK_VALUES_H
#define SQLCHECK_VALUES_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

enum value_type {
    VT_UNCHECKED,               /* String, List<...>, Map, unknown */
    VT_BOOLEAN,
    VT_INTEGER,
    VT_LONG,
    VT_DOUBLE,                  /* Float and Double */
    VT_DURATION,
    VT_MEMORY,
    VT_ENUM                     /* its values: a comma-separated list */
};

/* The type a data table names ("Boolean", "Duration", "Enum", ...). */
enum value_type value_type_named(const char *name);

/* Does text (n bytes) convert to type t? enum_values: the allowed values of
 * VT_ENUM, comma-separated (a last element "..." means others are accepted
 * too). On failure *why (when not NULL) says what is wrong, in a phrase that
 * follows "the value" ("is not a number", ...). */
bool value_converts(enum value_type t, const char *enum_values,
                    const char *text, size_t n, const char **why);

/* The converters (true: it converts), for the rules that need the number. */
bool parse_flink_boolean(const char *s, size_t n, bool *out);
bool parse_flink_long(const char *s, size_t n, int64_t min, int64_t max,
                      int64_t *out);
bool parse_flink_double(const char *s, size_t n);
/* A duration in nanoseconds (saturated at INT64_MAX when it does not fit
 * but Flink's own arithmetic would still accept it). */
bool parse_flink_duration(const char *s, size_t n, int64_t *nanos,
                          const char **why);
bool parse_flink_memory(const char *s, size_t n, uint64_t *bytes,
                        const char **why);
/* Is text one of the comma-separated values (any case)? */
bool enum_has(const char *values, const char *s, size_t n);
/* Does the list end with "..." (other values are accepted)? */
bool enum_is_open(const char *values);

/* The values as a reader wants them: "one of: a, b, c", in a. */
struct arena;
const char *enum_display(struct arena *a, const char *values);

#endif
