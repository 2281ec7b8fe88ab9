/* test_options.c -- the connector-option and configuration facts
 * (options.h): look-ups, patterns, misspelt names, a user's connector file,
 * and the project's tables (src/data/) against the shared reference
 * tables they were made from, when those are there. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "sqlcheck/arena.h"
#include "sqlcheck/options.h"
#include "shared_data.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static bool match(const char *pattern, const char *key)
{
    return option_pattern_match(pattern, key, strlen(key), NULL, NULL);
}

static void test_patterns(void **state)
{
    (void)state;
    const char *part = NULL;
    size_t len = 0;
    assert_true(option_pattern_match("fields.#.kind", "fields.id.kind", 14,
                                     &part, &len));
    assert_int_equal(len, 2);
    assert_memory_equal(part, "id", 2);
    assert_false(match("fields.#.kind", "fields.kind"));
    assert_false(match("fields.#.kind", "fields.a.b.kind"));
    assert_false(match("fields.#.kind", "fields.a.kinds"));
    assert_true(match("properties.*", "properties.group.id"));
    assert_false(match("properties.*", "properties."));
    assert_false(match("properties.*", "property.x"));
    assert_true(match("events.reporter.<name>.<parameter>",
                      "events.reporter.slf4j.a.b"));
    assert_true(match("shard.consumer.error.recoverable[0].exception",
                      "shard.consumer.error.recoverable[3].exception"));
    assert_true(match("topic", "topic"));
    assert_false(match("topic", "topics"));
    assert_true(option_is_pattern("fields.#.kind"));
    assert_true(option_is_pattern("flink.hadoop.<key>"));
    assert_false(option_is_pattern("scan.startup.mode"));
}

static void test_lookups(void **state)
{
    (void)state;
    const struct option_facts *f = option_facts_builtin();
    const struct connector_fact *kafka = facts_connector(f, "kafka");
    assert_non_null(kafka);
    assert_string_equal(kafka->options, "closed");
    assert_string_equal(facts_connector(f, "print")->direction, "sink");
    assert_string_equal(facts_connector(f, "datagen")->direction, "source");
    assert_string_equal(facts_connector(f, "json")->direction, "format");
    assert_null(facts_connector(f, "Kafka"));
    const struct option_fact *o = facts_option(f, "kafka",
                                               "scan.startup.mode", 17);
    assert_non_null(o);
    assert_string_equal(o->type, "Enum");
    o = facts_option(f, "kafka", "properties.max.poll.records", 27);
    assert_non_null(o);
    assert_string_equal(o->key, "properties.*");
    assert_null(facts_option(f, "kafka", "scan.startup.mod", 16));
    assert_string_equal(facts_option(f, "datagen", "fields.id.kind", 14)->key,
                        "fields.#.kind");
    size_t n;
    const struct option_fact *rows = facts_options_of(f, "print", &n);
    assert_true(n >= 3);
    for (size_t i = 0; i < n; i++)
        assert_string_equal(rows[i].owner, "print");
    facts_options_of(f, "no-such-connector", &n);
    assert_int_equal(n, 0);

    /* sorted and unique, as the look-ups assume */
    const struct option_fact *all = facts_all_options(f, &n);
    for (size_t i = 1; i < n; i++) {
        int c = strcmp(all[i - 1].owner, all[i].owner);
        if (c > 0 || (c == 0 && strcmp(all[i - 1].key, all[i].key) >= 0))
            fail_msg("connector options not sorted/unique at %s %s",
                     all[i].owner, all[i].key);
    }
    /* every option's owner is a connector or format */
    for (size_t i = 0; i < n; i++)
        if (!facts_connector(f, all[i].owner))
            fail_msg("%s is in no row of connectors.tsv", all[i].owner);
    const struct config_fact *c = facts_all_config(&n);
    for (size_t i = 1; i < n; i++)
        if (strcmp(c[i - 1].key, c[i].key) >= 0)
            fail_msg("config options not sorted/unique at %s", c[i].key);
}

static void test_misspelt(void **state)
{
    (void)state;
    const struct option_facts *f = option_facts_builtin();
    static const char *const typos[][2] = {
        { "kafak", "kafka" }, { "Kafka", "kafka" }, { "kafk", "kafka" },
        { "jbdc", "jdbc" }, { "datgen", "datagen" },
        { "mysql-cd", "mysql-cdc" }, { "filesytem", "filesystem" },
        { "upsert-kafak", "upsert-kafka" }, { "blackhol", "blackhole" },
    };
    for (size_t i = 0; i < sizeof typos / sizeof *typos; i++) {
        const char *near = facts_misspelt_connector(f, typos[i][0], false);
        if (!near || strcmp(near, typos[i][1]) != 0)
            fail_msg("'%s' should be taken for '%s', not '%s'", typos[i][0],
                     typos[i][1], near ? near : "(none)");
    }
    /* names of their own: a custom connector, another version, a template */
    static const char *const own[] = {
        "kafka-x", "x-kafka", "dynamic-kafka", "elasticsearch-9", "hbase-1.5",
        "mredis",
        "stream-x", "oracle-x", "nexmark", "filestream", "my-source",
        "${connector}", "$kafka_identifier", "socket",
    };
    for (size_t i = 0; i < sizeof own / sizeof *own; i++) {
        const char *near = facts_misspelt_connector(f, own[i], false);
        if (near)
            fail_msg("'%s' should be a connector of its own, not '%s'",
                     own[i], near);
    }
    assert_string_equal(facts_misspelt_connector(f, "jsn", true), "json");
    assert_string_equal(facts_misspelt_connector(f, "avro-confluen", true),
                        "avro-confluent");
    assert_null(facts_misspelt_connector(f, "jsn", false));
}

static void test_config(void **state)
{
    (void)state;
    const struct config_fact *c =
        facts_config("execution.checkpointing.interval", 32);
    assert_non_null(c);
    assert_string_equal(c->type, "Duration");
    c = facts_config("execution.checkpointing.tolerable-failed-checkpoints",
                     52);
    assert_non_null(c);
    assert_string_equal(c->min, "0");
    assert_non_null(facts_config("metrics.reporter.prom.factory.class", 35));
    assert_null(facts_config("execution.checkpointing.intervall", 33));
    const struct rename_fact *r = facts_rename("state.backend", 13, NULL);
    assert_non_null(r);
    assert_string_equal(r->new_key, "state.backend.type");
    assert_null(facts_rename("state.backend.type", 18, NULL));
    assert_string_equal(
        facts_config_nearest("execution.checkpointing.intervall"),
        "execution.checkpointing.interval");
    assert_string_equal(facts_config_nearest("table.exec.mini-batch.enable"),
                        "table.exec.mini-batch.enabled");
    assert_null(facts_config_nearest("my.own.parameter"));
}

static void test_user_file(void **state)
{
    (void)state;
    char path[] = "/tmp/sqlcheck-options-XXXXXX";
    int fd = mkstemp(path);
    assert_true(fd >= 0);
    FILE *fp = fdopen(fd, "w");
    fputs("# our connectors\n"
          "connector_or_format\toption_key\trequired\ttype\n"
          "acme-queue\tconnector\tyes\tString\n"
          "acme-queue\tendpoint\tyes\tString\n"
          "acme-queue\tbatch.size\tno\tInteger\n"
          "kafka\tacme.audit\tno\tBoolean\n", fp);
    fclose(fp);
    struct arena a;
    arena_init(&a);
    char err[256] = "";
    const struct option_facts *f = option_facts_load(&a, path, err,
                                                     sizeof err);
    assert_non_null(f);
    const struct connector_fact *c = facts_connector(f, "acme-queue");
    assert_non_null(c);
    assert_string_equal(c->options, "closed");
    assert_string_equal(facts_option(f, "acme-queue", "batch.size", 10)->type,
                        "Integer");
    /* added to a built-in connector, which keeps its own */
    assert_non_null(facts_option(f, "kafka", "acme.audit", 10));
    assert_non_null(facts_option(f, "kafka", "topic", 5));
    assert_non_null(facts_connector(f, "kafka"));
    assert_string_equal(facts_misspelt_connector(f, "acme-queu", false),
                        "acme-queue");
    arena_free(&a);

    /* a file without the columns, and a missing file: errors */
    fp = fopen(path, "w");
    fputs("name\tvalue\nx\ty\n", fp);
    fclose(fp);
    arena_init(&a);
    assert_null(option_facts_load(&a, path, err, sizeof err));
    assert_non_null(strstr(err, "option_key"));
    unlink(path);
    assert_null(option_facts_load(&a, path, err, sizeof err));
    assert_non_null(strstr(err, "cannot read"));
    arena_free(&a);
}

/*---- the project's tables against the shared ones ------------------------*/

/* The fields of a tab-separated line (modified in place). */
static size_t fields(char *line, char **f, size_t max)
{
    line[strcspn(line, "\r\n")] = 0;
    size_t n = 0;
    for (char *p = line; n < max;) {
        f[n++] = p;
        char *t = strchr(p, '\t');
        if (!t)
            break;
        *t = 0;
        p = t + 1;
    }
    return n;
}

static int column(char **hdr, size_t n, const char *name)
{
    for (size_t i = 0; i < n; i++)
        if (strcmp(hdr[i], name) == 0)
            return (int)i;
    fail_msg("the shared table has no column %s", name);
    return -1;
}

/* Is ours the shared required value in the project's words? */
static bool same_required(const char *shared, const char *ours)
{
    if (strncmp(shared, "conditional", 11) != 0)
        return strcmp(shared, ours) == 0;
    return strncmp(ours, "one of: ", 8) == 0 ||
           strncmp(ours, "with: ", 6) == 0 ||
           strncmp(ours, "when: ", 6) == 0 ||
           strncmp(ours, "together: ", 10) == 0 ||
           (strstr(shared, "optional") && strcmp(ours, "no") == 0);
}

static void test_connector_options_match_shared(void **state)
{
    (void)state;
    FILE *fp = open_shared_data("connector-options.tsv");
    if (!fp) {
        skip();
        return;
    }
    const struct option_facts *f = option_facts_builtin();
    static char line[8192], head[8192];
    char *hdr[32], *v[32];
    assert_non_null(fgets(head, sizeof head, fp));
    size_t nh = fields(head, hdr, 32);
    int owner = column(hdr, nh, "connector_or_format"),
        key = column(hdr, nh, "option_key"),
        required = column(hdr, nh, "required"),
        type = column(hdr, nh, "type"),
        def = column(hdr, nh, "default"),
        values = column(hdr, nh, "enum_values");
    size_t rows = 0;
    while (fgets(line, sizeof line, fp)) {
        size_t n = fields(line, v, 32);
        if (n < nh)
            continue;
        rows++;
        const struct option_fact *o = NULL;
        size_t count;
        const struct option_fact *mine = facts_options_of(f, v[owner], &count);
        for (size_t i = 0; i < count && !o; i++)
            if (strcmp(mine[i].key, v[key]) == 0)
                o = &mine[i];
        if (!o)
            fail_msg("%s %s: not in src/data/connector-options.tsv",
                     v[owner], v[key]);
        if (strcmp(o->type, v[type]) != 0 || strcmp(o->def, v[def]) != 0)
            fail_msg("%s %s: type or default differs", v[owner], v[key]);
        size_t vl = strlen(v[values]);
        if (strncmp(o->values, v[values], vl) != 0 ||
            (o->values[vl] && strcmp(o->values + vl, ",...") != 0))
            fail_msg("%s %s: values differ", v[owner], v[key]);
        if (!same_required(v[required], o->required))
            fail_msg("%s %s: required '%s' vs '%s'", v[owner], v[key],
                     v[required], o->required);
    }
    fclose(fp);
    assert_true(rows > 1000);
}

static void test_config_options_match_shared(void **state)
{
    (void)state;
    FILE *fp = open_shared_data("flink-config-options.tsv");
    if (!fp) {
        skip();
        return;
    }
    static char line[16384], head[4096];
    char *hdr[32], *v[32];
    assert_non_null(fgets(head, sizeof head, fp));
    size_t nh = fields(head, hdr, 32);
    int key = column(hdr, nh, "key"), type = column(hdr, nh, "type"),
        def = column(hdr, nh, "default"),
        values = column(hdr, nh, "enum_values"),
        deprecated = column(hdr, nh, "deprecated_keys"),
        since = column(hdr, nh, "since"),
        removed = column(hdr, nh, "removed_in");
    size_t rows = 0;
    while (fgets(line, sizeof line, fp)) {
        size_t n = fields(line, v, 32);
        if (n < nh)
            continue;
        rows++;
        const struct config_fact *c = facts_config(v[key], strlen(v[key]));
        if (!c || strcmp(c->key, v[key]) != 0)
            fail_msg("%s: not in src/data/config-options.tsv", v[key]);
        if (strcmp(c->type, v[type]) || strcmp(c->def, v[def]) ||
            strcmp(c->values, v[values]) ||
            strcmp(c->deprecated, v[deprecated]) ||
            strcmp(c->since, v[since]) || strcmp(c->removed, v[removed]))
            fail_msg("%s: differs from the shared table", v[key]);
    }
    fclose(fp);
    assert_true(rows > 900);

    fp = open_shared_data("flink-config-renames.tsv");
    assert_non_null(fp);
    assert_non_null(fgets(head, sizeof head, fp));
    nh = fields(head, hdr, 32);
    int old_key = column(hdr, nh, "old_key"),
        new_key = column(hdr, nh, "new_key"),
        relation = column(hdr, nh, "relation");
    rows = 0;
    while (fgets(line, sizeof line, fp)) {
        size_t n = fields(line, v, 32);
        if (n < nh)
            continue;
        rows++;
        size_t count = 0;
        const struct rename_fact *r = facts_rename(v[old_key],
                                                   strlen(v[old_key]), &count);
        bool same = false;
        for (size_t i = 0; i < count && !same; i++)
            same = strcmp(r[i].new_key, v[new_key]) == 0 &&
                   strcmp(r[i].relation, v[relation]) == 0;
        if (!same)
            fail_msg("%s: differs from src/data/config-renames.tsv",
                     v[old_key]);
    }
    fclose(fp);
    assert_true(rows > 250);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_patterns),
        cmocka_unit_test(test_lookups),
        cmocka_unit_test(test_misspelt),
        cmocka_unit_test(test_config),
        cmocka_unit_test(test_user_file),
        cmocka_unit_test(test_connector_options_match_shared),
        cmocka_unit_test(test_config_options_match_shared),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
