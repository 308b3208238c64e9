/*
 * render.c — `heapviz render` (render.h).
 */
#include "render.h"

#include "app.h"
#include "backend.h"
#include "buf.h"
#include "interactive.h"
#include "store.h"
#include "store_cmds.h"
#include "present.h"
#include "theme.h"
#include "view.h"

#include <langinfo.h>
#include <locale.h>
#include <stdio.h>
#include <string.h>

enum { DEFAULT_COLS = 120, DEFAULT_ROWS = 40 };

static int usage_error(const char *fmt, const char *arg)
{
    fputs("heapviz: ", stderr);
    fprintf(stderr, fmt, arg);
    fputc('\n', stderr);
    return 2;
}

/* NULL (the layout) is fine; a name must be a view this build has. */
static int check_view(const char *name)
{
    if (!name || view_find(name))
        return 0;
    buf names = BUF_INIT;
    view_names(&names);
    if (view_planned(name))
        fprintf(stderr, "heapviz: render: view '%s' is not available yet (available: %s)\n", name,
                buf_str(&names));
    else
        fprintf(stderr, "heapviz: render: unknown view '%s' (views: program heap graph gc stats timeline)\n",
                name);
    buf_free(&names);
    return -1;
}

/* The app's screen at pos, as text on stdout: 0, or -1 with why in err
 * (the recording cannot be replayed to pos). */
static int print_screen(stream *s, const theme *th, const cli_opts *o, uint64_t pos, int cols, int rows,
                        buf *err)
{
    app_config cfg = {.s = s, .th = th, .view = o->view, .present = o->present};
    app *a = app_new(&cfg);
    if (stream_seek(s, pos, err)) {
        app_delete(a);
        return -1;
    }
    app_seek(a, pos);
    backend_event rs = {.type = BEV_RESIZE, .x = cols, .y = rows};
    app_event(a, &rs);
    canvas *cv = canvas_new(cols, rows);
    app_draw(a, cv);
    backend_config bc = backend_config_default(theme_palette(th));
    bc.cols = cols;
    bc.rows = rows;
    bc.ascii = strcmp(nl_langinfo(CODESET), "UTF-8") != 0;
    char why[256];
    backend *be = backend_open(&backend_text_ops, &bc, why, sizeof why);
    backend_present(be, cv);
    backend_close(be);
    canvas_delete(cv);
    app_delete(a);
    return 0;
}

/* The position of --at in the replayed stream s of st: 0, or -1 with the
 * message every command gives a STEP that names nothing. */
static int resolve_at(store *st, stream *s, const char *at, uint64_t *pos, buf *err)
{
    if (stream_resolve(s, at, pos, err) == 0)
        return 0;
    stream_snap snaps[8];
    const char *names[HV_COUNTOF(snaps)];
    size_t n = stream_snapshots(s, snaps, HV_COUNTOF(snaps));
    for (size_t i = 0; i < n && i < HV_COUNTOF(snaps); i++)
        names[i] = snaps[i].name;
    store_cmd_bad_at(err, store_path(st), stream_session(s), at, stream_steps(s), names, n);
    return -1;
}

int render_command(const cli_opts *o)
{
    setlocale(LC_ALL, "");
    if (check_view(o->view))
        return 2;
    char err[256];
    theme *th = theme_load(present_theme(o->theme, o->present), err, sizeof err);
    if (!th)
        return usage_error("%s", err);
    buf why = BUF_INIT;
    store *st;
    uint64_t pos = 0;
    stream *s = interactive_open_session(o, o->session, &st, &why);
    int rc = !s || resolve_at(st, s, o->at ? o->at : "end", &pos, &why) != 0 ||
             print_screen(s, th, o, pos, o->cols ? (int)o->cols : DEFAULT_COLS,
                          o->rows ? (int)o->rows : DEFAULT_ROWS, &why) != 0;
    if (rc)
        fprintf(stderr, "heapviz: %s\n", buf_str(&why));
    stream_delete(s);
    store_close(st);
    buf_free(&why);
    theme_delete(th);
    return rc ? 2 : 0;
}
