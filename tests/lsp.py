#!/usr/bin/env python3
"""The language server's protocol, one scripted JSON-RPC conversation per
case: initialization and position encodings, diagnostics, incremental and
full changes, code actions and hovers, configuration and catalog files
changing under an open document, and the edge cases (bad JSON, bad
headers, unknown methods, requests before initialize and after shutdown,
didChange before didOpen, huge documents, exit codes).

usage: tests/lsp.py path/to/sqlcheck
"""
import json
import os
import select
import subprocess
import sys
import tempfile
import time

SQLCHECK = os.path.abspath(sys.argv[1])
failures = []
passed = 0


def check(cond, what):
    global passed
    if cond:
        passed += 1
    else:
        failures.append(what)
        print("FAIL:", what)


class Server:
    def __init__(self, *args, cwd=None):
        self.p = subprocess.Popen([SQLCHECK, "--lsp", *args],
                                  stdin=subprocess.PIPE,
                                  stdout=subprocess.PIPE,
                                  stderr=subprocess.PIPE, cwd=cwd,
                                  bufsize=0)   # select() sees all input
        self.next_id = 0
        self.inbox = []

    def raw(self, data):
        view = memoryview(data)
        while view:
            n = self.p.stdin.write(view)
            view = view[n:]

    def send(self, msg):
        msg = dict(msg, jsonrpc="2.0")
        body = json.dumps(msg).encode()
        self.raw(b"Content-Length: %d\r\n\r\n" % len(body) + body)

    def read_one(self, timeout=30):
        r, _, _ = select.select([self.p.stdout], [], [], timeout)
        if not r:
            return None
        head = {}
        while True:
            line = self.p.stdout.readline()
            if not line:
                return None
            if line in (b"\r\n", b"\n"):
                break
            k, v = line.decode().split(":", 1)
            head[k.strip().lower()] = v.strip()
        n = int(head["content-length"])
        body = b""
        while len(body) < n:
            chunk = self.p.stdout.read(n - len(body))
            if not chunk:
                return None
            body += chunk
        return json.loads(body)

    def drain(self):
        """Keep what the server has sent so far (it must never block on
        a full pipe while this client is still writing)."""
        while select.select([self.p.stdout], [], [], 0)[0]:
            m = self.read_one(5)
            if m is None:
                return
            self.inbox.append(m)

    def wait_for(self, pred, timeout=30):
        """The first message (kept ones first) for which pred holds."""
        for i, m in enumerate(self.inbox):
            if pred(m):
                return self.inbox.pop(i)
        end = time.time() + timeout
        while time.time() < end:
            m = self.read_one(end - time.time())
            if m is None:
                return None
            if pred(m):
                return m
            self.inbox.append(m)
        return None

    def request(self, method, params=None):
        self.next_id += 1
        i = self.next_id
        msg = {"id": i, "method": method}
        if params is not None:
            msg["params"] = params
        self.send(msg)
        return self.wait_for(lambda m: m.get("id") == i and "method" not in m)

    def notify(self, method, params=None):
        msg = {"method": method}
        if params is not None:
            msg["params"] = params
        self.send(msg)

    def diagnostics(self, uri, version=None, closed=False):
        """The next diagnostics of uri (of that version; closed: those
        of its closing, which have no version)."""
        def pred(m):
            if m.get("method") != "textDocument/publishDiagnostics":
                return False
            p = m["params"]
            if closed:
                return p["uri"] == uri and "version" not in p
            return p["uri"] == uri and (version is None or
                                        p.get("version") == version)
        m = self.wait_for(pred)
        return None if m is None else m["params"]["diagnostics"]

    def init(self, capabilities=None, root=None):
        params = {"processId": None, "capabilities": capabilities or {}}
        if root:
            params["rootUri"] = "file://" + root
        r = self.request("initialize", params)
        self.notify("initialized", {})
        return r

    def open(self, uri, text, version=1):
        self.notify("textDocument/didOpen", {"textDocument": {
            "uri": uri, "languageId": "sql", "version": version,
            "text": text}})

    def change(self, uri, version, changes):
        self.notify("textDocument/didChange", {
            "textDocument": {"uri": uri, "version": version},
            "contentChanges": changes})

    def stop(self):
        r = self.request("shutdown")
        self.notify("exit")
        try:
            code = self.p.wait(30)
        except subprocess.TimeoutExpired:
            self.p.kill()
            code = None
        return r, code


def codes(diags):
    return sorted(d["code"] for d in diags)


def pos(line, ch):
    return {"line": line, "character": ch}


def rng(l1, c1, l2, c2):
    return {"start": pos(l1, c1), "end": pos(l2, c2)}


def offset(text, p, utf16):
    """The string index of an LSP position (lines end in \\n)."""
    lines = text.split("\n")
    before = sum(len(x) + 1 for x in lines[:p["line"]])
    line = lines[p["line"]] if p["line"] < len(lines) else ""
    if not utf16:
        b = line.encode()[:p["character"]]
        return before + len(b.decode())
    units = 0
    for i, ch in enumerate(line):
        if units >= p["character"]:
            return before + i
        units += 2 if ord(ch) > 0xFFFF else 1
    return before + len(line)


def apply_edits(text, edits, utf16=True):
    spans = [(offset(text, e["range"]["start"], utf16),
              offset(text, e["range"]["end"], utf16), e["newText"])
             for e in edits]
    for a, b, t in sorted(spans, reverse=True):
        text = text[:a] + t + text[b:]
    return text


def sqlcheck_fix(text, cwd):
    return subprocess.run([SQLCHECK, "--fix", "-"], input=text.encode(),
                          capture_output=True, cwd=cwd).stdout.decode()


JOB = ("CREATE TABLE src (id INT) WITH ('connector' = 'datagen');\n"
       "CREATE TEMPORARY TABLE snk (id INT) WITH ('connector' = 'blackhole');\n"
       "INSERT INTO snk SELECT id FROM src WHERE id != 1;\n")


def main():
    tmp = tempfile.mkdtemp(prefix="sqlcheck-lsp-")
    uri = "file://" + tmp + "/job.sql"

    # -- initialization, diagnostics, code actions, hover ---------------
    s = Server(cwd=tmp)
    r = s.request("textDocument/hover", {"textDocument": {"uri": uri},
                                         "position": pos(0, 0)})
    check(r and r["error"]["code"] == -32002,
          "a request before initialize is ServerNotInitialized")
    s.open(uri, JOB)            # dropped: not initialized
    r = s.init(root=tmp)
    caps = r["result"]["capabilities"]
    check(caps["positionEncoding"] == "utf-16",
          "utf-16 positions when the client offers nothing")
    check(caps["textDocumentSync"]["change"] == 2, "incremental sync")
    check(r["result"]["serverInfo"]["name"] == "sqlcheck", "serverInfo")
    check("offsetEncoding" not in r["result"],
          "no offsetEncoding answer unless asked")
    r = s.request("initialize", {"capabilities": {}})
    check(r and r["error"]["code"] == -32600, "a second initialize")
    s.open(uri, JOB)
    d = s.diagnostics(uri, 1)
    check(d is not None and codes(d) == ["FSQL001", "FSQL101"],
          "didOpen publishes FSQL101 and FSQL001: %r" % d)
    d101 = [x for x in d if x["code"] == "FSQL101"][0]
    d001 = [x for x in d if x["code"] == "FSQL001"][0]
    check(d101["range"] == rng(0, 0, 0, 12), "FSQL101's range")
    check(d101["severity"] == 1 and d101["source"] == "sqlcheck",
          "severity and source")
    check(d101["codeDescription"]["href"].endswith(
        "docs/rules/FSQL101-non-temporary-ddl.md"), "codeDescription")
    check("hint: use CREATE TEMPORARY TABLE" in d101["message"],
          "the hint is in the message")
    check(d101["relatedInformation"][0]["location"]["range"]["start"] ==
          pos(2, 0), "the note is related information")
    check(d001["range"] == rng(2, 44, 2, 46), "FSQL001's range")

    # a quick fix for the finding under the cursor, applied
    r = s.request("textDocument/codeAction", {
        "textDocument": {"uri": uri}, "range": rng(0, 3, 0, 3),
        "context": {"diagnostics": [d101]}})
    acts = r["result"]
    quick = [a for a in acts if a["kind"] == "quickfix"]
    check(len(quick) == 1 and quick[0]["isPreferred"] and
          "FSQL101" in quick[0]["title"],
          "one quick fix on line 1: %r" % [a["title"] for a in acts])
    edits = quick[0]["edit"]["changes"][uri]
    check(apply_edits(JOB, edits).startswith("CREATE TEMPORARY TABLE src"),
          "the quick fix adds TEMPORARY")
    fixall = [a for a in acts if a["kind"] == "source.fixAll.sqlcheck"]
    check(len(fixall) == 1 and apply_edits(
        JOB, fixall[0]["edit"]["changes"][uri]) == sqlcheck_fix(JOB, tmp),
        "fix-all gives what sqlcheck --fix gives")
    r = s.request("textDocument/codeAction", {
        "textDocument": {"uri": uri}, "range": rng(1, 0, 1, 5),
        "context": {"diagnostics": [], "only": ["quickfix"]}})
    check(r["result"] == [], "no quick fix on a clean line, none of "
          "another kind when only quickfix is asked")
    r = s.request("textDocument/codeAction", {
        "textDocument": {"uri": uri}, "range": rng(0, 0, 2, 60),
        "context": {"diagnostics": [], "only": ["source.fixAll"]}})
    check([a["kind"] for a in r["result"]] == ["source.fixAll.sqlcheck"],
          "only source.fixAll: the fix-all action alone")

    # a fix of two edits (FSQL102's statement set around the INSERTs)
    two = ("CREATE TEMPORARY TABLE t (id INT) WITH ('connector' = 'print');\n"
           "INSERT INTO t SELECT 1;\nINSERT INTO t SELECT 2;\n")
    turi = "file://" + tmp + "/two.sql"
    s.open(turi, two)
    d = s.diagnostics(turi, 1)
    check(d is not None and codes(d) == ["FSQL102"], "FSQL102: %r" % d)
    r = s.request("textDocument/codeAction", {
        "textDocument": {"uri": turi}, "range": d and d[0]["range"],
        "context": {"diagnostics": d, "only": ["quickfix"]}})
    edits = r["result"][0]["edit"]["changes"][turi] if r["result"] else []
    check(len(edits) == 2 and apply_edits(two, edits) ==
          sqlcheck_fix(two, tmp), "a quick fix of two edits: %r" % edits)
    s.notify("textDocument/didClose", {"textDocument": {"uri": turi}})

    r = s.request("textDocument/hover", {"textDocument": {"uri": uri},
                                         "position": pos(0, 5)})
    v = r["result"]["contents"]["value"]
    check("**FSQL101**" in v and "# FSQL101 non-temporary-ddl" in v,
          "hover shows the finding and its rule page")
    check(r["result"]["range"] == d101["range"], "hover's range")
    r = s.request("textDocument/hover", {"textDocument": {"uri": uri},
                                         "position": pos(1, 3)})
    check(r["result"] is None, "no hover away from findings")
    r = s.request("textDocument/hover", {
        "textDocument": {"uri": "file:///nowhere.sql"},
        "position": pos(0, 0)})
    check("result" in r and r["result"] is None,
          "hover on a document not open")

    # incremental changes: TEMPORARY typed in, then '!=' replaced
    s.change(uri, 2, [{"range": rng(0, 7, 0, 7), "text": "TEMPORARY "}])
    d = s.diagnostics(uri, 2)
    check(d is not None and codes(d) == ["FSQL001"],
          "an incremental insert fixes FSQL101: %r" % d)
    s.change(uri, 3, [{"range": rng(2, 44, 2, 46), "text": "<>"}])
    d = s.diagnostics(uri, 3)
    check(d == [], "an incremental replace fixes FSQL001: %r" % d)
    # two changes in one notification apply in order; full text too
    s.change(uri, 4, [{"range": rng(3, 0, 3, 0), "text": "SELEC 1;\n"},
                      {"range": rng(3, 0, 3, 5), "text": "SELECT"}])
    d = s.diagnostics(uri, 4)
    check(d is not None and codes(d) == ["FSQL102"],
          "changes apply in order: %r" % d)
    s.change(uri, 5, [{"text": "SELECT FROM;\n"}])
    d = s.diagnostics(uri, 5)
    check(d is not None and codes(d) == ["FSQL001"], "a full change")
    # a burst of keystrokes: the last text is what is checked
    for i, ch in enumerate("SELECT 1;"):
        s.change(uri, 6 + i, [{"range": rng(1, i, 1, i), "text": ch}])
    d = s.diagnostics(uri, 6 + len("SELECT 1;") - 1)
    check(d is not None and codes(d) == ["FSQL001"],
          "a burst of changes ends in a check of the last text")

    # didChange before didOpen: a log message, nothing else
    other = "file://" + tmp + "/other.sql"
    s.change(other, 1, [{"text": "SELECT 1;"}])
    m = s.wait_for(lambda m: m.get("method") == "window/logMessage")
    check(m is not None and "not open" in m["params"]["message"],
          "didChange before didOpen is logged")
    # a message cut inside a character (the uri is shortened to 400
    # bytes): the cut character is U+FFFD, the message is sent
    s.change("file:///x" + "\u00e9" * 300, 1, [{"text": "SELECT 1;"}])
    m = s.wait_for(lambda m: m.get("method") == "window/logMessage")
    check(m is not None and m["params"]["message"].count("\ufffd") == 1,
          "a message cut inside a character stays UTF-8")
    s.notify("textDocument/didClose", {"textDocument": {"uri": uri}})
    d = s.diagnostics(uri, closed=True)
    check(d == [], "didClose clears the document's diagnostics")

    # protocol errors
    s.raw(b"Content-Length: 9\r\n\r\n{not json")
    m = s.wait_for(lambda m: "error" in m and m.get("id") is None)
    check(m and m["error"]["code"] == -32700, "bad JSON: ParseError")
    s.raw(b"X-Header: 1\r\n\r\n")
    m = s.wait_for(lambda m: "error" in m and m.get("id") is None)
    check(m and m["error"]["code"] == -32700 and
          "Content-Length" in m["error"]["message"],
          "a message without Content-Length")
    s.raw(b"Content-Length: 2\r\n\r\n[]")
    m = s.wait_for(lambda m: "error" in m and m.get("id") is None)
    check(m and m["error"]["code"] == -32600, "not an object: InvalidRequest")
    r = s.request("textDocument/definition", {
        "textDocument": {"uri": uri}, "position": pos(0, 0)})
    check(r and r["error"]["code"] == -32601, "unknown method")
    s.notify("$/cancelRequest", {"id": 99})
    s.notify("workspace/unknownNotification", {})
    r = s.request("textDocument/hover", {"position": pos(0, 0)})
    check(r and r["error"]["code"] == -32602,
          "no textDocument: InvalidParams (and the notifications before "
          "it had no answer)")
    r = s.request("shutdown")
    check(r and r["result"] is None, "shutdown")
    r = s.request("textDocument/hover", {"textDocument": {"uri": uri},
                                         "position": pos(0, 0)})
    check(r and r["error"]["code"] == -32600, "a request after shutdown")
    s.notify("exit")
    check(s.p.wait(30) == 0, "exit after shutdown: status 0")

    # exit without shutdown, and the end of input: status 1
    s = Server(cwd=tmp)
    s.init()
    s.notify("exit")
    check(s.p.wait(30) == 1, "exit without shutdown: status 1")
    s = Server(cwd=tmp)
    s.init()
    s.p.stdin.close()
    check(s.p.wait(30) == 1, "the end of input: status 1")

    # -- position encodings ---------------------------------------------
    text = "SELECT '\U0001F600\u00e9' != 1;\n"
    for caps, enc, col in (
            ({}, "utf-16", 13),
            ({"general": {"positionEncodings": ["utf-8", "utf-16"]}},
             "utf-8", 16),
            ({"offsetEncoding": ["utf-8", "utf-16"]}, "utf-8", 16),
            ({"general": {"positionEncodings": ["utf-32"]}}, "utf-16", 13)):
        s = Server(cwd=tmp)
        r = s.init(caps)
        res = r["result"]
        check(res["capabilities"]["positionEncoding"] == enc,
              "encoding %s for %r" % (enc, caps))
        if "offsetEncoding" in caps:
            check(res.get("offsetEncoding") == enc,
                  "offsetEncoding answered")
        s.open(uri, text)
        d = s.diagnostics(uri, 1)
        check(d and d[0]["range"]["start"] == pos(0, col),
              "%s column after a surrogate pair: %r" % (enc, d))
        # replace '!=' by '<>' with a range in that encoding
        s.change(uri, 2, [{"range": rng(0, col, 0, col + 2), "text": "<>"}])
        d = s.diagnostics(uri, 2)
        check(d == [], "%s range of an incremental change" % enc)
        # a position inside the surrogate pair falls after it; past the
        # line's end, at its end
        s.change(uri, 3, [{"range": rng(0, 9, 0, 9), "text": ""},
                          {"range": rng(0, 500, 0, 900), "text": " --"}])
        d = s.diagnostics(uri, 3)
        check(d == [], "positions clamp to the line")
        s.stop()

    # -- configuration and catalog files change --------------------------
    proj = os.path.join(tmp, "proj")
    os.mkdir(proj)
    with open(os.path.join(proj, "cat.sql"), "w") as f:
        f.write("CREATE TABLE orders (id INT) WITH ('connector' = 'kafka');\n")
    job = ("CREATE TEMPORARY TABLE snk (id INT) WITH "
           "('connector' = 'blackhole');\n"
           "INSERT INTO snk SELECT id FROM orders;\n")
    puri = "file://" + proj + "/job%201.sql"     # a percent escape
    s = Server(cwd=tmp)
    s.init(root=proj)
    s.open(puri, job)
    d = s.diagnostics(puri, 1)
    check(d is not None and codes(d) == ["FSQL201"],
          "no catalog: orders is unknown: %r" % d)
    rc = os.path.join(proj, ".sqlcheckrc")
    with open(rc, "w") as f:
        f.write("catalog=cat.sql\n")
    s.notify("workspace/didChangeWatchedFiles", {"changes": [
        {"uri": "file://" + rc, "type": 1}]})
    d = s.diagnostics(puri, 1)
    check(d == [], "a new .sqlcheckrc naming a catalog: %r" % d)
    time.sleep(0.02)
    with open(os.path.join(proj, "cat.sql"), "w") as f:
        f.write("CREATE TABLE orderz (id INT) WITH ('connector' = 'kafka');\n")
    # no notification: the server looks again when idle
    d = s.diagnostics(puri, 1)
    check(d is not None and codes(d) == ["FSQL201"],
          "the catalog file changed: %r" % d)
    check(d and "orderz" in d[0]["message"], "did you mean from the catalog")
    with open(rc, "w") as f:
        f.write("catalog=cat.sql\nbogus-key=1\n")
    s.notify("textDocument/didSave", {"textDocument": {"uri": puri}})
    d = s.diagnostics(puri, 1)
    check(d and len(d) == 1 and "not checked" in d[0]["message"],
          "an invalid .sqlcheckrc: one diagnostic says so: %r" % d)
    with open(rc, "w") as f:
        f.write("disable=undefined-table\n")
    d = s.diagnostics(puri, 1)
    check(d == [], "the rule disabled in .sqlcheckrc: %r" % d)
    r, code = s.stop()
    check(code == 0, "clean stop")
    err = s.p.stderr.read().decode()
    check("bogus-key" in err, "the invalid key is in the server's log")

    # -- a catalog on the command line, a target -------------------------
    s = Server("--target=sql-client", cwd=tmp)
    s.init()
    s.open(uri, JOB)
    d = s.diagnostics(uri, 1)
    check(d is not None and codes(d) == ["FSQL001"],
          "command-line options hold: %r" % d)
    s.stop()

    # -- huge documents ---------------------------------------------------
    stmt = ("CREATE TEMPORARY VIEW v%d AS SELECT id, 'caf\u00e9' AS name "
            "FROM src WHERE id <> %d;\n")
    big = "CREATE TEMPORARY TABLE src (id INT) WITH ('connector' = 'datagen');\n"
    big += "".join(stmt % (i, i) for i in range(16000))
    big += "SELECT * FROM v15999 WHERE id != 3;\n"
    lines = big.count("\n")
    s = Server(cwd=tmp)
    s.init()
    t0 = time.time()
    s.open(uri, big)
    d = s.diagnostics(uri, 1)
    t1 = time.time()
    check(d is not None and codes(d) == ["FSQL001"] and
          d[0]["range"]["start"]["line"] == lines - 1,
          "a %d KB document: %r" % (len(big.encode()) // 1024, d))
    s.change(uri, 2, [{"range": rng(lines - 1, 30, lines - 1, 32),
                       "text": "<>"}])
    d = s.diagnostics(uri, 2)
    t2 = time.time()
    check(d == [], "an edit at the end of a huge document")
    r = s.request("textDocument/hover", {"textDocument": {"uri": uri},
                                         "position": pos(0, 0)})
    check(r is not None and r["result"] is None,
          "the server answers after a huge document")
    s.stop()
    print("lsp: %d KB document: open %.0f ms, edit %.0f ms (with the "
          "client's JSON)" % (len(big.encode()) // 1024, (t1 - t0) * 1000,
                              (t2 - t1) * 1000))

    # a body larger than the limit is skipped; one that never ends is the
    # end of input
    s = Server(cwd=tmp)
    s.init()
    s.raw(b"Content-Length: 99999999999999999999\r\n\r\n")
    m = s.wait_for(lambda m: "error" in m and m.get("id") is None)
    check(m and m["error"]["code"] == -32700, "an absurd Content-Length")
    s.p.stdin.close()
    check(s.p.wait(30) == 1, "input ending inside a message")

    # -- random messages: wrong types, odd values, never a crash -----------
    import random
    rnd = random.Random(17)
    methods = ["initialize", "shutdown", "textDocument/didOpen",
               "textDocument/didChange", "textDocument/didClose",
               "textDocument/didSave", "textDocument/codeAction",
               "textDocument/hover", "workspace/didChangeWatchedFiles",
               "$/cancelRequest", "bogus/\udcff\u00e9" * 30]

    def value(depth=0):
        k = rnd.randrange(9 if depth < 3 else 6)
        if k == 0:
            return None
        if k == 1:
            return rnd.choice([True, False])
        if k == 2:
            return rnd.choice([0, -1, 1, 2 ** 31, 2 ** 63 - 1, -2 ** 63, 3.5])
        if k == 3:
            return rnd.choice(["", "file:///x.sql", "file://" + tmp + "/r.sql",
                               "SELECT 1 FROM;", "\u0000\u00e9\U0001F600",
                               "file:///%00", "x" * 300])
        if k == 4:
            return pos(rnd.choice([0, 1, 10 ** 12, -5]),
                       rnd.choice([0, 3, 10 ** 12, -1]))
        if k == 5:
            return rng(0, rnd.randrange(20), rnd.randrange(3), 2)
        if k == 6:
            return [value(depth + 1) for _ in range(rnd.randrange(3))]
        keys = ["textDocument", "uri", "text", "version", "range",
                "position", "contentChanges", "context", "only",
                "capabilities", "rootUri", "workspaceFolders", "start",
                "end", "line", "character"]
        return {rnd.choice(keys): value(depth + 1)
                for _ in range(rnd.randrange(5))}

    s = Server(cwd=tmp)
    s.init(root=tmp)
    ruri = "file://" + tmp + "/r.sql"
    s.open(ruri, JOB)
    for i in range(1500):
        msg = {"method": rnd.choice(methods)}
        if rnd.random() < 0.5:
            msg["id"] = rnd.choice([i + 1000, "s%d" % i, None, [1], 2.5])
        if rnd.random() < 0.9:
            msg["params"] = value()
        if msg["method"] == "textDocument/didChange" and rnd.random() < 0.5:
            msg["params"] = {"textDocument": {"uri": ruri},
                             "contentChanges": [{"range": value(),
                                                 "text": value()}]}
        if msg["method"] in ("shutdown", "initialize"):
            msg["method"] = "textDocument/hover"
        s.send(msg)
        s.drain()
    r = s.request("textDocument/hover", {"textDocument": {"uri": ruri},
                                         "position": pos(0, 0)})
    check(r is not None and "result" in r,
          "1,500 random messages later the server answers")
    r, code = s.stop()
    check(code == 0, "and stops cleanly")

    print("lsp: %d passed, %d failed" % (passed, len(failures)))
    return 1 if failures else 0


sys.exit(main())
