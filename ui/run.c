/*
 * run.c — `heapviz run SCRIPT`: the program on the simulated heap, headless,
 * with python3's stdout, stderr and exit status.  Unreadable files are
 * usage errors (status 2, one line); everything inside the file, bad bytes
 * included, is the program's business (SyntaxError, status 1, as python3).
 */
#include "run.h"

#include "buf.h"
#include "hv.h"
#include "interp.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>

static void write_out(void *ud, int fd, const char *p, size_t n)
{
    fwrite(p, 1, n, fd == 2 ? stderr : stdout);
}

/* Reads the whole file into b; a one-line message and -1 if it cannot. */
static int slurp(const char *path, buf *b)
{
    struct stat st;
    if (stat(path, &st) == 0 && S_ISDIR(st.st_mode)) {
        fprintf(stderr, "heapviz: %s: is a directory\n", path);
        return -1;
    }
    FILE *f = fopen(path, "rb");
    if (!f) {
        fprintf(stderr, "heapviz: %s: %s\n", path, strerror(errno));
        return -1;
    }
    char chunk[65536];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
        buf_add(b, chunk, n);
    int bad = ferror(f);
    fclose(f);
    if (bad) {
        fprintf(stderr, "heapviz: %s: read error\n", path);
        return -1;
    }
    return 0;
}

int run_script(const cli_opts *o)
{
    buf src = BUF_INIT;
    if (slurp(o->script, &src)) {
        buf_free(&src);
        return 2;
    }
    interp_options opt = {.prof = o->profile, .heap_limit = o->heap_limit, .write = write_out};
    if (o->collector && strcmp(o->collector, "mark-sweep") == 0)
        opt.collector = COLLECTOR_MARK_SWEEP;
    interp *in = interp_new(&opt);
    int status = interp_run(in, buf_str(&src), src.len, o->script);
    interp_delete(in);
    buf_free(&src);
    fflush(stdout);
    return status;
}
