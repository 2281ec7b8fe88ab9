/* test_lexer.c -- the re2c scanner: every token kind, spans, edge cases. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include "parse_ctx.h"
#include "parser.h"
#include "sqlcheck/arena.h"

#include <string.h>

struct lexed {
    struct arena arena;
    struct source src;
    struct diag_list diags;
    struct parse_ctx ctx;
};

static void lex_init(struct lexed *l, const char *text)
{
    memset(l, 0, sizeof *l);
    arena_init(&l->arena);
    source_init(&l->src, &l->arena, "t.sql", text, (uint32_t)strlen(text));
    diag_list_init(&l->diags, &l->arena, &l->src);
    l->ctx.arena = &l->arena;
    l->ctx.src = &l->src;
    l->ctx.diags = &l->diags;
    l->ctx.base = (const unsigned char *)text;
    l->ctx.cur = l->ctx.base + l->src.start;
    l->ctx.lim = l->ctx.base + l->src.len;
    l->ctx.at_stmt_start = true;
}

static void lex_done(struct lexed *l)
{
    diag_list_free(&l->diags);
    arena_free(&l->arena);
}

/* Next token kind; *sp gets the span. Statement starts are not tracked. */
static int next(struct lexed *l, struct span *sp)
{
    int t = lex_scan(&l->ctx, sp);
    l->ctx.at_stmt_start = t == ';';
    return t;
}

/* Scan text and compare the token kinds with the -1 terminated list. */
static void expect_kinds(const char *text, ...)
{
    struct lexed l;
    lex_init(&l, text);
    va_list ap;
    va_start(ap, text);
    for (;;) {
        int want = va_arg(ap, int);
        struct span sp;
        int got = next(&l, &sp);
        if (want == -1) {
            assert_int_equal(got, TK_YYEOF);
            break;
        }
        if (got != want)
            fail_msg("in \"%s\" at offset %u: token %d, expected %d", text,
                     sp.start, got, want);
    }
    va_end(ap);
    lex_done(&l);
}

static void test_keywords_and_identifiers(void **state)
{
    (void)state;
    expect_kinds("select SELECT SeLeCt", TK_KW_SELECT, TK_KW_SELECT,
                 TK_KW_SELECT, -1);
    expect_kinds("orders _x $TABLE1 a1 été", TK_IDENT, TK_IDENT, TK_IDENT,
                 TK_IDENT, TK_IDENT, -1);
    /* reserved words the grammar does not name get one token kind */
    expect_kinds("abs lateral_view", TK_RESERVED_WORD, TK_IDENT, -1);
    expect_kinds("`select` `a``b` ``", TK_IDENT, TK_IDENT, TK_IDENT, -1);
    expect_kinds("temporary watermark", TK_KW_TEMPORARY, TK_KW_WATERMARK, -1);
}

static void test_literals(void **state)
{
    (void)state;
    expect_kinds("'abc' 'it''s' '' N'x' E'y' _UTF8'z'", TK_STRING,
                 TK_STRING, TK_STRING, TK_STRING, TK_STRING, TK_STRING, -1);
    expect_kinds("U&'\\0041' X'0F' x'ab'", TK_USTRING, TK_XSTRING,
                 TK_XSTRING, -1);
    expect_kinds("1 12.5 .5 1. 1e10 2.5E-3", TK_INTEGER, TK_DECIMAL,
                 TK_DECIMAL, TK_DECIMAL, TK_APPROX, TK_APPROX, -1);
    expect_kinds("INTERVAL '1' DAY", TK_KW_INTERVAL, TK_STRING, TK_KW_DAY,
                 -1);
}

static void test_operators(void **state)
{
    (void)state;
    expect_kinds("<= >= <> || => -> << = < > + - * / % ( ) [ ] { } , ; . : ?",
                 TK_LE, TK_GE, TK_NE, TK_CONCAT, TK_ARROW, TK_LAMBDA, TK_SHL,
                 '=', '<', '>', '+', '-', '*', '/', '%', '(', ')', '[', ']',
                 '{', '}', ',', ';', '.', ':', '?', -1);
    expect_kinds("{- A -}", TK_PAT_EXCL_BEG, TK_IDENT, TK_PAT_EXCL_END, -1);
}

static void test_comments_and_hints(void **state)
{
    (void)state;
    expect_kinds("a -- x\nb // y\r\nc /* z\n */ d /** w */ e", TK_IDENT,
                 TK_IDENT, TK_IDENT, TK_IDENT, TK_IDENT, -1);
    expect_kinds("SELECT /*+ OPTIONS('a'='b') */ x", TK_KW_SELECT,
                 TK_HINT_BEG, TK_KW_OPTIONS, '(', TK_STRING, '=', TK_STRING,
                 ')', TK_HINT_END, TK_IDENT, -1);
    /* outside a hint, "*" and "/" are operators */
    expect_kinds("a */ b", TK_IDENT, '*', '/', TK_IDENT, -1);
    expect_kinds("/* + not a hint */ x", TK_IDENT, -1);
}

static void test_spans(void **state)
{
    (void)state;
    struct lexed l;
    lex_init(&l, "\xEF\xBB\xBFSELECT  `a``b`,\r\n'x'");
    struct span sp;
    assert_int_equal(next(&l, &sp), TK_KW_SELECT);
    assert_int_equal(sp.start, 3);
    assert_int_equal(sp.end, 9);
    assert_int_equal(next(&l, &sp), TK_IDENT);
    assert_int_equal(sp.start, 11);
    assert_int_equal(sp.end, 17);
    assert_int_equal(next(&l, &sp), ',');
    assert_int_equal(next(&l, &sp), TK_STRING);
    assert_int_equal(sp.start, 20);
    uint32_t line, col;
    source_line_col(&l.src, sp.start, &line, &col);
    assert_int_equal(line, 2);
    assert_int_equal(col, 1);
    source_line_col(&l.src, 3, &line, &col);
    assert_int_equal(line, 1);
    assert_int_equal(col, 1);      /* the BOM is not a column */
    assert_int_equal(next(&l, &sp), TK_YYEOF);
    assert_int_equal(l.diags.count, 0);
    lex_done(&l);
}

static void test_line_ends(void **state)
{
    (void)state;
    struct lexed l;
    lex_init(&l, "a\rb\r\nc\nd");
    struct span sp;
    uint32_t want_line = 1, line, col;
    while (next(&l, &sp) == TK_IDENT) {
        source_line_col(&l.src, sp.start, &line, &col);
        assert_int_equal(line, want_line);
        assert_int_equal(col, 1);
        want_line++;
    }
    assert_int_equal(want_line, 5);
    lex_done(&l);
}

/* Positions in a file of several 4 KiB blocks (source.c reads one block
 * per position): every offset and every line start agree with a plain
 * count from the start, with CRLF, lone CR and LF, a CRLF across a block
 * boundary, a BOM and a long line. */
static void check_positions(const char *text, uint32_t len, uint32_t start)
{
    struct arena a;
    arena_init(&a);
    struct source src;
    source_init(&src, &a, "t.sql", text, len);
    assert_int_equal(src.start, start);
    uint32_t line = 1, line_start = start, lines = 1;
    for (uint32_t i = start; i <= len; i++) {
        uint32_t l, c;
        source_line_col(&src, i, &l, &c);
        assert_int_equal(l, line);
        assert_int_equal(c, i - line_start + 1);
        uint32_t n, s = source_line_start(&src, line, &n);
        assert_int_equal(s, line_start);
        assert_true(s + n <= len);
        assert_true(s + n == len || text[s + n] == '\n' ||
                    text[s + n] == '\r');
        if (i < len && (text[i] == '\n' ||
                        (text[i] == '\r' && text[i + 1] != '\n'))) {
            line++;
            lines++;
            line_start = i + 1;
        }
    }
    uint32_t n, s = source_line_start(&src, lines + 5, &n);
    assert_int_equal(s, line_start);        /* past the end: the last */
    arena_free(&a);
}

static void test_positions_across_blocks(void **state)
{
    (void)state;
    enum { LEN = 20000 };
    static char text[LEN + 1];
    uint32_t seed = 12345;
    for (uint32_t i = 0; i < LEN; i++) {
        seed = seed * 1103515245u + 12345u;
        uint32_t r = (seed >> 16) % 40;
        text[i] = r == 0 ? '\n' : r == 1 ? '\r' : 'a' + (char)(r % 26);
    }
    memset(text + 9000, 'x', 6000);         /* a line across blocks */
    text[4095] = '\r';                      /* CRLF across a boundary */
    text[4096] = '\n';
    text[8191] = '\r';                      /* a lone CR at one */
    text[8192] = 'b';
    text[LEN] = '\0';
    check_positions(text, LEN, 0);
    text[LEN - 1] = '\n';                   /* an empty last line */
    check_positions(text, LEN, 0);
    memcpy(text, "\xEF\xBB\xBF", 3);
    check_positions(text, LEN, 3);
}

/* A lexical error: one FSQL001 at the given offset with a message that
 * contains what. */
static void expect_error(const char *text, uint32_t offset, const char *what)
{
    struct lexed l;
    lex_init(&l, text);
    struct span sp;
    int guard = 0;
    while (next(&l, &sp) != TK_YYEOF && guard++ < 100)
        ;
    assert_int_equal(l.diags.count, 1);
    assert_string_equal(l.diags.items[0].code, "FSQL001");
    assert_int_equal(l.diags.items[0].span.start, offset);
    assert_non_null(strstr(l.diags.items[0].message, what));
    lex_done(&l);
}

static void test_errors(void **state)
{
    (void)state;
    expect_error("SELECT 'abc", 7, "unterminated string");
    expect_error("SELECT 1 /* abc", 9, "unterminated comment");
    expect_error("SELECT `abc", 7, "unterminated quoted identifier");
    expect_error("SELECT \"abc\"", 7, "double-quoted");
    expect_error("a != b", 2, "'!='");
    expect_error("a # b", 2, "unexpected character '#'");
    expect_error("a \x01 b", 2, "control character 0x01");
    {
        /* an embedded NUL is a bad character, not the end of input */
        static const char text[] = "a \0 b";
        struct lexed l;
        lex_init(&l, "");
        source_init(&l.src, &l.arena, "t.sql", text, 5);
        l.ctx.base = (const unsigned char *)text;
        l.ctx.cur = l.ctx.base;
        l.ctx.lim = l.ctx.base + 5;
        struct span sp;
        assert_int_equal(next(&l, &sp), TK_IDENT);
        assert_int_equal(next(&l, &sp), TK_YYerror);
        assert_int_equal(next(&l, &sp), TK_IDENT);
        assert_int_equal(l.diags.count, 1);
        assert_non_null(strstr(l.diags.items[0].message, "NUL"));
        lex_done(&l);
    }
    /* control bytes inside strings are fine */
    expect_kinds("'\x02'", TK_STRING, -1);
}

static void test_statement_start_forms(void **state)
{
    (void)state;
    expect_kinds("SET a.b = 3s;", TK_LEGACY_SET, ';', -1);
    expect_kinds("SET execution.runtime-mode = $MODE;", TK_LEGACY_SET, ';',
                 -1);
    expect_kinds("RESET a.b;", TK_LEGACY_RESET, ';', -1);
    expect_kinds("SET 'a' = 'b';", TK_KW_SET, TK_STRING, '=', TK_STRING, ';',
                 -1);
    expect_kinds("SET;", TK_KW_SET, ';', -1);
    expect_kinds("HELP; quit;", TK_CLIENT_CMD, ';', TK_CLIENT_CMD, ';', -1);
    /* not at a statement start: ordinary tokens */
    expect_kinds("x SET a = b", TK_IDENT, TK_KW_SET, TK_IDENT, '=', TK_IDENT,
                 -1);
}

static void test_hive_dialect(void **state)
{
    (void)state;
    struct lexed l;
    lex_init(&l, "CREATE TABLE t (a INT) STORED AS ORC; SET x = 'default'; "
                 "SELECT 1;");
    l.ctx.hive_dialect = true;
    struct span sp;
    assert_int_equal(next(&l, &sp), TK_HIVE_STMT);
    assert_int_equal(sp.start, 0);
    assert_int_equal(sp.end, 36);
    assert_int_equal(next(&l, &sp), ';');
    assert_int_equal(next(&l, &sp), TK_LEGACY_SET);
    lex_done(&l);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_keywords_and_identifiers),
        cmocka_unit_test(test_literals),
        cmocka_unit_test(test_operators),
        cmocka_unit_test(test_comments_and_hints),
        cmocka_unit_test(test_spans),
        cmocka_unit_test(test_line_ends),
        cmocka_unit_test(test_positions_across_blocks),
        cmocka_unit_test(test_errors),
        cmocka_unit_test(test_statement_start_forms),
        cmocka_unit_test(test_hive_dialect),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
