/*
 * live.c — the live program behind the app (live.h).
 */
#include "live.h"

#include "interp.h"
#include "names.h"
#include "restore.h"
#include "run.h"

#include <stdlib.h>
#include <string.h>

/* st_blksize of a Linux pseudo-terminal: the size of python3's
 * BufferedWriter under sys.stdout at a terminal. */
#define LIVE_TTY_BLKSIZE 1024

struct live {
    stream *s;
    session *rec;           /* NULL: not recorded */
    interp *in;             /* NULL while interp_new runs (it emits already) */
    app_console console;
    names_watch *names;     /* learns and records names (names.h) */
    const char *script;     /* the script app_run runs (console.run_script set until it ran) */
    size_t script_len;
    const char *filename;
    void (*tick)(void *ud); /* the app's progress while the program runs (NULL: none) */
    void *tick_ud;
    const volatile sig_atomic_t *tick_due;  /* restore.h's tick flag */
};

/* The timer fired (restore.h): the app redraws its progress.  Called
 * between events, or where the interpreter looks at its interrupt flag, so
 * one builtin making millions of events (list(range(10**7))) shows its
 * progress too. */
static void tick_now(live *l)
{
    if (restore_take_tick() && l->tick)
        l->tick(l->tick_ud);
}

static void tee_emit(void *ud, const hv_event *ev)
{
    live *l = ud;
    stream_emit(l->s, ev);
    if (l->rec)
        session_emit(l->rec, ev);
    names_watch_event(l->names, ev);
    if (HV_UNLIKELY(*l->tick_due))
        tick_now(l);
}

/* interp_options.interrupt_check: the flag was set by the tick, a quit
 * signal, or both; KeyboardInterrupt only for a quit signal. */
static int interrupt_check(void *ud)
{
    live *l = ud;
    tick_now(l);
    return restore_take_interrupt();
}

static void live_write(void *ud, int fd, const char *p, size_t n)
{
    live *l = ud;
    stream_output(l->s, fd, p, n);
    if (l->rec && (fd == 1 || fd == 2))     /* console echoes (fd 0) are its console lines */
        session_output(l->rec, fd, p, n);
}

/* tracemalloc.take_snapshot() in the program: at the end of the stream. */
static void program_snapshot(void *ud, const char *name)
{
    live *l = ud;
    stream_snapshot(l->s, name, stream_events(l->s));
    if (l->rec)
        session_snapshot(l->rec, name, "tracemalloc");
}

const char *live_snapshot_taken(void *ud, const char *name, uint64_t pos)
{
    live *l = ud;
    if (!l->rec)
        return "this session is not recorded (--no-record)";
    if (pos > stream_events(l->s))
        return "that position is past the end of the session";
    session_snapshot_at(l->rec, name, "ui", pos, stream_step_of(l->s, pos));  /* the model shown there */
    return NULL;
}

static int con_incomplete(void *ud, const char *text, size_t n)
{
    live *l = ud;
    return interp_console_incomplete(l->in, text, n);
}

static int con_run(void *ud, const char *text, size_t n)
{
    live *l = ud;
    if (l->rec)
        session_console(l->rec, text);
    int rc = interp_console(l->in, text, n);
    names_watch_sync(l->names);
    return rc;
}

static int con_collector(void *ud, int want)
{
    live *l = ud;
    if (want >= 0) {
        interp_set_collector(l->in, want);
        if (l->rec)
            session_console(l->rec, want == COLLECTOR_MARK_SWEEP ? "# collector: mark & sweep" : "# collector: generational");
    }
    return interp_collector(l->in);
}

static void con_collect(void *ud)
{
    live *l = ud;
    if (l->rec)
        session_console(l->rec, "# collect: a full collection");
    interp_collect(l->in);
    names_watch_sync(l->names);
}

static void con_set_tick(void *ud, void (*fn)(void *tick_ud), void *tick_ud)
{
    live *l = ud;
    l->tick = fn;
    l->tick_ud = tick_ud;
}

live *live_new(const profile *prof, uint64_t heap_limit, const char *name, const char *source, session *rec)
{
    live *l = hv_calloc(1, sizeof *l);
    l->s = stream_live_new(prof, name, source);
    l->rec = rec;
    if (rec)
        stream_set_session(l->s, session_id(rec));
    interp_options opt = {.prof = prof, .heap_limit = heap_limit, .emit = tee_emit, .emit_ud = l,
                          .write = live_write, .write_ud = l, .snapshot = program_snapshot, .snapshot_ud = l,
                          .interrupt = restore_interrupt_flag(),    /* Ctrl-C while the program runs */
                          .interrupt_check = interrupt_check, .interrupt_ud = l,
                          .stdout_mode = INTERP_STDOUT_LINE,        /* python3 at a terminal */
                          .inspect = 1,     /* python3 -i: the console follows the script */
                          .getenv = run_getenv,
                          .stdout_blksize = LIVE_TTY_BLKSIZE, .stderr_blksize = LIVE_TTY_BLKSIZE};
    run_environ_refs(&opt.environ);
    l->tick_due = restore_tick_flag();
    l->names = names_watch_new(stream_names(l->s), rec);
    l->in = interp_new(&opt);
    names_watch_attach(l->names, l->in);
    names_watch_sync(l->names);             /* what interp_new made */
    l->console = (app_console){con_incomplete, con_run, l, con_collector, con_collect, NULL, con_set_tick};
    return l;
}

void live_set_collector(live *l, int collector)
{
    interp_set_collector(l->in, collector);
}

void live_delete(live *l)
{
    if (!l)
        return;
    l->rec = NULL;          /* the interpreter's shutdown is not part of the session (as run.c) */
    names_watch_attach(l->names, NULL);     /* the shutdown is not asked for names */
    interp_delete(l->in);
    names_watch_delete(l->names);
    stream_delete(l->s);
    free(l);
}

int live_run_script(live *l, const char *source, size_t n, const char *filename)
{
    int rc = interp_run(l->in, source, n, filename);
    names_watch_sync(l->names);
    return rc;
}

static int con_run_script(void *ud)
{
    live *l = ud;
    l->console.run_script = NULL;           /* once */
    return live_run_script(l, l->script, l->script_len, l->filename);
}

void live_defer_script(live *l, const char *source, size_t n, const char *filename)
{
    l->script = source;
    l->script_len = n;
    l->filename = filename;
    l->console.run_script = con_run_script;
}

stream *live_stream(live *l)
{
    return l->s;
}

const app_console *live_console(live *l)
{
    return &l->console;
}
