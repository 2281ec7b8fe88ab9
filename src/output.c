/* output.c -- the formatter registry. */
#include "sqlcheck/output.h"

#include <string.h>

static const struct output_format *const formats[] = {
    &output_tty, &output_gcc, &output_json,
};

const char *const output_names[] = { "tty", "gcc", "json", NULL };

const struct output_format *output_find(const char *name)
{
    for (size_t i = 0; i < sizeof formats / sizeof *formats; i++)
        if (strcmp(formats[i]->name, name) == 0)
            return formats[i];
    return NULL;
}
