/* destination.h -- where the report goes: standard output or the file of
 * -o, written so that nothing is lost.
 *
 * A report for a regular file (or a new one) is written to a temporary
 * file beside it and renamed onto it when complete: a failure (a full disk)
 * leaves the old file as it was, never a truncated report. Devices, pipes
 * and standard output are written directly. Write errors are reported once
 * ("sqlcheck: writing report.json: No space left on device"); a reader
 * that goes away (EPIPE, e.g. `sqlcheck dir | head -1`) ends the output
 * quietly: SIGPIPE is ignored.
 */
#ifndef SQLCHECK_DESTINATION_H
#define SQLCHECK_DESTINATION_H

#include <stdbool.h>
#include <stdio.h>

struct destination {
    FILE *f;
    const char *path;           /* as given; NULL: standard output */
    char *tmp;                  /* the temporary file, renamed onto path */
    bool closed_pipe;           /* the reader went away: stop, quietly */
    bool failed;                /* a write failed (and was reported) */
};

/* Open path for the report (NULL: standard output). False, with a message
 * on stderr, if it cannot be. */
bool destination_open(struct destination *d, const char *path);

/* Push what was written so far; false once the output cannot take more
 * (a closed pipe, quietly, or a reported write error). */
bool destination_flush(struct destination *d);

/* Finish: flush, and put a temporary file in place. False on a failure,
 * reported on stderr (the temporary file is removed). */
bool destination_close(struct destination *d);

#endif
