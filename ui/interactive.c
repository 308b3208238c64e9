/*
 * interactive.c — live and replay on a terminal (interactive.h).
 *
 * Live: the interpreter's events go to a tee (the stream, and the
 * recorder unless --no-record); its output goes to the stream, tagged
 * with the position it was written at.
 *
 *   interp ──emit──▶ tee ──┬──▶ stream (the app steps through it)
 *                          └──▶ session (SQLite, a writer thread)
 */
#include "interactive.h"

#include "app.h"
#include "backend.h"
#include "interp.h"
#include "session.h"
#include "store.h"
#include "store_cmds.h"
#include "theme.h"

#include <errno.h>
#include <locale.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

typedef struct live {
    stream *s;
    recorder rec;
    int recording;
    interp *in;
} live;

static int fail(const char *msg)
{
    fprintf(stderr, "heapviz: %s\n", msg);
    return 2;
}

/* The checks that need no terminal change: a tty on both ends. */
static int need_tty(void)
{
    if (isatty(0) && isatty(1))
        return 0;
    fail("the interactive screen needs a terminal (stdin or stdout is not one); "
         "use `heapviz run SCRIPT.py` for headless output");
    return -1;
}

static const backend_ops *choose_backend(const cli_opts *o)
{
    const backend_ops *ops = o->ui ? backend_find(o->ui) : backend_default();
    if (!ops || strcmp(ops->name, "text") == 0) {
        fprintf(stderr, "heapviz: --ui %s: this build has no such terminal backend\n", o->ui ? o->ui : "");
        return NULL;
    }
    return ops;
}

/* Runs the app on the terminal; the exit status. */
static int run_app(const cli_opts *o, app_config *cfg)
{
    const backend_ops *ops = choose_backend(o);
    if (!ops)
        return 2;
    char err[256];
    theme *th = theme_load(theme_choose(o->theme), err, sizeof err);
    if (!th)
        return fail(err);
    cfg->th = th;
    app *a = app_new(cfg);
    backend_config bc = backend_config_default(theme_palette(th));
    int rc = app_run(a, ops, &bc, err, sizeof err);
    app_delete(a);
    theme_delete(th);
    if (rc) {
        fprintf(stderr, "heapviz: %s; use `heapviz run SCRIPT.py` for headless output\n", err);
        return 2;
    }
    return 0;
}

/* ---- live ------------------------------------------------------------------------- */

/* Names a new object's type the first time it is seen (the class may be
 * gone by the time someone asks), in the stream and the recording. */
static void name_type(live *l, uint64_t type)
{
    const char *name;
    if (!l->in || !type || strcmp(stream_type_name(l->s, type), "object") != 0 ||
        !(name = interp_type_name(l->in, type)))
        return;
    stream_set_type_name(l->s, type, name);
    if (l->recording)
        session_symbol(l->rec.s, type, "type", name);
}

static void tee_emit(void *ud, const hv_event *ev)
{
    live *l = ud;
    stream_emit(l->s, ev);
    if (l->recording)
        session_emit(l->rec.s, ev);
    if (ev->kind == EV_OBJ_NEW)
        name_type(l, ev->u.obj.type);
}

static void live_write(void *ud, int fd, const char *p, size_t n)
{
    live *l = ud;
    stream_output(l->s, fd, p, n);
}

/* tracemalloc.take_snapshot() in the program: at the end of the stream. */
static void live_snapshot(void *ud, const char *name)
{
    live *l = ud;
    stream_snapshot(l->s, name, stream_events(l->s));
    if (l->recording)
        session_snapshot(l->rec.s, name, "tracemalloc");
}

/* S in the app.  The recorder stores snapshots at its own (current) end,
 * so only one taken at the end goes into the database. */
static void ui_snapshot(void *ud, const char *name, uint64_t pos)
{
    live *l = ud;
    if (l->recording && pos == stream_events(l->s))
        session_snapshot(l->rec.s, name, "ui");
}

static int con_incomplete(void *ud, const char *text, size_t n)
{
    live *l = ud;
    return interp_console_incomplete(l->in, text, n);
}

static int con_run(void *ud, const char *text, size_t n)
{
    live *l = ud;
    if (l->recording)
        session_console(l->rec.s, text);
    return interp_console(l->in, text, n);
}

/* The script's text into b; a one-line message and -1 if unreadable. */
static int read_script(const char *path, buf *b)
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
    if (bad)
        fprintf(stderr, "heapviz: %s: read error\n", path);
    return bad ? -1 : 0;
}

static int live_start(live *l, const cli_opts *o, const char *name, const char *source)
{
    const profile *prof = o->profile ? o->profile : profile_default();
    l->s = stream_live_new(prof, name, source);
    if (!o->no_record) {
        buf err = BUF_INIT;
        if (store_cmd_record_begin(o, name, source, &l->rec, &err) != 0) {
            fputs(buf_str(&err), stderr);
            buf_free(&err);
            return -1;
        }
        l->recording = 1;
        stream_set_session(l->s, session_id(l->rec.s));
    }
    interp_options opt = {.prof = prof, .heap_limit = o->heap_limit, .emit = tee_emit, .emit_ud = l,
                          .write = live_write, .write_ud = l, .snapshot = live_snapshot, .snapshot_ud = l};
    l->in = interp_new(&opt);
    for (uint64_t i = 0; i < stream_events(l->s); i++)     /* made before l->in was set */
        if (stream_event(l->s, i)->kind == EV_OBJ_NEW)
            name_type(l, stream_event(l->s, i)->u.obj.type);
    return 0;
}

static int live_finish(live *l, int status)
{
    interp_delete(l->in);
    if (l->recording) {
        buf err = BUF_INIT;
        if (store_cmd_record_end(&l->rec, 0, &err) != 0 && status == 0) {
            fputs(buf_str(&err), stderr);
            status = 2;
        }
        buf_free(&err);
    }
    stream_delete(l->s);
    return status;
}

int interactive_live(const cli_opts *o)
{
    setlocale(LC_ALL, "");
    if (need_tty() || !choose_backend(o))
        return 2;
    buf src = BUF_INIT;
    if (o->script && read_script(o->script, &src)) {
        buf_free(&src);
        return 2;
    }
    live l = {0};
    const char *name = o->script ? o->script : "console";
    if (live_start(&l, o, name, o->script ? buf_str(&src) : NULL)) {
        buf_free(&src);
        return 2;
    }
    if (o->script)
        interp_run(l.in, buf_str(&src), src.len, o->script);
    app_console con = {con_incomplete, con_run, &l};
    app_config cfg = {.s = l.s, .console = &con, .snapshot = ui_snapshot, .snapshot_ud = &l};
    int rc = run_app(o, &cfg);
    buf_free(&src);
    return live_finish(&l, rc);
}

/* ---- replay ------------------------------------------------------------------------- */

stream *interactive_open_session(const cli_opts *o, const char *spec, struct store **st, buf *err)
{
    buf path = BUF_INIT;
    session_row row;
    stream *s = NULL;
    *st = NULL;
    if (o->db)
        buf_adds(&path, o->db);
    if ((o->db || store_default_path(&path, err) == 0) &&
        (*st = store_open(buf_str(&path), STORE_READ, NULL, err)) && session_find(*st, spec, &row, err) == 0) {
        s = stream_replay_open(*st, row.id, err);
        session_row_clear(&row);
    }
    buf_free(&path);
    if (!s) {
        store_close(*st);
        *st = NULL;
    }
    return s;
}

int interactive_replay(const cli_opts *o)
{
    setlocale(LC_ALL, "");
    if (need_tty() || !choose_backend(o))
        return 2;
    buf err = BUF_INIT;
    store *st;
    stream *s = interactive_open_session(o, o->session, &st, &err);
    if (!s) {
        fprintf(stderr, "heapviz: %s\n", buf_str(&err));
        buf_free(&err);
        return 2;
    }
    buf_free(&err);
    app_config cfg = {.s = s};
    int rc = run_app(o, &cfg);
    stream_delete(s);
    store_close(st);
    return rc;
}
