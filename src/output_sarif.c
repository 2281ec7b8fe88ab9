/* output_sarif.c -- SARIF 2.1.0: one run, every rule in tool.driver.rules,
 * results sorted by file, then offset. Columns count UTF-16 code units with
 * --column-unit=utf16, else Unicode code points (SARIF has no byte
 * columns; byteOffset and byteLength give bytes); run.columnKind says
 * which. */
#include "sqlcheck/output.h"

#include "sqlcheck/check.h"
#include "sqlcheck/version.h"

#include <string.h>

/* A relative or absolute path as a URI reference. */
static void uri(FILE *f, const char *path)
{
    fputc('"', f);
    for (const unsigned char *p = (const unsigned char *)path; *p; p++) {
        if ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') ||
            (*p >= '0' && *p <= '9') || strchr("-._~/", *p))
            fputc(*p, f);
        else
            fprintf(f, "%%%02X", *p);
    }
    fputc('"', f);
}

static enum column_unit sarif_unit(const struct output *o)
{
    return o->unit == COLUMN_UTF16 ? COLUMN_UTF16 : COLUMN_CHAR;
}

/* A region's properties (lines and columns, bytes), without braces. */
static void region_body(FILE *f, enum column_unit unit, struct source *src,
                        struct span sp)
{
    uint32_t line, col, eline, ecol;
    output_position(unit, src, sp.start, &line, &col);
    output_position(unit, src, sp.end, &eline, &ecol);
    fprintf(f, "\"startLine\": %u, \"startColumn\": %u, "
            "\"endLine\": %u, \"endColumn\": %u, \"byteOffset\": %u, "
            "\"byteLength\": %u", line, col, eline, ecol, sp.start,
            sp.end - sp.start);
}

static void region(FILE *f, enum column_unit unit, struct source *src,
                   struct span sp)
{
    fputs("\"region\": {", f);
    region_body(f, unit, src, sp);
    fputc('}', f);
}

/* "physicalLocation": {artifactLocation, region} of sp in src. */
static void physical_location(FILE *f, enum column_unit unit,
                              struct source *src, struct span sp)
{
    fputs("\"physicalLocation\": {\"artifactLocation\": {\"uri\": ", f);
    uri(f, src->path);
    fputs("}, ", f);
    region(f, unit, src, sp);
    fputc('}', f);
}

static const char *level(enum severity s)
{
    return s == SEV_ERROR ? "error" : s == SEV_WARNING ? "warning" : "note";
}

static void sarif_begin(struct output *o)
{
    (void)o;
}

static void sarif_file(struct output *o, struct source *src,
                       const struct diag_list *dl)
{
    o->files++;
    FILE *f = output_part_begin(o, src->path);
    for (size_t i = 0; i < dl->count; i++) {
        const struct diag *d = &dl->items[i];
        output_count(o, d);
        size_t idx = 0;
        rule_find(d->code, &idx);
        if (i)
            fputs(",\n        ", f);
        fprintf(f, "{\"ruleId\": \"%s\", \"ruleIndex\": %zu, \"level\": "
                "\"%s\", \"message\": {\"text\": ", d->code, idx,
                level(d->severity));
        json_print_string(f, d->message);
        fputs("}, \"locations\": [{", f);
        physical_location(f, sarif_unit(o), src, d->span);
        fputs("}]", f);
        if (d->notes) {
            fputs(", \"relatedLocations\": [", f);
            int id = 1;
            for (const struct diag_note *n = d->notes; n; n = n->next, id++) {
                fprintf(f, "{\"id\": %d, \"message\": {\"text\": ", id);
                json_print_string(f, n->message);
                fputs("}, ", f);
                physical_location(f, sarif_unit(o), src, n->span);
                fputs(n->next ? "}, " : "}", f);
            }
            fputc(']', f);
        }
        if (d->fix) {
            /* SARIF's fix: the replacements of one artifact */
            fputs(", \"fixes\": [{\"description\": {\"text\": ", f);
            json_print_string(f, d->fix->description);
            fputs("}, \"artifactChanges\": [{\"artifactLocation\": "
                  "{\"uri\": ", f);
            uri(f, src->path);
            fputs("}, \"replacements\": [", f);
            for (size_t k = 0; k < d->fix->nedits; k++) {
                const struct fix_edit *e = &d->fix->edits[k];
                fputs(k ? ", {\"deletedRegion\": {" : "{\"deletedRegion\": {",
                      f);
                region_body(f, sarif_unit(o), src, e->span);
                fputs("}, \"insertedContent\": {\"text\": ", f);
                json_print_string(f, e->text);
                fputs("}}", f);
            }
            fputs("]}]}]", f);
        }
        if (d->hint) {
            fputs(", \"properties\": {\"hint\": ", f);
            json_print_string(f, d->hint);
            fputc('}', f);
        }
        fputc('}', f);
    }
    output_part_end(o);
}

static void emit_part(FILE *out, const char *body, size_t i)
{
    fprintf(out, "%s\n        %s", i ? "," : "", body);
}

static void sarif_end(struct output *o)
{
    FILE *f = o->out;
    fprintf(f, "{\n  \"$schema\": \"https://json.schemastore.org/sarif-2.1.0.json\",\n"
            "  \"version\": \"2.1.0\",\n  \"runs\": [{\n"
            "    \"tool\": {\"driver\": {\"name\": \"sqlcheck\", "
            "\"version\": \"%s\", \"semanticVersion\": \"%s\",\n"
            "      \"informationUri\": \"https://github.com/sqlcheck/sqlcheck\",\n"
            "      \"rules\": [", SQLCHECK_VERSION, SQLCHECK_VERSION);
    size_t n;
    const struct rule *rules = rule_table(&n);
    for (size_t i = 0; i < n; i++) {
        fprintf(f, "%s\n        {\"id\": \"%s\", \"name\": \"%s\", "
                "\"shortDescription\": {\"text\": ", i ? "," : "",
                rules[i].code, rules[i].name);
        json_print_string(f, rules[i].summary);
        fputs("}, \"help\": {\"text\": ", f);
        const char *doc = rule_doc(&rules[i]);
        json_print_string(f, doc ? doc : rules[i].summary);
        fprintf(f, "}, \"defaultConfiguration\": {\"level\": \"%s\"}}",
                level(rules[i].severity));
    }
    fprintf(f, "]}},\n    \"columnKind\": \"%s\",\n    \"results\": [",
            o->unit == COLUMN_UTF16 ? "utf16CodeUnits" : "unicodeCodePoints");
    size_t before = o->errors + o->warnings + o->notes;
    output_parts_flush(o, emit_part);
    fprintf(f, "%s]\n  }]\n}\n", before ? "\n    " : "");
}

const struct output_format output_sarif = { "sarif", sarif_begin,
                                            sarif_file, sarif_end };
