#!/bin/sh
# --fix and --diff over many real files and variants of them made to need
# fixes (TEMPORARY taken out of every CREATE TEMPORARY, a reserved word
# made a column name, names misspelt): a fix never turns a file without a
# syntax error into one with a syntax error, never adds syntax errors, a
# second --fix changes nothing, and --diff is exactly the change --fix
# writes (git apply of the diff gives the fixed file). Safe fixes, and
# unsafe ones too.
#   tests/fixes.sh build/sqlcheck [shared]
set -u
bin=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
shared=${2:-../shared}
root=$(cd "$(dirname "$0")/.." && pwd)
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
pass=0
fail=0
fixed_files=0

inputs=$root/samples
if [ -d "$shared/corpus" ]; then
  inputs="$inputs $(cd "$shared/corpus" && pwd)"
else
  echo "fixes: $shared/corpus not found: corpus files skipped"
fi
mkdir -p "$dir/in"
n=0
for f in $(find $inputs -name '*.sql' | LC_ALL=C sort); do
  n=$((n + 1))
  cp "$f" "$dir/in/$n.sql"
  sed 's/CREATE TEMPORARY /CREATE /g; s/create temporary /create /g' "$f" > "$dir/in/$n-perm.sql"
  sed 's/(id /(value /; s/ amount / qualify /' "$f" > "$dir/in/$n-word.sql"
  sed 's/FROM orders/FROM ordrs/; s/UPPER(/UPER(/' "$f" > "$dir/in/$n-typo.sql"
  if grep -qi '^[[:space:]]*BEGIN STATEMENT SET;' "$f"; then
    # the set never ended; the set begun before the first CREATE (the
    # definitions inside it)
    sed '/^[[:space:]]*[Ee][Nn][Dd];[[:space:]]*$/d' "$f" > "$dir/in/$n-unended.sql"
    awk '/^[[:space:]]*[Bb][Ee][Gg][Ii][Nn] [Ss][Tt][Aa][Tt][Ee][Mm][Ee][Nn][Tt] [Ss][Ee][Tt];/ { next }
         !moved && /^[[:space:]]*([Cc][Rr][Ee][Aa][Tt][Ee]|[Ss][Ee][Tt]) / { print "BEGIN STATEMENT SET;"; moved = 1 }
         { print }' "$f" > "$dir/in/$n-early.sql"
  fi
done
python3 "$root/bench/gen.py" --size 64K --seed 5 |
  sed 's/CREATE TEMPORARY /CREATE /' > "$dir/in/gen-perm.sql"

syntax_errors() { "$bin" --no-config --format=gcc "$1" 2>/dev/null | grep -c 'FSQL001\]$'; }

cd "$dir" || exit 1
for mode in safe unsafe; do
  extra=
  files=$(ls in/*.sql | grep -v -- '-typo\.sql$')
  if [ $mode = unsafe ]; then
    extra=--unsafe-fixes
    files=$(ls in/*-typo.sql in/*-perm.sql)
  fi
  for f in $files; do
    b=$(basename "$f" .sql)
    mkdir -p "$mode"
    cp "$f" "$mode/$b.sql"
    before=$(syntax_errors "$f")
    # --diff first: what --fix will write
    (cd "$mode" && "$bin" --no-config --diff $extra "$b.sql" > "$b.diff" 2>/dev/null)
    (cd "$mode" && "$bin" --no-config --fix $extra "$b.sql" > /dev/null 2>&1)
    if cmp -s "$f" "$mode/$b.sql"; then
      if [ -s "$mode/$b.diff" ]; then
        echo "FAIL $b ($mode): --diff shows a change --fix did not make"
        fail=$((fail + 1))
      else
        pass=$((pass + 1))
      fi
      continue
    fi
    fixed_files=$((fixed_files + 1))
    after=$(syntax_errors "$mode/$b.sql")
    if [ "$before" = 0 ] && [ "$after" != 0 ] || [ "$after" -gt "$before" ]; then
      echo "FAIL $b ($mode): syntax errors $before before the fixes, $after after"
      "$bin" --no-config --format=gcc "$mode/$b.sql" | grep 'FSQL001\]$' | head -3
      fail=$((fail + 1))
      continue
    fi
    cp "$mode/$b.sql" "$mode/$b.once"
    (cd "$mode" && "$bin" --no-config --fix $extra "$b.sql" > /dev/null 2>&1)
    if ! cmp -s "$mode/$b.sql" "$mode/$b.once"; then
      echo "FAIL $b ($mode): a second --fix changed the file"
      diff "$mode/$b.once" "$mode/$b.sql" | head -5
      fail=$((fail + 1))
      continue
    fi
    mkdir -p "$mode/apply"
    cp "$f" "$mode/apply/$b.sql"
    if ! (cd "$mode/apply" && git apply -p1 "../$b.diff" 2>/dev/null) ||
       ! cmp -s "$mode/apply/$b.sql" "$mode/$b.sql"; then
      echo "FAIL $b ($mode): the --diff output is not the change --fix made"
      head -20 "$mode/$b.diff"
      fail=$((fail + 1))
      continue
    fi
    pass=$((pass + 1))
  done
done
echo "fixes: $pass passed, $fail failed ($fixed_files files fixed)"
# not a test that passes by finding nothing to fix
[ "$fixed_files" -gt 20 ] || { echo "fixes: too few files were fixed"; exit 1; }
[ "$fail" -eq 0 ]
