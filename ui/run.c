/*
 * run.c — `heapviz run SCRIPT`: the program on the simulated heap, headless,
 * with python3's stdout, stderr and exit status.  SCRIPT `-` reads the
 * program from stdin, as `python3 -` does: its file name (tracebacks,
 * __file__) and its session's name are "<stdin>".  Unreadable files are
 * usage errors (status 2, one line); everything inside the file, bad bytes
 * included, is the program's business (SyntaxError, status 1, as python3).
 *
 * Recording (unless --no-record): the session goes to --db, else
 * $HEAPVIZ_DB, else $XDG_DATA_HOME/heapviz/sessions.db, named after the
 * script, with its source, its events, what it writes (and where in the
 * stream), the names of the types its objects have (builtin types at the
 * start, a class when its first instance appears) and its tracemalloc
 * snapshots.
 *
 *   begin ──▶ program runs ──returns (raised or not)──▶ end: complete
 *                  ├── SIGINT ──▶ KeyboardInterrupt in the program; if it
 *                  │   ends the program: end: interrupted, then the process
 *                  │   dies of SIGINT as python3's does; in the shutdown
 *                  │   after the program (its __del__s): the process dies
 *                  │   of it, once the end is in (shutdown_sigint)
 *                  └── SIGTERM/HUP ──▶ end: interrupted, then the signal
 *                      kills the process as it would have (signals ignored
 *                      when heapviz started stay ignored); during the end
 *                      (finisher), once it is in, whatever the shutdown
 *                      beside it is doing
 *
 * A recording that cannot start (unwritable folder, read-only, locked or
 * foreign database) or stops (disk full, I/O error) never costs the
 * program's output: the program runs to its end, stdout and stderr are
 * python3's, one line on stderr says what happened to the recording, and
 * the exit status stays the program's own (0 or 1) — scripts rely on it;
 * the line is the signal.  Recording never changes what the program prints.
 */
#include "run.h"

#include "buf.h"
#include "hv.h"
#include "interp.h"
#include "names.h"
#include "session.h"
#include "store_cmds.h"
#include "textio.h"

#include <errno.h>
#include <langinfo.h>
#include <locale.h>
#include <pthread.h>
#include <signal.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdio_ext.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* The globals a signal handler can reach, nothing else: the signal, and
 * the ring whose observer then sees the next STEP (event.h: its watch is
 * atomic), which polls the signal on the program's thread; and whether
 * the finisher thread gave the quit signals back (run_quit_released).
 * Sequentially consistent atomics (lock-free, so a handler may use them):
 * a handler running on another thread while the finisher gives them back
 * either stores the signal before the finisher looks (which raises it) or
 * sees the release and raises it itself; it is never lost. */
static atomic_int run_quit_signal;
static atomic_int run_quit_released;
static hv_ring *volatile run_quit_ring;

static const int quit_signals[] = {SIGTERM, SIGHUP};

typedef struct runner {
    recorder rec;           /* rec.s NULL: not recording (any more) */
    int write_errno;        /* interp.h: stdout's write failed (EPIPE: a closed pipe) */
    int flush_errno;        /* flush_out failed: what it could not write is still due */
    names_table *names;     /* what the watcher learnt (recording only) */
    names_watch *watch;     /* learns and records names, as the live app does (names.h) */
    interp *in;             /* the program (once made) */
    hv_ring *ring;          /* the session's, which the interpreter fills (recording only) */
    struct sigaction old[HV_COUNTOF(quit_signals)];
    struct sigaction old_int;   /* SIGINT's before the program (catch_sigint) */
    int int_held;           /* SIGINT waits for the recording's end (shutdown_sigint) */
} runner;

/* Has the ring's observer see the next STEP. */
static void watch_steps(void)
{
    hv_ring *r = run_quit_ring;
    if (r)
        atomic_fetch_or_explicit(&r->watch, 1u << EV_STEP, memory_order_relaxed);
}

static void on_quit(int sig)
{
    run_quit_signal = sig;
    if (run_quit_released) {                /* the finisher may have looked already */
        signal(sig, SIG_DFL);
        raise(sig);
    }
    watch_steps();
}

/* The names watcher may have cleared the STEP bit after a quit signal set
 * it (names_watch_sync): set again. */
static void rewatch_after_names(void)
{
    if (HV_UNLIKELY(run_quit_signal))
        watch_steps();
}

/* sig's handler becomes fn (no flags: a blocking write the program makes
 * returns EINTR, as python3's does). */
static void set_handler(int sig, void (*fn)(int))
{
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = fn;
    sigemptyset(&sa.sa_mask);
    sigaction(sig, &sa, NULL);
}

static void catch_quit(runner *r)
{
    for (size_t i = 0; i < HV_COUNTOF(quit_signals); i++) {
        sigaction(quit_signals[i], NULL, &r->old[i]);
        if (r->old[i].sa_handler != SIG_IGN)    /* ignored (nohup, `&`): left so, as python3 does */
            set_handler(quit_signals[i], on_quit);
    }
}

/* The quit signals (and SIGINT, when shutdown_sigint held it with them)
 * are what they were before heapviz again. */
static void release_quit(runner *r)
{
    for (size_t i = 0; i < HV_COUNTOF(quit_signals); i++)
        sigaction(quit_signals[i], &r->old[i], NULL);
    if (r->int_held)
        sigaction(SIGINT, &r->old_int, NULL);
}

/* Ends the recording; a failure (now or earlier) is one line added to err. */
static void end_recording(recorder *rec, int interrupted, buf *err)
{
    if (rec->s)
        store_cmd_record_end(rec, interrupted, err);
}

/* end_recording, its line (if any) on stderr at once. */
static void finish_recording(recorder *rec, int interrupted)
{
    buf err = BUF_INIT;
    end_recording(rec, interrupted, &err);
    fputs(buf_str(&err), stderr);
    buf_free(&err);
}

/* The recording's end (the writer drains the ring, the last commit, the
 * last checkpoint and its syncs: mostly waiting for the disk, 6-210 ms)
 * on a thread of its own while the program's thread takes the
 * interpreter down (13-53 ms for bench-run's programs).  The recorder
 * moves to the finisher first, so what the shutdown writes (a __del__'s
 * print) finds no session, as when the end came before it.  started 0:
 * it could not start, the end ran at once. */
typedef struct finisher {
    runner *r;              /* its quit signals, released once the end is in */
    recorder rec;
    int interrupted;
    int started;
    pthread_t thread;
    buf err;                /* the end's failure line: said at the join, after what the
                               shutdown wrote (not in the middle of a traceback of its) */
} finisher;

/* The end, then the quit signals are the program's again, and one that
 * came while the session ended does now what it would have done: here,
 * not at the join, for the shutdown may never end (a __del__ that loops:
 * SIGTERM must still end the process, as python3's). */
static void finisher_end(finisher *f)
{
    end_recording(&f->rec, f->interrupted, &f->err);
    run_quit_released = 1;
    release_quit(f->r);
    if (run_quit_signal) {
        fputs(buf_str(&f->err), stderr);    /* no join will say it */
        raise(run_quit_signal);             /* its default action ends the whole process */
    }
}

static void *finisher_main(void *arg)
{
    finisher_end(arg);
    return NULL;
}

static void finisher_start(finisher *f, runner *r, int interrupted)
{
    f->r = r;
    f->rec = r->rec;
    memset(&r->rec, 0, sizeof r->rec);
    f->interrupted = interrupted;
    f->started = pthread_create(&f->thread, NULL, finisher_main, f) == 0;
    if (!f->started)
        finisher_end(f);
}

/* Waits for the end (at once when it ran at once), then says its failure. */
static void finisher_join(finisher *f)
{
    if (f->started)
        pthread_join(f->thread, NULL);
    fputs(buf_str(&f->err), stderr);
    buf_free(&f->err);
}

/* The ring is about to go: the interpreter makes no more events. */
static void end_events(runner *r)
{
    if (!r->ring)
        return;
    run_quit_ring = NULL;
    if (r->in)                              /* none: as --no-record, its shutdown makes no events
                                               (building them for nobody cost containers'
                                               interp_delete 28 → 43 ms of CPU) */
        interp_set_sink(r->in, NULL, NULL, NULL);
    r->ring = NULL;
}

/* A quit signal arrived: what was recorded is kept as an interrupted
 * session, then the signal does what it would have done. */
static void quit_now(runner *r)
{
    int sig = run_quit_signal;
    fflush(stdout);
    end_events(r);
    finish_recording(&r->rec, 1);
    release_quit(r);
    raise(sig);
}

/* The ring's observer (event.h): what the names watcher asks for
 * (names_watch_use_ring: STEPs while names are stale, the OBJ_NEWs of
 * types it has not seen as plain), the REFs to the objects with a value
 * (names_watch_values), once committed, but for targets it has had a new
 * reference to (the watcher records a value once: ring.ref_seen), and
 * the STEPs after a quit signal, which is polled then: no slot is open.
 * The slow path's calls (ev NULL) are not needed. */
static void observe(void *ud, const hv_event *ev)
{
    runner *r = ud;
    if (!ev)
        return;
    if (ev->kind == EV_STEP && HV_UNLIKELY(run_quit_signal)) {
        quit_now(r);
        return;                             /* the recording is over */
    }
    names_watch_event(r->watch, ev);
    rewatch_after_names();
    if (ev->kind == EV_REF_MOVE || (ev->kind == EV_REF && ev->u.ref.delta > 0))
        r->ring->ref_seen[hv_ring_seen_slot(ev->u.ref.target)] = ev->u.ref.target;
}

/* A write or flush of stdout failed: what was buffered is dropped, as
 * python3's BufferedWriter drops it, and stdout can be written again.
 * Returns the errno. */
static int stdout_failed(void)
{
    int e = errno ? errno : EIO;
    __fpurge(stdout);
    clearerr(stdout);
    return e;
}

static void write_out(void *ud, int fd, const char *p, size_t n)
{
    runner *r = ud;
    FILE *f = fd == 2 ? stderr : stdout;
    if (r->ring)                            /* the write may block (a pipe nobody reads): what the
                                               program did so far is committed meanwhile */
        hv_ring_publish(r->ring);
    errno = 0;
    if (fwrite(p, 1, n, f) < n || ferror(f)) {
        if (fd == 1)
            r->write_errno = stdout_failed();
        else
            clearerr(f);
        return;                             /* not written: not recorded */
    }
    if (r->rec.s)
        session_output(r->rec.s, fd, p, n);
}

/* Before an uncaught exception's traceback (pythonrun.c's flush_io): a
 * failure is dropped silently, the data kept (python3's BufferedWriter
 * keeps what a flush could not write: the last flush fails again). */
static void flush_out(void *ud)
{
    runner *r = ud;
    errno = 0;
    if (fflush(stdout) || ferror(stdout))
        r->flush_errno = stdout_failed();
}

/* file.flush() in the program: out now, so a reader of the pipe (or a
 * file after a kill) has what python3 would have written by then; a
 * failure is the program's BrokenPipeError, its data dropped (python3:
 * `print(i, flush=True)` into `head -1` ends with status 1, not 120). */
static void sync_out(void *ud)
{
    runner *r = ud;
    errno = 0;
    if (fflush(stdout) || ferror(stdout))
        r->write_errno = stdout_failed();
}

/* Py_FinalizeEx's flush_std_files: stdout's last flush failing is reported
 * as an exception ignored, and the process exits 120 whatever the program
 * did (Py_RunMain). */
static int flush_at_exit(runner *r, int status)
{
    errno = 0;
    int e = fflush(stdout) || ferror(stdout) ? stdout_failed() : r->flush_errno;
    if (!e)
        return status;
    fprintf(stderr, "Exception ignored in: <_io.TextIOWrapper name='<stdout>' mode='w' encoding='utf-8'>\n"
                    "%s: [Errno %d] %s\n", e == EPIPE || e == ESHUTDOWN ? "BrokenPipeError" : "OSError", e,
            strerror(e));
    return 120;
}

static void snapshot(void *ud, const char *name)
{
    runner *r = ud;
    if (r->rec.s)
        session_snapshot(r->rec.s, name, "tracemalloc");
}

/* Reads all of f into b: 0, or -1 after a read error. */
static int read_all(FILE *f, buf *b)
{
    char chunk[65536];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
        buf_add(b, chunk, n);
    return ferror(f) ? -1 : 0;
}

int run_read_script(const char *path, buf *b)
{
    if (strcmp(path, "-") == 0) {           /* the program on stdin, as `python3 -` */
        if (read_all(stdin, b) == 0)
            return 0;
        fprintf(stderr, "heapviz: <stdin>: read error: %s\n", strerror(errno));
        return -1;
    }
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
    int bad = read_all(f, b);
    fclose(f);
    if (bad) {
        fprintf(stderr, "heapviz: %s: read error\n", path);
        return -1;
    }
    return 0;
}

/* Starts recording unless --no-record; a failure is one line and the run
 * goes on unrecorded. */
static void begin_recording(runner *r, const cli_opts *o, const buf *src)
{
    if (o->no_record)
        return;
    buf err = BUF_INIT;
    if (store_cmd_record_begin(o, cli_script_label(o->script), buf_str(src), &r->rec, &err)) {
        const char *msg = buf_str(&err);
        int len = (int)strcspn(msg, "\n");
        fprintf(stderr, "%.*s; the run is not recorded\n", len, msg);
    }
    buf_free(&err);
    if (r->rec.s)
        catch_quit(r);
}

/* The script's name as CPython 3.11 uses it (__file__, tracebacks, syntax
 * errors): a relative path joined to the working directory, not
 * normalised ("./x.py" stays "/cwd/./x.py"); "-" (stdin) is "<stdin>". */
static void script_path(const char *script, buf *out)
{
    if (strcmp(script, "-") == 0) {
        buf_adds(out, cli_script_label(script));
        return;
    }
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
 * (an inherited SIG_IGN stays); the old one is saved in r->old_int. */
static void catch_sigint(runner *r)
{
    sigaction(SIGINT, NULL, &r->old_int);
    if (r->old_int.sa_handler == SIG_DFL)
        set_handler(SIGINT, on_sigint);
}

/* Py_FinalizeEx's _PySignal_Fini, after the last flush and before the
 * shutdown (interp_delete, whose __del__s may run long): SIGINT is no
 * KeyboardInterrupt any more but what it was before (its default action:
 * the process dies of it, 130, as python3's).  While a recording ends
 * beside the shutdown it waits for the end as the quit signals do, and
 * the finisher releases it with them. */
static void shutdown_sigint(runner *r, int recording)
{
    if (recording && r->old_int.sa_handler == SIG_DFL) {
        r->int_held = 1;
        set_handler(SIGINT, on_quit);
    } else {
        sigaction(SIGINT, &r->old_int, NULL);
    }
}

/* sys.stdout's buffering (enum interp_stdout), as python3 chooses it. */
static int run_stdout_mode(void)
{
    const char *u = getenv("PYTHONUNBUFFERED");
    if (u && *u)
        return INTERP_STDOUT_WRITE_THROUGH;
    return isatty(STDOUT_FILENO) ? INTERP_STDOUT_LINE : INTERP_STDOUT_BLOCK;
}

/* sys.stdout's encoding and error handler (enum textio_stdio flags). */
static int run_stdio(void)
{
    const char *was = setlocale(LC_CTYPE, NULL);
    char *saved = was ? hv_strdup(was) : NULL;
    const char *now = setlocale(LC_CTYPE, "");      /* as python3 does at start-up */
    char *ctype = hv_strdup(now ? now : "C");
    int flags = textio_stdio_policy(ctype, nl_langinfo(CODESET), getenv("LC_ALL"), getenv("PYTHONUTF8"),
                                    getenv("PYTHONCOERCECLOCALE"));
    setlocale(LC_CTYPE, saved ? saved : "C");
    free(ctype);
    free(saved);
    return flags;
}

extern char **environ;

/* One name or value of n bytes at p, as PyBytes_FromStringAndSize makes
 * it: b'' or a one-byte singleton counts a reference to it. */
static void environ_count(environ_refs *r, const char *p, size_t n)
{
    if (n == 0)
        r->empty++;
    else if (n == 1)
        r->byte[(unsigned char)p[0]]++;
}

void run_environ_refs(environ_refs *r)
{
    memset(r, 0, sizeof *r);
    for (char **e = environ; e && *e; e++) {
        const char *eq = strchr(*e, '=');
        if (!eq)
            continue;
        size_t klen = (size_t)(eq - *e);
        char **d = environ;
        while (d < e && strncmp(*d, *e, klen + 1) != 0)
            d++;
        if (d != e)                                 /* a name seen before: dropped */
            continue;
        environ_count(r, *e, klen);
        environ_count(r, eq + 1, strlen(eq + 1));
    }
}

/* FileIO._blksize of fd: st_blksize, or 0 when fstat fails (python3
 * then uses io.DEFAULT_BUFFER_SIZE). */
static size_t run_blksize(int fd)
{
    struct stat st;
    return fstat(fd, &st) == 0 && st.st_blksize > 0 ? (size_t)st.st_blksize : 0;
}

/* The script's stat(2) as os.stat reports it, known 0 when there is none
 * ("-", or a file that cannot be read). */
static srcstat run_path_stat(const char *path)
{
    srcstat s = {0};
    struct stat st;
    if (!path || strcmp(path, "-") == 0 || stat(path, &st) != 0)
        return s;
    s.known = 1;
    s.mode = st.st_mode;
    s.ino = st.st_ino;
    s.dev = (int64_t)st.st_dev;
    s.nlink = (int64_t)st.st_nlink;
    s.uid = st.st_uid;
    s.gid = st.st_gid;
    s.size = st.st_size;
    s.blksize = st.st_blksize;
    s.blocks = st.st_blocks;
    s.rdev = (int64_t)st.st_rdev;
    const struct timespec *t[3] = {&st.st_atim, &st.st_mtim, &st.st_ctim};
    for (int i = 0; i < 3; i++) {
        s.sec[i] = t[i]->tv_sec;
        s.nsec[i] = t[i]->tv_nsec;
    }
    return s;
}

const char *run_getenv(const char *name)
{
    return getenv(name);
}

void run_host_options(interp_options *opt)
{
    opt->getenv = run_getenv;
    opt->stdout_mode = run_stdout_mode();
    opt->stdout_blksize = run_blksize(STDOUT_FILENO);
    opt->stderr_blksize = run_blksize(STDERR_FILENO);
    opt->stdio = run_stdio();
    run_environ_refs(&opt->environ);
}

int run_script(const cli_opts *o)
{
    buf src = BUF_INIT;
    if (run_read_script(o->script, &src)) {
        buf_free(&src);
        return 2;
    }
    runner r;
    memset(&r, 0, sizeof r);
    begin_recording(&r, o, &src);
    interp_options opt = {.prof = o->profile, .heap_limit = o->heap_limit, .write = write_out, .write_ud = &r,
                          .write_errno = &r.write_errno, .flush = flush_out, .sync = sync_out, .snapshot = snapshot, .snapshot_ud = &r,
                          .interrupt = &run_interrupted};
    if (r.rec.s) {
        r.ring = opt.ring = session_ring(r.rec.s);
        r.ring->observe = observe;
        r.ring->observe_ud = &r;
        r.ring->watch = 1u << EV_OBJ_NEW | 1u << EV_REF | 1u << EV_REF_MOVE;    /* STEP: see observe */
        run_quit_ring = r.ring;
    }
    opt.collector = cli_collector(o);
    run_host_options(&opt);
    opt.source_stat = run_path_stat(o->script);
    catch_sigint(&r);
    /* python3 ignores SIGPIPE (a closed pipe is an EPIPE, BrokenPipeError
     * in the program) and buffers a stdout that is no terminal by 8 KiB */
    void (*old_sigpipe)(int) = signal(SIGPIPE, SIG_IGN);
    if (!isatty(STDOUT_FILENO))
        setvbuf(stdout, NULL, _IOFBF, 8192);
    if (r.rec.s) {
        r.names = names_new();
        r.watch = names_watch_new(r.names, r.rec.s);
        names_watch_use_ring(r.watch, r.ring);
    }
    interp *in = r.in = interp_new(&opt);
    if (r.watch) {
        names_watch_attach(r.watch, in);
        uint64_t lo, hi;
        names_watch_values(r.watch, &lo, &hi);
        if (lo <= hi) {                     /* the REFs the watcher needs (names.h) */
            r.ring->ref_lo = lo;
            r.ring->ref_span = hi - lo + 1;
        }
        names_watch_sync(r.watch);
        rewatch_after_names();
    }
    buf path = BUF_INIT;
    script_path(o->script, &path);
    interp_set_argv0(in, o->script);        /* as typed: python3's sys.argv[0] */
    int status = interp_run(in, buf_str(&src), src.len, buf_str(&path));
    if (status != INTERP_KILLED_BY_SIGINT)
        status = flush_at_exit(&r, status);
    shutdown_sigint(&r, r.rec.s != NULL);
    finisher fin = {0};
    if (r.rec.s) {
        if (run_quit_signal)
            quit_now(&r);
        names_watch_sync(r.watch);          /* what the last statement made */
        /* the interpreter's shutdown is not part of the session */
        end_events(&r);
        finisher_start(&fin, &r, status == INTERP_KILLED_BY_SIGINT);
    }
    if (r.watch)
        names_watch_attach(r.watch, NULL);
    interp_delete(in);
    if (fin.r)
        finisher_join(&fin);
    names_watch_delete(r.watch);
    names_delete(r.names);
    buf_free(&path);
    buf_free(&src);
    sigaction(SIGINT, &r.old_int, NULL);
    signal(SIGPIPE, old_sigpipe);
    if (status == INTERP_KILLED_BY_SIGINT) {    /* as python3: end by the signal itself */
        fflush(stderr);
        signal(SIGINT, SIG_DFL);
        raise(SIGINT);
    }
    return status;
}
