#!/bin/sh
# Robustness of everything around the check: the report's destination
# (never an input, never truncated, write errors said), closed pipes, files
# found implicitly (.sqlcheckrc, catalogs) that are not regular files,
# directory walks, and inputs whose shape once took quadratic time.
# Usage: tests/robust.sh build/sqlcheck
set -u
bin=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
pass=0
fail=0
dir=$(mktemp -d)
trap 'umount "$dir/full" 2>/dev/null; rm -rf "$dir"' EXIT
cd "$dir" || exit 1

ok() { pass=$((pass + 1)); }
bad() { echo "FAIL $1"; for f in out err; do [ -s $f ] && sed 's/^/  | /' $f; done; fail=$((fail + 1)); }

printf 'SELECT 1 FROM;\n' > job.sql
cp job.sql job.orig

# --- the report's destination ------------------------------------------------
# -o naming an input: refused before anything is written, the input intact
timeout 10 "$bin" -o job.sql job.sql >out 2>err
rc=$?
if [ $rc = 2 ] && cmp -s job.sql job.orig && grep -q 'both an input and the output' err
then ok; else bad "output-is-input (exit $rc)"; fi
ln job.sql hardlink.sql
timeout 10 "$bin" -o hardlink.sql job.sql >out 2>err
rc=$?
if [ $rc = 2 ] && cmp -s job.sql job.orig; then ok; else bad "output-is-input-by-link (exit $rc)"; fi
rm hardlink.sql
# a report inside a checked directory is not read back as an input
mkdir -p tree && cp job.sql tree/a.sql
"$bin" --format=gcc -o tree/report.sql tree >out 2>err
"$bin" --format=gcc -o tree/report.sql tree >out 2>err
rc=$?
if [ $rc = 1 ] && [ "$(grep -c . tree/report.sql)" = 1 ] && ! grep -q report.sql tree/report.sql &&
   [ -z "$(ls -A tree | grep '^\.')" ]; then ok; else cat tree/report.sql > out; bad "report-in-checked-directory (exit $rc)"; fi
# the report keeps the mode of the file it replaces
chmod 640 tree/report.sql
"$bin" --format=gcc -o tree/report.sql tree >/dev/null 2>&1
if [ "$(stat -c %a tree/report.sql)" = 640 ]; then ok; else bad "report-keeps-mode"; fi

# write errors are said, with exit status 2
timeout 10 "$bin" -o /dev/full job.sql >out 2>err
rc=$?
if [ $rc = 2 ] && grep -q '^sqlcheck: writing /dev/full: No space left on device$' err; then ok
else bad "output-file-full (exit $rc)"; fi
timeout 10 "$bin" job.sql >/dev/full 2>err
rc=$?
if [ $rc = 2 ] && grep -q '^sqlcheck: writing standard output: No space left on device$' err; then ok
else bad "stdout-full (exit $rc)"; fi

# a full file system: the old report stays whole, no temporary file is left
mkdir full
if [ "$(id -u)" = 0 ] && mount -t tmpfs -o size=64k tmpfs full 2>/dev/null; then
  printf 'the old report\n' > full/report.txt
  python3 -c "print('SELECT 1 FROM;\n' * 20000)" > many.sql
  timeout 20 "$bin" --format=gcc -o full/report.txt many.sql >out 2>err
  rc=$?
  if [ $rc = 2 ] && grep -q 'writing full/report.txt: No space left on device' err &&
     [ "$(cat full/report.txt)" = "the old report" ] && [ "$(ls -A full)" = report.txt ]
  then ok; else bad "full-file-system (exit $rc)"; fi
  umount full
else
  echo "robust: no tmpfs can be mounted here (not root): full file system test skipped"
fi

# a reader that goes away: no signal, no message, the status of the check
python3 -c "print('SELECT 1 FROM;\n' * 20000)" > pipe.sql
mkdir -p many && for i in 1 2 3 4 5 6 7 8; do cp pipe.sql many/$i.sql; done
for fmt in gcc tty json; do
  { timeout 20 "$bin" --format=$fmt many; echo $? > status; } 2>err | head -n 1 > out
  rc=$(cat status)
  if [ "$rc" = 1 ] && ! grep -q . err && [ "$(wc -l < out)" = 1 ]; then ok
  else bad "closed-pipe-$fmt (exit $rc)"; fi
done

# --- files found implicitly must be regular files of bounded size -------------
mkdir -p cfg/sub && printf 'SELECT 1;\n' > cfg/sub/j.sql
special() {     # special NAME: the config or catalog below is refused, fast
  timeout 10 "$bin" "$@" >out 2>err
  rc=$?
  if [ $rc = 2 ] && grep -q 'not a regular file\|too large' err; then ok
  else bad "$name (exit $rc)"; fi
}
mkfifo cfg/.sqlcheckrc
name=config-fifo special cfg/sub/j.sql
rm cfg/.sqlcheckrc && ln -s /dev/zero cfg/.sqlcheckrc
name=config-dev-zero special cfg/sub/j.sql
rm cfg/.sqlcheckrc && python3 -c "print('# x' * 400000)" > cfg/.sqlcheckrc
name=config-too-large special cfg/sub/j.sql
rm cfg/.sqlcheckrc
name=catalog-dev-zero special --catalog=/dev/zero cfg/sub/j.sql
mkfifo cfg/fifo.sql
name=catalog-fifo special --catalog=cfg/fifo.sql cfg/sub/j.sql
printf 'catalog=fifo.sql\n' > cfg/.sqlcheckrc
name=config-catalog-fifo special cfg/sub/j.sql
rm cfg/.sqlcheckrc cfg/fifo.sql

# --- shapes that once took quadratic or exponential time (hang guards, not
# timings: make bench reports those) ------------------------------------------
# a tree of directories each holding a link to its sibling: each real
# directory is read once (it was walked 2^depth times)
python3 - <<'PY'
import os
d = "links"
for i in range(18):
    os.makedirs(d + "/a", exist_ok=True)
    os.symlink("a", d + "/b")
    open(d + "/a/x%d.sql" % i, "w").write("SELECT 1;\n")
    d += "/a"
PY
timeout 20 "$bin" links >out 2>err
rc=$?
if [ $rc = 0 ] && grep -q '^no problems found in 18 files$' out; then ok; else bad "symlink-tree (exit $rc)"; fi
# 50,000 CTEs in one WITH, each reading the one before
python3 -c "
n = 50000
print('WITH c0 AS (SELECT 1 AS x), ' + ', '.join('c%d AS (SELECT x FROM c%d)' % (i, i - 1) for i in range(1, n)) + ' SELECT x FROM c%d;' % (n - 1))" > ctes.sql
timeout 20 "$bin" --format=gcc ctes.sql >out 2>err
rc=$?
if [ $rc = 0 ] && ! grep -q . out; then ok; else bad "many-ctes (exit $rc)"; fi

# --- columns read again -------------------------------------------------------
# tables' columns are read again from their definitions when a query needs
# them, about a quarter of the file's size of them kept at a time: with
# 6,000 tables of 42 columns, each statement joining two far apart, the
# kept ones are forgotten and read again, the columns stay right (a
# forgetting once freed columns in use), and a real typo among them is
# still found
python3 -c "
n = 6000
cols = ', '.join('c%d INT' % k for k in range(40))
for i in range(n):
    print('CREATE TEMPORARY TABLE t%d (id BIGINT, v%d INT, %s);' % (i, i, cols))
print('CREATE TEMPORARY TABLE snk (a BIGINT, b INT, c INT);')
print('BEGIN STATEMENT SET;')
print('INSERT INTO snk SELECT id, v0, v0 FROM t0;')  # then odd: forgetting falls in a join
for i in range(n):
    j = (i * 7919) % n
    print('INSERT INTO snk SELECT x.id, y.v%d, x.v%d FROM t%d AS x JOIN t%d AS y ON x.id = y.id;' % (j, i, i, j))
print('INSERT INTO snk SELECT id, v1, v2 FROM t1;')
print('END;')" > tables.sql
"$bin" --no-config --format=gcc tables.sql >out 2>err
rc=$?
if [ $rc = 1 ] && [ "$(grep -c FSQL204 out)" = 1 ] &&
   grep -q "tables.sql:$((6000 + 6004)):.*column \`v2\`" out; then ok
else bad "many-tables-columns (exit $rc)"; fi

# --- reports stay well-formed ------------------------------------------------
# a quoted token is cut between characters; bytes that are not UTF-8 (in
# the text and in the file's name) never reach a JSON string raw
python3 -c "import sys; sys.stdout.buffer.write(b'SELECT a b ' + '订单金额'.encode() * 4 + b' FROM t\xff;\n')" > "bad$(printf '\377').sql"
for fmt in json sarif; do
  "$bin" --format=$fmt bad*.sql >out 2>err
  rc=$?
  if [ $rc = 1 ] && python3 - $fmt <<'PY'
import json, sys
d = json.loads(open("out", "rb").read().decode("utf-8"))
text = json.dumps(d, ensure_ascii=False)
assert "订单金额订单金额订单金额订..." in text, text
# the file's name: U+FFFD in json, percent-encoded in a SARIF URI
assert ("bad\ufffd.sql" if sys.argv[1] == "json" else "bad%FF.sql") in text, text
PY
  then ok; else bad "utf8-$fmt (exit $rc)"; fi
done
"$bin" --format=gcc bad*.sql >out 2>err
if grep -q '^bad\\xFF.sql:1:' out && python3 -c 'open("out", "rb").read().decode("utf-8")'; then ok
else bad utf8-gcc; fi
"$bin" --format=github bad*.sql >out 2>err
if python3 -c 'open("out", "rb").read().decode("utf-8")'; then ok; else bad utf8-github; fi
"$bin" --format=json --dump-ast job.orig >out 2>err
rc=$?
if [ $rc = 2 ] && ! grep -q . out && grep -q 'dump-ast' err; then ok; else bad "dump-ast-json (exit $rc)"; fi
# a minified script: one line of 1 MB with 20,000 findings shows a window
# of the line for each, not the whole line
python3 -c "print('SELECT 1 FROM; ' * 70000, end='')" > minified.sql
timeout 20 "$bin" minified.sql >out 2>err
rc=$?
size=$(wc -c < out)
if [ $rc = 1 ] && [ "$size" -lt 2000000 ] && grep -q '^    1 | \.\.\.' out; then ok
else echo "  | $size bytes of output"; bad "long-line-window (exit $rc)"; fi

echo "robust: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
