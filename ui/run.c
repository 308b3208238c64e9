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
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

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

/* The script's name as CPython 3.11 uses it (__file__, tracebacks, syntax
 * errors): a relative path joined to the working directory, not
 * normalised ("./x.py" stays "/cwd/./x.py"). */
static void script_path(const char *script, buf *out)
{
    char cwd[4096];
    if (script[0] != '/' && getcwd(cwd, sizeof cwd)) {
        buf_adds(out, cwd);
        buf_addc(out, '/');
    }
    buf_adds(out, script);
}

/* SIGINT while the program runs: only a flag, which the interpreter turns
 * into KeyboardInterrupt (a signal handler can reach nothing but a static). */
static volatile sig_atomic_t run_interrupted;

static void on_sigint(int sig)
{
    (void)sig;
    run_interrupted = 1;
}

/* python3 installs its handler only where SIGINT has its default action
 * (an inherited SIG_IGN stays); the old one is saved in *old. */
static void catch_sigint(struct sigaction *old)
{
    sigaction(SIGINT, NULL, old);
    if (old->sa_handler != SIG_DFL)
        return;
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_sigint;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGINT, &sa, NULL);
}

int run_script(const cli_opts *o)
{
    buf src = BUF_INIT;
    if (slurp(o->script, &src)) {
        buf_free(&src);
        return 2;
    }
    interp_options opt = {.prof = o->profile, .heap_limit = o->heap_limit, .write = write_out,
                          .interrupt = &run_interrupted};
    if (o->collector && strcmp(o->collector, "mark-sweep") == 0)
        opt.collector = COLLECTOR_MARK_SWEEP;
    struct sigaction old_sigint;
    catch_sigint(&old_sigint);
    interp *in = interp_new(&opt);
    buf path = BUF_INIT;
    script_path(o->script, &path);
    int status = interp_run(in, buf_str(&src), src.len, buf_str(&path));
    interp_delete(in);
    buf_free(&path);
    buf_free(&src);
    fflush(stdout);
    sigaction(SIGINT, &old_sigint, NULL);
    if (status == INTERP_KILLED_BY_SIGINT) {    /* as python3: end by the signal itself */
        fflush(stderr);
        signal(SIGINT, SIG_DFL);
        raise(SIGINT);
    }
    return status;
}
