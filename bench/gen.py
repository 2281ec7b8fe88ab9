#!/usr/bin/env python3
"""Generate realistic Flink SQL for benchmarks: one deployment job of the
requested size -- settings and temporary DDL first, then one statement set
with all the INSERTs -- using window TVFs, temporal and lookup joins,
interval joins, MATCH_RECOGNIZE, OVER windows, CTEs and UDF calls. With
--jobs N it writes N small jobs instead (each its own DDL and INSERTs).
Seeded, so the same size and seed always give the same bytes.

    bench/gen.py --size 10M --seed 7 > big.sql
"""
import argparse
import random
import sys

CONNECTORS = ["kafka", "datagen", "filesystem", "jdbc", "upsert-kafka"]
WORDS = ["order", "click", "trade", "page", "user", "quote", "device", "cart"]


class Gen:
    def __init__(self, seed):
        self.r = random.Random(seed)
        self.n = 0

    def name(self, prefix):
        self.n += 1
        return f"{prefix}_{self.r.choice(WORDS)}_{self.n}"

    def props(self):
        """A source's options, as its connector takes them (a real job's
        tables pass sqlcheck's option rules)."""
        c = self.r.choice(CONNECTORS)
        w = self.r.choice(WORDS)
        opts = {
            "kafka": [("topic", w + "s"),
                      ("properties.bootstrap.servers", "broker:9092"),
                      ("format", "json"), ("scan.startup.mode", "latest-offset")],
            "upsert-kafka": [("topic", w + "s"),
                             ("properties.bootstrap.servers", "broker:9092"),
                             ("key.format", "json"), ("value.format", "json"),
                             ("value.fields-include", "ALL")],
            "datagen": [("rows-per-second", "100"), ("fields.id.kind", "random"),
                        ("fields.user_id.length", "8")],
            "filesystem": [("path", f"s3://lake/{w}s"), ("format", "csv"),
                           ("source.monitor-interval", "10 s")],
            "jdbc": [("url", "jdbc:mysql://db:3306/app"), ("table-name", w + "s"),
                     ("scan.fetch-size", "500")],
        }[c]
        extra = ", ".join(f"'{k}' = '{v}'" for k, v in
                          opts[: self.r.randint(len(opts) - 1, len(opts))])
        return f"WITH ('connector' = '{c}', {extra})"

    def source(self, name):
        cols = ",\n".join(f"  m{i} DOUBLE" for i in range(self.r.randint(1, 4)))
        return (f"CREATE TEMPORARY TABLE {name} (\n  id BIGINT,\n  user_id STRING,\n"
                f"  amount DECIMAL(18, 4),\n  tags ARRAY<STRING>,\n{cols},\n"
                f"  ts TIMESTAMP(3),\n  pt AS PROCTIME(),\n"
                f"  WATERMARK FOR ts AS ts - INTERVAL '5' SECOND\n) {self.props()};")

    def dim(self, name):
        return (f"CREATE TEMPORARY TABLE {name} (\n  user_id STRING,\n  segment STRING,\n"
                f"  score INT,\n  PRIMARY KEY (user_id) NOT ENFORCED\n) "
                f"WITH ('connector' = 'jdbc', 'url' = 'jdbc:mysql://db:3306/app', "
                f"'table-name' = '{name}');")

    def sink(self, name):
        return (f"CREATE TEMPORARY TABLE {name} (\n  k STRING,\n  w TIMESTAMP(3),\n"
                f"  cnt BIGINT,\n  total DECIMAL(38, 4)\n) WITH ('connector' = 'print');")

    def insert(self, sink, src, dim, fn):
        r = self.r
        kind = r.randrange(7)
        if kind == 0:
            size = r.choice(["1", "5", "10"])
            return (f"INSERT INTO {sink}\nSELECT user_id, window_start, COUNT(*), SUM(amount)\n"
                    f"FROM TABLE(TUMBLE(TABLE {src}, DESCRIPTOR(ts), INTERVAL '{size}' MINUTE))\n"
                    f"GROUP BY user_id, window_start, window_end;")
        if kind == 1:
            return (f"INSERT INTO {sink}\nSELECT /*+ LOOKUP('table'='d', 'async'='true') */\n"
                    f"  COALESCE(d.segment, 'none'), s.ts, CAST(d.score AS BIGINT), s.amount\n"
                    f"FROM {src} AS s\nLEFT JOIN {dim} FOR SYSTEM_TIME AS OF s.pt AS d\n"
                    f"  ON s.user_id = d.user_id\nWHERE s.amount > {r.randint(1, 999)};")
        if kind == 2:
            return (f"INSERT INTO {sink}\nWITH ranked AS (\n  SELECT *, ROW_NUMBER() OVER (\n"
                    f"    PARTITION BY user_id ORDER BY ts DESC) AS rn\n  FROM {src}\n)\n"
                    f"SELECT user_id, ts, rn, amount FROM ranked WHERE rn <= {r.randint(1, 5)};")
        if kind == 3:
            return (f"INSERT INTO {sink}\nSELECT user_id, ts,\n  COUNT(*) OVER w,\n"
                    f"  SUM(amount) OVER w\nFROM {src}\n"
                    f"WINDOW w AS (PARTITION BY user_id ORDER BY ts\n"
                    f"  RANGE BETWEEN INTERVAL '1' HOUR PRECEDING AND CURRENT ROW);")
        if kind == 4:
            return (f"INSERT INTO {sink}\nSELECT k, first_ts, cnt, total\nFROM {src}\n"
                    f"  MATCH_RECOGNIZE (\n    PARTITION BY user_id\n    ORDER BY ts\n"
                    f"    MEASURES\n      A.user_id AS k,\n      FIRST(A.ts) AS first_ts,\n"
                    f"      COUNT(B.id) AS cnt,\n      SUM(B.amount) AS total\n"
                    f"    ONE ROW PER MATCH\n    AFTER MATCH SKIP PAST LAST ROW\n"
                    f"    PATTERN (A B+ C) WITHIN INTERVAL '1' HOUR\n    DEFINE\n"
                    f"      B AS B.amount > A.amount,\n      C AS C.amount < A.amount\n  ) AS mr;")
        if kind == 5:
            return (f"INSERT INTO {sink}\nSELECT {fn}(user_id), ts,\n"
                    f"  CAST(JSON_VALUE(CAST(tags[1] AS STRING), '$.n' RETURNING INT) AS BIGINT),\n"
                    f"  amount * 1.08\nFROM {src}\nCROSS JOIN UNNEST(tags) AS t (tag)\n"
                    f"WHERE tag LIKE '%{r.choice(WORDS)}%' AND DATE_FORMAT(ts, 'HH') <> '00';")
        return (f"INSERT INTO {sink}\nSELECT a.user_id, a.ts, 1, a.amount + b.amount\n"
                f"FROM {src} AS a\nJOIN {src} AS b ON a.id = b.id\n"
                f"  AND a.ts BETWEEN b.ts - INTERVAL '1' MINUTE AND b.ts;")

    def parts(self):
        """DDL statements and INSERTs of one unit of work."""
        r = self.r
        ddl = [f"-- unit {self.n}"]
        for _ in range(r.randint(0, 2)):
            ddl.append(f"SET 'table.exec.state.ttl' = '{r.randint(1, 48)} h';")
        src, dim = self.name("src"), self.name("dim")
        fn = self.name("fn")
        ddl += [self.source(src), self.dim(dim),
                f"CREATE TEMPORARY FUNCTION {fn} AS 'com.example.Udf{self.n}';"]
        sinks = [self.name("snk") for _ in range(r.randint(1, 3))]
        ddl += [self.sink(s) for s in sinks]
        return "\n".join(ddl) + "\n", [self.insert(s, src, dim, fn) for s in sinks]

    def job(self):
        """One small job: its DDL, then its INSERTs alone or in a set."""
        ddl, inserts = self.parts()
        if len(inserts) == 1:
            body = inserts
        elif self.r.random() < 0.5:
            body = ["EXECUTE STATEMENT SET BEGIN\n" + "\n".join(inserts) + "\nEND;"]
        else:
            body = ["BEGIN STATEMENT SET;"] + inserts + ["END;"]
        return ddl + "\n".join(body) + "\n\n"


def size_arg(s):
    mult = {"K": 10**3, "M": 10**6, "G": 10**9}
    return int(float(s[:-1]) * mult[s[-1]]) if s[-1] in mult else int(s)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--size", type=size_arg, default=10**6)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--jobs", type=int, default=0,
                    help="write this many jobs instead of --size bytes")
    a = ap.parse_args()
    g = Gen(a.seed)
    out = sys.stdout
    if a.jobs:
        for _ in range(a.jobs):
            out.write(g.job())
        return
    inserts, written = [], 0
    while written < a.size:
        ddl, ins = g.parts()
        out.write(ddl)
        inserts += ins
        written += len(ddl.encode()) + sum(len(i.encode()) + 1 for i in ins)
    out.write("\nBEGIN STATEMENT SET;\n" + "\n".join(inserts) + "\nEND;\n")


if __name__ == "__main__":
    main()
