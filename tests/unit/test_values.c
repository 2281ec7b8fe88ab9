/* test_values.c -- option values converted as Flink converts them
 * (values.h): durations (TimeUtils.parseDuration), memory sizes
 * (MemorySize.parse), booleans, integers, floating-point numbers and
 * enumerations (ConfigurationUtils). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <string.h>

#include "sqlcheck/values.h"

static bool duration(const char *s, int64_t *ns)
{
    int64_t dummy;
    return parse_flink_duration(s, strlen(s), ns ? ns : &dummy, NULL);
}

static void test_durations(void **state)
{
    (void)state;
    static const struct { const char *text; int64_t ns; } good[] = {
        { "10 s", 10000000000 }, { "1min", 60000000000 },
        { "500ms", 500000000 }, { "3s", 3000000000 }, { "155", 155000000 },
        { "      155      ms   ", 155000000 }, { "1 MS", 1000000 },
        { "1 S", 1000000000 }, { "1 MIN", 60000000000 },
        { "1 H", 3600000000000 }, { "2 days", 172800000000000 },
        { "1d", 86400000000000 }, { "5 minutes", 300000000000 },
        { "2m", 120000000000 }, { "10 secs", 10000000000 },
        { "424562nanos", 424562 }, { "424562 ns", 424562 },
        { "565731\xc2\xb5s", 565731000 }, { "7 micros", 7000 },
        { "3 milliseconds", 3000000 }, { "0", 0 },
    };
    for (size_t i = 0; i < sizeof good / sizeof *good; i++) {
        int64_t ns = -1;
        if (!duration(good[i].text, &ns))
            fail_msg("'%s' should be a duration", good[i].text);
        assert_int_equal(ns, good[i].ns);
    }
    /* ISO-8601, as java.time.Duration.parse reads it */
    static const char *const iso[] = { "PT10S", "P1D", "pt1h30m", "PT0.5S",
                                       "P2DT3H4M", "-PT6H", "PT-6H3M" };
    for (size_t i = 0; i < sizeof iso / sizeof *iso; i++)
        if (!duration(iso[i], NULL))
            fail_msg("'%s' should be a duration", iso[i]);
    static const char *const bad[] = {
        "", "     ", "foobar or fubar or foo bazz", "16 gjah",
        "16 16 17 18 ms", "-100 ms", "100000000000000000000000000000000 ms",
        "1.5s", "10 sx", "P", "PT", "P1H", "PT1D", "PT1S2M", "s10", "10 mins",
    };
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++)
        if (duration(bad[i], NULL))
            fail_msg("'%s' should not be a duration", bad[i]);
    /* a number that fits, times a unit that overflows: Flink saturates */
    int64_t ns;
    assert_true(duration("100000000000000000 h", &ns));
    assert_int_equal(ns, INT64_MAX);
    const char *why = NULL;
    assert_false(parse_flink_duration("16 gjah", 7, &ns, &why));
    assert_non_null(strstr(why, "unit"));
}

static void test_memory_sizes(void **state)
{
    (void)state;
    static const struct { const char *text; uint64_t bytes; } good[] = {
        { "64mb", 64u << 20 }, { "1 g", 1u << 30 }, { "128 MB", 128u << 20 },
        { "10 kibibytes", 10240 }, { "100", 100 }, { "7 bytes", 7 },
        { "2t", 2ull << 40 }, { "3 GB", 3ull << 30 }, { " 4k ", 4096 },
        { "5 mebibytes", 5u << 20 },
    };
    for (size_t i = 0; i < sizeof good / sizeof *good; i++) {
        uint64_t b = 0;
        if (!parse_flink_memory(good[i].text, strlen(good[i].text), &b, NULL))
            fail_msg("'%s' should be a memory size", good[i].text);
        assert_true(b == good[i].bytes);
    }
    static const char *const bad[] = { "1.5g", "-1m", "10 pb", "", "mb",
                                       "99999999999 tb", "1 gib" };
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
        uint64_t b;
        if (parse_flink_memory(bad[i], strlen(bad[i]), &b, NULL))
            fail_msg("'%s' should not be a memory size", bad[i]);
    }
}

static bool converts(enum value_type t, const char *values, const char *s)
{
    return value_converts(t, values, s, strlen(s), NULL);
}

static void test_scalars(void **state)
{
    (void)state;
    assert_true(converts(VT_BOOLEAN, NULL, "true"));
    assert_true(converts(VT_BOOLEAN, NULL, "TRUE"));
    assert_true(converts(VT_BOOLEAN, NULL, "False"));
    assert_false(converts(VT_BOOLEAN, NULL, "yes"));
    assert_false(converts(VT_BOOLEAN, NULL, "1"));
    assert_false(converts(VT_BOOLEAN, NULL, ""));

    assert_true(converts(VT_INTEGER, NULL, "0"));
    assert_true(converts(VT_INTEGER, NULL, "-1"));
    assert_true(converts(VT_INTEGER, NULL, "+5"));
    assert_true(converts(VT_INTEGER, NULL, "2147483647"));
    assert_true(converts(VT_INTEGER, NULL, "-2147483648"));
    assert_false(converts(VT_INTEGER, NULL, "2147483648"));
    assert_false(converts(VT_INTEGER, NULL, "1.0"));
    assert_false(converts(VT_INTEGER, NULL, "1e3"));
    assert_false(converts(VT_INTEGER, NULL, ""));
    assert_false(converts(VT_INTEGER, NULL, "-"));
    assert_false(converts(VT_INTEGER, NULL, "10 s"));
    assert_true(converts(VT_LONG, NULL, "9223372036854775807"));
    assert_true(converts(VT_LONG, NULL, "-9223372036854775808"));
    assert_false(converts(VT_LONG, NULL, "9223372036854775808"));
    int64_t v;
    assert_true(parse_flink_long("-42", 3, INT64_MIN, INT64_MAX, &v));
    assert_int_equal(v, -42);

    static const char *const dgood[] = { "1.5", "1e3", "-0.5", "NaN",
                                         "Infinity", "-Infinity", "1d",
                                         "2.5f", ".5", "5.", "0x1p3", "7" };
    for (size_t i = 0; i < sizeof dgood / sizeof *dgood; i++)
        if (!converts(VT_DOUBLE, NULL, dgood[i]))
            fail_msg("'%s' should be a double", dgood[i]);
    static const char *const dbad[] = { "abc", "1.2.3", "", "e5", "nan",
                                        "0x10", "1,5", "f" };
    for (size_t i = 0; i < sizeof dbad / sizeof *dbad; i++)
        if (converts(VT_DOUBLE, NULL, dbad[i]))
            fail_msg("'%s' should not be a double", dbad[i]);

    /* String, lists and maps are not checked */
    assert_true(converts(VT_UNCHECKED, NULL, "anything at all"));
    assert_int_equal(value_type_named("Duration"), VT_DURATION);
    assert_int_equal(value_type_named("MemorySize"), VT_MEMORY);
    assert_int_equal(value_type_named("Float"), VT_DOUBLE);
    assert_int_equal(value_type_named("List<String>"), VT_UNCHECKED);
}

static void test_enums(void **state)
{
    (void)state;
    const char *modes = "earliest-offset,latest-offset,group-offsets,"
                        "timestamp,specific-offsets";
    assert_true(converts(VT_ENUM, modes, "latest-offset"));
    assert_true(converts(VT_ENUM, modes, "LATEST-OFFSET"));
    assert_true(converts(VT_ENUM, modes, "specific-offsets"));
    assert_false(converts(VT_ENUM, modes, "earliest"));
    assert_false(converts(VT_ENUM, modes, "latest-offsets"));
    assert_false(converts(VT_ENUM, modes, ""));
    /* an open list accepts other values too (a class name) */
    assert_true(enum_is_open("default,fixed,round-robin,..."));
    assert_true(converts(VT_ENUM, "default,fixed,...", "com.acme.Mine"));
    assert_false(enum_is_open("default,fixed"));
    assert_true(enum_has("ALL, EXCEPT_KEY", "except_key", 10));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_durations),
        cmocka_unit_test(test_memory_sizes),
        cmocka_unit_test(test_scalars),
        cmocka_unit_test(test_enums),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
