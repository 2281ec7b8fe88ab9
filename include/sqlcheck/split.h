/* split.h -- a large file checked on two threads: the second thread parses
 * the file from about the middle on while the first parses from the
 * start; the report is the one a single thread gives (see split.c). */
#ifndef SQLCHECK_SPLIT_H
#define SQLCHECK_SPLIT_H

#include "sqlcheck/ast.h"
#include "sqlcheck/diag.h"
#include "sqlcheck/parse.h"
#include "sqlcheck/resolve.h"
#include "sqlcheck/source.h"
#include "sqlcheck/stmt.h"

#include <stdbool.h>

struct split;

/* CPUs this process may run on: its affinity mask, as taskset(1) and
 * cpusets narrow it (a CPU quota does not show there). */
int split_cpus(void);

/* Start the second thread on the file's second part; NULL when the file
 * has no place to cut or no thread can be started. all_refs: as in
 * struct resolution; facts: the option facts its tree rules check
 * against (options.h); target: what the file is checked for (it must
 * outlive the split). */
struct option_facts;
struct target;
struct split *split_start(const struct source *src, bool all_refs,
                          const bool *disabled,
                          const struct option_facts *facts,
                          const struct target *target);

/* Where the first thread's parse is to stop (struct parse_opts). */
uint32_t split_offset(const struct split *sp);

/* After the first thread's parse (first: its options and results): wait
 * for the second; if the first stopped at the cut, resolve the second
 * part's statements with r, append them to stmts and their findings to
 * dl (kept in a), else drop them. Frees sp. */
void split_finish(struct split *sp, const struct parse_opts *first,
                  struct stmt_list *stmts, struct resolver *r,
                  struct diag_list *dl, struct arena *a);

#endif
