/*
 * app.h — the interactive application: one controller that owns a
 * position in an event stream (stream.h), the views drawing the model at
 * that position, and the keys that move it.  Live mode and replay are the
 * same code; live mode only adds a console that appends to the stream.
 *
 *   backend ──event──▶ app_event ──┬─ mode: help │ prompt │ console │ normal
 *                                  │   normal: key table ─▶ action (seek, play, mark…)
 *                                  │           else       ─▶ the focused view
 *                                  └─▶ flags: redraw, bell, quit
 *   app_draw: layout ─▶ views (program · heap · graph, or one maximised)
 *             ─▶ status line ─▶ narration line ─▶ overlay (help)
 *
 * The screen: panels with a title row each ("▶ 1 program" marks the
 * focus: colour is never the only signal); the status line
 *   step 12/40  event 210/812  ‖ 1x  session 3 "cycles"
 * and the narration line: one sentence about the current step (in
 * presenter mode, a box of PRESENT_BOX_ROWS with the step's caption large).  Below
 * APP_MIN_COLS × APP_MIN_ROWS the screen says "terminal too small".
 *
 * Keys are one table (app.c): it drives both dispatch and the help
 * overlay, so they cannot drift apart.
 */
#ifndef HV_APP_H
#define HV_APP_H

#include "backend.h"
#include "canvas.h"
#include "stream.h"
#include "theme.h"

#include <stddef.h>
#include <stdint.h>

enum { APP_MIN_COLS = 80, APP_MIN_ROWS = 24 };

enum app_flags {
    APP_REDRAW = 1,         /* the screen looks different */
    APP_BELL = 2,           /* nothing to do (an edge, a bad key) */
    APP_QUIT = 4,
    APP_REPAINT = 8,        /* repaint everything (Ctrl-L) */
};

/* The live console: the app asks whether an input is complete and runs
 * it; running appends its events and output to the stream. */
typedef struct app_console {
    int (*incomplete)(void *ud, const char *text, size_t n);
    int (*run)(void *ud, const char *text, size_t n);
    void *ud;
    /* The collector (enum gc_collector) of the live program: want < 0
     * asks, else switches to want; returns the one in use after. */
    int (*collector)(void *ud, int want);
    /* Runs a full collection now, appending its phases to the stream. */
    void (*collect)(void *ud);
    /* The loaded script, which app_run runs once the screen is up (NULL:
     * none, or it ran): interp_run's status (INTERP_KILLED_BY_SIGINT when
     * Ctrl-C stopped it).  Its events and output go to the stream. */
    int (*run_script)(void *ud);
    /* While the program runs (run or run_script), fn(fn_ud) is called a few
     * times a second, from inside it (fn NULL: not at all): app_run's
     * progress screen.  May be NULL. */
    void (*set_tick)(void *ud, void (*fn)(void *fn_ud), void *fn_ud);
} app_console;

typedef struct app_config {
    stream *s;                      /* the caller keeps it alive */
    const theme *th;
    const app_console *console;     /* NULL: no console (replay) */
    /* A snapshot taken with S at position pos (wherever the viewer is):
     * saves it in the session and returns NULL, or says why it cannot
     * ("the session is not recorded").  NULL: snapshots stay on screen. */
    const char *(*snapshot)(void *ud, const char *name, uint64_t pos);
    void *snapshot_ud;
    const char *view;               /* maximise this view at start (NULL: the layout) */
    const char *notice;             /* the first message shown (NULL: none), e.g. an overridden #% profile */
    int present;                    /* start in presenter mode (present.h; key P) */
    int predict;                    /* start in prediction mode (quiz.h; key F) */
} app_config;

typedef struct app app;

/* An app at position 0 of c->s (copied).  Cannot fail. */
app *app_new(const app_config *c);
void app_delete(app *a);

/* Handles one backend event; returns APP_* flags. */
unsigned app_event(app *a, const backend_event *ev);
/* Draws the whole screen into cv (its size is the terminal's). */
void app_draw(app *a, canvas *cv);
/* How long the loop may wait for input: -1, or the play timer in ms. */
int app_timeout(const app *a);
/* Moves to position pos (clamped); returns 0, or -1 with the reason shown
 * in the narration line (the position then stays where it was: a
 * recording damaged further on still shows its good part). */
int app_seek(app *a, uint64_t pos);

/* The instance of the view called name ("graph"), to ask it what it drew
 * (view_graph_boxes()), or NULL. */
void *app_view(const app *a, const char *name);

/* Runs the app on a terminal until the user quits: 0, or -1 with a
 * one-line reason in err when the backend cannot start (the terminal is
 * untouched then). */
int app_run(app *a, const backend_ops *ops, const backend_config *cfg, char *err, size_t errlen);

#endif
