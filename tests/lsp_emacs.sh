#!/bin/sh
# Emacs's eglot (batch mode) against sqlcheck --lsp, as docs/editors/emacs.md
# sets it up. The checks are in tests/lsp_emacs.el.
#
# usage: tests/lsp_emacs.sh path/to/sqlcheck
set -u
bin=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
here=$(cd "$(dirname "$0")" && pwd)
if ! command -v emacs >/dev/null 2>&1 ||
   ! emacs --batch --eval '(require (quote eglot))' >/dev/null 2>&1; then
    echo "lsp-emacs: skipped (Emacs with eglot is not installed; make test-deps installs emacs-nox and elpa-eglot)"
    exit 0
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
printf '%s\n' \
    "CREATE TABLE src (id INT) WITH ('connector' = 'datagen');" \
    "CREATE TEMPORARY TABLE snk (id INT) WITH ('connector' = 'blackhole');" \
    "INSERT INTO snk SELECT id FROM src" \
    "WHERE '😀é' != 'x';" > "$work/job.sql"
SQLCHECK="$bin" WORKDIR="$work" HOME="$work" \
    timeout 120 emacs --batch -l "$here/lsp_emacs.el" > "$work/log" 2>&1
status=$?
grep -E '^(FAIL|emacs:)' "$work/log"
if [ $status = 0 ]; then
    echo "lsp-emacs: passed (Emacs $(emacs --version | head -1 | cut -d' ' -f3))"
else
    tail -20 "$work/log"
    echo "lsp-emacs: FAILED"
fi
exit $status
