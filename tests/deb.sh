#!/bin/sh
# The Debian package (make deb): installed with dpkg -i into a scratch root
# (its own dpkg database), where sqlcheck runs, checks a script and has its
# man page and documents; dpkg lists what it installed and removes it.
#   tests/deb.sh build/sqlcheck_X.Y.Z_ARCH.deb
set -u
deb=$1
pass=0
fail=0
check() {       # check NAME CONDITION...
  name=$1
  shift
  if "$@"; then pass=$((pass + 1)); else echo "FAIL deb: $name"; fail=$((fail + 1)); fi
}
if ! command -v dpkg >/dev/null 2>&1; then
  echo "deb: dpkg not found: package not tested"
  exit 0
fi
root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT
mkdir -p "$root/var/lib/dpkg/info" "$root/var/lib/dpkg/updates"
touch "$root/var/lib/dpkg/status" "$root/var/lib/dpkg/available"
# the scratch root has no libc in its database: the host's libraries serve
dpkg --root="$root" --force-depends --force-not-root --force-script-chrootless \
  --log=/dev/null -i "$deb" >"$root/log" 2>&1
check install test $? = 0
check installed-binary test -x "$root/usr/bin/sqlcheck"
check version sh -c "'$root/usr/bin/sqlcheck' --version | grep -q '^sqlcheck [0-9]'"
printf 'SELECT 1 FROM;\n' > "$root/bad.sql"
"$root/usr/bin/sqlcheck" --format=gcc "$root/bad.sql" > "$root/out" 2>&1
check runs test $? = 1
check finds grep -q 'FSQL001' "$root/out"
check man-page test -s "$root/usr/share/man/man1/sqlcheck.1.gz"
check docs test -s "$root/usr/share/doc/sqlcheck/README.md" -a -s "$root/usr/share/doc/sqlcheck/copyright"
check editor-recipes test -s "$root/usr/share/doc/sqlcheck/editors/neovim.md"
# the language server starts from the package and answers
body='{"jsonrpc":"2.0","id":1,"method":"initialize","params":{}}'
printf 'Content-Length: %d\r\n\r\n%s' ${#body} "$body" \
  | "$root/usr/bin/sqlcheck" --lsp > "$root/lsp.out" 2>&1
check lsp grep -q '"serverInfo"' "$root/lsp.out"
check listed sh -c "dpkg --root='$root' -L sqlcheck | grep -q '^/usr/bin/sqlcheck$'"
check fields sh -c "dpkg-deb -f '$deb' Package Version Depends | grep -q '^Depends: libc6 (>= 2\.[0-9]*), libyaml-0-2, libjansson4 (>= 2\.11)$'"
dpkg --root="$root" --force-not-root --force-script-chrootless --log=/dev/null -r sqlcheck >"$root/log" 2>&1
check remove test ! -e "$root/usr/bin/sqlcheck"
[ "$fail" -ne 0 ] && sed 's/^/  | /' "$root/log"
echo "deb: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
