/* lsp_text.h -- an open document's text as the language server keeps it:
 * positions (line, character) in the negotiated encoding to byte offsets
 * and back, and the edits of textDocument/didChange. */
#ifndef SQLCHECK_LSP_TEXT_H
#define SQLCHECK_LSP_TEXT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* What a position's character counts: UTF-16 code units (the protocol's
 * default) or bytes of UTF-8 (when the client offers it). */
enum lsp_encoding { LSP_UTF16, LSP_UTF8 };

struct lsp_pos {
    uint32_t line, character;
};

/* Where lines start: after "\n", "\r\n" or a lone "\r" (the protocol's
 * three line ends). */
struct lsp_lines {
    uint32_t *start;
    size_t count;
};

void lsp_lines_build(struct lsp_lines *l, const char *text, size_t len);
void lsp_lines_free(struct lsp_lines *l);

/* The position of byte offset off (clamped to len). */
struct lsp_pos lsp_position(const struct lsp_lines *l, const char *text,
                            size_t len, size_t off, enum lsp_encoding enc);

/* The byte offset of p: a line past the end is the end of the text, a
 * character past its line's end is the line's end (before its line end),
 * one inside a character (half of a UTF-16 surrogate pair) is after it. */
size_t lsp_offset(const struct lsp_lines *l, const char *text, size_t len,
                  struct lsp_pos p, enum lsp_encoding enc);

/* A growable text: replace bytes [from, to) with repl. */
struct lsp_text {
    char *text;                 /* NUL-terminated */
    size_t len, cap;
};

void lsp_text_set(struct lsp_text *t, const char *s, size_t n);
void lsp_text_replace(struct lsp_text *t, size_t from, size_t to,
                      const char *repl, size_t n);
void lsp_text_free(struct lsp_text *t);

/* Bytes of the valid UTF-8 sequence at p (n bytes left), or 0 (a stray
 * or cut byte, an overlong form, a surrogate, beyond U+10FFFF). */
size_t lsp_utf8_seq(const unsigned char *p, size_t n);

/* A malloc'd copy of s whose bytes that are not part of valid UTF-8 are
 * U+FFFD each (the protocol's strings are UTF-8). */
char *lsp_utf8_clean(const char *s);

#endif
