#!/bin/sh
# Part of make bench: peak memory for dense shapes (many short statements),
# against the promise of at most 3x the input + 10 MB, on one thread and
# two; and the times of shapes that were once quadratic or exponential.
# Prints a markdown section. Not a test: nothing here fails.
#   bench/shapes.sh build/sqlcheck build/bench
set -eu
bin=$1
out=$2
size=${SHAPES_SIZE:-100}        # MB of each dense input

peak() {        # peak RSS in KB of one run
  /usr/bin/time -f '%M' -o "$out/time.txt" "$@" >/dev/null 2>&1 || true
  tail -n 1 "$out/time.txt"
}
secs() {
  t0=$(date +%s.%N)
  "$@" >/dev/null 2>&1 || true
  t1=$(date +%s.%N)
  awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.2f", b - a }'
}

# dense NAME STATEMENT-PYTHON-EXPRESSION: about $size MB of it
dense() {
  f=$out/dense-$1-$size.sql
  [ -f "$f" ] || python3 - "$size" "$2" > "$f" <<'PY'
import sys
size, expr = int(sys.argv[1]) * 1000000, sys.argv[2]
w = sys.stdout.write
w("CREATE TEMPORARY TABLE t (a INT) WITH ('connector' = 'blackhole');\n")
if expr.startswith("'INSERT"):
    w("BEGIN STATEMENT SET;\n")
n, i = 0, 0
while n < size:
    s = eval(expr)
    w(s)
    n += len(s)
    i += 1
if expr.startswith("'INSERT"):
    w("END;\n")
PY
  bytes=$(wc -c < "$f")
  allowed=$((3 * bytes / 1024 + 10240))
  m1=$(peak "$bin" --no-config --threads=1 --format=gcc "$f")
  m2=$(peak "$bin" --no-config --threads=2 --format=gcc "$f")
  awk -v n="$1" -v b="$bytes" -v a="$allowed" -v m1="$m1" -v m2="$m2" 'BEGIN {
    printf "| %s | %.0f MB | %.0f MB (%.1fx) | %.0f MB (%.1fx) | %.0f MB |\n", n,
      b / 1048576, m1 / 1024, m1 * 1024 / b, m2 / 1024, m2 * 1024 / b, a / 1024 }'
}

echo "Memory for dense shapes (peak RSS; the promise: 3x the input + 10 MB):"
echo
echo "| shape | input | one thread | two threads | promise |"
echo "|---|---|---|---|---|"
dense "statement set of INSERTs" "'INSERT INTO t SELECT %d;\n' % i"
dense "queries" "'SELECT a FROM t;\n'"
dense "SET statements" "\"SET 'k%d' = 'v';\n\" % i"
dense "a directive per INSERT" "'-- sqlcheck: disable=FSQL102\nINSERT INTO t SELECT 1;\n'"
dense "CREATE TEMPORARY TABLE" "'CREATE TEMPORARY TABLE t%d (a INT);\n' % i"
dense "broken statements" "'SELEC 1;\n'"

echo
echo "Shapes that once took quadratic or exponential time:"
echo
f=$out/ctes-50000.sql
[ -f "$f" ] || python3 -c "
n = 50000
print('WITH c0 AS (SELECT 1 AS x), ' + ', '.join('c%d AS (SELECT x FROM c%d)' % (i, i - 1) for i in range(1, n)) + ' SELECT x FROM c%d;' % (n - 1))" > "$f"
echo "- 50,000 chained CTEs in one WITH (1.7 MB): $(secs "$bin" --no-config "$f") s"
d=$out/links-18
if [ ! -d "$d" ]; then
  python3 - "$d" <<'PY'
import os, sys
d = sys.argv[1]
for i in range(18):
    os.makedirs(d + "/a", exist_ok=True)
    os.symlink("a", d + "/b")
    open(d + "/a/x%d.sql" % i, "w").write("SELECT 1;\n")
    d += "/a"
PY
fi
echo "- a directory tree 18 deep, each level linking to its sibling: $(secs "$bin" --no-config "$d") s"
c=$out/catalog-150000.sql
[ -f "$c" ] || python3 -c "
for i in range(150000):
    print(\"CREATE TABLE t%d (id BIGINT, name STRING, ts TIMESTAMP(3)) WITH ('connector' = 'kafka', 'topic' = 't%d');\" % (i, i))" > "$c"
mkdir -p "$out/catalog-jobs"
for i in $(seq 1 50); do
  printf "CREATE TEMPORARY TABLE s%d (id BIGINT) WITH ('connector' = 'print');\nINSERT INTO s%d SELECT id FROM t%d;\n" "$i" "$i" "$i" > "$out/catalog-jobs/j$i.sql"
done
cm=$(peak "$bin" --no-config --catalog="$c" "$out/catalog-jobs")
echo "- a $(($(wc -c < "$c") / 1048576)) MB catalog file (150,000 tables) and 50 jobs using it: $(secs "$bin" --no-config --catalog="$c" "$out/catalog-jobs") s, $((cm / 1024)) MB"
