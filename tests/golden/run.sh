#!/bin/sh
# Golden tests: for every samples/**/X.sql with a sibling X.expected, run
#   sqlcheck X.sql            (what a user sees in a terminal)
# from the repository root and compare stdout and the exit status with
# X.expected, whose last line is "exit: N". A sample without .expected must
# produce no findings at all: "no problems found in 1 file" and exit 0
# (e.g. samples/parse/*.sql). A sample with a sibling X.ast is also run
# with --dump-ast, and its trees (stdout) compared with X.ast: operators,
# slots and forms by name, so that a change of the tree is seen. A sample
# with a sibling X.fixed is also fixed (--fix, on a copy) and the result
# compared with X.fixed.
#
#   tests/golden/run.sh build/sqlcheck samples             check
#   tests/golden/run.sh --update build/sqlcheck samples    rewrite the
#       .expected files (new ones only for samples with findings); this
#       checks nothing and says so
set -u
update=0
if [ "${1:-}" = --update ]; then
  update=1
  shift
fi
bin=$1
dir=$2
pass=0
fail=0
updated=0
tmp=$(mktemp)
trap 'rm -f "$tmp"' EXIT
clean=$(printf 'no problems found in 1 file\nexit: 0')
# compare GOT with the golden file WANT (or rewrite it with --update)
compare() {     # compare WHAT GOT WANT
  if [ $update = 1 ]; then
    cmp -s "$2" "$3" || { cp "$2" "$3"; updated=$((updated + 1)); }
  elif cmp -s "$2" "$3"; then
    pass=$((pass + 1))
  else
    echo "FAIL $1:"
    diff -u "$3" "$2" | head -40
    fail=$((fail + 1))
  fi
}
for sql in $(find "$dir" -name '*.sql' | LC_ALL=C sort); do
  ast=${sql%.sql}.ast
  if [ -f "$ast" ]; then
    NO_COLOR=1 "$bin" --no-config --dump-ast "$sql" >"$tmp" 2>/dev/null
    compare "$sql (--dump-ast)" "$tmp" "$ast"
  fi
  fixed=${sql%.sql}.fixed
  if [ -f "$fixed" ]; then
    # the sample after --fix, on a copy beside it (its .sqlcheckrc holds)
    copy=${sql%.sql}.fixing
    cp "$sql" "$copy"
    "$bin" --fix "$copy" >/dev/null 2>&1
    compare "$sql (--fix)" "$copy" "$fixed"
    rm -f "$copy"
  fi
  exp=${sql%.sql}.expected
  NO_COLOR=1 "$bin" "$sql" >"$tmp" 2>&1
  echo "exit: $?" >>"$tmp"
  if [ $update = 1 ]; then
    if [ -f "$exp" ] || [ "$(cat "$tmp")" != "$clean" ]; then
      cmp -s "$tmp" "$exp" || { cp "$tmp" "$exp"; updated=$((updated + 1)); }
    fi
    continue
  fi
  if [ ! -f "$exp" ]; then
    if [ "$(cat "$tmp")" = "$clean" ]; then
      pass=$((pass + 1))
    else
      echo "FAIL $sql: expected no findings, got:"
      cat "$tmp"
      fail=$((fail + 1))
    fi
    continue
  fi
  if cmp -s "$tmp" "$exp"; then
    pass=$((pass + 1))
  else
    echo "FAIL $sql:"
    diff -u "$exp" "$tmp"
    fail=$((fail + 1))
  fi
done
if [ $update = 1 ]; then
  echo "golden: $updated .expected and .ast files written; nothing was checked"
  exit 0
fi
echo "golden: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
