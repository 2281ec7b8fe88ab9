#!/bin/sh
# A file checked on two threads (--threads=2: parsed in two parts at once,
# src/split.c) gets exactly the report it gets on one: every corpus file and
# sample, and large files made of them, in three output formats.
# Usage: tests/threads.sh build/sqlcheck [shared]
set -u
bin=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
shared=${2:-../shared}
root=$(cd "$(dirname "$0")/.." && pwd)
pass=0
fail=0
dir=$(mktemp -d)
limit=                  # a run that hangs fails (exit 124) instead
command -v timeout >/dev/null 2>&1 && limit="timeout 120"
trap 'rm -rf "$dir"' EXIT

same() {        # same NAME ARGS...: one thread and two give the same report
  name=$1
  shift
  $limit "$bin" --no-config --threads=1 "$@" >"$dir/one" 2>&1; s1=$?
  $limit "$bin" --no-config --threads=2 "$@" >"$dir/two" 2>&1; s2=$?
  if [ "$s1" = "$s2" ] && cmp -s "$dir/one" "$dir/two"; then
    pass=$((pass + 1))
  else
    echo "FAIL $name (exit $s1 with one thread, $s2 with two)"
    diff "$dir/one" "$dir/two" | head -20 | sed 's/^/  | /'
    fail=$((fail + 1))
  fi
}

inputs=$root/samples
if [ -d "$shared/corpus" ]; then
  inputs="$inputs $shared/corpus"
else
  echo "threads: $shared/corpus not found: corpus files skipped"
fi
for fmt in gcc json sarif; do
  same "every file ($fmt)" --format=$fmt $inputs
done

# Large files: all of them one after another (syntax errors, missing ';',
# lexical errors, Hive dialect switches, undefined names), and generated
# jobs; files this large take two threads by default.
find $inputs -name '*.sql' | sort | while read -r f; do
  cat "$f"
  printf '\n;\n'
done > "$dir/all.sql"
python3 "$root/bench/gen.py" --size 2M --seed 3 > "$dir/gen.sql"
same "all files in one" --format=json "$dir/all.sql"
# not two empty reports: the comparison above compared real findings
if [ "$(grep -c '"code": "FSQL' "$dir/one")" -gt 100 ]; then pass=$((pass + 1))
else echo "FAIL all files in one: too few findings to compare"; fail=$((fail + 1)); fi
same "generated 2 MB" --format=json "$dir/gen.sql"
# the target release reaches the second thread's rules (FSQL005 on trees,
# FSQL402 on SETs): for one release and for an upgrade
for v in 1.17 1.19..2.0; do
  same "all files in one, --flink-version=$v" --format=gcc --flink-version=$v \
    "$dir/all.sql"
  if grep -q 'FSQL005' "$dir/one"; then pass=$((pass + 1))
  else echo "FAIL all files in one, --flink-version=$v: no FSQL005 compared"
    fail=$((fail + 1)); fi
done
same "all files in one, --target=sql-client" --format=gcc \
  --target=sql-client "$dir/all.sql"
# Findings the file's limit cuts (1,000 each of syntax errors and of
# rejected statements, FSQL105, which the lexer and a tree rule both
# report into one count) on both sides of the cut: the second part counts
# toward what the first part left, kind by kind, and the Hive note is given
# once.
python3 - > "$dir/limits.sql" <<'PY'
for i in range(1500):
    print("SELECT X'ABC';")         # FSQL105: an odd number of hex digits
    print("SELEC %d;" % i)          # FSQL001
    print("CREATE TEMPORARY TABLE t%d (a INT PRIMARY KEY);" % i)  # FSQL105
    if i % 500 == 0:
        print("SET 'table.sql-dialect' = 'hive';\nSELECT 1;\n"
              "SET 'table.sql-dialect' = 'default';")
PY
same "findings past the limit" --format=json "$dir/limits.sql"
if grep -q '"code": "FSQL004"' "$dir/one" &&
   grep -q '"code": "FSQL105"' "$dir/one" &&
   grep -q '"code": "FSQL001"' "$dir/one"; then
  pass=$((pass + 1))
else echo "FAIL findings past the limit: no FSQL105, FSQL001 and FSQL004 to compare"; fail=$((fail + 1)); fi

# The second thread waits while the digests it handed over (what its
# statements define and refer to) exceed a budget (src/split.c: half its
# part + 4 MiB): a part of definitions dense with references (each view
# reads t0 fifty times), larger than the budget, must neither hang nor
# change the report; nor when the first thread's parse does not stop at the
# cut (here: a comment spans it) and the second's work is thrown away while
# it waits.
python3 - "$dir/defs.sql" "$dir/defs-comment.sql" <<'PY'
import sys
reads = ", ".join(["t0"] * 50)
lines = ["CREATE TEMPORARY TABLE t0 (a INT);\n"]
lines += ["CREATE TEMPORARY VIEW v%d AS SELECT 1 FROM %s;\n" % (i, reads)
          for i in range(40000)]
lines.append("INSERT INTO v39999 SELECT * FROM t0;\nINSERT INTO nowhere SELECT 1;\n")
open(sys.argv[1], "w").write("".join(lines))
k = len(lines) // 2
open(sys.argv[2], "w").write("/*\n" + "".join(lines[:k]) + "*/\n" + "".join(lines[k:]))
PY
same "definitions past the second thread's budget" --format=json "$dir/defs.sql"
if grep -q '"code": "FSQL201"' "$dir/one"; then pass=$((pass + 1))
else echo "FAIL definitions past the budget: no FSQL201 to compare"; fail=$((fail + 1)); fi
same "a comment across the cut, with the second thread waiting" --format=json "$dir/defs-comment.sql"

# Columns that are not a column list's (LIKE, AS query, ALTER TABLE) are
# known only from when their statement is applied: defined in the first
# part and used across the cut in the second, they must bind the same.
{
  cat "$root/samples/rules/unknown-column/derived-clean.sql"
  i=0
  while [ $i -lt 20000 ]; do
    echo "INSERT INTO sink SELECT id, area FROM clicks_eu WHERE country <> 'x';"
    echo "INSERT INTO sink SELECT id, url AS u FROM raw_clicks WHERE part IS NULL;"
    i=$((i + 1))
  done
  echo "INSERT INTO sink SELECT id, url FROM clicks_eu;"
  echo "INSERT INTO sink SELECT id, pt FROM raw_clicks;"
} > "$dir/derived.sql"
same "derived columns across the cut" --format=gcc "$dir/derived.sql"
# ... and the second part's report is not empty: url (dropped by ALTER)
# and pt (left out by LIKE) are found there
if [ "$(grep -c 'FSQL204' "$dir/two")" = 2 ]; then pass=$((pass + 1))
else echo "FAIL derived columns across the cut: not the two FSQL204 expected"; fail=$((fail + 1)); fi

# --threads=2 starts threads that --threads=1 does not (which starts none
# of its own; a sanitizer's runtime may start one, or one per thread)
if command -v strace >/dev/null 2>&1; then
  clones() { strace -f -qq -e trace=clone,clone3 -o "$dir/trace" "$bin" --no-config "$@" >/dev/null 2>&1
             grep -c 'clone' "$dir/trace"; }
  if [ "$(clones --threads=2 "$dir/gen.sql")" -gt "$(clones --threads=1 "$dir/gen.sql")" ]; then
    pass=$((pass + 1))
  else echo "FAIL --threads=2 does not start a second thread"; fail=$((fail + 1)); fi
else
  echo "threads: strace not found: the second thread's start is not checked"
fi
"$bin" --no-config --format=json "$dir/gen.sql" >"$dir/auto" 2>&1
"$bin" --no-config --format=json --threads=1 "$dir/gen.sql" >"$dir/one" 2>&1
if cmp -s "$dir/auto" "$dir/one"; then
  pass=$((pass + 1))
else
  echo "FAIL auto threads differ from one thread"
  fail=$((fail + 1))
fi

echo "threads: $pass passed, $fail failed"
[ "$fail" = 0 ]
