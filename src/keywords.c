/* keywords.c -- keyword lookup for the lexer and for messages. */
#include "sqlcheck/keywords.h"

#include "parser.h"

#include "kwhash.inc"           /* kw_hash_lookup(): gperf, case-insensitive */

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

enum kw_category kw_category(const char *s, size_t len)
{
    const struct kw_entry *e = kw_hash_lookup(s, len);
    return e ? (enum kw_category)e->cat : KW_NONE;
}

int kw_token(const char *s, size_t len, bool *version_word)
{
    const struct kw_entry *e = kw_hash_lookup(s, len);
    if (!e)
        return TK_IDENT;
    if (e->cat == KW_VERSION_RESERVED)
        *version_word = true;
    if (e->token)
        return e->token;
    return e->cat == KW_RESERVED ? TK_RESERVED_WORD : TK_IDENT;
}
