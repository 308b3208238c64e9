/*
 * live.c — the live program behind the app (live.h).
 */
#include "live.h"

#include "interp.h"

#include <stdlib.h>
#include <string.h>

struct live {
    stream *s;
    session *rec;           /* NULL: not recorded */
    interp *in;             /* NULL while interp_new runs (it emits already) */
    app_console console;
};

/* Names a new object's type the first time it is seen, in the stream and
 * the recording. */
static void name_type(live *l, uint64_t type)
{
    const char *name;
    if (!l->in || !type || strcmp(stream_type_name(l->s, type), "object") != 0 ||
        !(name = interp_type_name(l->in, type)))
        return;
    stream_set_type_name(l->s, type, name);
    if (l->rec)
        session_symbol(l->rec, type, "type", name);
}

static void tee_emit(void *ud, const hv_event *ev)
{
    live *l = ud;
    stream_emit(l->s, ev);
    if (l->rec)
        session_emit(l->rec, ev);
    if (ev->kind == EV_OBJ_NEW)
        name_type(l, ev->u.obj.type);
}

static void live_write(void *ud, int fd, const char *p, size_t n)
{
    live *l = ud;
    stream_output(l->s, fd, p, n);
}

/* tracemalloc.take_snapshot() in the program: at the end of the stream. */
static void program_snapshot(void *ud, const char *name)
{
    live *l = ud;
    stream_snapshot(l->s, name, stream_events(l->s));
    if (l->rec)
        session_snapshot(l->rec, name, "tracemalloc");
}

void live_snapshot_taken(void *ud, const char *name, uint64_t pos)
{
    live *l = ud;
    if (l->rec && pos == stream_events(l->s))
        session_snapshot(l->rec, name, "ui");
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
    return interp_console(l->in, text, n);
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
    for (uint64_t i = 0; i < stream_events(l->s); i++)     /* made before l->in was set */
        if (stream_event(l->s, i)->kind == EV_OBJ_NEW)
            name_type(l, stream_event(l->s, i)->u.obj.type);
    l->console = (app_console){con_incomplete, con_run, l};
    return l;
}

void live_delete(live *l)
{
    if (!l)
        return;
    interp_delete(l->in);
    stream_delete(l->s);
    free(l);
}

int live_run_script(live *l, const char *source, size_t n, const char *filename)
{
    return interp_run(l->in, source, n, filename);
}

stream *live_stream(live *l)
{
    return l->s;
}

const app_console *live_console(live *l)
{
    return &l->console;
}
