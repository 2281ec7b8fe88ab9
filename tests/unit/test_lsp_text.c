/* test_lsp_text.c -- the language server's positions (lsp_text.h): lines
 * ending in "\n", "\r\n" and "\r", characters counted in UTF-16 code
 * units or UTF-8 bytes, clamping, and edits of a document's text. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "sqlcheck/lsp_text.h"

#include <stdlib.h>
#include <string.h>

static struct lsp_pos at(uint32_t line, uint32_t ch)
{
    struct lsp_pos p = { line, ch };
    return p;
}

/* offset -> position -> offset, for every offset that starts a character
 * and is not inside a line end */
static void round_trip(const char *t, enum lsp_encoding enc)
{
    size_t len = strlen(t);
    struct lsp_lines l;
    lsp_lines_build(&l, t, len);
    for (size_t off = 0; off <= len; off++) {
        if (off < len && ((unsigned char)t[off] & 0xC0) == 0x80)
            continue;
        if (off > 0 && t[off - 1] == '\r' && t[off] == '\n')
            continue;
        struct lsp_pos p = lsp_position(&l, t, len, off, enc);
        assert_int_equal(lsp_offset(&l, t, len, p, enc), off);
    }
    lsp_lines_free(&l);
}

static void test_line_ends(void **state)
{
    (void)state;
    const char *t = "a\nbc\r\nd\re";
    struct lsp_lines l;
    lsp_lines_build(&l, t, strlen(t));
    assert_int_equal(l.count, 4);
    assert_int_equal(l.start[1], 2);
    assert_int_equal(l.start[2], 6);
    assert_int_equal(l.start[3], 8);
    struct lsp_pos p = lsp_position(&l, t, strlen(t), 7, LSP_UTF16);
    assert_int_equal(p.line, 2);
    assert_int_equal(p.character, 1);
    /* the "\n" of "\r\n" is the end of line 1, not a character of it */
    p = lsp_position(&l, t, strlen(t), 5, LSP_UTF16);
    assert_int_equal(p.line, 1);
    assert_int_equal(p.character, 2);
    /* past a line's end: the line's end, before "\r\n" */
    assert_int_equal(lsp_offset(&l, t, strlen(t), at(1, 99), LSP_UTF16), 4);
    /* past the last line: the end of the text */
    assert_int_equal(lsp_offset(&l, t, strlen(t), at(9, 0), LSP_UTF16),
                     strlen(t));
    assert_int_equal(lsp_offset(&l, t, strlen(t), at(3, 1), LSP_UTF8),
                     strlen(t));
    /* the line just past the last one */
    assert_int_equal(lsp_offset(&l, t, strlen(t), at(4, 0), LSP_UTF16),
                     strlen(t));
    lsp_lines_free(&l);
    round_trip(t, LSP_UTF16);
    round_trip("\n\n\r\r\n", LSP_UTF8);
}

static void test_units(void **state)
{
    (void)state;
    /* x, e-acute (2 bytes), a CJK character (3), an emoji (4: a
     * surrogate pair in UTF-16), y */
    const char *t = "x\xC3\xA9\xE4\xB8\xAD\xF0\x9F\x98\x80y";
    size_t len = strlen(t);
    struct lsp_lines l;
    lsp_lines_build(&l, t, len);
    size_t offs[] = { 0, 1, 3, 6, 10, 11 };
    uint32_t u16[] = { 0, 1, 2, 3, 5, 6 };
    for (size_t i = 0; i < sizeof offs / sizeof *offs; i++) {
        struct lsp_pos p = lsp_position(&l, t, len, offs[i], LSP_UTF16);
        assert_int_equal(p.line, 0);
        assert_int_equal(p.character, u16[i]);
        assert_int_equal(lsp_offset(&l, t, len, p, LSP_UTF16), offs[i]);
        p = lsp_position(&l, t, len, offs[i], LSP_UTF8);
        assert_int_equal(p.character, offs[i]);
        assert_int_equal(lsp_offset(&l, t, len, p, LSP_UTF8), offs[i]);
    }
    /* inside the surrogate pair: after it */
    assert_int_equal(lsp_offset(&l, t, len, at(0, 4), LSP_UTF16), 10);
    /* a byte offset inside a character counts what is before it */
    assert_int_equal(lsp_position(&l, t, len, 2, LSP_UTF8).character, 2);
    assert_int_equal(lsp_position(&l, t, len, 99, LSP_UTF16).character, 6);
    lsp_lines_free(&l);
    round_trip(t, LSP_UTF16);
    round_trip(t, LSP_UTF8);
    /* a stray continuation byte or a cut sequence: no overrun */
    round_trip("a\x80\xE4\xB8", LSP_UTF16);
    round_trip("\xF0\x9F\n\xF0", LSP_UTF16);
}

static void test_edits(void **state)
{
    (void)state;
    struct lsp_text t = { 0 };
    lsp_text_set(&t, "CREATE TABLE t;", 15);
    lsp_text_replace(&t, 7, 7, "TEMPORARY ", 10);
    assert_string_equal(t.text, "CREATE TEMPORARY TABLE t;");
    lsp_text_replace(&t, 0, 17, "", 0);
    assert_string_equal(t.text, "TABLE t;");
    /* ends past the text are clamped, a reversed range is empty */
    lsp_text_replace(&t, 6, 999, "u;", 2);
    assert_string_equal(t.text, "TABLE u;");
    lsp_text_replace(&t, 5, 2, "!", 1);
    assert_string_equal(t.text, "TA!BLE u;");
    assert_int_equal(t.len, 9);
    /* growth */
    char big[5000];
    memset(big, 'x', sizeof big);
    lsp_text_replace(&t, 0, 0, big, sizeof big);
    assert_int_equal(t.len, 5009);
    assert_string_equal(t.text + 5000, "TA!BLE u;");
    lsp_text_set(&t, "", 0);
    assert_int_equal(t.len, 0);
    assert_string_equal(t.text, "");
    lsp_text_free(&t);
}

static void test_utf8(void **state)
{
    (void)state;
    /* the edges of each sequence length */
    static const struct { const char *s; size_t len; } seqs[] = {
        { "\x7F", 1 }, { "\xC2\x80", 2 }, { "\xDF\xBF", 2 },
        { "\xC1\xBF", 0 }, { "\xE0\xA0\x80", 3 }, { "\xE0\x9F\xBF", 0 },
        { "\xED\x9F\xBF", 3 }, { "\xED\xA0\x80", 0 },
        { "\xEF\xBF\xBF", 3 }, { "\xF0\x90\x80\x80", 4 },
        { "\xF0\x8F\xBF\xBF", 0 }, { "\xF4\x8F\xBF\xBF", 4 },
        { "\xF4\x90\x80\x80", 0 }, { "\xF5\x80\x80\x80", 0 },
        { "\x80", 0 }, { "\xE4\xB8", 0 }, { "\xC3\x28", 0 },
    };
    for (size_t i = 0; i < sizeof seqs / sizeof *seqs; i++)
        assert_int_equal(lsp_utf8_seq((const unsigned char *)seqs[i].s,
                                      strlen(seqs[i].s)), seqs[i].len);
    /* only the bytes that are not UTF-8 become U+FFFD */
    char *c = lsp_utf8_clean("caf\xC3\xA9 \xE4\xB8 x\xFF");
    assert_string_equal(c, "caf\xC3\xA9 \xEF\xBF\xBD\xEF\xBF\xBD x"
                           "\xEF\xBF\xBD");
    free(c);
    /* nothing but bad bytes: three times as long */
    c = lsp_utf8_clean("\xFF\xFE\xFD\xFC");
    assert_int_equal(strlen(c), 12);
    free(c);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_line_ends),
        cmocka_unit_test(test_units),
        cmocka_unit_test(test_edits),
        cmocka_unit_test(test_utf8),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
