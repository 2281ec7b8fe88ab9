/* keywords.h -- Flink's keyword table (grammar/keywords.def). */
#ifndef SQLCHECK_KEYWORDS_H
#define SQLCHECK_KEYWORDS_H

#include <stdbool.h>
#include <stddef.h>

enum kw_category { KW_NONE = 0, KW_NONRESERVED, KW_VERSION_RESERVED,
                   KW_RESERVED };

struct keyword {
    const char *word;           /* upper case */
    enum kw_category cat;
};

/* All keywords, sorted by word; count in *n. */
const struct keyword *kw_table(size_t *n);

/* Category of an identifier-shaped word (any case); KW_NONE if none. */
enum kw_category kw_category(const char *s, size_t len);

/* Token the lexer returns for an identifier-shaped word: a grammar keyword
 * token, TK_RESERVED_WORD for other reserved words, else TK_IDENT.
 * *version_word is set when the word is reserved in some releases only
 * (KW_VERSION_RESERVED), left alone otherwise. */
int kw_token(const char *s, size_t len, bool *version_word);

/* Grammar keyword tokens, sorted by word; count in *n. */
struct kw_tok { const char *word; int token; };
const struct kw_tok *kw_grammar_tokens(size_t *n);

/* ASCII case-insensitive comparison of s[0..n) with upper-case word w. */
bool kw_equal_nocase(const char *s, const char *w, size_t n);

#endif
