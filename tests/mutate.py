#!/usr/bin/env python3
"""Mutation testing: does the suite notice a small bug?

For each source file chosen, plant one small bug at a time -- a flipped
comparison, a dropped `!`, `&&` for `||`, `true` for `false`, an off-by-one
-- in a copy of the tree, build it, run the tests, and count the mutants
the tests kill (any test fails) and those that survive (all pass). Mutants
that do not compile are not counted. Not part of `make check`: it takes a
build and a test run per mutant. `make mutate` runs it.

    tests/mutate.py [--per-file N] [--seed S] [--shared DIR] [FILE...]

Without FILEs: src/checks/*.c, src/digest.c, src/bind.c, src/schema_scan.c,
src/resolve.c, src/split.c, src/output*.c, src/suppress.c, src/config.c. Survivors are listed with their line, so
that a test can be written for each.
"""
import argparse
import glob
import os
import random
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT = (sorted(glob.glob(os.path.join(ROOT, "src/checks/*.c"))) +
           [os.path.join(ROOT, "src", f) for f in
            ("digest.c", "bind.c", "schema_scan.c", "resolve.c", "split.c",
             "output.c", "output_text.c",
             "output_json.c", "output_sarif.c", "output_github.c",
             "suppress.c", "config.c")])

# (pattern, replacement, name): applied at one match at a time
MUTATIONS = [
    (r"==", "!=", "== to !="),
    (r"!=", "==", "!= to =="),
    (r"(?<![<>=!])<(?![<=])", "<=", "< to <="),
    (r"(?<![<>=!-])>(?![>=])", ">=", "> to >="),
    (r"<=", "<", "<= to <"),
    (r">=", ">", ">= to >"),
    (r"&&", "||", "&& to ||"),
    (r"\|\|", "&&", "|| to &&"),
    (r"\btrue\b", "false", "true to false"),
    (r"\bfalse\b", "true", "false to true"),
    (r"!(?=[a-z_(])", "", "drop !"),
    (r"\+ 1\b", "- 1", "+ 1 to - 1"),
    (r"\+\+", "--", "++ to --"),
    (r"\bbreak;", ";", "drop break"),
    (r"\breturn (?!;|0;|NULL;|false;)[^;]*;", "return 0;", "return 0"),
]


def code_spans(line):
    """Column ranges of line that are code: not strings, chars, comments."""
    spans, i, start, n = [], 0, 0, len(line)
    while i < n:
        c = line[i]
        if c in "\"'":
            spans.append((start, i))
            q, i = c, i + 1
            while i < n and line[i] != q:
                i += 2 if line[i] == "\\" else 1
            start = i + 1
        elif line.startswith("//", i) or line.startswith("/*", i):
            spans.append((start, i))
            return spans
        i += 1
    spans.append((start, n))
    return spans


def sites(path):
    out = []
    in_comment = False
    with open(path) as f:
        lines = f.read().split("\n")
    for no, line in enumerate(lines):
        s = line.strip()
        if in_comment:
            if "*/" in line:
                in_comment = False
            continue
        if s.startswith("/*"):
            in_comment = "*/" not in s
            continue
        if s.startswith("*") or s.startswith("#") or not s:
            continue
        for a, b in code_spans(line):
            for pat, rep, name in MUTATIONS:
                for m in re.finditer(pat, line[a:b]):
                    out.append((no, a + m.start(), a + m.end(), rep, name))
    return lines, out


def run(cmd, cwd, timeout, log=None):
    """Exit status of cmd, or -1 when it ran past timeout (a mutant that
    loops forever): its whole process group is killed. Its errors go to
    the file log, if given."""
    err = open(log, "w") if log else subprocess.DEVNULL
    p = subprocess.Popen(cmd, cwd=cwd, stdout=subprocess.DEVNULL,
                         stderr=err, shell=True, start_new_session=True)
    try:
        return p.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(p.pid, signal.SIGKILL)
        p.wait()
        return -1
    finally:
        if log:
            err.close()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--per-file", type=int, default=6)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--shared", default=os.path.join(ROOT, "..", "shared"))
    ap.add_argument("--tests", default="unit cli golden corpus robust threads lsp",
                    help="the make targets each mutant must fail")
    ap.add_argument("files", nargs="*")
    args = ap.parse_args()
    files = [os.path.abspath(f) for f in args.files] or DEFAULT
    shared = os.path.abspath(args.shared)

    work = tempfile.mkdtemp(prefix="sqlcheck-mutate-")
    tracked = subprocess.run(["git", "ls-files"], cwd=ROOT, capture_output=True,
                             text=True, check=True).stdout.split()
    for rel in tracked:
        dst = os.path.join(work, rel)
        os.makedirs(os.path.dirname(dst), exist_ok=True)
        shutil.copy2(os.path.join(ROOT, rel), dst)
    make = ("make -s O=build PGO=0 LTO= CFLAGS='-O1 -g' SHARED='%s'" % shared)
    build = make + " build/sqlcheck $(ls tests/unit/test_*.c | sed 's|tests/unit/|build/tests/|; s|\\.c$||')"
    test = make + " " + args.tests
    print("mutate: building the unmutated copy in %s ..." % work, flush=True)
    t0 = time.time()
    if run(build, work, 600) != 0:
        print("mutate: the unmutated tree does not build")
        return 2
    t1 = time.time()
    if run(test, work, 900) != 0:
        print("mutate: the unmutated tree does not pass its tests")
        return 2
    # a mutant whose tests take far longer than the tree's loops: killed
    limit = max(60.0, 4 * (time.time() - t1))
    print("mutate: build %.0f s, tests %.0f s; a mutant's tests may take "
          "%.0f s" % (t1 - t0, time.time() - t1, limit), flush=True)

    rng = random.Random(args.seed)
    total_killed = total = 0
    survivors = []
    for path in files:
        rel = os.path.relpath(path, ROOT)
        # the copy's text, not the tree's: the tree may change meanwhile
        lines, all_sites = sites(os.path.join(work, rel))
        picked = rng.sample(all_sites, min(args.per_file, len(all_sites)))
        killed = counted = 0
        target = os.path.join(work, rel)
        obj = os.path.join(work, "build", "obj",
                           os.path.relpath(rel, "src")[:-2] + ".o")

        def forget_build():
            """The file's object and everything linked from it go: the
            next build compiles the file as it is now, whatever the
            timestamps say."""
            for p in [obj, os.path.join(work, "build", "libsqlcheck.a"),
                      os.path.join(work, "build", "sqlcheck")] + \
                    glob.glob(os.path.join(work, "build", "tests", "test_*")):
                if os.path.exists(p):
                    os.remove(p)

        for no, a, b, rep, name in sorted(picked):
            mutated = list(lines)
            mutated[no] = lines[no][:a] + rep + lines[no][b:]
            with open(target, "w") as f:
                f.write("\n".join(mutated))
            forget_build()
            t0 = time.time()
            try:
                log = os.path.join(work, "build.log")
                if run(build, work, 600, log) != 0:
                    # did not compile: not counted, but said, with why
                    with open(log) as f:
                        why = [l.strip() for l in f if "error" in l][:1]
                    print("  %s:%d %s: does not compile%s" % (
                        rel, no + 1, name, ": " + why[0] if why else ""),
                        flush=True)
                    continue
                counted += 1
                if run(test, work, limit) != 0:
                    killed += 1
                    verdict = "killed"
                else:
                    survivors.append("%s:%d: %s: %s" % (rel, no + 1, name,
                                                       lines[no].strip()))
                    verdict = "SURVIVED"
            finally:
                with open(target, "w") as f:
                    f.write("\n".join(lines))
                forget_build()
            print("  %s:%d %s: %s (%.0f s)" % (rel, no + 1, name, verdict,
                                               time.time() - t0), flush=True)
        total_killed += killed
        total += counted
        print("%s: %d of %d mutants killed" % (rel, killed, counted),
              flush=True)
    shutil.rmtree(work, ignore_errors=True)
    print()
    print("mutation score: %d of %d killed (%.0f%%)" % (
        total_killed, total, 100.0 * total_killed / total if total else 0))
    if survivors:
        print("survivors (each deserves a test):")
        for s in survivors:
            print("  " + s)
    return 0


if __name__ == "__main__":
    sys.exit(main())
