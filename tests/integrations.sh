#!/bin/sh
# Integration tests: sqlcheck as the tools around it see it. Each runs the
# real tool: pre-commit (a throw-away repository and commit), headless Vim
# (quickfix list), the VS Code problem-matcher regex and the JetBrains
# output filter (Python's re), SARIF against the OASIS schema (jsonschema),
# GitHub workflow-command escaping, the man page (man -l) and make install.
#   tests/integrations.sh build/sqlcheck [shared-dir]
set -u
bin=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
root=$(cd "$(dirname "$0")/.." && pwd)
shared=${2:-$root/../shared}
[ -d "$shared" ] && shared=$(cd "$shared" && pwd)
pass=0
fail=0
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
ok() { pass=$((pass + 1)); }
bad() { echo "FAIL $1"; [ -f "$dir/log" ] && sed 's/^/  | /' "$dir/log"; fail=$((fail + 1)); }

mkdir "$dir/bin"
ln -s "$bin" "$dir/bin/sqlcheck"
PATH=$dir/bin:$PATH
export PATH

broken='CREATE TEMPORARY TABLE t (a INT) WITH ('"'"'connector'"'"' = '"'"'datagen'"'"');
SELECT a FROM t WHERE;
SELECT a, b FROM u;
'
clean='CREATE TEMPORARY TABLE t (a INT) WITH ('"'"'connector'"'"' = '"'"'datagen'"'"');
SELECT a FROM t;
'

# a private HOME for git and pre-commit
export PRE_COMMIT_HOME=$dir/pre-commit-home GIT_CONFIG_NOSYSTEM=1
export HOME=$dir/home
mkdir -p "$HOME"
git config --global user.name test && git config --global user.email t@example.invalid
git config --global init.defaultBranch main

# --- pre-commit ---------------------------------------------------------------
if command -v pre-commit >/dev/null 2>&1; then
  # the hook definitions as published: this repository's .pre-commit-hooks.yaml
  mkdir "$dir/hooks" && cp "$root/.pre-commit-hooks.yaml" "$dir/hooks/"
  (cd "$dir/hooks" && git init -q && git add . && git commit -qm hooks)
  rev=$(cd "$dir/hooks" && git rev-parse HEAD)
  mkdir "$dir/app" && cd "$dir/app" && git init -q
  printf 'repos:\n  - repo: %s\n    rev: %s\n    hooks:\n      - id: sqlcheck\n' \
    "$dir/hooks" "$rev" > .pre-commit-config.yaml
  git add .pre-commit-config.yaml && git commit -qm config
  if pre-commit install >"$dir/log" 2>&1; then ok; else bad pre-commit-install; fi
  printf '%s' "$broken" > job.sql
  git add job.sql
  if git commit -qm broken >"$dir/log" 2>&1; then
    bad pre-commit-refuses-broken
  elif grep -q '^job.sql:2:22: error: unexpected .;.' "$dir/log"; then
    ok
  else
    bad pre-commit-prints-findings
  fi
  printf '%s' "$clean" > job.sql
  git add job.sql
  if git commit -qm clean >"$dir/log" 2>&1; then ok; else bad pre-commit-accepts-clean; fi
  # the README's configuration, as written (repo: local)
  mkdir "$dir/readme-app" && cd "$dir/readme-app" && git init -q
  awk '/pre-commit framework/ { on = 1 } on && /^```yaml/ { y = 1; next }
       y && /^```/ { exit } y' "$root/README.md" > .pre-commit-config.yaml
  git add .pre-commit-config.yaml && git commit -qm config
  pre-commit install >/dev/null 2>&1
  printf '%s' "$broken" > 'my job.sql' && git add 'my job.sql'
  if git commit -qm broken >"$dir/log" 2>&1; then bad readme-pre-commit-refuses-broken
  elif grep -q '^my job.sql:2:22: error: unexpected .;.' "$dir/log"; then ok
  else cat .pre-commit-config.yaml >> "$dir/log"; bad readme-pre-commit-prints-findings; fi
  cd "$dir"
else
  bad "pre-commit not installed"
fi

# --- plain git hook (docs/editors/git-pre-commit) -------------------------------
mkdir "$dir/plain" && cd "$dir/plain" && git init -q
cp "$root/docs/editors/git-pre-commit" .git/hooks/pre-commit
printf '%s' "$broken" > job.sql && git add job.sql
if git commit -qm broken >"$dir/log" 2>&1; then bad git-hook-refuses-broken
elif grep -q '^job.sql:2:22: error:' "$dir/log"; then ok; else bad git-hook-prints; fi
printf '%s' "$clean" > job.sql && git add job.sql
if git commit -qm clean >"$dir/log" 2>&1; then ok; else bad git-hook-accepts-clean; fi
# a name with a space; what is staged is checked, not the working copy
printf '%s' "$clean" > 'my job.sql' && git add 'my job.sql'
if git commit -qm spaced >"$dir/log" 2>&1; then ok; else bad git-hook-name-with-space; fi
printf '%s' "$broken" > 'my job.sql' && git add 'my job.sql'
printf '%s' "$clean" > 'my job.sql'
if git commit -qm staged-broken >"$dir/log" 2>&1; then bad git-hook-checks-staged
elif grep -q '^my job.sql:2:22: error:' "$dir/log"; then ok; else bad git-hook-names-staged; fi
git add 'my job.sql' && git commit -qm fixed >/dev/null 2>&1
git rm -q job.sql
if git commit -qm deleted >"$dir/log" 2>&1; then ok; else bad git-hook-deleted-file; fi

# --- the man page's xargs example: changed files, spaces, a deleted file ------
mkdir "$dir/diffs" && cd "$dir/diffs" && git init -q
printf '%s' "$clean" > 'my job.sql' && printf '%s' "$clean" > gone.sql
git add . && git commit -qm base
printf '%s' "$broken" > 'my job.sql' && rm gone.sql
xargs_cmd=$(sed -n 's/\\-/-/g; /^git diff .*| *xargs /p' "$root/docs/sqlcheck.1")
if [ -z "$xargs_cmd" ]; then
  echo "no 'git diff ... | xargs' example in the man page" > "$dir/log"; bad man-xargs-example
else
  sh -c "$xargs_cmd" >"$dir/log" 2>&1; rc=$?
  if [ $rc != 0 ] && grep -q '^my job.sql:2:22: error:' "$dir/log" &&
     ! grep -q 'gone.sql' "$dir/log"; then ok; else bad man-xargs-example; fi
fi

# --- Vim quickfix -------------------------------------------------------------
cd "$dir"
printf '%s' "$broken" > vimjob.sql
sqlcheck --format=gcc vimjob.sql > vim.out
vim -Es -N -u NONE -i NONE \
  -c 'source '"$root"'/docs/editors/sqlcheck.vim' \
  -c 'let &g:errorformat = &l:errorformat' \
  -c 'cgetfile vim.out' \
  -c 'call writefile(map(getqflist(), "bufname(v:val.bufnr).\":\".v:val.lnum.\":\".v:val.col.\":\".v:val.type.\":\".v:val.text"), "qf.txt")' \
  -c 'qa!' </dev/null >/dev/null 2>&1
if grep -q '^vimjob.sql:2:22:e:unexpected' qf.txt 2>/dev/null &&
   grep -q '^vimjob.sql:3:18:w:table or view `u`' qf.txt; then
  ok
else
  { cat vim.out; cat qf.txt 2>/dev/null; } > "$dir/log"; bad vim-quickfix
fi

# :make itself, on a file whose name has a space
printf '%s' "$broken" > 'vim job.sql'
rm -f qf.txt
vim -Es -N -u NONE -i NONE -c 'edit vim\ job.sql' \
  -c 'source '"$root"'/docs/editors/sqlcheck.vim' -c 'silent make' \
  -c 'call writefile(map(getqflist(), "bufname(v:val.bufnr).\":\".v:val.lnum.\":\".v:val.col.\":\".v:val.type.\":\".v:val.text"), "qf.txt")' \
  -c 'qa!' </dev/null >/dev/null 2>&1
if grep -q '^vim job.sql:2:22:e:unexpected' qf.txt 2>/dev/null; then ok
else cat qf.txt > "$dir/log" 2>/dev/null; bad vim-make-name-with-space; fi

# --- VS Code problem matcher and JetBrains output filter ----------------------
if python3 - "$root/docs/editors/vscode-tasks.json" vim.out \
    "$root/docs/editors/jetbrains-external-tool.xml" >"$dir/log" 2>&1 <<'PY'
import json, re, sys
task = json.load(open(sys.argv[1]))["tasks"][0]
m = task["problemMatcher"]; p = m["pattern"]
rx = re.compile(p["regexp"])
lines = open(sys.argv[2]).read().splitlines()
got = []
for line in lines:
    g = rx.match(line)
    assert g, "VS Code matcher misses: " + line
    got.append((g.group(p["file"]), g.group(p["line"]), g.group(p["column"]),
                g.group(p["severity"]), g.group(p["code"])))
assert ("vimjob.sql", "2", "22", "error", "FSQL001") in got, got
assert ("vimjob.sql", "3", "18", "warning", "FSQL201") in got, got
xml = open(sys.argv[3]).read()
flt = re.search(r'name="REGEXP" value="([^"]*)"', xml).group(1)
jb = flt.replace("$FILE_PATH$", r"(?P<f>[^:]+)") \
    .replace("$LINE$", r"(?P<l>\d+)").replace("$COLUMN$", r"(?P<c>\d+)")
for line in lines:
    g = re.match(jb, line)
    assert g and g.group("f") == "vimjob.sql", "JetBrains filter misses: " + line
PY
then ok; else bad editor-matchers; fi

# the VS Code task and the JetBrains tool as configured, on a line with
# Chinese text: their columns are UTF-16 code units, the hint is kept
printf -- '-- 订单\nSELECT 订单金额 FROM 订单表;\n' > cjk.sql
if python3 - "$root/docs/editors/vscode-tasks.json" \
    "$root/docs/editors/jetbrains-external-tool.xml" >"$dir/log" 2>&1 <<'PY'
import json, re, subprocess, sys
task = json.load(open(sys.argv[1]))["tasks"][0]
args = [a.replace("${file}", "cjk.sql") for a in task["args"]]
out = subprocess.run([task["command"]] + args, capture_output=True, text=True).stdout
p = task["problemMatcher"]["pattern"]
g = re.match(p["regexp"], out.splitlines()[0])
assert g, out
# VS Code's column of the table name: "SELECT 订单金额 FROM " is 17 UTF-16 units
assert g.group(p["column"]) == "18", out
assert "define it with CREATE TEMPORARY TABLE" in g.group(p["message"]), out
xml = open(sys.argv[2]).read()
params = re.search(r'name="PARAMETERS" value="([^"]*)"', xml).group(1)
args = [a.replace("$FilePath$", "cjk.sql") for a in params.split()]
out = subprocess.run(["sqlcheck"] + args, capture_output=True, text=True).stdout
assert out.startswith("cjk.sql:2:18: warning:"), out
PY
then ok; else bad editor-columns-utf16; fi

# --- SARIF against the schema; GitHub escaping; no colour outside tty --------
printf 'SELECT a FROM t WHERE x = "50%%, done";\nSELECT 名字 FROM 表;\n' > fmt.sql
sqlcheck --format=sarif -o fmt.sarif fmt.sql "$root/samples/rules/duplicate-definition/fires.sql"
if [ -f "$shared/schemas/sarif-schema-2.1.0.json" ]; then
  if python3 - "$shared/schemas/sarif-schema-2.1.0.json" fmt.sarif >"$dir/log" 2>&1 <<'PY'
import json, sys, jsonschema
schema = json.load(open(sys.argv[1]))
doc = json.load(open(sys.argv[2]))
jsonschema.validate(doc, schema)
run = doc["runs"][0]
ids = [r["id"] for r in run["tool"]["driver"]["rules"]]
assert ids == sorted(ids) and "FSQL101" in ids and "FSQL203" in ids, ids
res = run["results"]
assert [r["ruleId"] for r in res][:1] == ["FSQL203"], res  # sorted by file
cjk = [r for r in res if r["ruleId"] == "FSQL201" and
       r["locations"][0]["physicalLocation"]["region"]["startLine"] == 2]
assert cjk and cjk[0]["locations"][0]["physicalLocation"]["region"]["startColumn"] == 16, cjk
dup = res[0]
assert dup["relatedLocations"][0]["message"]["text"] == "first defined here"
# paths as given, as URI references: letters, digits and -._~/ stay as they are
uris = {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in res}
assert "fmt.sql" in uris, uris
assert any(u.endswith("/samples/rules/duplicate-definition/fires.sql") for u in uris), uris
PY
  then ok; else bad sarif-schema; fi
else
  echo "integrations: $shared/schemas/sarif-schema-2.1.0.json not found: SARIF schema check skipped"
fi
sqlcheck --format=github fmt.sql > gh.out
printf 'SELECT a FROM `50%%, done`;\n' > pct.sql
sqlcheck --format=github pct.sql > gh3.out
if grep -q '^::error file=fmt.sql,line=1,col=27,endLine=1,endColumn=38,title=FSQL001 syntax-error::double-quoted text is not a string in Flink SQL%0Ause ' gh.out &&
   grep -q 'table or view `50%25, done` is not defined' gh3.out && ! grep -q '50%,' gh3.out
then ok; else cat gh.out gh3.out > "$dir/log"; bad github-escaping; fi
printf 'a%%b,c:d\n' > 'odd,na:me%.sql'
sqlcheck --format=github 'odd,na:me%.sql' > gh2.out
if grep -q '^::error file=odd%2Cna%3Ame%25.sql,' gh2.out; then ok; else cp gh2.out "$dir/log"; bad github-property-escaping; fi
esc=$(printf '\033')
for f in gcc json sarif github; do
  sqlcheck --color=always --format=$f fmt.sql > col.out
  if grep -q "$esc" col.out; then bad "no-colour-in-$f"; else ok; fi
done
sqlcheck --color=always fmt.sql > col.out
if grep -q "$esc" col.out; then ok; else bad colour-always; fi
# auto: colour on a terminal (a pseudo-terminal from script(1)), unless
# NO_COLOR is set or TERM is dumb; never into a file
if command -v script >/dev/null 2>&1; then
  TERM=xterm script -qec "sqlcheck --color=auto fmt.sql" /dev/null > col.out 2>&1
  if grep -q "$esc" col.out; then ok; else bad colour-auto-on-a-terminal; fi
  NO_COLOR=1 TERM=xterm script -qec "sqlcheck --color=auto fmt.sql" /dev/null > col.out 2>&1
  if grep -q "$esc" col.out; then bad no-colour-with-NO_COLOR; else ok; fi
  TERM=dumb script -qec "sqlcheck --color=auto fmt.sql" /dev/null > col.out 2>&1
  if grep -q "$esc" col.out; then bad no-colour-on-a-dumb-terminal; else ok; fi
else
  echo "integrations: script(1) not found: colour on a terminal not tested"
fi
sqlcheck --color=auto fmt.sql > col.out
if grep -q "$esc" col.out; then bad no-colour-into-a-file; else ok; fi

# --- rule docs, man page, install ---------------------------------------------
# one supported range of Flink releases (include/sqlcheck/version.h)
range=$(sqlcheck --version | sed -n 's/^Flink SQL \(.*\)$/\1/p')
stale=$(grep -rnoE '1\.15 ?(through|to|–|-) ?[0-9]+\.[0-9]+' "$root/README.md" \
          "$root/docs" "$root/src" "$root/include" "$root/grammar" "$root/tests" |
        grep -v ":$range\$")
if [ -n "$range" ] && [ -z "$stale" ] &&
   grep -q "(1\.15 through ${range#* through })" "$root/README.md"; then ok
else echo "range '$range'; other ranges: $stale" > "$dir/log"; bad flink-range-one-source; fi
docs_ok=1
for line in $(sqlcheck --list-rules | awk '{print $1 "-" $2}'); do
  [ -f "$root/docs/rules/$line.md" ] || { echo "missing docs/rules/$line.md"; docs_ok=0; }
  code=${line%%-*}
  sqlcheck --explain="$code" | cmp -s - "$root/docs/rules/$line.md" || {
    echo "--explain=$code differs from docs/rules/$line.md"; docs_ok=0; }
done
[ "$(ls "$root"/docs/rules/*.md | wc -l)" = "$(sqlcheck --list-rules | wc -l)" ] || docs_ok=0
if [ $docs_ok = 1 ]; then ok; else bad rule-docs; fi
if man -l "$root/docs/sqlcheck.1" 2>/dev/null | grep -q 'sqlcheck - check Flink SQL'; then ok; else bad man-renders; fi
missing=""
for opt in $(sqlcheck --help | grep -o -- '--[a-z][a-z-]*' | sort -u); do
  grep -q -- "$(printf '%s' "$opt" | sed 's/-/\\\\-/g')" "$root/docs/sqlcheck.1" || missing="$missing $opt"
done
if [ -z "$missing" ]; then ok; else echo "not in the man page:$missing" > "$dir/log"; bad man-options; fi
missing=""
for rule in $(sqlcheck --list-rules | awk '{print $1 ":" $2}'); do
  code=${rule%%:*} name=${rule#*:}
  grep -q "^$code	$name	" "$root/docs/sqlcheck.1" || missing="$missing $code"
  grep -q "^| $code | $name |" "$root/README.md" || missing="$missing $code(README)"
done
if [ -z "$missing" ]; then ok; else echo "rules not listed:$missing" > "$dir/log"; bad rules-listed; fi
# the build directory as the build named it (relative to the tree when it
# is inside it: an absolute O would name the objects' dependency files
# differently, and later builds would miss changed headers)
out=$(dirname "$bin")
case "$out" in "$root"/*) out=${out#"$root"/} ;; esac
if make -s -C "$root" install O="$out" \
     PREFIX="$dir/prefix" >"$dir/log" 2>&1 &&
   "$dir/prefix/bin/sqlcheck" --version | grep -q '^sqlcheck ' &&
   [ -f "$dir/prefix/share/man/man1/sqlcheck.1" ]; then ok; else bad make-install; fi

echo "integrations: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
