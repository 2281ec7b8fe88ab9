#!/bin/sh
# Hostile input: sqlcheck must end every run with a diagnostic or a clean
# result and exit status 0, 1 or 2 -- never a signal, never a hang. Inputs
# are generated here. Usage: tests/hostile.sh build/sqlcheck
set -u
bin=$1
pass=0
fail=0
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT

run() {         # run NAME WANT_STATUS FILE [grep pattern]
  name=$1 want=$2 file=$3 pattern=${4:-}
  timeout 60 "$bin" --format=gcc "$file" >"$dir/out" 2>"$dir/err"
  got=$?
  if [ "$got" != "$want" ]; then
    echo "FAIL $name: exit $got, expected $want"; head -5 "$dir/out" "$dir/err"
    fail=$((fail + 1))
  elif [ -n "$pattern" ] && ! grep -q -- "$pattern" "$dir/out"; then
    echo "FAIL $name: no line matching $pattern"; head -5 "$dir/out"
    fail=$((fail + 1))
  else
    pass=$((pass + 1))
  fi
}

py() { python3 -c "$1" > "$dir/$2"; }

py "print('SELECT ' + '+'.join(['1'] * 500000) + ';')" long_sum.sql
run long-operator-chain 0 "$dir/long_sum.sql"
py "print('SELECT 1 FROM t WHERE ' + ' OR '.join(['a = %d' % i for i in range(200000)]) + ';')" long_or.sql
run long-or-chain 1 "$dir/long_or.sql" FSQL201
py "print('SELECT ' + '(' * 50000 + '1' + ')' * 50000 + ';\nSELECT 1 FROM WHERE;')" deep_parens.sql
run deep-parentheses 1 "$dir/deep_parens.sql" 'nested too deeply'
grep -q ':2:15: error' "$dir/out" && pass=$((pass + 1)) || { echo "FAIL deep-parentheses: next statement not checked"; fail=$((fail + 1)); }
py "print('SELECT * FROM ' + '(SELECT * FROM ' * 3000 + 't' + ') AS x' * 3000 + ';')" deep_subqueries.sql
run deep-subqueries 1 "$dir/deep_subqueries.sql"
py "print('SELECT CAST(x AS ' + 'ARRAY<' * 5000 + 'INT' + '>' * 5000 + ') FROM t;')" deep_types.sql
run deep-types 1 "$dir/deep_types.sql"
py "print('SELECT CASE ' + 'WHEN a THEN CASE ' * 4000 + 'WHEN b THEN 1' + ' END' * 4001 + ' FROM t;')" deep_case.sql
run deep-case 1 "$dir/deep_case.sql"
# left-deep chains the parser takes in constant stack, but whose trees are
# a million levels deep (once a stack overflow in name resolution)
py "print('SELECT a' + '[1]' * 1000000 + ' FROM t;')" deep_subscripts.sql
run deep-subscripts 1 "$dir/deep_subscripts.sql" 'table or view .t. is not defined'
py "print('SELECT a' + ' IS NULL' * 1000000 + ' FROM t;')" deep_predicates.sql
run deep-predicates 1 "$dir/deep_predicates.sql" 'table or view .t. is not defined'
printf 'SELECT 1;\0SELECT 2;\n' > "$dir/nul.sql"
run nul-byte 1 "$dir/nul.sql" 'NUL byte'
head -c 65536 /dev/urandom > "$dir/random.sql"
run random-bytes 1 "$dir/random.sql" 'binary data'
[ "$(wc -l < "$dir/out")" = 1 ] && pass=$((pass + 1)) || { echo "FAIL random-bytes: more than one line"; fail=$((fail + 1)); }
printf 'SELECT \377\376 FROM t;\nSELECT 1;\n' > "$dir/latin1.sql"
run invalid-utf8 1 "$dir/latin1.sql" ':1:8: error: invalid UTF-8 (byte 0xFF)'
py "print('SELECT 1 FROM;\n' * 5000)" many_errors.sql
run findings-cap 1 "$dir/many_errors.sql" '4000 more findings in this file are not shown'
[ "$(wc -l < "$dir/out")" = 1001 ] && pass=$((pass + 1)) || { echo "FAIL findings-cap: $(wc -l < "$dir/out") lines"; fail=$((fail + 1)); }
# thousands of definitions and thousands of undefined names: "did you mean"
# must not compare every name with every other
py "print(''.join('CREATE TEMPORARY TABLE src_%d (a INT) WITH (\'connector\' = \'datagen\');\n' % i for i in range(30000)) + ''.join('INSERT INTO snk_%d SELECT a FROM src_%d;\n' % (i, i) for i in range(30000)))" many_undefined.sql
run many-undefined-names 1 "$dir/many_undefined.sql" 'more findings in this file are not shown'
# memory does not grow with the number of findings: 200,000 findings cost
# little more than none in a file of as many statements (a quarter more at
# most, which sanitizer builds need; unbounded findings cost eight times)
rss() { python3 -c "import resource, subprocess, sys
subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)" "$@"; }
py "print(''.join('INSERT INTO t_%d SELECT 1;\\n' % i for i in range(100000)))" findings.sql
py "print('CREATE TEMPORARY TABLE t (a INT) WITH (\\'connector\\' = \\'datagen\\');\\nBEGIN STATEMENT SET;\\n' + ''.join('INSERT INTO t SELECT %d;\\n' % i for i in range(100000)) + 'END;')" clean.sql
run findings-memory 1 "$dir/findings.sql" '198999 more findings in this file are not shown'
with=$(rss "$bin" "$dir/findings.sql") without=$(rss "$bin" "$dir/clean.sql")
[ "$with" -le $((without * 5 / 4 + 8192)) ] && pass=$((pass + 1)) || { echo "FAIL findings-memory: $with KB with findings, $without KB without"; fail=$((fail + 1)); }
# a directive before every statement (300,000: a walk of every directive
# per finding would not end within the 60 s a run is given)
py "print('CREATE TABLE t0 (a INT);\n' + ''.join('-- sqlcheck: disable=FSQL101\nCREATE TABLE t%d (a INT);\n' % i for i in range(1, 300000)) + 'INSERT INTO t0 SELECT 1;')" many_directives.sql
run many-directives 1 "$dir/many_directives.sql" ':1:1: error: CREATE TABLE .t0.'
[ "$(wc -l < "$dir/out")" = 1 ] && pass=$((pass + 1)) || { echo "FAIL many-directives: $(wc -l < "$dir/out") lines"; fail=$((fail + 1)); }
# big files are mapped, not read; one whose size is a multiple of the page
# size is read (the text must end in a NUL byte). Both end in a broken
# word, which must be seen: 100,000 + 1 errors.
py "import sys; body = 'SELECT 1 FROM;\\n' * 100000; sys.stdout.write(body + ' ' * (2097152 - len(body) - 1) + 'x')" paged.sql
run page-multiple-size 1 "$dir/paged.sql" '99001 more findings'
[ "$(wc -c < "$dir/paged.sql")" = 2097152 ] && pass=$((pass + 1)) || { echo "FAIL page-multiple-size: size"; fail=$((fail + 1)); }
printf 'x' >> "$dir/paged.sql"
run mapped-file 1 "$dir/paged.sql" '99001 more findings'
# CR-only, CRLF and LF line ends in one file: each line counted once
printf 'SELECT 1 FROM;\rSELECT 2 FROM;\r\nSELECT 3 FROM;\nSELECT 4 FROM;' > "$dir/line_ends.sql"
run mixed-line-ends 1 "$dir/line_ends.sql" ':4:14: error'
[ "$(grep -c ':14: error' "$dir/out")" = 4 ] && grep -q ':2:14:' "$dir/out" && grep -q ':3:14:' "$dir/out" &&
  pass=$((pass + 1)) || { echo "FAIL mixed-line-ends"; cat "$dir/out"; fail=$((fail + 1)); }
# nothing is created or changed next to the inputs, whatever the format
mkdir "$dir/inputs"
printf 'CREATE TABLE a (x INT);\nINSERT INTO b SELECT 1 FROM;\n' > "$dir/inputs/job.sql"
printf 'disable=FSQL201\n' > "$dir/inputs/.sqlcheckrc"
(cd "$dir/inputs" && ls -lA --time-style=full-iso && stat -c %y . && cat ./* ./.sqlcheckrc) > "$dir/before"
for fmt in tty gcc json sarif github; do
  timeout 10 "$bin" --format=$fmt "$dir/inputs" "$dir/inputs/job.sql" >/dev/null 2>&1
done
(cd "$dir/inputs" && ls -lA --time-style=full-iso && stat -c %y . && cat ./* ./.sqlcheckrc) > "$dir/after"
cmp -s "$dir/before" "$dir/after" && pass=$((pass + 1)) || { echo "FAIL inputs-untouched"; diff "$dir/before" "$dir/after"; fail=$((fail + 1)); }
# a mapped file cut short by another program while it is checked
py "print('CREATE TEMPORARY TABLE t (a INT) WITH (\\'connector\\' = \\'datagen\\');\\nINSERT INTO t SELECT a FROM t;\\n' * 600000)" shrinking.sql
( timeout 60 "$bin" --format=gcc "$dir/shrinking.sql" >/dev/null 2>"$dir/err"; echo $? > "$dir/status" ) &
sleep 0.3; : > "$dir/shrinking.sql"; wait
[ "$(cat "$dir/status")" = 2 ] && grep -q 'truncated while it was being checked' "$dir/err" && pass=$((pass + 1)) || { echo "FAIL truncated-while-checked: exit $(cat "$dir/status")"; fail=$((fail + 1)); }
mkfifo "$dir/fifo.sql" 2>/dev/null && {
  (printf 'SELECT 1 FROM;\n' > "$dir/fifo.sql" &)
  run fifo-operand 1 "$dir/fifo.sql" FSQL001
}
# an unreadable file: exit 2, named, and the next file is still checked
# (as root, which reads everything, the check runs as nobody)
printf 'SELECT 1;\n' > "$dir/unreadable.sql"; chmod 000 "$dir/unreadable.sql"
printf 'SELECT 1 FROM;\n' > "$dir/readable.sql"
as_user=""
if [ "$(id -u)" = 0 ] && command -v setpriv >/dev/null 2>&1; then
  chmod 755 "$dir"
  as_user="setpriv --reuid=65534 --regid=65534 --clear-groups"
fi
if [ "$(id -u)" != 0 ] || [ -n "$as_user" ]; then
  timeout 10 $as_user "$bin" --format=gcc "$dir/unreadable.sql" "$dir/readable.sql" >"$dir/out" 2>"$dir/err"
  [ $? = 2 ] && grep -q 'unreadable.sql: Permission denied' "$dir/err" && grep -q 'readable.sql:1:14: error' "$dir/out" &&
    pass=$((pass + 1)) || { echo "FAIL unreadable"; cat "$dir/err"; fail=$((fail + 1)); }
fi
timeout 10 "$bin" --format=gcc /dev/null >/dev/null 2>"$dir/err"
[ $? = 2 ] && grep -q 'not a regular file' "$dir/err" && pass=$((pass + 1)) || { echo "FAIL device"; fail=$((fail + 1)); }
py "print('SELECT 1 FROM;\n' * 20000)" pipe.sql
# sqlcheck's own status (not head's): the check's, never a signal
{ timeout 20 "$bin" --format=gcc "$dir/pipe.sql" 2>"$dir/err2"; echo $? > "$dir/status"; } | head -n 1 > "$dir/out"
[ "$(cat "$dir/status")" = 1 ] && [ "$(wc -l < "$dir/out")" = 1 ] && ! grep -q . "$dir/err2" && pass=$((pass + 1)) ||
  { echo "FAIL closed pipe (exit $(cat "$dir/status"))"; fail=$((fail + 1)); }
: > "$dir/empty.sql"
run empty-file 0 "$dir/empty.sql"
cp "$dir/empty.sql" "$dir/empty2.sql"
printf '\357\273\277' > "$dir/bom.sql"
run lone-bom 0 "$dir/bom.sql"
printf "SELECT 'unterminated" > "$dir/unterminated.sql"
run unterminated-at-eof 1 "$dir/unterminated.sql" 'unterminated string'
py "print('SELECT ' + ', '.join(['c%d' % i for i in range(200000)]) + ' FROM t;')" wide_select.sql
run wide-select 1 "$dir/wide_select.sql" FSQL201
# a table of 200,000 columns and a query of all of them, and a typo: column
# look-ups are hashed, suggestions capped (it once took minutes)
py "n = 200000
print('CREATE TEMPORARY TABLE t (' + ', '.join('c%d INT' % i for i in range(n)) + ');')
print('SELECT ' + ', '.join('c%d' % i for i in range(n)) + ', nope FROM t;')" wide_table.sql
run wide-table 1 "$dir/wide_table.sql" FSQL204
# the same aggregated by one column: 199,999 not grouped, each checked
# against GROUP BY once (a walk of every reference per reference is
# quadratic)
py "n = 200000
print('CREATE TEMPORARY TABLE t (' + ', '.join('c%d INT' % i for i in range(n)) + ');')
print('SELECT ' + ', '.join('c%d' % i for i in range(n)) + ', COUNT(*) FROM t GROUP BY c0;')" wide_group.sql
run wide-group 1 "$dir/wide_group.sql" FSQL207
py "print(\"SELECT '\" + 'x' * 5000000 + \"';\")" huge_literal.sql
run huge-literal 0 "$dir/huge_literal.sql"

# a file beyond the 4 GiB limit (sparse: no disk used), next to a good one
if truncate -s 5G "$dir/huge.sql" 2>/dev/null; then
  timeout 20 "$bin" --format=gcc "$dir/huge.sql" "$dir/empty.sql" >/dev/null 2>"$dir/err"
  rc=$?
  if [ $rc = 2 ] && grep -q 'huge.sql: file too large' "$dir/err"; then pass=$((pass + 1))
  else echo "FAIL huge-file: exit $rc"; cat "$dir/err"; fail=$((fail + 1)); fi
  rm -f "$dir/huge.sql"
fi

# out of memory: a clear message and exit 2 (not under ASan, which needs
# more address space than any limit leaves)
case $bin in *asan*) ;; *)
  python3 -c 'print("SELECT " + " + ".join(["a"] * 1000000) + " FROM t;")' > "$dir/oom.sql"
  (ulimit -v 30000; exec "$bin" --format=gcc "$dir/oom.sql") >/dev/null 2>"$dir/err"
  rc=$?
  if [ $rc = 2 ] && grep -q 'out of memory' "$dir/err"; then pass=$((pass + 1))
  else echo "FAIL out-of-memory: exit $rc"; cat "$dir/err"; fail=$((fail + 1)); fi ;;
esac

echo "hostile: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
