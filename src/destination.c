/* destination.c -- the report's destination (see destination.h). */
#include "sqlcheck/destination.h"

#include "sqlcheck/arena.h"

#include <errno.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static const char *shown(const struct destination *d)
{
    return d->path ? d->path : "standard output";
}

/* A write error: say it once. EPIPE is the reader going away: quiet. */
static bool write_error(struct destination *d, int err)
{
    if (err == EPIPE) {
        d->closed_pipe = true;
        return false;
    }
    if (!d->failed)
        fprintf(stderr, "sqlcheck: writing %s: %s\n", shown(d),
                strerror(err ? err : EIO));
    d->failed = true;
    return false;
}

bool destination_open(struct destination *d, const char *path)
{
    memset(d, 0, sizeof *d);
    signal(SIGPIPE, SIG_IGN);   /* a closed pipe is EPIPE, not a signal */
    d->path = path;
    if (!path) {
        d->f = stdout;
        return true;
    }
    struct stat st;
    bool exists = stat(path, &st) == 0;
    if (exists && !S_ISREG(st.st_mode)) {
        /* a device, a pipe: written as it is */
        d->f = fopen(path, "w");
        if (!d->f) {
            fprintf(stderr, "sqlcheck: %s: %s\n", path, strerror(errno));
            return false;
        }
        return true;
    }
    /* .NAME.XXXXXX beside it: hidden, so a directory walk skips it */
    const char *slash = strrchr(path, '/');
    size_t dirlen = slash ? (size_t)(slash - path) + 1 : 0;
    d->tmp = malloc(strlen(path) + 10);
    if (!d->tmp)
        fatal_oom();
    sprintf(d->tmp, "%.*s.%s.XXXXXX", (int)dirlen, path, path + dirlen);
    int fd = mkstemp(d->tmp);
    if (fd < 0) {
        fprintf(stderr, "sqlcheck: %s: %s\n", path, strerror(errno));
        free(d->tmp);
        d->tmp = NULL;
        return false;
    }
    /* the mode the file has, or would get from a plain open() */
    mode_t mask = umask(0);
    umask(mask);
    if (fchmod(fd, exists ? st.st_mode & 07777 : 0666 & ~mask) != 0) {
        /* not fatal: the report is still written */
    }
    d->f = fdopen(fd, "w");
    if (!d->f) {
        fprintf(stderr, "sqlcheck: %s: %s\n", path, strerror(errno));
        close(fd);
        unlink(d->tmp);
        free(d->tmp);
        d->tmp = NULL;
        return false;
    }
    return true;
}

bool destination_flush(struct destination *d)
{
    if (d->closed_pipe || d->failed)
        return false;
    errno = 0;
    if (fflush(d->f) != 0 || ferror(d->f))
        return write_error(d, errno);
    return true;
}

bool destination_close(struct destination *d)
{
    bool ok = destination_flush(d) || d->closed_pipe;
    if (d->tmp) {
        if (ok && fsync(fileno(d->f)) != 0 && errno != EINVAL)
            ok = write_error(d, errno);
        if (fclose(d->f) != 0 && ok)
            ok = write_error(d, errno);
        if (ok && rename(d->tmp, d->path) != 0) {
            fprintf(stderr, "sqlcheck: %s: %s\n", d->path, strerror(errno));
            ok = false;
        }
        if (!ok)
            unlink(d->tmp);
        free(d->tmp);
        d->tmp = NULL;
    } else if (d->path) {
        if (fclose(d->f) != 0 && ok)
            ok = write_error(d, errno);
    }
    d->f = NULL;
    return ok && !d->failed;
}
