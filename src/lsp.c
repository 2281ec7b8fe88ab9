/* lsp.c -- the language server (--lsp): JSON-RPC messages framed by a
 * Content-Length header on standard input and output (LSP 3.17, base
 * protocol), parsed and written with jansson.
 *
 * Documents are checked when the input is idle: a burst of keystrokes is
 * one check, so a large script stays responsive. A request that needs a
 * document's findings (code actions, hover) checks it first. Once a
 * second, when idle, the files the session read (.sqlcheckrc, catalogs,
 * connector options, Flink configuration) are looked at again: a change
 * reloads them and re-checks every open document. */
#include "sqlcheck/lsp.h"
#include "sqlcheck/lsp_text.h"
#include "sqlcheck/rules.h"
#include "sqlcheck/version.h"

#include <errno.h>
#include <jansson.h>
#include <poll.h>
#include <signal.h>
#include <strings.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* JSON-RPC and LSP error codes */
enum {
    PARSE_ERROR = -32700,
    INVALID_REQUEST = -32600,
    METHOD_NOT_FOUND = -32601,
    INVALID_PARAMS = -32602,
    SERVER_NOT_INITIALIZED = -32002,
};

/* A message body larger than this is read and dropped (a document's text
 * must fit in 32-bit offsets; escapes may double it in JSON). */
enum { MAX_MESSAGE = 1 << 30, MAX_HEADER_LINE = 8192 };

/* Where rule pages are published, for a diagnostic's codeDescription. */
#define RULE_PAGES "https://github.com/sqlcheck/sqlcheck/blob/main/docs/rules/"

struct reader {
    int fd;
    char *buf;
    size_t pos, len, cap;
    bool eof;
};

struct doc {
    char *uri;
    char *path;                 /* a file: URI's path, else NULL */
    const char *shown;          /* in messages: its path, else its URI */
    char *settings;             /* where its .sqlcheckrc is looked for */
    struct lsp_text text;
    json_t *version;            /* as the client numbered it */
    bool dirty;                 /* changed since its last check */
    unsigned long changed;      /* when (server ticks) */
    json_t *items;              /* its findings: [{diagnostic, fix?}] */
};

struct server {
    struct session *s;
    struct reader in;
    int out_fd;
    bool initialized, shut_down, exited, broken;
    enum lsp_encoding enc;
    char *root;                 /* the workspace folder's path, or NULL */
    struct doc **docs;
    size_t ndocs, cap;
    unsigned long tick;
};

/* ---- output -------------------------------------------------------- */

static bool write_all(int fd, const char *p, size_t n)
{
    while (n) {
        ssize_t w = write(fd, p, n);
        if (w < 0 && errno == EINTR)
            continue;
        if (w <= 0)
            return false;
        p += w;
        n -= (size_t)w;
    }
    return true;
}

/* A JSON string of s; bytes that are not part of valid UTF-8 become
 * U+FFFD (jansson takes only UTF-8; a message may quote a cut name). */
static json_t *jstr(const char *s)
{
    json_t *j = json_string(s);
    if (j)
        return j;
    char *clean = lsp_utf8_clean(s);
    j = json_string(clean);
    free(clean);
    return j;
}

/* Send msg (consumed). A closed output ends the server. */
static void send_msg(struct server *sv, json_t *msg)
{
    if (!msg) {         /* json_pack refused (a string that is not UTF-8) */
        fputs("sqlcheck: --lsp: a message could not be built\n", stderr);
        return;
    }
    json_object_set_new(msg, "jsonrpc", json_string("2.0"));
    char *body = json_dumps(msg, JSON_COMPACT);
    json_decref(msg);
    if (!body)
        fatal_oom();
    size_t n = strlen(body);
    char head[64];
    int hn = snprintf(head, sizeof head, "Content-Length: %zu\r\n\r\n", n);
    if (!sv->broken && (!write_all(sv->out_fd, head, (size_t)hn) ||
                        !write_all(sv->out_fd, body, n)))
        sv->broken = true;
    free(body);
}

static void respond(struct server *sv, json_t *id, json_t *result)
{
    send_msg(sv, json_pack("{s:O, s:o}", "id", id ? id : json_null(),
                           "result", result ? result : json_null()));
}

static void respond_error(struct server *sv, json_t *id, int code,
                          const char *message)
{
    send_msg(sv, json_pack("{s:O, s:{s:i, s:o}}", "id",
                           id ? id : json_null(), "error", "code", code,
                           "message", jstr(message)));
}

static void notify(struct server *sv, const char *method, json_t *params)
{
    send_msg(sv, json_pack("{s:s, s:o}", "method", method, "params", params));
}

static void log_message(struct server *sv, int type, const char *text)
{
    notify(sv, "window/logMessage", json_pack("{s:i, s:o}", "type", type,
                                              "message", jstr(text)));
}

/* ---- input --------------------------------------------------------- */

/* Read more input; false at its end. */
static bool fill(struct reader *r)
{
    if (r->eof)
        return false;
    if (r->pos == r->len)
        r->pos = r->len = 0;    /* all read: start again at the front */
    if (r->len == r->cap) {
        if (r->pos > 0) {
            memmove(r->buf, r->buf + r->pos, r->len - r->pos);
            r->len -= r->pos;
            r->pos = 0;
        } else {
            size_t cap = r->cap ? 2 * r->cap : 65536;
            char *nb = realloc(r->buf, cap);
            if (!nb)
                fatal_oom();
            r->buf = nb;
            r->cap = cap;
        }
    }
    for (;;) {
        ssize_t n = read(r->fd, r->buf + r->len, r->cap - r->len);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            r->eof = true;
            return false;
        }
        r->len += (size_t)n;
        return true;
    }
}

/* Whether input waits, within timeout_ms (-1: until it does). */
static bool pending(struct reader *r, int timeout_ms)
{
    if (r->pos < r->len || r->eof)
        return true;
    struct pollfd p = { r->fd, POLLIN, 0 };
    int n;
    do
        n = poll(&p, 1, timeout_ms);
    while (n < 0 && errno == EINTR);
    return n != 0;
}

/* One header line (without its line end) into line[]; false at the end
 * of input. A line too long is cut (and so not understood). */
static bool read_line(struct reader *r, char *line, size_t cap)
{
    size_t n = 0;
    for (;;) {
        if (r->pos == r->len && !fill(r))
            return false;
        char c = r->buf[r->pos++];
        if (c == '\n')
            break;
        if (n + 1 < cap)
            line[n++] = c;
    }
    if (n > 0 && line[n - 1] == '\r')
        n--;
    line[n] = '\0';
    return true;
}

/* The next message's body: 1 with *body (malloc'd, NUL-terminated) and
 * *len; 0 at the end of input; -1 for a message that cannot be read
 * (*why), which is skipped. */
static int read_message(struct reader *r, char **body, size_t *len,
                        const char **why)
{
    char line[MAX_HEADER_LINE];
    long long length = -1;
    bool any = false;
    for (;;) {
        if (!read_line(r, line, sizeof line))
            return 0;
        if (line[0] == '\0') {
            if (!any)
                continue;       /* blank lines between messages */
            break;
        }
        any = true;
        if (strncasecmp(line, "Content-Length:", 15) == 0) {
            char *end;
            errno = 0;
            long long v = strtoll(line + 15, &end, 10);
            while (*end == ' ' || *end == '\t')
                end++;
            length = errno || *end || v < 0 || end == line + 15 ? -2 : v;
        }
    }
    if (length < 0) {
        *why = length == -1 ? "a message without a Content-Length header"
                            : "a Content-Length header that is not a number";
        return -1;
    }
    bool keep = length <= MAX_MESSAGE;
    char *b = keep ? malloc((size_t)length + 1) : NULL;
    if (keep && !b)
        fatal_oom();
    size_t got = 0;
    while (got < (size_t)length) {
        if (r->pos == r->len && !fill(r)) {
            free(b);
            return 0;
        }
        size_t n = r->len - r->pos;
        if (n > (size_t)length - got)
            n = (size_t)length - got;
        if (b)
            memcpy(b + got, r->buf + r->pos, n);
        r->pos += n;
        got += n;
    }
    if (!keep) {
        *why = "a message larger than 1 GiB";
        return -1;
    }
    b[got] = '\0';
    *body = b;
    *len = got;
    return 1;
}

/* ---- documents ----------------------------------------------------- */

static int hexval(char c)
{
    return c >= '0' && c <= '9' ? c - '0'
           : c >= 'a' && c <= 'f' ? c - 'a' + 10
           : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
}

/* The path of a file: URI (percent escapes decoded), or NULL. */
static char *uri_path(const char *uri)
{
    if (strncmp(uri, "file://", 7) != 0)
        return NULL;
    const char *p = uri + 7;
    if (strncmp(p, "localhost/", 10) == 0)
        p += 9;
    if (*p != '/')
        return NULL;
    char *path = malloc(strlen(p) + 1);
    if (!path)
        fatal_oom();
    size_t k = 0;
    for (; *p && *p != '?' && *p != '#'; p++) {
        int h, l;
        if (*p == '%' && (h = hexval(p[1])) >= 0 && (l = hexval(p[2])) >= 0) {
            path[k++] = (char)(h * 16 + l);
            p += 2;
        } else {
            path[k++] = *p;
        }
    }
    path[k] = '\0';
    if (strlen(path) != k) {    /* %00 */
        free(path);
        return NULL;
    }
    return path;
}

static struct doc *doc_find(struct server *sv, const char *uri)
{
    for (size_t i = 0; i < sv->ndocs; i++)
        if (strcmp(sv->docs[i]->uri, uri) == 0)
            return sv->docs[i];
    return NULL;
}

static void doc_free(struct doc *d)
{
    free(d->uri);
    free(d->path);
    free(d->settings);
    lsp_text_free(&d->text);
    json_decref(d->version);
    json_decref(d->items);
    free(d);
}

static void doc_close(struct server *sv, struct doc *d)
{
    for (size_t i = 0; i < sv->ndocs; i++)
        if (sv->docs[i] == d) {
            sv->docs[i] = sv->docs[--sv->ndocs];
            break;
        }
    doc_free(d);
}

static struct doc *doc_open(struct server *sv, const char *uri)
{
    struct doc *d = doc_find(sv, uri);
    if (d)
        return d;               /* opened twice: the new text wins */
    d = calloc(1, sizeof *d);
    if (!d)
        fatal_oom();
    d->uri = strdup(uri);
    if (!d->uri)
        fatal_oom();
    d->path = uri_path(uri);
    d->shown = d->path ? d->path : d->uri;
    /* its settings: its own folder's, else the workspace folder's, else
     * the working directory's */
    const char *dir = sv->root ? sv->root : ".";
    size_t n = d->path ? strlen(d->path) + 1 : strlen(dir) + 15;
    d->settings = malloc(n);
    if (!d->settings)
        fatal_oom();
    if (d->path)
        memcpy(d->settings, d->path, n);
    else
        snprintf(d->settings, n, "%s/untitled.sql", dir);
    d->items = json_array();
    if (sv->ndocs == sv->cap) {
        sv->cap = sv->cap ? 2 * sv->cap : 8;
        struct doc **nd = realloc(sv->docs, sv->cap * sizeof *nd);
        if (!nd)
            fatal_oom();
        sv->docs = nd;
    }
    sv->docs[sv->ndocs++] = d;
    return d;
}

static void doc_touch(struct server *sv, struct doc *d, json_t *version)
{
    d->dirty = true;
    d->changed = ++sv->tick;
    if (version) {
        json_decref(d->version);
        d->version = json_incref(version);
    }
}

/* ---- checking ------------------------------------------------------ */

static json_t *pos_json(struct lsp_pos p)
{
    return json_pack("{s:I, s:I}", "line", (json_int_t)p.line, "character",
                     (json_int_t)p.character);
}

static json_t *range_json(const struct lsp_lines *l, const char *text,
                          size_t len, struct span sp, enum lsp_encoding enc)
{
    return json_pack("{s:o, s:o}", "start",
                     pos_json(lsp_position(l, text, len, sp.start, enc)),
                     "end", pos_json(lsp_position(l, text, len, sp.end, enc)));
}

struct checked {
    struct server *sv;
    struct doc *doc;
    json_t *items;
};

/* A finding as the protocol's Diagnostic. */
static json_t *diagnostic_json(const struct checked *c,
                               const struct lsp_lines *l,
                               const struct source *src, const struct diag *d)
{
    enum lsp_encoding enc = c->sv->enc;
    json_t *j = json_object();
    json_object_set_new(j, "range", range_json(l, src->text, src->len,
                                               d->span, enc));
    json_object_set_new(j, "severity", json_integer(
                            d->severity == SEV_ERROR ? 1
                            : d->severity == SEV_WARNING ? 2 : 3));
    json_object_set_new(j, "code", jstr(d->code));
    const struct rule *r = rule_find(d->code, NULL);
    if (r && rule_doc(r)) {
        char href[256];
        snprintf(href, sizeof href, RULE_PAGES "%s-%s.md", r->code, r->name);
        json_object_set_new(j, "codeDescription", json_pack("{s:s}", "href",
                                                            href));
    }
    json_object_set_new(j, "source", json_string("sqlcheck"));
    size_t n = strlen(d->message) + (d->hint ? strlen(d->hint) + 16 : 0) + 1;
    char *msg = malloc(n);
    if (!msg)
        fatal_oom();
    snprintf(msg, n, "%s%s%s", d->message, d->hint ? "\nhint: " : "",
             d->hint ? d->hint : "");
    json_object_set_new(j, "message", jstr(msg));
    free(msg);
    if (d->notes) {
        json_t *rel = json_array();
        for (const struct diag_note *nt = d->notes; nt; nt = nt->next)
            json_array_append_new(rel, json_pack(
                "{s:{s:s, s:o}, s:o}", "location", "uri", c->doc->uri,
                "range", range_json(l, src->text, src->len, nt->span, enc),
                "message", jstr(nt->message)));
        json_object_set_new(j, "relatedInformation", rel);
    }
    return j;
}

/* A fix as a list of TextEdits. */
static json_t *fix_json(const struct lsp_lines *l, const struct source *src,
                        const struct fix *f, enum lsp_encoding enc)
{
    json_t *edits = json_array();
    for (size_t i = 0; i < f->nedits; i++)
        json_array_append_new(edits, json_pack(
            "{s:o, s:o}", "range",
            range_json(l, src->text, src->len, f->edits[i].span, enc),
            "newText", jstr(f->edits[i].text)));
    return json_pack("{s:o, s:b, s:o}", "title", jstr(f->description),
                     "safe", f->safe, "edits", edits);
}

static void take_findings(void *user, const struct source *src,
                          struct diag_list *dl, bool failed)
{
    (void)failed;
    struct checked *c = user;
    struct lsp_lines l;
    lsp_lines_build(&l, src->text, src->len);
    diag_sort(dl);
    for (size_t i = 0; i < dl->count; i++) {
        const struct diag *d = &dl->items[i];
        json_t *item = json_pack("{s:o}", "diagnostic",
                                 diagnostic_json(c, &l, src, d));
        if (d->fix)
            json_object_set_new(item, "fix",
                                fix_json(&l, src, d->fix, c->sv->enc));
        json_array_append_new(c->items, item);
    }
    lsp_lines_free(&l);
}

/* Check d now and publish its diagnostics. */
static void check_doc(struct server *sv, struct doc *d)
{
    struct session *s = sv->s;
    struct checked c = { sv, d, json_array() };
    s->stopped = false;
    session_check_with(s, d->shown, d->settings, d->text.text, d->text.len,
                       take_findings, &c);
    if (s->stopped) {           /* an invalid .sqlcheckrc: say so here */
        s->stopped = false;
        json_array_append_new(c.items, json_pack(
            "{s:{s:{s:{s:i, s:i}, s:{s:i, s:i}}, s:i, s:s, s:s}}",
            "diagnostic", "range", "start", "line", 0, "character", 0,
            "end", "line", 0, "character", 0, "severity", 1, "source",
            "sqlcheck", "message", "not checked: the .sqlcheckrc for this "
            "file is invalid (the server's log says why)"));
    }
    s->trouble = s->failed = false;
    json_decref(d->items);
    d->items = c.items;
    d->dirty = false;
    json_t *diags = json_array();
    size_t i;
    json_t *item;
    json_array_foreach(d->items, i, item)
        json_array_append(diags, json_object_get(item, "diagnostic"));
    json_t *params = json_pack("{s:s, s:o}", "uri", d->uri, "diagnostics",
                               diags);
    if (d->version && json_is_integer(d->version))
        json_object_set(params, "version", d->version);
    notify(sv, "textDocument/publishDiagnostics", params);
}

/* Configuration or catalog files changed: read them again, check again. */
static void reload_if_stale(struct server *sv)
{
    if (!session_stale(sv->s))
        return;
    session_reload(sv->s);
    sv->s->stopped = sv->s->trouble = false;
    for (size_t i = 0; i < sv->ndocs; i++)
        doc_touch(sv, sv->docs[i], NULL);
}

/* The most recently changed document that needs a check, or NULL. */
static struct doc *next_dirty(struct server *sv)
{
    struct doc *best = NULL;
    for (size_t i = 0; i < sv->ndocs; i++)
        if (sv->docs[i]->dirty &&
            (!best || sv->docs[i]->changed > best->changed))
            best = sv->docs[i];
    return best;
}

/* ---- requests and notifications ----------------------------------- */

static const char *param_str(json_t *params, const char *a, const char *b)
{
    json_t *o = json_object_get(params, a);
    return b ? json_string_value(json_object_get(o, b))
             : json_string_value(o);
}

static bool has_string(json_t *arr, const char *s)
{
    size_t i;
    json_t *v;
    json_array_foreach(arr, i, v)
        if (json_is_string(v) && strcmp(json_string_value(v), s) == 0)
            return true;
    return false;
}

static void on_initialize(struct server *sv, json_t *id, json_t *params)
{
    json_t *caps = json_object_get(params, "capabilities");
    json_t *offered = json_object_get(json_object_get(caps, "general"),
                                      "positionEncodings");
    /* clangd's older extension, which Neovim 0.7 and others send */
    json_t *offset_enc = json_object_get(caps, "offsetEncoding");
    sv->enc = has_string(offered, "utf-8") || has_string(offset_enc, "utf-8")
              ? LSP_UTF8 : LSP_UTF16;
    const char *enc = sv->enc == LSP_UTF8 ? "utf-8" : "utf-16";
    const char *root = json_string_value(json_object_get(params, "rootUri"));
    json_t *folders = json_object_get(params, "workspaceFolders");
    if (json_array_size(folders) > 0)
        root = json_string_value(json_object_get(json_array_get(folders, 0),
                                                 "uri"));
    free(sv->root);
    sv->root = root ? uri_path(root) : NULL;
    if (!sv->root && json_string_value(json_object_get(params, "rootPath")))
        sv->root = strdup(json_string_value(json_object_get(params,
                                                            "rootPath")));
    json_t *result = json_pack(
        "{s:{s:s, s:{s:b, s:i, s:{s:b}}, s:{s:[s, s]}, s:b},"
        " s:{s:s, s:s}}",
        "capabilities", "positionEncoding", enc,
        "textDocumentSync", "openClose", 1, "change", 2, "save",
        "includeText", 0,
        "codeActionProvider", "codeActionKinds", "quickfix",
        "source.fixAll.sqlcheck",
        "hoverProvider", 1,
        "serverInfo", "name", "sqlcheck", "version", SQLCHECK_VERSION);
    if (offset_enc)
        json_object_set_new(result, "offsetEncoding", json_string(enc));
    sv->initialized = true;
    respond(sv, id, result);
}

static void on_did_open(struct server *sv, json_t *params)
{
    json_t *td = json_object_get(params, "textDocument");
    const char *uri = json_string_value(json_object_get(td, "uri"));
    json_t *text = json_object_get(td, "text");
    if (!uri || !json_is_string(text)) {
        log_message(sv, 1, "textDocument/didOpen without a uri or text");
        return;
    }
    if (json_string_length(text) >= 0xFFFFFFF0u) {
        log_message(sv, 1, "a document of 4 GiB or more is not checked");
        return;
    }
    struct doc *d = doc_open(sv, uri);
    lsp_text_set(&d->text, json_string_value(text), json_string_length(text));
    doc_touch(sv, d, json_object_get(td, "version"));
}

static bool read_pos(json_t *j, struct lsp_pos *p)
{
    json_t *line = json_object_get(j, "line");
    json_t *ch = json_object_get(j, "character");
    if (!json_is_integer(line) || !json_is_integer(ch) ||
        json_integer_value(line) < 0 || json_integer_value(ch) < 0)
        return false;
    json_int_t lv = json_integer_value(line), cv = json_integer_value(ch);
    p->line = lv > UINT32_MAX ? UINT32_MAX : (uint32_t)lv;
    p->character = cv > UINT32_MAX ? UINT32_MAX : (uint32_t)cv;
    return true;
}

static bool read_range(json_t *j, struct lsp_pos *a, struct lsp_pos *b)
{
    return read_pos(json_object_get(j, "start"), a) &&
           read_pos(json_object_get(j, "end"), b);
}

static void on_did_change(struct server *sv, json_t *params)
{
    json_t *td = json_object_get(params, "textDocument");
    const char *uri = json_string_value(json_object_get(td, "uri"));
    struct doc *d = uri ? doc_find(sv, uri) : NULL;
    if (!d) {
        char msg[512];
        snprintf(msg, sizeof msg, "textDocument/didChange of a document "
                 "that is not open (%.400s): ignored", uri ? uri : "no uri");
        log_message(sv, 2, msg);
        return;
    }
    json_t *changes = json_object_get(params, "contentChanges");
    size_t i;
    json_t *ch;
    json_array_foreach(changes, i, ch) {
        json_t *text = json_object_get(ch, "text");
        if (!json_is_string(text))
            continue;
        const char *t = json_string_value(text);
        size_t n = json_string_length(text);
        json_t *range = json_object_get(ch, "range");
        struct lsp_pos a, b;
        if (!range) {
            lsp_text_set(&d->text, t, n);
        } else if (read_range(range, &a, &b)) {
            struct lsp_lines l;
            lsp_lines_build(&l, d->text.text, d->text.len);
            size_t from = lsp_offset(&l, d->text.text, d->text.len, a,
                                     sv->enc);
            size_t to = lsp_offset(&l, d->text.text, d->text.len, b, sv->enc);
            lsp_lines_free(&l);
            if (to < from) {
                size_t tmp = to;
                to = from;
                from = tmp;
            }
            if (d->text.len - (to - from) + n >= 0xFFFFFFF0u) {
                log_message(sv, 1, "a document of 4 GiB or more is not "
                            "checked");
                continue;
            }
            lsp_text_replace(&d->text, from, to, t, n);
        } else {
            log_message(sv, 1, "textDocument/didChange with a malformed "
                        "range: ignored");
        }
    }
    doc_touch(sv, d, json_object_get(td, "version"));
}

static void on_did_close(struct server *sv, json_t *params)
{
    const char *uri = param_str(params, "textDocument", "uri");
    struct doc *d = uri ? doc_find(sv, uri) : NULL;
    if (!d)
        return;
    /* its diagnostics go with it */
    notify(sv, "textDocument/publishDiagnostics",
           json_pack("{s:s, s:[]}", "uri", uri, "diagnostics"));
    doc_close(sv, d);
}

/* Whether position p is within [a, b] (ends included: a cursor just after
 * a word is on it). */
static int pos_cmp(struct lsp_pos a, struct lsp_pos b)
{
    return a.line != b.line ? (a.line < b.line ? -1 : 1)
           : a.character != b.character ? (a.character < b.character ? -1 : 1)
                                        : 0;
}

static bool item_range(json_t *item, struct lsp_pos *a, struct lsp_pos *b)
{
    return read_range(json_object_get(json_object_get(item, "diagnostic"),
                                      "range"), a, b);
}

/* The document a request names, checked if it changed; NULL when it is
 * not open (the request is answered). */
static struct doc *request_doc(struct server *sv, json_t *id, json_t *params)
{
    const char *uri = param_str(params, "textDocument", "uri");
    if (!uri) {
        respond_error(sv, id, INVALID_PARAMS, "no textDocument.uri");
        return NULL;
    }
    struct doc *d = doc_find(sv, uri);
    if (!d) {
        respond(sv, id, NULL);  /* not open: nothing to say */
        return NULL;
    }
    reload_if_stale(sv);
    if (d->dirty)
        check_doc(sv, d);
    return d;
}

/* Whether a code action of kind is wanted by the request's only[]. */
static bool kind_wanted(json_t *only, const char *kind)
{
    if (!json_is_array(only))
        return true;
    size_t i;
    json_t *v;
    json_array_foreach(only, i, v) {
        const char *k = json_string_value(v);
        size_t n = k ? strlen(k) : 0;
        if (k && strncmp(kind, k, n) == 0 && (kind[n] == '\0' ||
                                              kind[n] == '.'))
            return true;
    }
    return false;
}

static json_t *whole_edit(struct server *sv, struct doc *d, const char *text,
                          size_t len)
{
    struct lsp_lines l;
    lsp_lines_build(&l, d->text.text, d->text.len);
    struct lsp_pos end = lsp_position(&l, d->text.text, d->text.len,
                                      d->text.len, sv->enc);
    lsp_lines_free(&l);
    json_t *te = json_pack("{s:{s:{s:i, s:i}, s:o}, s:s%}", "range",
                           "start", "line", 0, "character", 0, "end",
                           pos_json(end), "newText", text, len);
    if (!te)        /* not UTF-8 (cannot be: fixes add ASCII to UTF-8) */
        return NULL;
    return json_pack("{s:{s:[o]}}", "changes", d->uri, te);
}

static void on_code_action(struct server *sv, json_t *id, json_t *params)
{
    struct lsp_pos a, b;
    if (!read_range(json_object_get(params, "range"), &a, &b)) {
        respond_error(sv, id, INVALID_PARAMS, "no range");
        return;
    }
    struct doc *d = request_doc(sv, id, params);
    if (!d)
        return;
    json_t *only = json_object_get(json_object_get(params, "context"),
                                   "only");
    json_t *actions = json_array();
    bool any_safe = false;
    size_t i;
    json_t *item;
    json_array_foreach(d->items, i, item) {
        json_t *fix = json_object_get(item, "fix");
        if (!fix)
            continue;
        any_safe |= json_is_true(json_object_get(fix, "safe"));
        struct lsp_pos s, e;
        if (!item_range(item, &s, &e) || pos_cmp(s, b) > 0 ||
            pos_cmp(a, e) > 0 || !kind_wanted(only, "quickfix"))
            continue;
        json_t *diag = json_object_get(item, "diagnostic");
        char title[512];
        snprintf(title, sizeof title, "%s (%s)",
                 json_string_value(json_object_get(fix, "title")),
                 json_string_value(json_object_get(diag, "code")));
        json_array_append_new(actions, json_pack(
            "{s:o, s:s, s:[O], s:b, s:{s:{s:O}}}", "title", jstr(title),
            "kind", "quickfix", "diagnostics", diag, "isPreferred",
            json_is_true(json_object_get(fix, "safe")), "edit", "changes",
            d->uri, json_object_get(fix, "edits")));
    }
    if (any_safe && kind_wanted(only, "source.fixAll.sqlcheck")) {
        struct session *s = sv->s;
        bool failed;
        size_t flen, applied;
        char *fixed = session_fix_text(s, d->shown, d->settings,
                                       d->text.text, d->text.len, false,
                                       &flen, &applied, &failed);
        s->stopped = s->trouble = s->failed = false;
        json_t *edit = fixed ? whole_edit(sv, d, fixed, flen) : NULL;
        free(fixed);
        if (edit)
            json_array_append_new(actions, json_pack(
                "{s:s, s:s, s:o}", "title", "Fix all safe findings "
                "(sqlcheck --fix)", "kind", "source.fixAll.sqlcheck",
                "edit", edit));
    }
    respond(sv, id, actions);
}

static void on_hover(struct server *sv, json_t *id, json_t *params)
{
    struct lsp_pos p, s, e;
    if (!read_pos(json_object_get(params, "position"), &p)) {
        respond_error(sv, id, INVALID_PARAMS, "no position");
        return;
    }
    struct doc *d = request_doc(sv, id, params);
    if (!d)
        return;
    char *text = NULL;
    size_t n = 0;
    FILE *f = open_memstream(&text, &n);
    if (!f)
        fatal_oom();
    json_t *range = NULL;
    size_t i;
    json_t *item;
    json_array_foreach(d->items, i, item) {
        if (!item_range(item, &s, &e) || pos_cmp(s, p) > 0 ||
            pos_cmp(p, e) > 0)
            continue;
        json_t *diag = json_object_get(item, "diagnostic");
        const char *code = json_string_value(json_object_get(diag, "code"));
        if (!range)
            range = json_object_get(diag, "range");
        else
            fputs("\n\n---\n\n", f);
        fprintf(f, "**%s** %s\n\n", code ? code : "sqlcheck",
                json_string_value(json_object_get(diag, "message")));
        const struct rule *r = code ? rule_find(code, NULL) : NULL;
        const char *doc = r ? rule_doc(r) : NULL;
        if (doc)
            fputs(doc, f);
    }
    fclose(f);
    if (!range)
        respond(sv, id, NULL);
    else
        respond(sv, id, json_pack("{s:{s:s, s:o}, s:O}", "contents", "kind",
                                  "markdown", "value", jstr(text), "range",
                                  range));
    free(text);
}

/* One message from the client. */
static void dispatch(struct server *sv, json_t *msg)
{
    json_t *id = json_object_get(msg, "id");
    const char *method = json_string_value(json_object_get(msg, "method"));
    json_t *params = json_object_get(msg, "params");
    if (!json_is_object(msg) ||
        (!method && (!id || json_object_get(msg, "method")))) {
        respond_error(sv, NULL, INVALID_REQUEST, "not a JSON-RPC message");
        return;
    }
    if (!method)
        return;                 /* a response to us: we ask nothing */
    if (id && !json_is_integer(id) && !json_is_string(id)) {
        respond_error(sv, NULL, INVALID_REQUEST, "an id is a number or a "
                      "string");
        return;
    }
    if (strcmp(method, "exit") == 0) {
        sv->exited = true;
        return;
    }
    if (!sv->initialized && strcmp(method, "initialize") != 0) {
        if (id)
            respond_error(sv, id, SERVER_NOT_INITIALIZED,
                          "initialize comes first");
        return;                 /* notifications are dropped */
    }
    if (sv->shut_down) {
        if (id)
            respond_error(sv, id, INVALID_REQUEST, "the server is shutting "
                          "down: only exit is expected");
        return;
    }
    if (id) {
        if (strcmp(method, "initialize") == 0) {
            if (sv->initialized)
                respond_error(sv, id, INVALID_REQUEST, "initialize was "
                              "already sent");
            else
                on_initialize(sv, id, params);
        } else if (strcmp(method, "shutdown") == 0) {
            sv->shut_down = true;
            respond(sv, id, NULL);
        } else if (strcmp(method, "textDocument/codeAction") == 0) {
            on_code_action(sv, id, params);
        } else if (strcmp(method, "textDocument/hover") == 0) {
            on_hover(sv, id, params);
        } else {
            char m[300];
            snprintf(m, sizeof m, "unknown method %.200s", method);
            respond_error(sv, id, METHOD_NOT_FOUND, m);
        }
        return;
    }
    if (strcmp(method, "textDocument/didOpen") == 0)
        on_did_open(sv, params);
    else if (strcmp(method, "textDocument/didChange") == 0)
        on_did_change(sv, params);
    else if (strcmp(method, "textDocument/didClose") == 0)
        on_did_close(sv, params);
    else if (strcmp(method, "textDocument/didSave") == 0 ||
             strcmp(method, "workspace/didChangeWatchedFiles") == 0)
        reload_if_stale(sv);
    /* other notifications (initialized, $/cancelRequest, $/setTrace,
     * workspace/didChangeConfiguration...) need nothing */
}

int lsp_serve(struct session *s, int in_fd, int out_fd)
{
    struct server sv;
    memset(&sv, 0, sizeof sv);
    sv.s = s;
    sv.in.fd = in_fd;
    sv.out_fd = out_fd;
    sv.enc = LSP_UTF16;
    signal(SIGPIPE, SIG_IGN);   /* a closed output is a write error */
    while (!sv.exited && !sv.broken) {
        /* idle: check what changed; now and then, see whether the
         * configuration did */
        if (!pending(&sv.in, 0)) {
            struct doc *d = sv.shut_down ? NULL : next_dirty(&sv);
            if (d) {
                reload_if_stale(&sv);
                check_doc(&sv, d);
                continue;
            }
            if (!pending(&sv.in, 1000)) {
                if (sv.initialized && !sv.shut_down)
                    reload_if_stale(&sv);
                continue;
            }
        }
        char *body = NULL;
        size_t len = 0;
        const char *why = NULL;
        int got = read_message(&sv.in, &body, &len, &why);
        if (got == 0)
            break;
        if (got < 0) {
            respond_error(&sv, NULL, PARSE_ERROR, why);
            continue;
        }
        json_error_t err;
        json_t *msg = json_loadb(body, len, JSON_ALLOW_NUL, &err);
        free(body);
        if (!msg) {
            char m[300];
            snprintf(m, sizeof m, "not JSON: %s (line %d, column %d)",
                     err.text, err.line, err.column);
            respond_error(&sv, NULL, PARSE_ERROR, m);
            continue;
        }
        dispatch(&sv, msg);
        json_decref(msg);
    }
    for (size_t i = 0; i < sv.ndocs; i++)
        doc_free(sv.docs[i]);
    free(sv.docs);
    free(sv.root);
    free(sv.in.buf);
    return sv.exited && sv.shut_down ? 0 : 1;
}
