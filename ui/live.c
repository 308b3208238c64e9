/*
 * live.c — the live program behind the app (live.h).
 */
#include "live.h"

#include "interp.h"
#include "names.h"
#include "restore.h"

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
};

static void tee_emit(void *ud, const hv_event *ev)
{
    live *l = ud;
    stream_emit(l->s, ev);
    if (l->rec)
        session_emit(l->rec, ev);
    names_watch_event(l->names, ev);
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

live *live_new(const profile *prof, uint64_t heap_limit, const char *name, const char *source, session *rec)
{
    live *l = hv_calloc(1, sizeof *l);
    l->s = stream_live_new(prof, name, source);
    l->rec = rec;
    if (rec)
        stream_set_session(l->s, session_id(rec));
    interp_options opt = {.prof = prof, .heap_limit = heap_limit, .emit = tee_emit, .emit_ud = l,
                          .write = live_write, .write_ud = l, .snapshot = program_snapshot, .snapshot_ud = l,
                          .interrupt = restore_interrupt_flag(),    /* Ctrl-C while the console runs */
                          .stdout_mode = INTERP_STDOUT_LINE,        /* python3 at a terminal */
                          .stdout_blksize = LIVE_TTY_BLKSIZE, .stderr_blksize = LIVE_TTY_BLKSIZE};
    l->names = names_watch_new(stream_names(l->s), rec);
    l->in = interp_new(&opt);
    names_watch_attach(l->names, l->in);
    names_watch_sync(l->names);             /* what interp_new made */
    l->console = (app_console){con_incomplete, con_run, l, con_collector, con_collect};
    return l;
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

stream *live_stream(live *l)
{
    return l->s;
}

const app_console *live_console(live *l)
{
    return &l->console;
}
