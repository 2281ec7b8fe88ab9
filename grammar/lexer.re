/* lexer.re -- re2c scanner for Flink SQL (Calcite's BTID lexical state).
 *
 * All state lives in struct parse_ctx; there are no globals. The input is
 * NUL-terminated at ctx->lim; a NUL before the limit is an ordinary bad
 * character. Keywords are looked up in the keyword table after an identifier
 * is matched, so the DFA stays small. Lexical errors are reported here, at
 * the offending text, and the scanner then returns either the token the user
 * most likely meant (so checking continues) or TK_YYerror.
 */
#include "parse_ctx.h"
#include "parser.h"
#include "sqlcheck/keywords.h"

#include <string.h>
#include <strings.h>

/*!re2c
    re2c:define:YYCTYPE = "unsigned char";
    re2c:define:YYCURSOR = "ctx->cur";
    re2c:define:YYMARKER = "ctx->mrk";
    re2c:define:YYLIMIT = "ctx->lim";
    re2c:yyfill:enable = 0;
    re2c:eof = 0;

    digit   = [0-9];
    letter  = [a-zA-Z_$] | [\x80-\xff];
    ident   = letter (letter | digit)*;
    int     = digit+;
    dec     = digit+ "." digit* | "." digit+;
    approx  = (int | dec) [eE] [+-]? digit+;
    sq      = "'" ([^'\x00] | "''" | [\x00])* "'";
    ws      = [ \t\n\r\f\v]+;
*/

static struct span span_of(struct parse_ctx *ctx)
{
    struct span sp = { (uint32_t)(ctx->tok - ctx->base),
                       (uint32_t)(ctx->cur - ctx->base) };
    return sp;
}

/* The token's span in one 8-byte store where the layout allows: the
 * filter reads it back at once, and two 4-byte halves cannot be forwarded
 * to one 8-byte load (a stall on every token). */
static void set_span(struct span *sp, struct parse_ctx *ctx)
{
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    uint64_t v = (uint64_t)(uint32_t)(ctx->tok - ctx->base) |
                 (uint64_t)(uint32_t)(ctx->cur - ctx->base) << 32;
    _Static_assert(sizeof *sp == sizeof v, "struct span is two uint32_t");
    memcpy(sp, &v, sizeof v);
#else
    *sp = span_of(ctx);
#endif
}

static bool is_space(unsigned char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' ||
           c == '\v';
}

/* Skip whitespace and comments from p; stop at lim. */
static const unsigned char *skip_blank(const unsigned char *p,
                                       const unsigned char *lim)
{
    for (;;) {
        while (p < lim && is_space(*p))
            p++;
        if (p + 1 < lim && ((p[0] == '-' && p[1] == '-') ||
                            (p[0] == '/' && p[1] == '/'))) {
            while (p < lim && *p != '\n' && *p != '\r')
                p++;
            continue;
        }
        if (p + 2 < lim && p[0] == '/' && p[1] == '*' && p[2] != '+') {
            const unsigned char *q = p + 2;
            while (q + 1 < lim && !(q[0] == '*' && q[1] == '/'))
                q++;
            if (q + 1 >= lim)
                return p;
            p = q + 2;
            continue;
        }
        return p;
    }
}

/* The SQL client's regex layer: `SET key = value` with an unquoted key, and
 * `RESET key`, taken before the grammar. p is just after the keyword. */
static bool match_legacy_set(struct parse_ctx *ctx, const unsigned char *p,
                             bool is_reset)
{
    const unsigned char *lim = ctx->lim;
    if (p < lim && !is_space(*p))
        return false;
    while (p < lim && is_space(*p))
        p++;
    const unsigned char *k = p;
    while (p < lim && !is_space(*p) && *p != '=' && *p != ';' && *p != '\'' &&
           *p != '"' && *p != '`')
        p++;
    if (p == k)
        return false;
    if (p < lim && (*p == '\'' || *p == '"' || *p == '`'))
        return false;
    struct span key = { (uint32_t)(k - ctx->base), (uint32_t)(p - ctx->base) };
    struct span val = { key.end, key.end };
    if (!is_reset) {
        while (p < lim && is_space(*p))
            p++;
        if (p >= lim || *p != '=')
            return false;
        p++;
        while (p < lim && (*p == ' ' || *p == '\t'))
            p++;
        const unsigned char *v = p;
        if (p < lim && *p == '\'') {
            p++;
            while (p < lim && *p != '\'')
                p++;
            if (p >= lim)
                return false;
            p++;
        } else {
            while (p < lim && !is_space(*p) && *p != ';')
                p++;
        }
        if (p == v)
            return false;
        val.start = (uint32_t)(v - ctx->base);
        val.end = (uint32_t)(p - ctx->base);
    }
    const unsigned char *end = p;
    p = skip_blank(p, lim);
    if (p < lim && *p != ';')
        return false;
    ctx->cur = end;
    ctx->set_key = key;
    ctx->set_value = val;
    return true;
}

/* HELP, CLEAR, QUIT, EXIT alone: SQL client commands. */
static bool is_client_command(struct parse_ctx *ctx)
{
    static const char *const cmds[] = { "HELP", "CLEAR", "QUIT", "EXIT" };
    size_t n = (size_t)(ctx->cur - ctx->tok);
    for (size_t i = 0; i < sizeof(cmds) / sizeof(*cmds); i++) {
        if (n == strlen(cmds[i]) &&
            kw_equal_nocase((const char *)ctx->tok, cmds[i], n)) {
            const unsigned char *p = skip_blank(ctx->cur, ctx->lim);
            return p >= ctx->lim || *p == ';';
        }
    }
    return false;
}

/* End of a Hive-dialect statement starting at p: the next ';' outside
 * quotes and comments, or the end of input. */
static const unsigned char *hive_statement_end(const unsigned char *p,
                                               const unsigned char *lim)
{
    while (p < lim) {
        unsigned char c = *p;
        if (c == ';')
            return p;
        if (c == '\'' || c == '"' || c == '`') {
            p++;
            while (p < lim && *p != c)
                p += (*p == '\\' && p + 1 < lim) ? 2 : 1;
            if (p < lim)
                p++;
            continue;
        }
        const unsigned char *q = skip_blank(p, lim);
        if (q != p) {
            p = q;
            continue;
        }
        p++;
    }
    return lim;
}

/* Block comment body after its opening: skip past the close or report. */
static bool skip_block_comment(struct parse_ctx *ctx)
{
    const unsigned char *p = ctx->cur;
    while (p + 1 < ctx->lim && !(p[0] == '*' && p[1] == '/'))
        p++;
    if (p + 1 >= ctx->lim) {
        struct span sp = { (uint32_t)(ctx->tok - ctx->base),
                           (uint32_t)(ctx->tok - ctx->base) + 2 };
        parse_error(ctx, sp, "unterminated comment");
        ctx->cur = ctx->lim;
        return false;
    }
    ctx->cur = p + 2;
    return true;
}

/* The unsafe fix of double-quoted text: a string where it is compared
 * (after =, <, > or LIKE, the text said as 'text'); a name where it is
 * qualified (next to a '.', said as `text`); else none: only its author
 * knows which it is. */
static void double_quoted_fix(struct parse_ctx *ctx, struct diag *d)
{
    const unsigned char *b = ctx->tok, *e = ctx->cur;
    const unsigned char *p = b;
    while (p > ctx->base && is_space(p[-1]))
        p--;
    const unsigned char *q = skip_blank(e, ctx->lim);
    bool compared = p > ctx->base && (p[-1] == '=' || p[-1] == '<' ||
                                      p[-1] == '>');
    if (!compared && p - ctx->base >= 5 && is_space(p[-5]) &&
        strncasecmp((const char *)p - 4, "LIKE", 4) == 0)
        compared = true;
    bool qualified = (p > ctx->base && p[-1] == '.') ||
                     (q < ctx->lim && *q == '.');
    if (compared == qualified)
        return;
    /* the text between the quotes, said the other way */
    const char *text = arena_quote(ctx->arena, (const char *)b + 1,
                                   (size_t)(e - b) - 2,
                                   compared ? '\'' : '`');
    diag_set_fix(ctx->diags, d, false, span_of(ctx), text,
                 compared ? "make it a string" : "make it a name");
}

static void unexpected_char(struct parse_ctx *ctx)
{
    unsigned char c = ctx->tok[0];
    if (c == 0)
        parse_error(ctx, span_of(ctx), "unexpected NUL byte");
    else if (c < 0x20 || c == 0x7f)
        parse_error(ctx, span_of(ctx), "unexpected control character 0x%02X",
                    (unsigned)c);
    else
        parse_error(ctx, span_of(ctx), "unexpected character '%c'", (char)c);
}

static int scan(struct parse_ctx *ctx, struct span *sp)
{
    for (;;) {
        ctx->tok = ctx->cur;
#define TOKEN(t) do { set_span(sp, ctx); return (t); } while (0)
        /*!re2c
        $               { set_span(sp, ctx); return TK_YYEOF; }
        ws              { continue; }
        "--" [^\r\n\x00]* | "//" [^\r\n\x00]*   { continue; }
        "/*+"           { ctx->in_hint = true; TOKEN(TK_HINT_BEG); }
        "/*"            { if (!skip_block_comment(ctx))
                              TOKEN(TK_YYEOF);
                          continue; }
        "*/"            { if (ctx->in_hint) {
                              ctx->in_hint = false;
                              TOKEN(TK_HINT_END);
                          }
                          ctx->cur--;
                          TOKEN('*'); }

        ident           { *sp = span_of(ctx);
                          if (ctx->words_unread)
                              return TK_IDENT;
                          bool vw = false;
                          int t = kw_token((const char *)ctx->tok,
                                           (size_t)(ctx->cur - ctx->tok),
                                           &vw);
                          if (vw)   /* for stmt_done() */
                              ctx->version_words[ctx->nversion_words++ %
                                                 VERSION_WORDS_KEPT] =
                                  sp->start;
                          return t; }
        "`" ([^`\r\n\x00] | "``")* "`"   { TOKEN(TK_IDENT); }
        "`"             { parse_error(ctx, span_of(ctx),
                                      "unterminated quoted identifier");
                          ctx->cur = ctx->lim;
                          TOKEN(TK_YYerror); }

        sq              { TOKEN(TK_STRING); }
        [nNeE] sq       { TOKEN(TK_STRING); }
        "_" [a-zA-Z0-9_]+ sq { TOKEN(TK_STRING); }
        [uU] "&" sq     { TOKEN(TK_USTRING); }
        [xX] sq         { TOKEN(TK_XSTRING); }
        ([nNeExX] | [uU] "&" | "_" [a-zA-Z0-9_]+)? "'"
                        { parse_error(ctx, span_of(ctx),
                                      "unterminated string literal");
                          ctx->cur = ctx->lim;
                          TOKEN(TK_YYerror); }
        '"' [^"\x00]* '"' {
                          struct diag *d = parse_error(ctx, span_of(ctx),
                              "double-quoted text is not a string in Flink SQL");
                          if (d) {
                              diag_set_hint(ctx->diags, d,
                                  "use 'single quotes' for strings and "
                                  "`backticks` for names");
                              double_quoted_fix(ctx, d);
                          }
                          TOKEN(TK_STRING); }
        '"'             { parse_error(ctx, span_of(ctx),
                                      "unterminated double-quoted text");
                          ctx->cur = ctx->lim;
                          TOKEN(TK_YYerror); }

        int             { TOKEN(TK_INTEGER); }
        dec             { TOKEN(TK_DECIMAL); }
        approx          { TOKEN(TK_APPROX); }

        "<="            { TOKEN(TK_LE); }
        ">="            { TOKEN(TK_GE); }
        "<>"            { TOKEN(TK_NE); }
        "!="            { struct diag *d = parse_error(ctx, span_of(ctx),
                              "'!=' is not allowed in Flink SQL");
                          if (d) {
                              diag_set_hint(ctx->diags, d, "use '<>'");
                              diag_set_fix(ctx->diags, d, true,
                                           span_of(ctx), "<>", "write <>");
                          }
                          TOKEN(TK_NE); }
        "||"            { TOKEN(TK_CONCAT); }
        "=>"            { TOKEN(TK_ARROW); }
        "->"            { TOKEN(TK_LAMBDA); }
        "<<"            { TOKEN(TK_SHL); }
        "{-"            { TOKEN(TK_PAT_EXCL_BEG); }
        "-}"            { TOKEN(TK_PAT_EXCL_END); }
        [()[\]{};.,=<>?:+\-*/%|^&] { TOKEN(ctx->tok[0]); }

        *               { unexpected_char(ctx);
                          TOKEN(TK_YYerror); }
        */
#undef TOKEN
    }
}

uint32_t lex_next_start(const struct parse_ctx *ctx)
{
    return (uint32_t)(skip_blank(ctx->cur, ctx->lim) - ctx->base);
}

int lex_scan(struct parse_ctx *ctx, struct span *sp)
{
    int t = scan(ctx, sp);
    if (!ctx->at_stmt_start || t == ';' || t == TK_YYEOF)
        return t;

    if (ctx->hive_dialect) {
        const unsigned char *end = hive_statement_end(ctx->tok, ctx->lim);
        /* A SET that switches back to the default dialect is Flink SQL. */
        bool back = false;
        if (t == TK_KW_SET) {
            size_t n = (size_t)(end - ctx->tok);
            for (size_t i = 0; i + 7 <= n; i++)
                if (kw_equal_nocase((const char *)ctx->tok + i, "DEFAULT", 7))
                    back = true;
        }
        if (!back) {
            ctx->cur = end;
            sp->end = (uint32_t)(end - ctx->base);
            while (sp->end > sp->start && is_space(ctx->base[sp->end - 1]))
                sp->end--;
            return TK_HIVE_STMT;
        }
    }
    if (t == TK_KW_SET && match_legacy_set(ctx, ctx->cur, false)) {
        *sp = span_of(ctx);
        return TK_LEGACY_SET;
    }
    if (t == TK_KW_RESET && match_legacy_set(ctx, ctx->cur, true)) {
        *sp = span_of(ctx);
        return TK_LEGACY_RESET;
    }
    if (t == TK_IDENT && is_client_command(ctx))
        return TK_CLIENT_CMD;
    return t;
}
