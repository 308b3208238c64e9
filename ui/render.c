/*
 * render.c — `heapviz render` (render.h).
 */
#include "render.h"

#include "backend.h"
#include "buf.h"
#include "demoheap.h"
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

static const view_ops *choose_view(const char *name)
{
    const view_ops *v = view_find(name);
    if (v)
        return v;
    buf names = BUF_INIT;
    view_names(&names);
    if (view_planned(name))
        fprintf(stderr, "heapviz: render: view '%s' is not available yet (available: %s)\n", name,
                buf_str(&names));
    else
        fprintf(stderr, "heapviz: render: unknown view '%s' (views: program heap graph gc stats timeline)\n",
                name);
    buf_free(&names);
    return NULL;
}

int render_command(const cli_opts *o)
{
    setlocale(LC_ALL, "");
    if (o->session || o->at)
        return usage_error("render: %s needs recorded sessions, which are not available yet "
                           "(render draws the demo heap)", o->session ? "--session" : "--at");
    const view_ops *vops = choose_view(o->view ? o->view : "heap");
    if (!vops)
        return 2;
    char err[256];
    theme *th = theme_load(theme_choose(o->theme), err, sizeof err);
    if (!th)
        return usage_error("%s", err);
    int cols = o->cols ? (int)o->cols : DEFAULT_COLS, rows = o->rows ? (int)o->rows : DEFAULT_ROWS;
    demoheap *d = demoheap_new(o->profile ? o->profile : profile_default());
    canvas *cv = canvas_new(cols, rows);
    view_context ctx = {d->model, d->prof, th};
    void *v = vops->init(&ctx);
    vops->draw(v, cv, (canvas_rect){0, 0, cols, rows});
    backend_config cfg = backend_config_default(theme_palette(th));
    cfg.cols = cols;
    cfg.rows = rows;
    cfg.ascii = strcmp(nl_langinfo(CODESET), "UTF-8") != 0;
    backend *be = backend_open(&backend_text_ops, &cfg, err, sizeof err);
    backend_present(be, cv);
    backend_close(be);
    vops->fini(v);
    canvas_delete(cv);
    demoheap_delete(d);
    theme_delete(th);
    return 0;
}
