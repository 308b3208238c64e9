/*
 * live.c — the live program behind the app (live.h).
 */
#include "live.h"

#include "interp.h"
#include "names.h"

#include <stdlib.h>
#include <string.h>

struct live {
    stream *s;
    session *rec;           /* NULL: not recorded */
    interp *in;             /* NULL while interp_new runs (it emits already) */
    app_console console;
    int names_stale;        /* objects that bring names appeared since learn_names */
};

/* interp_names' callback: a name the stream's table lacks (or had
 * otherwise) joins it, and the recording when its own name. */
static void learn_name(void *ud, uint64_t addr, uint32_t slot, const char *text)
{
    live *l = ud;
    names_table *n = stream_names(l->s);
    const char *old = names_get(n, addr, slot);
    if (old && strcmp(old, text) == 0)
        return;
    names_put(n, addr, slot, text);
    if (l->rec && slot == NAMES_SELF)
        session_symbol(l->rec, addr, "name", text);
}

/* Brings the names up to date with what the interpreter holds now. */
static void learn_names(live *l)
{
    l->names_stale = 0;
    if (l->in)
        interp_names(l->in, learn_name, l);
}

/* A new object's type is named at once (the class may be gone by the
 * next step); an object that brings names (a class, a function, a code
 * object, or one of a type not named yet) makes the table stale until the
 * next statement begins.  During a collection the interpreter's lists are
 * being moved, so names wait for the next statement. */
static void watch_names(live *l, const hv_event *ev)
{
    if (ev->kind == EV_OBJ_NEW && l->in) {
        uint64_t type = ev->u.obj.type;
        const char *known = names_get(stream_names(l->s), type, NAMES_SELF), *name;
        if (!known && type && (name = interp_type_name(l->in, type)) != NULL)
            learn_name(l, type, NAMES_SELF, known = name);
        if (!known || strcmp(known, "type") == 0 || strcmp(known, "function") == 0 || strcmp(known, "code") == 0)
            l->names_stale = 1;
    } else if (ev->kind == EV_STEP && ev->u.step.what != STEP_GC_PHASE && l->names_stale) {
        learn_names(l);
    }
}

static void tee_emit(void *ud, const hv_event *ev)
{
    live *l = ud;
    stream_emit(l->s, ev);
    if (l->rec)
        session_emit(l->rec, ev);
    watch_names(l, ev);
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
    if (pos != stream_events(l->s))
        return "the recorder stores snapshots at the end; go there (g end) to save one";
    session_snapshot(l->rec, name, "ui");
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
    learn_names(l);
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
    learn_names(l);
}

live *live_new(const profile *prof, uint64_t heap_limit, const char *name, const char *source, session *rec)
{
    live *l = hv_calloc(1, sizeof *l);
    l->s = stream_live_new(prof, name, source);
    l->rec = rec;
    if (rec)
        stream_set_session(l->s, session_id(rec));
    interp_options opt = {.prof = prof, .heap_limit = heap_limit, .emit = tee_emit, .emit_ud = l,
                          .write = live_write, .write_ud = l, .snapshot = program_snapshot, .snapshot_ud = l};
    l->in = interp_new(&opt);
    learn_names(l);                         /* what interp_new made */
    l->console = (app_console){con_incomplete, con_run, l, con_collector, con_collect};
    return l;
}

void live_delete(live *l)
{
    if (!l)
        return;
    l->rec = NULL;          /* the interpreter's shutdown is not part of the session (as run.c) */
    interp_delete(l->in);
    stream_delete(l->s);
    free(l);
}

int live_run_script(live *l, const char *source, size_t n, const char *filename)
{
    int rc = interp_run(l->in, source, n, filename);
    learn_names(l);
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
