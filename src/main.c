/* main.c -- the command line: options, the file loop, exit status.
 *
 *   sqlcheck [OPTIONS] FILE|DIR|- ...
 *
 * Exit status: 0 no finding at or above --fail-level, 1 findings, 2 the
 * tool could not do its job (bad usage, unreadable input). 2 wins.
 */
#include "sqlcheck/arena.h"
#include "sqlcheck/check.h"
#include "sqlcheck/destination.h"
#include "sqlcheck/output.h"
#include "sqlcheck/lsp.h"
#include "sqlcheck/session.h"
#include "sqlcheck/strmap.h"
#include "sqlcheck/util.h"
#include "sqlcheck/version.h"

#include <dirent.h>
#include <stdbool.h>
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

enum { EXIT_FINDINGS = 1, EXIT_TROUBLE = 2 };

/* Offsets are 32-bit: larger inputs are refused with a message. */
#define MAX_INPUT_BYTES ((size_t)0xFFFFFFF0u)

static const char usage_text[] =
    "usage: sqlcheck [OPTIONS] FILE|DIR|- ...\n"
    "\n"
    "Check Flink SQL scripts offline: syntax errors and what a managed Flink\n"
    "service would reject. A DIR is searched recursively for *.sql files;\n"
    "'-' reads standard input.\n"
    "\n"
    "options:\n"
    "  --format=FORMAT         tty (default), gcc, json, sarif or github\n"
    "  -o, --output=FILE       write the report to FILE\n"
    "  --color[=WHEN]          auto (default), always or never: colour in\n"
    "                          the tty format; --color alone means always\n"
    "  --column-unit=UNIT      byte (default), char or utf16: how columns\n"
    "                          are counted (editors that count characters\n"
    "                          want utf16)\n"
    "  --catalog=FILE          SQL DDL of objects that already exist in the\n"
    "                          service's catalog (repeatable)\n"
    "  --flink-config=FILE     the deployment's Flink configuration\n"
    "                          (config.yaml or flink-conf.yaml): its keys\n"
    "                          are checked, and its table.sql-dialect holds\n"
    "                          for the scripts\n"
    "  --target=RUNNER         what runs the script: vvp (default), a managed\n"
    "                          service's SQL deployment (Ververica Platform,\n"
    "                          Alibaba Cloud): one job per script; or\n"
    "                          sql-client, Flink's SQL client or gateway:\n"
    "                          statement by statement\n"
    "  --flink-version=X.Y     the Flink release the script is for (" FLINK_OLDEST " to\n"
    "                          " FLINK_NEWEST "; default " FLINK_NEWEST "); A..B checks an upgrade:\n"
    "                          what works in A and breaks or changes in B\n"
    "  --default-catalog=NAME  the catalog of names without one (default vvp;\n"
    "                          default_catalog with --target=sql-client)\n"
    "  --default-database=NAME the database of names without one (default\n"
    "                          default; default_database with sql-client)\n"
    "  --fix                   apply the safe fixes in place (a file with a\n"
    "                          syntax error no fix mends is left alone), then\n"
    "                          report what is left; with '-', print the fixed\n"
    "                          text\n"
    "  --diff                  print the fixes as a unified diff, write nothing\n"
    "  --lsp                   be a language server on standard input and\n"
    "                          output (editors: findings as you type, quick\n"
    "                          fixes); the other options hold for every\n"
    "                          document\n"
    "  --unsafe-fixes          with --fix or --diff, also the fixes that guess\n"
    "                          (\"did you mean\" renames)\n"
    "  --enable=RULES          enable rules (codes or names, comma-separated,\n"
    "                          or all)\n"
    "  --disable=RULES         disable rules\n"
    "  --no-config             ignore .sqlcheckrc files\n"
    "  --fail-level=LEVEL      error, warning (default), note or none: the\n"
    "                          lowest severity that makes the exit status 1\n"
    "  --stdin-filename=PATH   name standard input in reports\n"
    "  --list-rules            list every rule and exit\n"
    "  --explain=RULE          print a rule's documentation and exit\n"
    "  --threads=N             auto (default), 1 or 2: threads checking\n"
    "                          each file (auto: 2 for files of 256 KiB\n"
    "                          and more when 2 CPUs or more are available)\n"
    "  --dump-ast              print the syntax tree of each file\n"
    "  --version               print the version and exit\n"
    "  --help                  print this help and exit\n"
    "\n"
    "exit status: 0 no findings, 1 findings, 2 usage or input errors\n";

static const char *const long_options[] = {
    "--format", "--fail-level", "--stdin-filename", "--dump-ast",
    "--catalog", "--flink-config", "--default-catalog", "--default-database",
    "--target", "--flink-version", "--fix", "--diff", "--unsafe-fixes",
    "--lsp",
    "--enable", "--disable", "--no-config", "--output",
    "--color", "--column-unit", "--list-rules", "--explain", "--threads",
    "--version", "--help", NULL,
};

struct run {
    struct session session;
    struct destination *dest;
    const char *stdin_name;
    int status;
    bool output_gone;           /* the report cannot be written any more */
    bool has_output_file;       /* -o names an existing regular file: */
    dev_t out_dev;              /* never read it as an input */
    ino_t out_ino;
    /* every directory walked so far ("dev:ino"): each real directory is
     * read once, whatever symlinks lead to it (no loops, and a tree of
     * links to sibling directories is not walked 2^depth times) */
    struct strmap dirs_seen;
    int depth;
};

static void trouble(struct run *r, const char *fmt, const char *a,
                    const char *b)
{
    fprintf(stderr, "sqlcheck: ");
    fprintf(stderr, fmt, a, b);
    fputc('\n', stderr);
    r->status = EXIT_TROUBLE;
}

/* Read all of f; NULL on a read error. *len gets the size. */
static char *read_all(FILE *f, size_t *len, int *too_big)
{
    /* a regular file's size is known: one buffer of the right size (plus
     * one byte to see that it did not grow), no copies while reading */
    struct stat st;
    size_t cap = 1 << 16, n = 0;
    if (fstat(fileno(f), &st) == 0 && S_ISREG(st.st_mode) && st.st_size > 0 &&
        (unsigned long long)st.st_size < MAX_INPUT_BYTES)
        cap = (size_t)st.st_size + 1;
    char *buf = malloc(cap + 1);
    if (!buf)
        fatal_oom();
    *too_big = 0;
    for (;;) {
        if (n == cap) {
            if (cap >= MAX_INPUT_BYTES) {
                *too_big = 1;
                free(buf);
                return NULL;
            }
            cap = cap * 2 > MAX_INPUT_BYTES ? MAX_INPUT_BYTES : cap * 2;
            char *nb = realloc(buf, cap + 1);
            if (!nb)
                fatal_oom();
            buf = nb;
        }
        size_t got = fread(buf + n, 1, cap - n, f);
        n += got;
        if (got == 0) {
            if (ferror(f)) {
                free(buf);
                return NULL;
            }
            break;
        }
    }
    buf[n] = '\0';
    *len = n;
    return buf;
}

/* A regular file of some size is mapped rather than read: no copy, and no
 * fresh memory to clear (a tenth of the time on a 100 MB file). The text
 * must end in a NUL byte: the mapping's last page is zero-filled past the
 * end of the file, so only sizes that are a multiple of the page size are
 * read instead. NULL when the file is not mapped. */
static char *map_file(FILE *f, size_t *len)
{
    enum { MAP_MIN = 1 << 20 };
    struct stat st;
    long page = sysconf(_SC_PAGESIZE);
    if (fstat(fileno(f), &st) != 0 || !S_ISREG(st.st_mode) ||
        st.st_size < MAP_MIN || page <= 0 || st.st_size % page == 0 ||
        (unsigned long long)st.st_size > MAX_INPUT_BYTES)
        return NULL;
    void *m = mmap(NULL, (size_t)st.st_size, PROT_READ,
                   MAP_PRIVATE | MAP_POPULATE, fileno(f), 0);
    if (m == MAP_FAILED)
        return NULL;
    *len = (size_t)st.st_size;
    return m;
}

/* A mapped file cut short by another program while it is checked: its
 * pages are gone (SIGBUS). Say so and give up with exit status 2. */
static void on_sigbus(int sig)
{
    (void)sig;
    static const char msg[] = "sqlcheck: an input file was truncated while "
                              "it was being checked\n";
    ssize_t w = write(STDERR_FILENO, msg, sizeof msg - 1);
    (void)w;
    _exit(EXIT_TROUBLE);
}

static void check_stream(struct run *r, FILE *f, const char *shown)
{
    size_t len;
    int too_big;
    const char *name = f == stdin ? (r->stdin_name ? r->stdin_name : "stdin")
                                  : shown;
    char *mapped = map_file(f, &len);
    if (mapped) {
        session_check_text(&r->session, shown, name, mapped, len);
        munmap(mapped, len);
        return;
    }
    char *text = read_all(f, &len, &too_big);
    if (!text) {
        if (too_big)
            trouble(r, "%s: file too large (the limit is 4 GiB)%s", shown, "");
        else
            trouble(r, "%s: read error: %s", shown, strerror(errno));
        return;
    }
    session_check_text(&r->session, shown, name, text, len);
    free(text);
}

static void check_file(struct run *r, const char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        trouble(r, "%s: %s", path, strerror(errno));
        return;
    }
    struct stat st;
    if (fstat(fileno(f), &st) == 0 && S_ISREG(st.st_mode) &&
        (unsigned long long)st.st_size > MAX_INPUT_BYTES) {
        /* known to be too large: say so before reading any of it */
        trouble(r, "%s: file too large (the limit is 4 GiB)%s", path, "");
        fclose(f);
        return;
    }
    check_stream(r, f, path);
    fclose(f);
}

static int has_sql_suffix(const char *name)
{
    size_t n = strlen(name);
    return n > 4 && strcmp(name + n - 4, ".sql") == 0;
}

static void check_path(struct run *r, const char *path, int top);

static void check_dir(struct run *r, const char *path, const struct stat *st)
{
    enum { MAX_DEPTH = 256 };
    char key[48];
    snprintf(key, sizeof key, "%llx:%llx", (unsigned long long)st->st_dev,
             (unsigned long long)st->st_ino);
    if (strmap_get(&r->dirs_seen, key))
        return;                 /* walked already, or a symlink loop */
    if (r->depth == MAX_DEPTH) {
        trouble(r, "%s: directories nested too deeply%s", path, "");
        return;
    }
    strmap_put(&r->dirs_seen, arena_strndup(&r->session.arena, key,
                                            strlen(key)), r);
    r->depth++;

    struct dirent **names;
    int n = scandir(path, &names, NULL, alphasort);
    if (n < 0) {
        trouble(r, "%s: %s", path, strerror(errno));
    } else {
        size_t plen = strlen(path);
        for (int i = 0; i < n; i++) {
            const char *name = names[i]->d_name;
            if (name[0] != '.') {
                char *child = malloc(plen + strlen(name) + 2);
                if (!child)
                    fatal_oom();
                sprintf(child, "%s%s%s", path,
                        plen && path[plen - 1] == '/' ? "" : "/", name);
                check_path(r, child, 0);
                free(child);
            }
            free(names[i]);
        }
        free(names);
    }
    r->depth--;
}

static void check_path(struct run *r, const char *path, int top)
{
    if (r->session.stopped || r->output_gone)
        return;
    if (top && strcmp(path, "-") == 0) {
        check_stream(r, stdin, r->stdin_name ? r->stdin_name : "<stdin>");
        return;
    }
    struct stat st;
    if (stat(path, &st) != 0) {
        trouble(r, "%s: %s", path, strerror(errno));
        return;
    }
    if (S_ISDIR(st.st_mode)) {
        check_dir(r, path, &st);
        return;
    }
    if (!top && !has_sql_suffix(path))
        return;
    if (r->has_output_file && st.st_dev == r->out_dev &&
        st.st_ino == r->out_ino)
        return;                 /* the report of an earlier run */
    /* a named pipe given by name is read like a file (<(...) in shells) */
    if (!S_ISREG(st.st_mode) && !(top && S_ISFIFO(st.st_mode))) {
        trouble(r, "%s: not a regular file%s", path, "");
        return;
    }
    check_file(r, path);
    if (!destination_flush(r->dest))
        r->output_gone = true;
}

/* "--name=value" or "--name value": the value, or NULL if name differs. */
static const char *option_value(const char *name, char **argv, int *i,
                                int argc, struct run *r)
{
    size_t n = strlen(name);
    const char *a = argv[*i];
    if (strncmp(a, name, n) != 0)
        return NULL;
    if (a[n] == '=')
        return a + n + 1;
    if (a[n] != '\0')
        return NULL;
    if (*i + 1 >= argc) {
        trouble(r, "option %s needs a value%s", name, "");
        return "";
    }
    return argv[++*i];
}

/* Index of v among the NULL-terminated words, or -1. */
static int word_index(const char *v, const char *const *words)
{
    for (int k = 0; words[k]; k++)
        if (strcmp(v, words[k]) == 0)
            return k;
    return -1;
}

/* An option's value that is none of its choices: exit status 2. */
static void unknown_value(struct run *r, const char *what, const char *v,
                          const char *const *choices, const char *listed)
{
    const char *near = nearest_word(v, choices);
    fprintf(stderr, "sqlcheck: unknown %s '%s'%s%s%s (choose %s)\n", what, v,
            near ? "; did you mean '" : "", near ? near : "",
            near ? "'?" : "", listed);
    r->status = EXIT_TROUBLE;
}

static void unknown_option(struct run *r, const char *arg)
{
    char name[64];
    snprintf(name, sizeof name, "%.*s", (int)strcspn(arg, "="), arg);
    const char *near = nearest_word(name, long_options);
    if (near)
        fprintf(stderr, "sqlcheck: unknown option '%s'; did you mean '%s'?\n",
                arg, near);
    else
        fprintf(stderr, "sqlcheck: unknown option '%s'\n", arg);
    fprintf(stderr, "Try 'sqlcheck --help' for more information.\n");
    r->status = EXIT_TROUBLE;
}

/* Colour only for a terminal that wants it (see the contract). */
static bool want_color(int mode, FILE *f)
{
    if (mode == 1)
        return true;
    if (mode == 2)
        return false;
    const char *no = getenv("NO_COLOR");
    const char *term = getenv("TERM");
    return isatty(fileno(f)) && !(no && *no) &&
           !(term && strcmp(term, "dumb") == 0);
}

static int print_rules(void)
{
    size_t n;
    const struct rule *rules = rule_table(&n);
    for (size_t i = 0; i < n; i++)
        printf("%s  %-22s %-8s %s\n", rules[i].code, rules[i].name,
               severity_name(rules[i].severity), rules[i].summary);
    return 0;
}

static int print_explain(const char *name)
{
    const struct rule *r = rule_find(name, NULL);
    if (!r) {
        const char *near = rule_suggest(name);
        fprintf(stderr, "sqlcheck: unknown rule '%s'%s%s%s\n", name,
                near ? "; did you mean '" : "", near ? near : "",
                near ? "'?" : "");
        return EXIT_TROUBLE;
    }
    const char *doc = rule_doc(r);
    if (doc)
        fputs(doc, stdout);
    else
        printf("%s %s: %s\n", r->code, r->name, r->summary);
    return 0;
}

int main(int argc, char **argv)
{
    static struct run r;
    static struct output out;
    out.out = stdout;
    out.fmt = &output_tty;
    session_init(&r.session, &out);
    strmap_init(&r.dirs_seen, &r.session.arena);
    signal(SIGBUS, on_sigbus);

    const char **operands = calloc((size_t)argc + 1, sizeof *operands);
    const char **catalogs = calloc((size_t)argc + 1, sizeof *catalogs);
    if (!operands || !catalogs)
        fatal_oom();
    int ncatalogs = 0;
    const char *output_path = NULL, *explain = NULL;
    int color = 0;              /* auto, always, never */
    bool list_rules = false, lsp = false;
    int noperands = 0, only_operands = 0;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i], *v;
        if (only_operands || a[0] != '-' || strcmp(a, "-") == 0) {
            operands[noperands++] = a;
        } else if (strcmp(a, "--") == 0) {
            only_operands = 1;
        } else if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0) {
            fputs(usage_text, stdout);
            free(operands);
            free(catalogs);
            return 0;
        } else if (strcmp(a, "--version") == 0 || strcmp(a, "-V") == 0) {
            printf("sqlcheck %s\nFlink SQL %s through %s\n", SQLCHECK_VERSION,
                   FLINK_OLDEST, FLINK_NEWEST);
            free(operands);
            free(catalogs);
            return 0;
        } else if (strcmp(a, "--dump-ast") == 0) {
            r.session.dump_ast = true;
        } else if ((v = option_value("--format", argv, &i, argc, &r))) {
            const struct output_format *f = output_find(v);
            if (!f)
                unknown_value(&r, "format", v, output_names,
                              "tty, gcc, json, sarif or github");
            else
                out.fmt = f;
        } else if ((v = option_value("--fail-level", argv, &i, argc, &r))) {
            char msg[256];
            int level = fail_level_parse(v, msg, sizeof msg);
            if (level < 0) {
                fprintf(stderr, "sqlcheck: %s\n", msg);
                r.status = EXIT_TROUBLE;
            } else {
                r.session.fail_level = level;
            }
        } else if ((v = option_value("--enable", argv, &i, argc, &r)) ||
                   (v = option_value("--disable", argv, &i, argc, &r))) {
            char msg[256];
            if (!rule_states_apply(&r.session.rules, v, a[2] == 'e', msg,
                                   sizeof msg)) {
                fprintf(stderr, "sqlcheck: %s\n", msg);
                r.status = EXIT_TROUBLE;
            }
        } else if ((v = option_value("--catalog", argv, &i, argc, &r))) {
            catalogs[ncatalogs++] = v;
        } else if ((v = option_value("--flink-config", argv, &i, argc,
                                     &r))) {
            if (!*v) {
                fprintf(stderr, "sqlcheck: --flink-config needs a file\n");
                r.status = EXIT_TROUBLE;
            }
            r.session.flink_config = v;
        } else if ((v = option_value("--target", argv, &i, argc, &r)) ||
                   (v = option_value("--flink-version", argv, &i, argc,
                                     &r))) {
            char msg[256];
            bool runner = a[2] == 't';
            bool ok = runner ? target_parse_runner(&r.session.target, v, msg,
                                                   sizeof msg)
                             : target_parse_version(&r.session.target, v,
                                                    msg, sizeof msg);
            if (!ok) {
                fprintf(stderr, "sqlcheck: %s\n", msg);
                r.status = EXIT_TROUBLE;
            } else if (runner) {
                r.session.has_runner = true;
            } else {
                r.session.has_release = true;
            }
        } else if ((v = option_value("--default-catalog", argv, &i, argc,
                                     &r)) ||
                   (v = option_value("--default-database", argv, &i, argc,
                                     &r))) {
            if (!*v) {
                fprintf(stderr, "sqlcheck: %.*s needs a name\n",
                        (int)strcspn(a, "="), a);
                r.status = EXIT_TROUBLE;
            } else if (strncmp(a, "--default-catalog", 17) == 0) {
                r.session.default_catalog = v;
            } else {
                r.session.default_database = v;
            }
        } else if (strcmp(a, "--fix") == 0 || strcmp(a, "--diff") == 0) {
            enum fix_mode mode = a[2] == 'f' ? FIX_WRITE : FIX_DIFF;
            if (r.session.fix_mode && r.session.fix_mode != mode) {
                fprintf(stderr, "sqlcheck: --fix and --diff exclude each "
                        "other: --diff shows what --fix would write\n");
                r.status = EXIT_TROUBLE;
            }
            r.session.fix_mode = mode;
        } else if (strcmp(a, "--unsafe-fixes") == 0) {
            r.session.unsafe_fixes = true;
        } else if (strcmp(a, "--no-config") == 0) {
            r.session.use_config = false;
        } else if (strcmp(a, "-o") == 0 && i + 1 < argc) {
            output_path = argv[++i];
        } else if ((v = option_value("--output", argv, &i, argc, &r))) {
            output_path = v;
        } else if (strcmp(a, "--color") == 0) {
            color = 1;          /* alone: always, as ls --color */
        } else if ((v = option_value("--column-unit", argv, &i, argc, &r))) {
            static const char *const units[] = { "byte", "char", "utf16",
                                                 NULL };
            int u = word_index(v, units);
            if (u < 0)
                unknown_value(&r, "column unit", v, units,
                              "byte, char or utf16");
            else
                out.unit = (enum column_unit)u;
        } else if (strncmp(a, "--color=", 8) == 0) {
            v = a + 8;
            static const char *const whens[] = { "auto", "always", "never",
                                                 NULL };
            color = word_index(v, whens);
            if (color < 0)
                unknown_value(&r, "colour mode", v, whens,
                              "auto, always or never");
        } else if ((v = option_value("--threads", argv, &i, argc, &r))) {
            static const char *const counts[] = { "auto", "1", "2", NULL };
            int n = word_index(v, counts);
            if (n < 0)
                unknown_value(&r, "thread count", v, counts, "auto, 1 or 2");
            else
                r.session.threads = n;
        } else if (strcmp(a, "--lsp") == 0) {
            lsp = true;
        } else if (strcmp(a, "--list-rules") == 0) {
            list_rules = true;
        } else if ((v = option_value("--explain", argv, &i, argc, &r))) {
            explain = v;
        } else if ((v = option_value("--stdin-filename", argv, &i, argc, &r))) {
            r.stdin_name = v;
        } else {
            unknown_option(&r, a);
        }
    }
    if (r.session.dump_ast && (out.fmt == &output_json ||
                               out.fmt == &output_sarif)) {
        fprintf(stderr, "sqlcheck: --dump-ast prints trees as text, which "
                "would break the %s document: use it with --format=tty or "
                "gcc\n", out.fmt->name);
        r.status = EXIT_TROUBLE;
    }
    if (lsp && (noperands || r.session.fix_mode || r.session.dump_ast ||
                output_path || list_rules || explain)) {
        fprintf(stderr, "sqlcheck: --lsp takes its documents from the "
                "editor: no files, --fix, --diff, --dump-ast, -o, "
                "--list-rules or --explain with it\n");
        r.status = EXIT_TROUBLE;
    }
    if (lsp && r.status != EXIT_TROUBLE) {
        /* the protocol owns standard output: what catalog and Flink
         * configuration files hold goes to the server's log */
        out.out = stderr;
        out.fmt = &output_gcc;
        out.color = false;
        for (int i = 0; i < ncatalogs; i++)
            session_add_catalog(&r.session, catalogs[i]);
        r.session.trouble = r.session.failed = false;
        int rc = lsp_serve(&r.session, STDIN_FILENO, STDOUT_FILENO);
        free(operands);
        free(catalogs);
        session_free(&r.session);
        return rc;
    }
    if (r.status == EXIT_TROUBLE || (noperands == 0 && isatty(STDIN_FILENO))) {
        if (r.status != EXIT_TROUBLE)
            fputs(usage_text, stderr);
        free(operands);
        free(catalogs);
        session_free(&r.session);
        return EXIT_TROUBLE;
    }
    if (list_rules || explain) {
        int rc = list_rules ? print_rules() : print_explain(explain);
        free(operands);
        free(catalogs);
        session_free(&r.session);
        return rc;
    }
    if (noperands == 0)
        operands[noperands++] = "-";
    /* --fix of standard input prints the fixed text: alone, it is the
     * output; --diff prints diffs, no report */
    bool stdin_fix = false;
    for (int i = 0; i < noperands; i++)
        if (strcmp(operands[i], "-") == 0 &&
            r.session.fix_mode == FIX_WRITE)
            stdin_fix = true;
    if (stdin_fix && noperands > 1) {
        fprintf(stderr, "sqlcheck: --fix of standard input prints the fixed "
                "text: give '-' alone\n");
        r.status = EXIT_TROUBLE;
    }
    if (r.session.unsafe_fixes && !r.session.fix_mode) {
        fprintf(stderr, "sqlcheck: --unsafe-fixes goes with --fix or "
                "--diff\n");
        r.status = EXIT_TROUBLE;
    }
    r.session.fix_stdout = stdin_fix;
    bool report = !stdin_fix && r.session.fix_mode != FIX_DIFF;
    /* -o naming one of the inputs would destroy it: refuse first */
    struct stat ost;
    if (output_path && stat(output_path, &ost) == 0 && S_ISREG(ost.st_mode)) {
        r.has_output_file = true;
        r.out_dev = ost.st_dev;
        r.out_ino = ost.st_ino;
        for (int i = 0; i < noperands; i++) {
            struct stat ist;
            if (strcmp(operands[i], "-") != 0 &&
                stat(operands[i], &ist) == 0 && ist.st_dev == ost.st_dev &&
                ist.st_ino == ost.st_ino) {
                fprintf(stderr, "sqlcheck: %s is both an input and the output "
                        "file (-o %s): not overwriting it\n", operands[i],
                        output_path);
                r.status = EXIT_TROUBLE;
            }
        }
    }
    static struct destination dest;
    if (r.status == EXIT_TROUBLE || !destination_open(&dest, output_path)) {
        free(operands);
        free(catalogs);
        session_free(&r.session);
        return EXIT_TROUBLE;
    }
    r.dest = &dest;
    out.out = dest.f;
    out.color = want_color(color, out.out);

    if (report)
        out.fmt->begin(&out);
    for (int i = 0; i < ncatalogs; i++)
        session_add_catalog(&r.session, catalogs[i]);
    for (int i = 0; i < noperands; i++)
        check_path(&r, operands[i], 1);
    out.stopped = r.session.stopped;
    if (report)
        out.fmt->end(&out);
    if (r.session.fix_mode == FIX_WRITE && !stdin_fix)
        fprintf(stderr, "sqlcheck: %zu fix%s applied in %zu file%s\n",
                r.session.fixes_applied,
                r.session.fixes_applied == 1 ? "" : "es",
                r.session.files_fixed, r.session.files_fixed == 1 ? "" : "s");
    free(operands);
    free(catalogs);
    if (r.session.trouble)
        r.status = EXIT_TROUBLE;
    bool failed = r.session.failed;
    session_free(&r.session);
    if (!destination_close(&dest))
        r.status = EXIT_TROUBLE;
    if (r.status)
        return r.status;
    return failed ? EXIT_FINDINGS : 0;
}
