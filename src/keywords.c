/* keywords.c -- keyword lookup for the lexer and for messages. */
#include "sqlcheck/keywords.h"

#include "parser.h"

#include <stdlib.h>
#include <string.h>

#define R KW_RESERVED
#define V KW_VERSION_RESERVED
#define N KW_NONRESERVED
static const struct keyword keywords[] = {
#define KW(word, cat) { word, cat },
#include "../grammar/keywords.def"
#undef KW
};
#undef R
#undef V
#undef N

static const struct kw_tok grammar_tokens[] = {
#include "kwmap.inc"
};

const struct keyword *kw_table(size_t *n)
{
    *n = sizeof(keywords) / sizeof(*keywords);
    return keywords;
}

const struct kw_tok *kw_grammar_tokens(size_t *n)
{
    *n = sizeof(grammar_tokens) / sizeof(*grammar_tokens);
    return grammar_tokens;
}

bool kw_equal_nocase(const char *s, const char *w, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        if (c >= 'a' && c <= 'z')
            c = (char)(c - 'a' + 'A');
        if (c != w[i])
            return false;
    }
    return true;
}

/* Upper-case s into buf; false if it cannot be a keyword. */
static bool upcase(const char *s, size_t len, char *buf, size_t cap)
{
    if (len == 0 || len >= cap)
        return false;
    for (size_t i = 0; i < len; i++) {
        char c = s[i];
        if (c >= 'a' && c <= 'z')
            c = (char)(c - 'a' + 'A');
        else if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                   c == '_'))
            return false;
        buf[i] = c;
    }
    buf[len] = '\0';
    return true;
}

static int cmp_kw(const void *key, const void *elem)
{
    return strcmp(key, ((const struct keyword *)elem)->word);
}

static int cmp_tok(const void *key, const void *elem)
{
    return strcmp(key, ((const struct kw_tok *)elem)->word);
}

enum kw_category kw_category(const char *s, size_t len)
{
    char buf[40];
    if (!upcase(s, len, buf, sizeof(buf)))
        return KW_NONE;
    const struct keyword *k =
        bsearch(buf, keywords, sizeof(keywords) / sizeof(*keywords),
                sizeof(*keywords), cmp_kw);
    return k ? k->cat : KW_NONE;
}

int kw_token(const char *s, size_t len)
{
    char buf[40];
    if (!upcase(s, len, buf, sizeof(buf)))
        return TK_IDENT;
    const struct kw_tok *t =
        bsearch(buf, grammar_tokens,
                sizeof(grammar_tokens) / sizeof(*grammar_tokens),
                sizeof(*grammar_tokens), cmp_tok);
    if (t)
        return t->token;
    const struct keyword *k =
        bsearch(buf, keywords, sizeof(keywords) / sizeof(*keywords),
                sizeof(*keywords), cmp_kw);
    if (k && k->cat == KW_RESERVED)
        return TK_RESERVED_WORD;
    return TK_IDENT;
}
