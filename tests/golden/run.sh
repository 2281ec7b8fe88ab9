#!/bin/sh
# Golden tests: for every samples/**/X.sql with a sibling X.expected, run
#   sqlcheck X.sql            (what a user sees in a terminal)
# from the repository root and compare stdout and the exit status with
# X.expected, whose last line is "exit: N". A sample without .expected must
# produce no findings at all (exit 0), e.g. samples/parse/*.sql. UPDATE=1
# writes .expected files (new ones only for samples that have findings).
#
#   tests/golden/run.sh build/sqlcheck samples     check
#   UPDATE=1 tests/golden/run.sh ...               rewrite the .expected files
set -u
bin=$1
dir=$2
pass=0
fail=0
tmp=$(mktemp)
trap 'rm -f "$tmp"' EXIT
for sql in $(find "$dir" -name '*.sql' | LC_ALL=C sort); do
  exp=${sql%.sql}.expected
  NO_COLOR=1 "$bin" "$sql" >"$tmp" 2>&1
  echo "exit: $?" >>"$tmp"
  if [ ! -f "$exp" ] && [ "${UPDATE:-0}" = 1 ] &&
     [ "$(tail -n 1 "$tmp")" != "exit: 0" ]; then
    cp "$tmp" "$exp"
  fi
  if [ ! -f "$exp" ]; then
    if [ "$(tail -n 1 "$tmp")" = "exit: 0" ]; then
      pass=$((pass + 1))
    else
      echo "FAIL $sql: expected no findings, got:"
      cat "$tmp"
      fail=$((fail + 1))
    fi
    continue
  fi
  if [ "${UPDATE:-0}" = 1 ]; then
    cp "$tmp" "$exp"
  fi
  if cmp -s "$tmp" "$exp"; then
    pass=$((pass + 1))
  else
    echo "FAIL $sql:"
    diff -u "$exp" "$tmp"
    fail=$((fail + 1))
  fi
done
echo "golden: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
