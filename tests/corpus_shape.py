#!/usr/bin/env python3
"""The shape rules against the shared corpus's own counts.

EXPECTED-files.tsv counts, per file, permanent DDL, INSERTs outside and
inside statement sets, and statement sets (by regular expressions: hints,
not ground truth). From them: FSQL101 is expected when a file has permanent
DDL and any DML; FSQL102 when it has two or more INSERTs or sets outside a
set. Every valid file without a syntax error must agree, or be listed in
tests/corpus-shape.tsv with the reason sqlcheck is right.

    tests/corpus_shape.py build/sqlcheck ../shared/corpus
"""
import csv
import json
import os
import subprocess
import sys

binary, corpus = os.path.abspath(sys.argv[1]), sys.argv[2]
here = os.path.dirname(os.path.abspath(__file__))
table = os.path.join(corpus, "EXPECTED-files.tsv")
if not os.path.exists(table):
    print("corpus shape: %s not found, skipped" % table)
    sys.exit(0)
known = {}
with open(os.path.join(here, "corpus-shape.tsv")) as f:
    for row in csv.DictReader(f, delimiter="\t"):
        known[(row["file"], row["code"])] = row["why"]

out = subprocess.run([binary, "--no-config", "--format=json", "."], cwd=corpus,
                     capture_output=True).stdout
codes = {}
for d in json.loads(out)["diagnostics"]:
    codes.setdefault(os.path.normpath(d["file"]), set()).add(d["code"])

agree = checked = 0
bad = []
seen = set()
with open(table) as f:
    for row in csv.DictReader(f, delimiter="\t"):
        if row["status"] != "valid" or row["hive_dialect"] not in ("", "0"):
            continue
        got = codes.get(row["file"], set())
        if "FSQL001" in got:
            continue
        dml = (int(row["dml_outside_set"]) + int(row["dml_in_set"]) +
               int(row["stmt_sets"]))
        want = {
            "FSQL101": int(row["ddl_nontemp"]) >= 1 and dml >= 1,
            "FSQL102": int(row["dml_outside_set"]) + int(row["stmt_sets"]) >= 2,
        }
        for code, expected in want.items():
            checked += 1
            fired = code in got
            if fired == expected:
                agree += 1
                if (row["file"], code) in known:
                    bad.append("%s %s: listed in corpus-shape.tsv but agrees now"
                               % (row["file"], code))
                continue
            seen.add((row["file"], code))
            if (row["file"], code) not in known:
                bad.append("%s %s: %s, the corpus's counts say %s" % (
                    row["file"], code, "fires" if fired else "silent",
                    "it should fire" if expected else "it should not"))
for key in known:
    if key not in seen and not any(key[0] in b for b in bad):
        bad.append("%s %s: listed in corpus-shape.tsv, not in the corpus" % key)
for b in bad:
    print("FAIL " + b)
print("corpus shape: FSQL101/FSQL102 agree with the corpus's counts on %d of "
      "%d (file, rule) pairs; the other %d are listed with a reason"
      % (agree, checked, checked - agree))
sys.exit(1 if bad else 0)
