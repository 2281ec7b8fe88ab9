#!/usr/bin/env python3
"""make bench: the language server's latency, as an editor sees it.

A keystroke is a didChange (one character typed, or deleted again) and its
latency the time until the server's diagnostics for that version arrive,
measured by this client (pipes and JSON included).

usage: bench/lsp.py path/to/sqlcheck job-5k.sql gen-1M.sql
"""
import json
import os
import subprocess
import sys
import time


class Server:
    def __init__(self, binary):
        self.p = subprocess.Popen([binary, "--lsp", "--no-config"],
                                  stdin=subprocess.PIPE,
                                  stdout=subprocess.PIPE,
                                  stderr=subprocess.DEVNULL)

    def send(self, msg):
        body = json.dumps(dict(msg, jsonrpc="2.0")).encode()
        self.p.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        self.p.stdin.flush()

    def read(self):
        n = 0
        while True:
            line = self.p.stdout.readline()
            if line in (b"\r\n", b""):
                break
            if line.lower().startswith(b"content-length:"):
                n = int(line.split(b":")[1])
        return json.loads(self.p.stdout.read(n))

    def until(self, pred):
        while True:
            m = self.read()
            if pred(m):
                return m

    def published(self, version):
        return self.until(
            lambda m: m.get("method") == "textDocument/publishDiagnostics"
            and m["params"].get("version") == version)

    def stop(self):
        self.send({"id": 999999, "method": "shutdown"})
        self.until(lambda m: m.get("id") == 999999)
        self.send({"method": "exit"})
        self.p.wait()


def keystroke(line, ch, typed):
    """Type 'x' at (line, ch), or delete it again."""
    if typed:
        return {"range": {"start": {"line": line, "character": ch},
                          "end": {"line": line, "character": ch + 1}},
                "text": ""}
    return {"range": {"start": {"line": line, "character": ch},
                      "end": {"line": line, "character": ch}}, "text": "x"}


def session(binary, path):
    text = open(path, encoding="utf-8").read()
    uri = "file://" + os.path.abspath(path)
    s = Server(binary)
    s.send({"id": 1, "method": "initialize",
            "params": {"capabilities": {}, "processId": None}})
    s.until(lambda m: m.get("id") == 1)
    s.send({"method": "initialized", "params": {}})
    t0 = time.perf_counter()
    s.send({"method": "textDocument/didOpen", "params": {"textDocument": {
        "uri": uri, "languageId": "sql", "version": 1, "text": text}}})
    s.published(1)
    opened = time.perf_counter() - t0
    return s, uri, text, opened


def typing(s, uri, line, n, version):
    """n keystrokes, each waiting for its diagnostics: latencies (s)."""
    lat = []
    for i in range(n):
        version += 1
        t0 = time.perf_counter()
        s.send({"method": "textDocument/didChange", "params": {
            "textDocument": {"uri": uri, "version": version},
            "contentChanges": [keystroke(line, 0, i % 2 == 1)]}})
        s.published(version)
        lat.append(time.perf_counter() - t0)
    return lat, version


def ms(x):
    return "%.1f ms" % (x * 1000)


def quantile(xs, q):
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(q * len(xs)))]


def main():
    binary, small, big = sys.argv[1:4]
    # a 5 KB job: every keystroke checked
    s, uri, text, opened = session(binary, small)
    lat, _ = typing(s, uri, text.count("\n") // 2, 200, 1)
    s.stop()
    kb = len(text.encode()) // 1024
    print("- language server, a %d KB job: a keystroke's diagnostics in "
          "%s (median of 200; 95th percentile %s, max %s)"
          % (kb, ms(quantile(lat, 0.5)), ms(quantile(lat, 0.95)),
             ms(max(lat))))
    # a 1 MB script: keystrokes one by one, then a burst
    s, uri, text, opened = session(binary, big)
    line = text.count("\n") // 2
    lat, version = typing(s, uri, line, 10, 1)
    burst = 40
    t0 = time.perf_counter()
    for i in range(burst):
        version += 1
        s.send({"method": "textDocument/didChange", "params": {
            "textDocument": {"uri": uri, "version": version},
            "contentChanges": [keystroke(line, 0, i % 2 == 1)]}})
    # a request in the middle of the burst is answered between checks
    s.send({"id": 7, "method": "textDocument/hover", "params": {
        "textDocument": {"uri": uri},
        "position": {"line": 0, "character": 0}}})
    checks = 0
    hover_at = settled = None
    while hover_at is None or settled is None:
        m = s.read()
        if m.get("id") == 7:
            hover_at = time.perf_counter() - t0
        if m.get("method") == "textDocument/publishDiagnostics":
            checks += 1
            if m["params"].get("version") == version:
                settled = time.perf_counter() - t0
    s.stop()
    mb = len(text.encode()) / 1e6
    print("- language server, a %.1f MB script: opened in %s; a keystroke's "
          "diagnostics in %s (median of 10); a burst of %d keystrokes: %d "
          "check%s, settled after %s; a hover sent after the burst answered "
          "after %s"
          % (mb, ms(opened), ms(quantile(lat, 0.5)), burst, checks,
             "" if checks == 1 else "s", ms(settled),
             ms(hover_at)))


main()
