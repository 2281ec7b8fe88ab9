#!/bin/sh
# Neovim's built-in LSP client (headless) against sqlcheck --lsp, with
# UTF-16 positions (the protocol's default) and with UTF-8 (offered through
# offsetEncoding). The checks are in tests/lsp_nvim.lua.
#
# usage: tests/lsp_nvim.sh path/to/sqlcheck
set -u
bin=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
here=$(cd "$(dirname "$0")" && pwd)
if ! command -v nvim >/dev/null 2>&1; then
    echo "lsp-nvim: skipped (Neovim is not installed; make test-deps installs it)"
    exit 0
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
status=0
for enc in utf-16 utf-8; do
    printf '%s\n' \
        "CREATE TABLE src (id INT) WITH ('connector' = 'datagen');" \
        "CREATE TEMPORARY TABLE snk (id INT) WITH ('connector' = 'blackhole');" \
        "INSERT INTO snk SELECT id FROM src" \
        "WHERE '😀é' != 'x';" > "$work/job.sql"
    # no user configuration, no plugins, no swap files
    if ! SQLCHECK="$bin" WORKDIR="$work" ENCODING="$enc" \
        XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data" \
        XDG_STATE_HOME="$work/state" XDG_CACHE_HOME="$work/cache" \
        timeout 120 nvim --headless --clean -n \
            -c "luafile $here/lsp_nvim.lua" 2>&1; then
        echo "lsp-nvim: FAILED with $enc positions"
        status=1
    fi
done
[ $status = 0 ] && echo "lsp-nvim: passed (Neovim $(nvim --version | head -1 | cut -d' ' -f2))"
exit $status
