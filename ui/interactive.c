/*
 * interactive.c — live and replay on a terminal (interactive.h): checks
 * the terminal, reads the script, begins and ends the recording, and hands
 * a stream to the app (live.h runs the program).
 */
#include "interactive.h"

#include "app.h"
#include "backend.h"
#include "demo.h"
#include "demo_cmd.h"
#include "present.h"
#include "live.h"
#include "run.h"
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
    fail("the interactive screen needs a terminal (stdin or stdout is not one); try `heapviz run`");
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
    cfg->present = o->present || o->demo;
    cfg->predict = o->predict;
    theme *th = theme_load(present_theme(o->theme, cfg->present), err, sizeof err);
    if (!th)
        return fail(err);
    cfg->th = th;
    app *a = app_new(cfg);
    backend_config bc = backend_config_default(theme_palette(th));
    int rc = app_run(a, ops, &bc, err, sizeof err);
    app_delete(a);
    theme_delete(th);
    if (rc) {
        fprintf(stderr, "heapviz: %s; try `heapviz run`\n", err);
        return 2;
    }
    return 0;
}

/* ---- live ------------------------------------------------------------------------- */

/* Begins the recording (unless --no-record): 0, or -1 after a message. */
static int record_begin(const cli_opts *o, const char *name, const char *source, recorder *rec)
{
    memset(rec, 0, sizeof *rec);
    if (o->no_record)
        return 0;
    buf err = BUF_INIT;
    int rc = store_cmd_record_begin(o, name, source, rec, &err);
    fputs(buf_str(&err), stderr);
    buf_free(&err);
    return rc;
}

static int record_end(recorder *rec, int status)
{
    if (!rec->s)
        return status;
    buf err = BUF_INIT;
    if (store_cmd_record_end(rec, 0, &err) != 0 && status == 0) {
        fputs(buf_str(&err), stderr);
        status = 2;
    }
    buf_free(&err);
    return status;
}

/* The live app on a program (NULL: the console alone) called name;
 * notice (NULL: none) is the first message on the screen. */
static int run_live(const cli_opts *o, const char *name, const char *source, size_t n, const char *notice)
{
    recorder rec;
    const char *label = cli_script_label(name);
    if (record_begin(o, label, source, &rec))
        return 2;
    live *l = live_new(o->profile ? o->profile : profile_default(), o->heap_limit, label, source, rec.s);
    live_set_collector(l, cli_collector(o));
    if (source)
        live_defer_script(l, source, n, name);      /* the app runs it, its screen up */
    app_config cfg = {.s = live_stream(l), .console = live_console(l), .snapshot = live_snapshot_taken,
                      .snapshot_ud = l, .notice = notice};
    int rc = run_app(o, &cfg);
    live_delete(l);
    return record_end(&rec, rc);
}

int interactive_live(const cli_opts *o)
{
    setlocale(LC_ALL, "");
    if (need_tty() || !choose_backend(o))
        return 2;
    if (!o->script)
        return run_live(o, "console", NULL, 0, NULL);
    buf src = BUF_INIT;
    int rc = run_read_script(o->script, &src) ? 2 : run_live(o, o->script, buf_str(&src), src.len, NULL);
    buf_free(&src);
    return rc;
}

int interactive_demo(const cli_opts *o)
{
    setlocale(LC_ALL, "");
    if (!choose_backend(o))
        return 2;
    buf err = BUF_INIT, notice = BUF_INIT;
    demo *d = demo_load(o->demo, &err);
    if (!d) {
        fprintf(stderr, "heapviz: %s\n", buf_str(&err));
        buf_free(&err);
        return 2;
    }
    cli_opts dem;           /* the demo's #% settings, unless the command line says otherwise */
    if (demo_cmd_options(d, o, &dem, &notice)) {
        demo_free(d);
        buf_free(&err);
        buf_free(&notice);
        return 2;
    }
    char name[96];
    snprintf(name, sizeof name, "demo:%s", o->demo);
    size_t n;
    const char *text = demo_source_text(d, &n);
    int rc = run_live(&dem, name, text, n, notice.len ? buf_str(&notice) : NULL);
    demo_free(d);
    buf_free(&err);
    buf_free(&notice);
    return rc;
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

/* S in a replay: the snapshot goes into the session's file through a
 * connection of its own that writes (the replay reads through another). */
typedef struct replay_saver {
    const char *path;       /* the database file */
    stream *s;              /* the replay (its session and steps) */
    buf why;                /* why the last one was not saved */
} replay_saver;

static const char *replay_snapshot_taken(void *ud, const char *name, uint64_t pos)
{
    replay_saver *rs = ud;
    buf_clear(&rs->why);
    store *st = store_open(rs->path, STORE_WRITE, NULL, &rs->why);
    int rc = !st || session_add_snapshot(st, stream_session(rs->s), name, "ui", pos, stream_step_of(rs->s, pos),
                                         &rs->why);
    store_close(st);
    return rc ? buf_str(&rs->why) : NULL;
}

int interactive_replay(const cli_opts *o)
{
    setlocale(LC_ALL, "");
    buf err = BUF_INIT;
    store *st;
    stream *s = interactive_open_session(o, o->session, &st, &err);     /* a wrong session first */
    if (!s) {
        fprintf(stderr, "heapviz: %s\n", buf_str(&err));
        buf_free(&err);
        return 2;
    }
    buf_free(&err);
    replay_saver saver = {store_path(st), s, BUF_INIT};
    app_config cfg = {.s = s, .snapshot = replay_snapshot_taken, .snapshot_ud = &saver};
    int rc = need_tty() || !choose_backend(o) ? 2 : run_app(o, &cfg);
    buf_free(&saver.why);
    stream_delete(s);
    store_close(st);
    return rc;
}
