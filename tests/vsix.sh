#!/bin/sh
# The VS Code extension: make vsix built it; it holds the client and its
# runtime dependencies, its version is sqlcheck's, and the protocol
# library VS Code's client is built on talks to the server.
#   tests/vsix.sh path/to/extension.vsix path/to/sqlcheck path/to/built-extension-dir
set -u
vsix=$1 bin=$2 ext=$3
pass=0 fail=0
check() {
  name=$1; shift
  if "$@" >/dev/null 2>&1; then pass=$((pass + 1)); else fail=$((fail + 1)); echo "FAIL $name"; fi
}
check built test -s "$vsix"
list=$(python3 -c 'import sys, zipfile; print("\n".join(zipfile.ZipFile(sys.argv[1]).namelist()))' "$vsix")
for f in extension/package.json extension/extension.js extension/README.md \
         extension/node_modules/vscode-languageclient/node.js \
         extension/node_modules/vscode-jsonrpc/node.js extension.vsixmanifest; do
  check "contains-$f" sh -c "printf '%s\n' \"\$1\" | grep -qx '$f'" _ "$list"
done
check no-dev-dependencies sh -c "! printf '%s\n' \"\$1\" | grep -q 'node_modules/@vscode/vsce'" _ "$list"
check no-tests sh -c "! printf '%s\n' \"\$1\" | grep -q '^extension/test/'" _ "$list"
version=$("$bin" --version | sed -n 's/^sqlcheck //p')
vv=$(python3 -c 'import json, sys, zipfile; print(json.loads(zipfile.ZipFile(sys.argv[1]).read("extension/package.json"))["version"])' "$vsix")
check version test "$version" = "$vv"
if node "$ext/test/protocol.js" "$bin"; then pass=$((pass + 1)); else fail=$((fail + 1)); fi
echo "vsix: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
