/*
 * tui.h — the interactive loop around one view: a backend, a canvas the
 * size of the terminal, and the view drawing into it.
 *
 *   open backend ─▶ draw ─▶ present ─▶ poll ─┬─ key/mouse ─▶ view ─▶ redraw?
 *                     ▲                      ├─ resize ─▶ new canvas ───┤
 *                     └──────────────────────┴──────────────────────────┘
 *   q, Ctrl-C, BEV_QUIT (SIGTERM, SIGHUP, SIGINT) ─▶ close backend (terminal restored)
 *
 * Ctrl-L repaints the whole screen.  Keys the view ignores ring the bell
 * only when the view says so (VIEW_BELL).
 */
#ifndef HV_TUI_H
#define HV_TUI_H

#include "backend.h"
#include "view.h"

typedef struct tui_config {
    const backend_ops *backend;     /* which backend */
    backend_config cfg;             /* its configuration */
    const view_ops *view;           /* the view, maximised */
    view_context ctx;               /* what it draws */
} tui_config;

/* Runs until the user quits.  Returns 0, or -1 with a one-line reason in
 * err when the backend cannot start (the terminal is untouched then). */
int tui_run(const tui_config *c, char *err, size_t errlen);

#endif
