/* output_github.c -- GitHub Actions workflow commands, one per finding:
 *   ::error file=F,line=L,col=C,endLine=..,endColumn=..,title=CODE rule::MSG
 * with the message and the property values escaped as the runner requires
 * (% CR LF in both; also : and , in properties). Notes become ::notice. */
#include "sqlcheck/output.h"

#include "sqlcheck/util.h"

static void escape(FILE *f, const char *s, bool property)
{
    for (; *s; s++) {
        const unsigned char *u = (const unsigned char *)s;
        if (*u >= 0x80) {
            size_t n = utf8_char_len(u, 4);     /* a NUL ends it early */
            if (n == 0)
                fprintf(f, "\\x%02X", *u);       /* not UTF-8 */
            else
                fwrite(s, 1, n, f), s += n - 1;
            continue;
        }
        switch (*s) {
        case '%': fputs("%25", f); break;
        case '\r': fputs("%0D", f); break;
        case '\n': fputs("%0A", f); break;
        case ':': fputs(property ? "%3A" : ":", f); break;
        case ',': fputs(property ? "%2C" : ",", f); break;
        default: fputc(*s, f);
        }
    }
}

static void github_file(struct output *o, struct source *src,
                        const struct diag_list *dl)
{
    o->files++;
    for (size_t i = 0; i < dl->count; i++) {
        const struct diag *d = &dl->items[i];
        output_count(o, d);
        uint32_t line, col, eline, ecol;
        output_position(o->unit, src, d->span.start, &line, &col);
        output_position(o->unit, src, d->span.end, &eline, &ecol);
        fprintf(o->out, "::%s file=", d->severity == SEV_ERROR ? "error"
                : d->severity == SEV_WARNING ? "warning" : "notice");
        escape(o->out, src->path, true);
        fprintf(o->out, ",line=%u,col=%u,endLine=%u,endColumn=%u,title=", line,
                col, eline, ecol);
        /* codes and rule names are letters, digits and '-' */
        fprintf(o->out, "%s %s::", d->code, d->rule);
        escape(o->out, d->message, false);
        if (d->hint) {
            fputs("%0A", o->out);       /* a line break */
            escape(o->out, d->hint, false);
        }
        fputc('\n', o->out);
    }
}

static void nothing(struct output *o)
{
    (void)o;
}

const struct output_format output_github = { "github", nothing, github_file,
                                             nothing };
