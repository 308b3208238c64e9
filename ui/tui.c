/*
 * tui.c — the interactive loop (tui.h).
 */
#include "tui.h"

#include <string.h>

static void redraw(const tui_config *c, void *v, backend *be, canvas *cv)
{
    c->view->draw(v, cv, (canvas_rect){0, 0, canvas_cols(cv), canvas_rows(cv)});
    backend_present(be, cv);
}

static int is_quit(const backend_event *ev)
{
    if (ev->type == BEV_QUIT)
        return 1;
    return ev->type == BEV_KEY && ev->key == BKEY_TEXT &&
           ((ev->mod == 0 && strcmp(ev->text, "q") == 0) || (ev->mod == BMOD_CTRL && strcmp(ev->text, "c") == 0));
}

static int is_repaint(const backend_event *ev)
{
    return ev->type == BEV_KEY && ev->key == BKEY_TEXT && ev->mod == BMOD_CTRL && strcmp(ev->text, "l") == 0;
}

int tui_run(const tui_config *c, char *err, size_t errlen)
{
    backend *be = backend_open(c->backend, &c->cfg, err, errlen);
    if (!be)
        return -1;
    int cols, rows;
    backend_size(be, &cols, &rows);
    canvas *cv = canvas_new(cols, rows);
    void *v = c->view->init(&c->ctx);
    c->view->resize(v, cols, rows);
    redraw(c, v, be, cv);
    for (;;) {
        backend_event ev;
        backend_poll(be, -1, &ev);
        if (is_quit(&ev))
            break;
        if (ev.type == BEV_RESIZE) {
            canvas_resize(cv, ev.x, ev.y);
            c->view->resize(v, ev.x, ev.y);
            redraw(c, v, be, cv);
        } else if (is_repaint(&ev)) {
            canvas_invalidate(cv);
            redraw(c, v, be, cv);
        } else if (ev.type == BEV_KEY || ev.type == BEV_MOUSE) {
            unsigned r = c->view->key(v, &ev);
            if (r & VIEW_BELL)
                backend_bell(be);
            if (r & VIEW_REDRAW)
                redraw(c, v, be, cv);
        }
    }
    c->view->fini(v);
    canvas_delete(cv);
    backend_close(be);
    return 0;
}
