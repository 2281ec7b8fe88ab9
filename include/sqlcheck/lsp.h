/* lsp.h -- the language server (--lsp): the Language Server Protocol 3.17
 * over a pair of file descriptors (standard input and output). Each open
 * document is checked by the session as a file of its path would be (its
 * folder's .sqlcheckrc and catalog files, the command line's options) and
 * its findings are published as diagnostics; fixes become code actions,
 * rule pages hovers. */
#ifndef SQLCHECK_LSP_H
#define SQLCHECK_LSP_H

#include "sqlcheck/session.h"

/* Serve until the client's exit notification or the end of input; the
 * process's exit status: 0 after shutdown and exit, else 1. */
int lsp_serve(struct session *s, int in_fd, int out_fd);

#endif
