/* diag.h -- diagnostics: what every stage reports and every format prints.
 *
 * A diag_list belongs to one file's check. Messages, hints and notes are
 * allocated in that file's arena; only the growable array itself is malloc'd
 * (an arena cannot realloc), and diag_list_free() releases it.
 */
#ifndef SQLCHECK_DIAG_H
#define SQLCHECK_DIAG_H

#include "sqlcheck/source.h"

#include <stdarg.h>
#include <stdbool.h>

#if defined(__GNUC__)
#define PRINTF_LIKE(f, a) __attribute__((format(printf, f, a)))
#else
#define PRINTF_LIKE(f, a)
#endif

enum severity { SEV_NOTE = 0, SEV_WARNING = 1, SEV_ERROR = 2 };

struct diag_note {
    struct diag_note *next;
    struct span span;
    const char *message;
};

/* One replacement of a fix: bytes [span) of the text become text. */
struct fix_edit {
    struct span span;
    const char *text;
};

/* The edit that fixes a finding: safe when it is the one right edit (the
 * meaning is what the user wanted), unsafe when it is a guess ("did you
 * mean"). Edits are in text order and do not overlap. */
struct fix {
    const char *description;    /* "add TEMPORARY" */
    bool safe;
    size_t nedits;
    struct fix_edit *edits;
};

struct diag {
    const char *code;           /* "FSQL001" */
    const char *rule;           /* "syntax-error" */
    enum severity severity;
    struct span span;
    const char *message;        /* lowercase, no trailing period */
    const char *hint;           /* optional: how to fix it */
    struct diag_note *notes;    /* optional: related places */
    const struct fix *fix;      /* optional: the edit that fixes it */
    size_t seq;                 /* insertion order, for a stable sort */
};

/* Findings shown per file; the rest are counted (FSQL004). Producers that
 * report in text order keep only their first MAX_FINDINGS (not counting
 * suppressed ones) and count the rest in diag_list.dropped, so a file with
 * a million problems does not need memory for a million messages. */
enum { MAX_FINDINGS = 1000 };

struct diag_list {
    struct diag *items;
    size_t count, cap;
    size_t dropped;             /* findings counted but not kept */
    struct arena *arena;
    struct source *src;
};

void diag_list_init(struct diag_list *dl, struct arena *a, struct source *src);
void diag_list_free(struct diag_list *dl);

/* Append a diagnostic; the returned pointer is valid until the next add.
 * diag_set_hint() and diag_add_note() accept NULL (a finding not kept). */
struct diag *diag_add(struct diag_list *dl, const char *code, const char *rule,
                      enum severity sev, struct span span, const char *fmt, ...)
    PRINTF_LIKE(6, 7);
struct diag *diag_vadd(struct diag_list *dl, const char *code,
                       const char *rule, enum severity sev, struct span span,
                       const char *fmt, va_list ap) PRINTF_LIKE(6, 0);
/* Append a copy of a finding made elsewhere (its strings stay where they
 * are). */
struct diag *diag_push(struct diag_list *dl, const struct diag *from);
void diag_set_hint(struct diag_list *dl, struct diag *d, const char *fmt, ...)
    PRINTF_LIKE(3, 4);
void diag_add_note(struct diag_list *dl, struct diag *d, struct span span,
                   const char *fmt, ...) PRINTF_LIKE(4, 5);

/* Give d a fix of one edit: the bytes of at become text (both in the
 * arena's copy); more edits with diag_fix_edit(), in text order. NULL d:
 * nothing. */
void diag_set_fix(struct diag_list *dl, struct diag *d, bool safe,
                  struct span at, const char *text, const char *fmt, ...)
    PRINTF_LIKE(6, 7);
void diag_fix_edit(struct diag_list *dl, struct diag *d, struct span at,
                   const char *text);

/* Stable sort by offset (then code). */
void diag_sort(struct diag_list *dl);

const char *severity_name(enum severity sev);

/* printf into the arena. */
char *arena_vprintf(struct arena *a, const char *fmt, va_list ap);
char *arena_printf(struct arena *a, const char *fmt, ...) PRINTF_LIKE(2, 3);

#endif
