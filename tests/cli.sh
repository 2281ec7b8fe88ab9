#!/bin/sh
# CLI tests: options, operands, exit status and output formats, run against
# the real binary. Usage: tests/cli.sh build/sqlcheck
set -u
bin=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
pass=0
fail=0
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
cd "$dir" || exit 1

check() {       # check NAME WANT_STATUS GOT_STATUS [condition...]
  name=$1 want=$2 got=$3
  shift 3
  if [ "$want" = "$got" ] && "$@"; then
    pass=$((pass + 1))
  else
    echo "FAIL $name (exit $got, expected $want)"
    sed 's/^/  | /' out err 2>/dev/null
    fail=$((fail + 1))
  fi
}
has() { grep -q -- "$1" "$2"; }
none() { ! grep -q . "$1"; }
true_() { :; }

printf 'SELECT 1;\n' > good.sql
printf 'SELECT 1 FROM;\n' > bad.sql
mkdir -p tree/sub tree/.hidden
printf 'SELECT 1;\n' > tree/a.sql
printf 'SELEC 1;\n' > tree/sub/b.sql
printf 'SELEC 1;\n' > tree/sub/ignored.txt
printf 'SELEC 1;\n' > tree/.hidden/c.sql
ln -s .. tree/sub/loop

"$bin" --version >out 2>err; check version 0 $? has '^sqlcheck 0\.1\.0$' out
"$bin" --help >out 2>err; check help 0 $? has '^usage: sqlcheck' out
"$bin" --formt=gcc good.sql >out 2>err
check unknown-option 2 $? has "did you mean '--format'" err
"$bin" --format=jsn good.sql >out 2>err
check unknown-format 2 $? has "did you mean 'json'" err
"$bin" --fail-level=warn good.sql >out 2>err
check unknown-fail-level 2 $? has "did you mean 'warning'" err
"$bin" --threads=atuo good.sql >out 2>err
check unknown-threads 2 $? has "did you mean 'auto'" err
"$bin" --threads=3 good.sql >out 2>err
check threads-range 2 $? has "choose auto, 1 or 2" err
"$bin" --format=gcc --threads=2 bad.sql >out 2>err
check threads-two 1 $? has '^bad.sql:1:14: error: unexpected .* \[FSQL001\]$' out
"$bin" --format=gcc good.sql >out 2>err; check clean 0 $? none out
"$bin" --format=gcc bad.sql >out 2>err
check finding 1 $? has '^bad.sql:1:14: error: unexpected .* \[FSQL001\]$' out
"$bin" --format=gcc --fail-level=none bad.sql >out 2>err
check fail-level-none 0 $? has FSQL001 out
"$bin" --format=gcc missing.sql bad.sql >out 2>err
check missing-file 2 $? has 'missing.sql' err
grep -q '^bad.sql:' out; check missing-file-others-checked 0 $? true_
"$bin" --format=gcc tree >out 2>err
check directory 1 $? has '^tree/sub/b.sql:1:1:' out
grep -q 'ignored\|hidden' out; check directory-filter 1 $? true_
[ "$(grep -c FSQL001 out)" = 1 ]; check directory-loop 0 $? true_
"$bin" --format=gcc ./tree/ >out 2>err
check paths-as-given 1 $? has '^\./tree/sub/b.sql:' out
printf 'SELECT 1 FROM;' | "$bin" --format=gcc - >out 2>err
check stdin 1 $? has '^<stdin>:1:14:' out
printf 'SELECT 1 FROM;' | "$bin" --format=gcc --stdin-filename=jobs/x.sql - \
  >out 2>err
check stdin-filename 1 $? has '^jobs/x.sql:1:14:' out
printf '\357\273\277SELECT 1 FROM;\r\nSELECT 2 FROM;\r\n' > bom.sql
"$bin" --format=gcc bom.sql >out 2>err
check bom-crlf 1 $? has '^bom.sql:2:14:' out
grep -q '^bom.sql:1:14:' out; check bom-columns 0 $? true_
"$bin" --format=json bad.sql good.sql >out 2>err
check json 1 $? python3 -c '
import json, sys
d = json.load(open("out"))
assert d["version"] == 1 and d["tool"] == {"name": "sqlcheck", "version": "0.1.0"}
assert d["files_checked"] == 2
(x,) = d["diagnostics"]
assert (x["file"], x["line"], x["column"], x["end_line"], x["end_column"]) == ("bad.sql", 1, 14, 1, 15)
assert (x["offset"], x["end_offset"], x["severity"], x["code"], x["rule"]) == (13, 14, "error", "FSQL001", "syntax-error")
'
"$bin" bad.sql >out 2>err
check tty 1 $? has '^1 error, 0 warnings in 1 file$' out
grep -q '^    1 | SELECT 1 FROM;$' out; check tty-source 0 $? true_
"$bin" --format=gcc --dump-ast good.sql >out 2>err
check dump-ast 0 $? has 'query-stmt' out
"$bin" </dev/null >out 2>err; check stdin-not-tty 0 $? true_

# rules: selection, configuration files, catalog files, directives
printf 'CREATE TEMPORARY TABLE snk (a INT) WITH (%s);\nINSERT INTO snk SELECT a FROM src;\n' "'k' = 'v'" > job.sql
"$bin" --format=gcc job.sql >out 2>err
check undefined-table 1 $? has '^job.sql:2:31: warning: table or view `src` is not defined' out
"$bin" --format=gcc --disable=undefined-table job.sql >out 2>err
check disable-by-name 0 $? none out
"$bin" --format=gcc --disable=all --enable=FSQL201 job.sql >out 2>err
check enable-after-all 1 $? has FSQL201 out
"$bin" --format=gcc --disable='FSQL102,  undefined-table ,FSQL104' job.sql >out 2>err
check rule-list-with-blanks 0 $? none out
"$bin" --format=gcc --disable=undefined-tabel job.sql >out 2>err
check unknown-rule 2 $? has "did you mean 'undefined-table'" err
printf 'CREATE TABLE src (a INT);\n' > cat.sql
"$bin" --format=gcc --catalog=cat.sql job.sql >out 2>err
check catalog-file 0 $? none out
# a catalog is shared by the files checked, never changed by one of them
printf 'CREATE TABLE src (a INT);\nCREATE FUNCTION parse_ua AS '"'x'"';\n' > cat2.sql
printf 'DROP TABLE src;\nDROP FUNCTION parse_ua;\nCREATE CATALOG c WITH ();\n' > drops.sql
printf 'SELECT parse_ua(a) FROM src;\nSELECT * FROM srcc;\n' > uses.sql
"$bin" --format=gcc --disable=FSQL101,FSQL102 --catalog=cat2.sql drops.sql uses.sql >out 2>err
check catalog-not-changed-by-a-file 1 $? has "^uses.sql:2:15: warning: table or view \`srcc\` is not defined.*did you mean \`src\`?" out
[ "$(grep -c '^uses.sql' out)" = 1 ]; check catalog-shared-objects-intact 0 $? true_
# column findings about tables a catalog file defines: no note at a
# definition that is not in the checked file
printf 'CREATE TABLE k1 (x INT, y INT);\nCREATE TABLE k2 (x INT);\nCREATE TABLE ksink (a INT, b INT);\n' > cat3.sql
printf 'INSERT INTO ksink SELECT x FROM k2;\n' > colcount.sql
printf 'INSERT INTO ksink SELECT x, y FROM k1, k2;\n' > colamb.sql
"$bin" --format=gcc --catalog=cat3.sql colcount.sql colamb.sql >out 2>err
check catalog-column-findings 1 $? has "^colcount.sql:1:1: error: INSERT INTO .ksink. gives 1 column but .ksink. takes 2" out
has "^colamb.sql:1:26: error: column .x. is ambiguous: .k1. and .k2. both have it" out; check catalog-ambiguous 0 $? true_
NO_COLOR=1 "$bin" --catalog=cat3.sql colcount.sql colamb.sql >out 2>err
[ "$(grep -c 'error:' out)" = 2 ] && [ "$(grep -c 'note:' out)" = 0 ]; check catalog-column-findings-no-notes 0 $? true_
printf 'CREATE TEMPORARY TABLE ksink (a INT, b INT, c INT);\nINSERT INTO ksink SELECT x FROM k2;\n' > colnote.sql
NO_COLOR=1 "$bin" --catalog=cat3.sql colnote.sql >out 2>err
check column-finding-note 1 $? has "^colnote.sql:1:24: note: .ksink. is defined here" out
# a second definition of a catalog file's table: no note in the wrong file
printf 'CREATE TABLE k2 (x INT);\n' > redefine.sql
NO_COLOR=1 "$bin" --disable=FSQL101 --catalog=cat3.sql redefine.sql >out 2>err
check duplicate-of-catalog 1 $? has "^redefine.sql:1:14: error: table .k2. is already defined in a catalog file" out
[ "$(grep -c 'note:' out)" = 0 ]; check duplicate-of-catalog-no-note 0 $? true_
"$bin" --format=gcc --catalog=nope.sql job.sql >out 2>err
check catalog-missing 2 $? has 'nope.sql' err
mkdir -p proj/sub
printf '# project settings\ndisable=FSQL201\n' > proj/.sqlcheckrc
cp job.sql proj/sub/job.sql
"$bin" --format=gcc proj/sub/job.sql >out 2>err
check config-discovery 0 $? none out
"$bin" --format=gcc --no-config proj/sub/job.sql >out 2>err
check no-config 1 $? has FSQL201 out
"$bin" --format=gcc --enable=FSQL201 proj/sub/job.sql >out 2>err
check cli-overrides-config 1 $? has FSQL201 out
printf 'catalog=../../cat.sql\n' > proj/sub/.sqlcheckrc
"$bin" --format=gcc proj/sub/job.sql >out 2>err
check config-catalog 0 $? none out
# the nearest wins alone: the parent's disable=FSQL201 does not apply here
printf 'fail-level=error\n' > proj/sub/.sqlcheckrc
"$bin" --format=gcc proj/sub/job.sql >out 2>err
check config-nearest-wins 0 $? has FSQL201 out
# fail-level=note in a config (level 0) is a level, not an error
printf 'fail-level=note\n' > proj/sub/.sqlcheckrc
"$bin" --format=gcc proj/sub/job.sql >out 2>err
check config-fail-level-note 1 $? has FSQL201 out
# a line that is not key=value makes the config invalid
printf 'disable FSQL201\n' > proj/sub/.sqlcheckrc
"$bin" --format=gcc proj/sub/job.sql >out 2>err
check config-not-key-value 2 $? has 'expected key=value' err
# fail-level= in a config: a warning alone no longer fails
printf 'fail-level=warning\n' > proj/sub/.sqlcheckrc
"$bin" --format=gcc proj/sub/job.sql >out 2>err
check config-fail-level 1 $? has FSQL201 out
printf 'disabel=FSQL201\n' > proj/sub/.sqlcheckrc
"$bin" --format=gcc proj/sub/job.sql >out 2>err
check config-unknown-key 2 $? has "unknown key 'disabel'; did you mean 'disable'" err
# the README's own example: comments after a value
printf 'catalog=../../cat.sql   # relative to this file\nfail-level=error\t# errors only\ndisable=FSQL104 #\n' > proj/sub/.sqlcheckrc
"$bin" --format=gcc proj/sub/job.sql >out 2>err
check config-trailing-comment 0 $? none err
# blanks around keys and values are not part of them
printf '  disable =\t FSQL201  \n' > proj/sub/.sqlcheckrc
"$bin" --format=gcc proj/sub/job.sql >out 2>err
check config-blanks-around 0 $? none out
# default-catalog= and default-database= need a name
printf 'default-catalog=\n' > proj/sub/.sqlcheckrc
"$bin" --format=gcc proj/sub/job.sql >out 2>err
check config-empty-default-catalog 2 $? has 'default-catalog needs a name' err
printf 'disable=FSQL201#no-blank\n' > proj/sub/.sqlcheckrc
"$bin" --format=gcc proj/sub/job.sql >out 2>err
check config-hash-inside-value 2 $? has "unknown rule 'FSQL201#no-blank'" err
# an invalid config stops the run: no report, no summary, no other file
printf 'fail-level=eror\n' > proj/sub/.sqlcheckrc
"$bin" proj/sub/job.sql bad.sql >out 2>err
check config-invalid-stops 2 $? none out
grep -q "did you mean 'error'" err; check config-invalid-says-why 0 $? true_
"$bin" --format=json proj/sub/job.sql >out 2>err
check config-invalid-json 2 $? python3 -c '
import json
d = json.load(open("out"))
assert d["files_checked"] == 0 and d["diagnostics"] == [], d
'
printf 'SELECT a FROM t; -- sqlcheck: disable=FSQL201,undefined-tabel\n' > dir.sql
"$bin" --format=gcc dir.sql >out 2>err
check directive-unknown-rule 1 $? has '^dir.sql:1:47: warning: unknown rule `undefined-tabel` in a sqlcheck directive; did you mean `undefined-table`? \[FSQL003\]$' out
grep -q FSQL201 out; check directive-known-rule-applies 1 $? true_
# messages with quotes and backslashes are escaped in JSON
printf 'SELECT a FROM `t"x\\y`;\n' > quote.sql
"$bin" --format=json quote.sql >out 2>err
check json-escaping 1 $? python3 -c '
import json
(d,) = json.load(open("out"))["diagnostics"]
assert d["message"].startswith("table or view `t\"x\\y` is not defined in this script: the service answers \"Object "), d["message"]
'
# a reason after a second "--" is not a rule list
printf 'SELECT f(a) FROM t; -- sqlcheck: disable=FSQL201 -- not undefined-function\nSELECT g(a) FROM u; -- sqlcheck: disable=FSQL201--FSQL202\n' > reason.sql
"$bin" --format=gcc --disable=FSQL102 reason.sql >out 2>err
check directive-reason 1 $? has '^reason.sql:2:8: warning: function `g`' out
[ "$(grep -c FSQL202 out)" = 2 ] && ! grep -q 'FSQL201\|FSQL003' out
check directive-reason-not-rules 0 $? true_
printf 'CREATE TEMPORARY TABLE t (a INT);\nCREATE TEMPORARY TABLE t (a INT);\n' > dup.sql
"$bin" --format=json dup.sql >out 2>err
check json-notes 1 $? python3 -c '
import json
(d,) = json.load(open("out"))["diagnostics"]
assert d["code"] == "FSQL203" and d["rule"] == "duplicate-definition"
assert d["notes"] == [{"line": 1, "column": 24, "message": "first defined here"}]
assert d["hint"].startswith("add IF NOT EXISTS")
'

# --target: one job per script on a managed service, statement by
# statement in Flink's SQL client; bad values are exit 2 with a suggestion
printf "CREATE TABLE a (x INT) WITH ('connector' = 'datagen');\nCREATE TABLE b (x INT) WITH ('connector' = 'blackhole');\nINSERT INTO b SELECT x FROM a;\nINSERT INTO b SELECT x FROM a;\nSET 'parallelism.default' = '2';\n" > shape.sql
"$bin" --format=gcc --no-config shape.sql >out 2>err
check target-vvp 1 $? test "$(grep -c 'FSQL10[124]' out)" = 4
"$bin" --format=gcc --no-config --target=sql-client shape.sql >out 2>err
check target-sql-client 0 $? none out
printf 'BEGIN STATEMENT SET;\nEND;\n' > emptyset.sql
"$bin" --format=gcc --no-config emptyset.sql >out 2>err
check empty-set-vvp 1 $? has 'empty statement set' out
"$bin" --format=gcc --no-config --target=sql-client emptyset.sql >out 2>err
check empty-set-sql-client 0 $? none out
"$bin" --target=sql-clint shape.sql >out 2>err
check target-typo 2 $? has "did you mean 'sql-client'" err
"$bin" --flink-version=1.2 shape.sql >out 2>err
check version-typo 2 $? has "did you mean '1.20'" err
"$bin" --flink-version=2.1..1.20 shape.sql >out 2>err
check version-backwards 2 $? has "an upgrade goes from an older release" err
printf 'flink-version = 1.9\n' > .sqlcheckrc
"$bin" shape.sql >out 2>err
check version-config-bad 2 $? has ".sqlcheckrc:1: Flink 1.9 is not a release" err
rm .sqlcheckrc

# --flink-version: words some releases reserve are findings only where
# they are names (not units, function names, REFRESH_MODE values or DROP
# DISTRIBUTION); the same on two threads; an upgrade reports only changes
printf "CREATE TEMPORARY TABLE w (id INT, monday INT, ts TIMESTAMP(3)) WITH ('connector' = 'datagen');\nSELECT w.monday, hash(id), INTERVAL '2' WEEKS, TIMESTAMPADD(QUARTER, 1, ts) AS qualify FROM w;\nALTER TABLE w DROP DISTRIBUTION;\n" > words.sql
"$bin" --format=gcc --no-config --flink-version=2.0 words.sql >out 2>err
check version-words 1 $? test "$(grep -c FSQL005 out)" = 3 && \
  check version-words-column 1 1 has "words.sql:1:35: error: \`monday\` is a reserved word in Flink 2.0" out && \
  check version-words-alias 1 1 has "words.sql:2:80: error: \`qualify\` is a reserved word" out
"$bin" --format=gcc --no-config --flink-version=1.19 words.sql >out 2>err
check version-words-1.19 1 $? test "$(grep -c FSQL005 out)" = 0
"$bin" --format=gcc --no-config --flink-version=1.20..2.0 words.sql >out 2>err
check version-words-upgrade 1 $? test "$(grep -c FSQL005 out)" = 3
"$bin" --format=gcc --no-config --flink-version=2.0..2.1 words.sql >out 2>err
check version-words-no-change 1 $? test "$(grep -c FSQL005 out)" = 0

# --fix, --diff, --unsafe-fixes: in place, atomically, with the file's
# mode, through a symbolic link to the real file; a file with a syntax
# error no fix mends is left alone; standard input gives the fixed text;
# JSON and SARIF carry the fix
mkdir -p fix && cd fix
printf "CREATE TABLE a (id BIGINT, value INT) WITH ('connector' = 'datagen');\nCREATE TEMPORARY TABLE b (id BIGINT) WITH ('connector' = 'blackhole');\nINSERT INTO b SELECT id FROM a;\n" > job.sql
printf "CREATE TEMPORARY TABLE a (id BIGINT, \`value\` INT) WITH ('connector' = 'datagen');\nCREATE TEMPORARY TABLE b (id BIGINT) WITH ('connector' = 'blackhole');\nINSERT INTO b SELECT id FROM a;\n" > want.sql
cp job.sql orig.sql
chmod 640 job.sql
"$bin" --no-config --diff job.sql >out 2>err
check diff-shows 1 $? has '^+CREATE TEMPORARY TABLE a (id BIGINT, `value` INT)' out && \
  check diff-writes-nothing 1 1 cmp -s job.sql orig.sql
"$bin" --no-config --format=json job.sql >out 2>err
check json-fix 1 $? has '"fix": {"description": "quote `value`", "safe": true, "edits": \[{"offset": 27, "end_offset": 32, "text": "`value`"}\]}' out
"$bin" --no-config --format=sarif job.sql >out 2>err
check sarif-fix 1 $? has '"fixes": \[{"description": {"text": "quote `value`"}, "artifactChanges": \[{"artifactLocation": {"uri": "job.sql"}, "replacements": \[{"deletedRegion": {"startLine": 1, "startColumn": 28' out
"$bin" --no-config --format=gcc --fix job.sql >out 2>err
check fix-writes 0 $? cmp -s job.sql want.sql && \
  check fix-says 0 0 has '^sqlcheck: 2 fixes applied in 1 file$' err && \
  check fix-keeps-mode 0 0 test "$(stat -c %a job.sql)" = 640 && \
  check fix-no-leftovers 0 0 test "$(ls -a | grep -c fix-)" = 0
"$bin" --no-config --fix job.sql >out 2>err
check fix-again 0 $? has '^sqlcheck: 0 fixes applied in 0 files$' err
"$bin" --no-config --diff job.sql >out 2>err
check diff-nothing 0 $? none out
cp orig.sql target.sql && ln -s target.sql link.sql
"$bin" --no-config --fix link.sql >out 2>err
check fix-through-link 0 $? cmp -s target.sql want.sql && \
  check fix-link-stays 0 0 test -L link.sql
printf "CREATE TABLE a (id BIGINT) WITH ('connector' = 'datagen');\nINSERT INTO b SELECT id FROM;\n" > broken.sql
cp broken.sql broken.orig
"$bin" --no-config --fix broken.sql >out 2>err
check fix-leaves-broken 1 $? cmp -s broken.sql broken.orig && \
  check fix-reports-broken 1 1 has 'FSQL001' out
"$bin" --no-config --fix - < orig.sql >out 2>err
check fix-stdin 0 $? cmp -s out want.sql
"$bin" --no-config --fix - job.sql >out 2>err
check fix-stdin-alone 2 $? has "give '-' alone" err
"$bin" --no-config --fix --diff job.sql >out 2>err
check fix-and-diff 2 $? has 'exclude each other' err
"$bin" --no-config --unsafe-fixes job.sql >out 2>err
check unsafe-alone 2 $? has 'goes with --fix or --diff' err
# more fixable findings than a file shows: fixed in one run all the same
awk 'BEGIN { for (i = 0; i < 1500; i++) printf "CREATE TABLE t%d (id BIGINT, value INT) WITH (%cconnector%c = %cdatagen%c);\n", i, 39, 39, 39, 39
  print "INSERT INTO t1 SELECT id, 1 FROM t2;" }' > many.sql
"$bin" --no-config --fix many.sql >out 2>err
check fix-many 1 $? has '^sqlcheck: 3000 fixes applied in 1 file$' err && \
  check fix-many-done 1 1 test "$(grep -c 'CREATE TEMPORARY TABLE t[0-9]* (id BIGINT, `value` INT)' many.sql)" = 1500
printf "CREATE TEMPORARY TABLE orders (id BIGINT) WITH ('connector' = 'datagen');\nSELECT idd FROM ordrs;\n" > typo.sql
"$bin" --no-config --diff typo.sql >out 2>err
check unsafe-not-by-default 0 $? none out
"$bin" --no-config --diff --unsafe-fixes typo.sql >out 2>err
check unsafe-diff 1 $? has '^+SELECT id FROM orders;' out
# double-quoted text: a string where it is compared, a name where it is
# qualified, a guess either way (unsafe); elsewhere no fix at all
printf "CREATE TEMPORARY TABLE t (name STRING) WITH ('connector' = 'datagen');\nSELECT * FROM t WHERE name = \"it's\" OR name LIKE \"x%%\" OR t.\"name\" <> 'q';\n" > dq.sql
"$bin" --no-config --diff dq.sql >out 2>err
check dquote-unsafe-only 0 $? none out
"$bin" --no-config --diff --unsafe-fixes dq.sql >out 2>err
check dquote-fixed 1 $? has "^+SELECT \* FROM t WHERE name = 'it''s' OR name LIKE 'x%' OR t.\`name\` <> 'q';$" out
printf "CREATE TEMPORARY TABLE t (name STRING) WITH ('connector' = 'datagen');\nSELECT \"name\" FROM t;\n" > dq2.sql
"$bin" --no-config --diff --unsafe-fixes dq2.sql >out 2>err
check dquote-no-guess 0 $? none out
cd ..

# the platform's default catalog and database (vvp.`default` on Ververica
# Platform and Alibaba Cloud), from the command line or a .sqlcheckrc
mkdir -p vvp/jobs
printf "CREATE TABLE orders (id BIGINT) WITH ('connector' = 'kafka');\n" > vvp/cat.sql
printf 'CREATE TEMPORARY TABLE snk (id BIGINT);\nINSERT INTO snk SELECT id FROM vvp.`default`.orders UNION ALL SELECT id FROM `default`.orders UNION ALL SELECT id FROM orders;\n' > vvp/jobs/job.sql
"$bin" --format=gcc --no-config --catalog=vvp/cat.sql vvp/jobs/job.sql >out 2>err
check default-catalog-vvp 0 $? none out
"$bin" --format=gcc --no-config --target=sql-client --catalog=vvp/cat.sql vvp/jobs/job.sql >out 2>err
check default-catalog-flink 1 $? has '`vvp.default.orders` is not defined' out
printf 'target = sql-client\n' > vvp/jobs/.sqlcheckrc
"$bin" --format=gcc --catalog=vvp/cat.sql vvp/jobs/job.sql >out 2>err
check default-catalog-config-target 1 $? has '`vvp.default.orders` is not defined' out
"$bin" --format=gcc --target=vvp --catalog=vvp/cat.sql vvp/jobs/job.sql >out 2>err
check default-catalog-option-wins 0 $? none out
rm vvp/jobs/.sqlcheckrc
"$bin" --format=gcc --no-config --catalog=vvp/cat.sql --default-catalog=vvp --default-database=default vvp/jobs/job.sql >out 2>err
check default-catalog-options 0 $? none out
"$bin" --format=gcc --no-config --target=sql-client --catalog=vvp/cat.sql --default-database=default vvp/jobs/job.sql >out 2>err
check default-database-only 1 $? has '`vvp.default.orders` is not defined' out
grep -q '`default.orders`' out; check default-database-two-parts 1 $? true_
printf 'default-catalog=vvp   # Ververica Platform\ndefault-database=default\ncatalog=cat.sql\n' > vvp/.sqlcheckrc
"$bin" --format=gcc vvp/jobs/job.sql >out 2>err
check default-catalog-config 0 $? none out
"$bin" --format=gcc --default-catalog=default_catalog vvp/jobs/job.sql >out 2>err
check default-catalog-cli-over-config 1 $? has '`vvp.default.orders` is not defined' out
"$bin" --format=gcc --default-catalog= vvp/jobs/job.sql >out 2>err
check default-catalog-empty 2 $? has 'default-catalog needs a name' err
printf 'default-catalg=vvp\n' > vvp/.sqlcheckrc
"$bin" --format=gcc vvp/jobs/job.sql >out 2>err
check default-catalog-config-typo 2 $? has "did you mean 'default-catalog'" err
rm vvp/.sqlcheckrc

# GitHub workflow commands: the level per severity, positions, and the
# escaping of properties (also ':' and ',') and of the message (not those)
mkdir -p 'gh,x:y'
printf "SET 'table.sql-dialect' = 'hive';\nSELECT 1;\nSET 'table.sql-dialect' = 'default';\nSELECT a FROM t;\nSELECT 1 FROM;\n" > 'gh,x:y/j%.sql'
"$bin" --format=github 'gh,x:y/j%.sql' >out 2>err
check github-levels 1 $? has '^::notice file=gh%2Cx%3Ay/j%25.sql,line=1,col=1,endLine=1,endColumn=33,title=FSQL002 skipped-dialect::statements in the Hive dialect are not checked%0Achecking resumes after' out
grep -q '^::warning file=gh%2Cx%3Ay/j%25.sql,line=4,col=15,endLine=4,endColumn=16,title=FSQL201 undefined-table::table or view `t` is not defined in this script: the service answers "Object .t. not found"%0Adefine it with' out
check github-warning 0 $? true_
grep -q '^::error file=gh%2Cx%3Ay/j%25.sql,line=5,col=14,endLine=5,endColumn=15,title=FSQL001 syntax-error::unexpected' out
check github-error 0 $? true_

# columns in bytes, characters or UTF-16 code units, in every format
printf '\357\273\277SELECT 名字 FROM 表;\nSELECT \360\237\230\200a FROM t WHERE;\n' > wide.sql
for unit in byte:20:26 char:16:23 utf16:16:24; do
  u=${unit%%:*} rest=${unit#*:} c1=${rest%%:*} c3=${rest#*:}
  "$bin" --format=gcc --column-unit=$u wide.sql >out 2>err
  check "column-unit-$u-gcc" 1 $? has "^wide.sql:1:$c1: warning: table or view" out
  grep -q "^wide.sql:2:$c3: error:" out; check "column-unit-$u-astral" 0 $? true_
  "$bin" --format=json --column-unit=$u wide.sql >out 2>err
  check "column-unit-$u-json" 1 $? python3 -c "
import json
d = json.load(open('out'))['diagnostics']
assert [(x['line'], x['column']) for x in d] == [(1, $c1), (2, $c3)], d
assert d[0]['end_column'] - d[0]['column'] == (1 if '$u' != 'byte' else 3), d
"
  "$bin" --format=github --column-unit=$u wide.sql >out 2>err
  check "column-unit-$u-github" 1 $? has "line=1,col=$c1," out
done
"$bin" --format=sarif --column-unit=utf16 wide.sql >out 2>err
check column-unit-sarif 1 $? python3 -c '
import json
run = json.load(open("out"))["runs"][0]
assert [r["level"] for r in run["results"]] == ["warning", "error"], run["results"]
levels = {r["id"]: r["defaultConfiguration"]["level"] for r in run["tool"]["driver"]["rules"]}
assert (levels["FSQL001"], levels["FSQL201"], levels["FSQL002"]) == ("error", "warning", "note"), levels
assert run["columnKind"] == "utf16CodeUnits", run["columnKind"]
regions = [r["locations"][0]["physicalLocation"]["region"] for r in run["results"]]
assert [(g["startColumn"], g["endColumn"]) for g in regions] == [(16, 17), (24, 25)], regions
'
"$bin" --format=sarif wide.sql >out 2>err
check column-unit-sarif-default 1 $? has '"columnKind": "unicodeCodePoints"' out
"$bin" --column-unit=bytes wide.sql >out 2>err
check column-unit-unknown 2 $? has "did you mean 'byte'" err
# hints are on the gcc line (editors show nothing else); tty keeps them below
"$bin" --format=gcc bad.sql >out 2>err
printf 'SELECT a b c FROM t;\n' > comma.sql
"$bin" --format=gcc comma.sql >out 2>err
check gcc-hint 1 $? has "^comma.sql:1:12: error: unexpected 'c'; a ',' is probably missing before 'c' \[FSQL001\]$" out
"$bin" comma.sql >out 2>err
check tty-hint-below 1 $? has "^      = help: a ',' is probably missing before 'c'$" out
grep -q "probably missing before 'c' \[FSQL001\]" out; check tty-first-line-without-hint 1 $? true_
# --color alone means always, and does not take the next operand
"$bin" --color bad.sql >out 2>err
check color-alone 1 $? has "$(printf '\033')\[" out
"$bin" --color=sometimes bad.sql >out 2>err
check color-unknown 2 $? has "unknown colour mode 'sometimes'" err

# Terminal widths at the ends of every range of wide (2 columns) and
# zero-width characters: the caret under 'y' stands after 8 + 56 + 4
# columns (each range's first and last character, in a string).
python3 - <<'PY' > widths.sql
zero = [(0x0300, 0x036F), (0x200B, 0x200F), (0xFE20, 0xFE2F)]
wide = [(0x1100, 0x115F), (0x2E80, 0x303E), (0x3041, 0x33FF),
        (0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xA000, 0xA4CF),
        (0xAC00, 0xD7A3), (0xF900, 0xFAFF), (0xFE30, 0xFE4F),
        (0xFF00, 0xFF60), (0xFFE0, 0xFFE6), (0x1F300, 0x1F64F),
        (0x1F900, 0x1F9FF), (0x20000, 0x3FFFD)]
s = "".join(chr(lo) + chr(hi) for lo, hi in zero + wide)
print("SELECT '%s' x y;" % s)
PY
"$bin" --format=tty --color=never widths.sql >out 2>err
check tty-char-widths 1 $? has "^      | $(printf '%68s' '')^\$" out

# Bytes that are not UTF-8 (0x80, the first that is not ASCII) are shown
# as \x80 in the gcc and github formats, and a file name in SARIF is a
# URI: letters and digits at the ends of their ranges stay, the
# characters next to them are escaped.
printf 'SELECT 1 FROM;\n' > "$(printf 'b\200d.sql')"
"$bin" --format=gcc "$(printf 'b\200d.sql')" >out 2>err
check gcc-byte-0x80 1 $? has '^b\\x80d.sql:1:14: error' out
"$bin" --format=github "$(printf 'b\200d.sql')" >out 2>err
check github-byte-0x80 1 $? has '^::error file=b\\x80d.sql,' out
printf 'SELECT 1 FROM;\n' > 'azAZ09@[`{:.sql'
"$bin" --format=sarif 'azAZ09@[`{:.sql' >out 2>err
check sarif-uri-ranges 1 $? has '"uri": "azAZ09%40%5B%60%7B%3A.sql"' out
# a hint's commas and colons are text in the github format, not escaped
printf 'DROP TABLE t;\nINSERT INTO s SELECT 1;\n' > gh-hint.sql
"$bin" --format=github gh-hint.sql >out 2>err
check github-hint-text 1 $? has 'temporary objects, or change the catalog' out

# Past the 1,000 findings a file shows, errors are only counted, but a
# forgotten ';' still ends a statement: the two INSERTs after it are two
# jobs (1 dropped syntax error, 1 missing ';', 1 FSQL102).
python3 -c "print('SELEC 1;\n' * 1001 + 'INSERT INTO a SELECT 1\nINSERT INTO b SELECT 2;')" > capped.sql
"$bin" --format=gcc capped.sql >out 2>err
check capped-missing-semicolon 1 $? has '^capped.sql:1004:1: note: 3 more findings' out

# Directives whose ranges nest: one before a statement set covers the whole
# block, ones at the ends of lines inside it cover their lines; a finding
# after an inner line's range is still covered by the outer one.
printf -- "-- sqlcheck: disable=FSQL103\nBEGIN STATEMENT SET;\nSET 'a' = 'b'; -- sqlcheck: disable=FSQL201\nCREATE TEMPORARY VIEW v AS SELECT 1;\nINSERT INTO t SELECT 1; -- sqlcheck: disable=FSQL201\nEND;\nSET 'c' = 'd';\n" > nested.sql
"$bin" --format=gcc nested.sql >out 2>err
check directives-nested 1 $? test "$(grep -c . out)" = 1 -a "$(grep -c "^nested.sql:7:1: .*FSQL104" out)" = 1

# Colours by severity (--color=always): red errors, magenta warnings.
printf 'SELECT 1 FROM;\n' > colour-error.sql
"$bin" --format=tty --color=always colour-error.sql >out 2>err
check colour-error 1 $? has "$(printf '\033\\[1;31merror')" out
printf 'INSERT INTO nowhere SELECT 1;\n' > colour-warning.sql
"$bin" --format=tty --color=always colour-warning.sql >out 2>err
check colour-warning 1 $? has "$(printf '\033\\[1;35mwarning')" out

# CREATE TABLE ... AS and REPLACE TABLE ... AS run a job (FSQL102 with an
# INSERT) and are permanent by nature (no FSQL101)
printf "CREATE TABLE c AS SELECT 1 AS a;\nINSERT INTO c SELECT 2;\n" > ctas.sql
"$bin" --format=gcc ctas.sql >out 2>err
check ctas-is-a-job 1 $? test "$(grep -c 'FSQL102' out)" = 1 -a "$(grep -c 'FSQL101' out)" = 0
printf "REPLACE TABLE c AS SELECT 1 AS a;\nINSERT INTO c SELECT 2;\n" > rtas.sql
"$bin" --format=gcc rtas.sql >out 2>err
check rtas-is-a-job 1 $? test "$(grep -c 'FSQL102' out)" = 1 -a "$(grep -c 'FSQL101' out)" = 0

# A team's own connectors (connector-options= in .sqlcheckrc, the columns of
# src/data/connector-options.tsv): checked like the built-in ones, on one
# thread and on two; an unreadable file is exit 2.
mkdir -p own && cd own
printf 'connector_or_format\toption_key\trequired\ttype\tenum_values\n' > conn.tsv
printf 'acme-queue\tconnector\tyes\tString\t\n' >> conn.tsv
printf 'acme-queue\tendpoint\tyes\tString\t\n' >> conn.tsv
printf 'acme-queue\tack-mode\tno\tEnum\tauto,manual\n' >> conn.tsv
printf 'connector-options = conn.tsv\n' > .sqlcheckrc
printf "CREATE TEMPORARY TABLE q (id INT) WITH ('connector' = 'acme-queue',\n  'ack-mode' = 'later', 'batch' = '5');\n" > own.sql
"$bin" --format=gcc own.sql >out 2>err
check own-connector 1 $? has "needs option 'endpoint'" out && \
  check own-connector-value 1 1 has "own.sql:2:16: error: 'later' is not a value of 'ack-mode'" out && \
  check own-connector-key 1 1 has "unsupported option 'batch' for connector 'acme-queue'" out
"$bin" --format=gcc --threads=2 own.sql >out2 2>err
check own-connector-threads 1 $? cmp -s out out2
"$bin" --format=gcc --no-config own.sql >out 2>err
check own-connector-without-config 0 $? test ! -s out
# every key of one .sqlcheckrc holds, whatever the order (a later key once
# freed an earlier key's file name)
printf 'flink-config = none.yaml\nconnector-options = conn.tsv\ndefault-catalog = c\ndefault-database = d\n' > .sqlcheckrc
"$bin" --format=gcc own.sql >out 2>err
check config-keys-kept 2 $? has "needs option 'endpoint'" out && \
  check config-keys-kept-yaml 2 2 has "none.yaml" err
printf 'connector-options = missing.tsv\n' > .sqlcheckrc
"$bin" own.sql >out 2>err
check own-connector-missing-file 2 $? has "cannot read connector options file" err
printf 'connector-option = conn.tsv\n' > .sqlcheckrc
"$bin" own.sql >out 2>err
check own-connector-key-typo 2 $? has "did you mean 'connector-options'" err
cd ..

# A deployment's Flink configuration (--flink-config, flink-config= in
# .sqlcheckrc): nested and flat YAML keys checked with FSQL401-403 at their
# place in the YAML file; its table.sql-dialect holds for the scripts; a
# file that is no YAML map is exit 2.
mkdir -p yaml && cd yaml
printf 'SELECT 1;\n' > job.sql
printf 'execution:\n  checkpointing:\n    interval: 10 secs later\n    intervall: 5 s\nstate.backend: rocksdb\npipeline.jars: [a.jar]\nmy.own.key: x\nexecution.checkpointing.tolerable-failed-checkpoints: 0\n' > config.yaml
"$bin" --format=gcc --flink-config=config.yaml job.sql >out 2>err
check yaml-value 1 $? has "config.yaml:3:15: error: value '10 secs later' of 'execution.checkpointing.interval'" out && \
  check yaml-typo 1 1 has "config.yaml:4:5: warning: unknown configuration key 'execution.checkpointing.intervall'" out && \
  check yaml-deprecated 1 1 has "config.yaml:5:1: warning: 'state.backend' is deprecated" out && \
  check yaml-quiet 1 1 test "$(grep -c . out)" = 3
"$bin" --format=gcc --flink-config=config.yaml job.sql job.sql >out 2>err
check yaml-once 1 $? test "$(grep -c 'config.yaml' out)" = 3
printf 'table.sql-dialect: hive\n' > hive.yaml
printf "CREATE TABLE h (a INT) STORED AS ORC;\nSET 'table.sql-dialect' = 'default';\nSELECT 1 FROM;\n" > hive.sql
"$bin" --format=gcc --flink-config=hive.yaml hive.sql >out 2>err
check yaml-hive 1 $? has "hive.sql:1:1: note: the Flink configuration sets table.sql-dialect to hive" out && \
  check yaml-hive-resumes 1 1 test "$(grep -c 'FSQL001' out)" = 1
"$bin" --format=gcc --flink-config=hive.yaml --threads=2 hive.sql >out2 2>err
check yaml-hive-threads 1 $? cmp -s out out2
printf 'a: [1\n' > bad.yaml
"$bin" --flink-config=bad.yaml job.sql >out 2>err
check yaml-invalid 2 $? has "bad.yaml:2:1: not valid YAML" err
printf -- '- a\n- b\n' > list.yaml
"$bin" --flink-config=list.yaml job.sql >out 2>err
check yaml-list 2 $? has "not a map of keys" err
"$bin" --flink-config=missing.yaml job.sql >out 2>err
check yaml-missing 2 $? has "missing.yaml" err
printf 'flink-config = config.yaml\n' > .sqlcheckrc
"$bin" --format=gcc job.sql >out 2>err
check yaml-from-config 1 $? has "config.yaml:3:15: error" out
"$bin" --format=gcc --disable=FSQL403 job.sql >out 2>err
check yaml-disabled 1 $? test "$(grep -c 'FSQL403' out)" = 0
rm .sqlcheckrc
cd ..

echo "cli: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
