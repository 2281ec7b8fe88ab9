/* output_json.c -- one JSON document for the whole run (see the contract):
 * diagnostics sorted by file, then offset. */
#include "sqlcheck/output.h"

#include "sqlcheck/version.h"

static void emit_diag(FILE *f, enum column_unit unit, struct source *src,
                      const struct diag *d)
{
    uint32_t line, col, eline, ecol;
    output_position(unit, src, d->span.start, &line, &col);
    output_position(unit, src, d->span.end, &eline, &ecol);
    fputs("{\"file\": ", f);
    json_print_string(f, src->path);
    fprintf(f, ", \"line\": %u, \"column\": %u, \"end_line\": %u, "
            "\"end_column\": %u, \"offset\": %u, \"end_offset\": %u, "
            "\"severity\": \"%s\", \"code\": \"%s\", \"rule\": \"%s\", "
            "\"message\": ", line, col, eline, ecol, d->span.start,
            d->span.end, severity_name(d->severity), d->code, d->rule);
    json_print_string(f, d->message);
    if (d->hint) {
        fputs(", \"hint\": ", f);
        json_print_string(f, d->hint);
    }
    if (d->notes) {
        fputs(", \"notes\": [", f);
        for (const struct diag_note *n = d->notes; n; n = n->next) {
            output_position(unit, src, n->span.start, &line, &col);
            fprintf(f, "{\"line\": %u, \"column\": %u, \"message\": ", line,
                    col);
            json_print_string(f, n->message);
            fputs(n->next ? "}, " : "}", f);
        }
        fputc(']', f);
    }
    if (d->fix) {
        fputs(", \"fix\": {\"description\": ", f);
        json_print_string(f, d->fix->description);
        fprintf(f, ", \"safe\": %s, \"edits\": [",
                d->fix->safe ? "true" : "false");
        for (size_t k = 0; k < d->fix->nedits; k++) {
            const struct fix_edit *e = &d->fix->edits[k];
            fprintf(f, "%s{\"offset\": %u, \"end_offset\": %u, \"text\": ",
                    k ? ", " : "", e->span.start, e->span.end);
            json_print_string(f, e->text);
            fputc('}', f);
        }
        fputs("]}", f);
    }
    fputc('}', f);
}

static void json_begin(struct output *o)
{
    (void)o;
}

static void json_file(struct output *o, struct source *src,
                      const struct diag_list *dl)
{
    o->files++;
    FILE *f = output_part_begin(o, src->path);
    for (size_t i = 0; i < dl->count; i++) {
        output_count(o, &dl->items[i]);
        if (i)
            fputs(",\n  ", f);
        emit_diag(f, o->unit, src, &dl->items[i]);
    }
    output_part_end(o);
}

static void emit_part(FILE *out, const char *body, size_t i)
{
    fprintf(out, "%s\n  %s", i ? "," : "", body);
}

static void json_end(struct output *o)
{
    fprintf(o->out, "{\"version\": 1, \"tool\": {\"name\": \"sqlcheck\", "
            "\"version\": \"%s\"}, \"files_checked\": %zu,\n"
            " \"diagnostics\": [", SQLCHECK_VERSION, o->files);
    size_t before = o->errors + o->warnings + o->notes;
    output_parts_flush(o, emit_part);
    fprintf(o->out, "%s]}\n", before ? "\n " : "");
}

const struct output_format output_json = { "json", json_begin, json_file,
                                           json_end };
