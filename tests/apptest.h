/*
 * apptest.h — the interactive app driven below the terminal, for the app
 * tests (56-app, 76-present): a program runs live (ui/live.c), keys in
 * golden.h's notation go to the app, and the screen is read back as the
 * text backend dumps it.
 *
 *   app_fixture f;
 *   app_fixture_open(&f, name, program, theme, &cfg, console, cols, rows)
 *   app_keys(&f, "g9<Enter>") … app_screen(&f, 0) … app_shows(&f, "text")
 *   app_fixture_close(&f)
 */
#ifndef HV_TESTS_APPTEST_H
#define HV_TESTS_APPTEST_H

#include "testutil.h"
#include "golden.h"

#include "app.h"
#include "live.h"
#include "theme.h"

#include <string.h>

typedef struct app_fixture {
    live *l;
    theme *th;
    app *a;
    canvas *cv;
    buf out;
} app_fixture;

/* Runs program (called name) on the default profile, then opens the app
 * on its stream with cfg's other settings (stream, theme and — if console
 * — the live console are filled in here), at cols × rows. */
static inline void app_fixture_open(app_fixture *f, const char *name, const char *program, const char *theme_name,
                                    const app_config *cfg, int console, int cols, int rows)
{
    char err[256];
    memset(f, 0, sizeof *f);
    f->l = live_new(profile_default(), 0, name, program, NULL);
    assert_int_equal(live_run_script(f->l, program, strlen(program), name), 0);
    f->th = theme_load(theme_name, err, sizeof err);
    if (!f->th)
        fail_msg("%s", err);
    app_config c = *cfg;
    c.s = live_stream(f->l);
    c.th = f->th;
    c.console = console ? live_console(f->l) : NULL;
    f->a = app_new(&c);
    f->cv = canvas_new(cols, rows);
    backend_event rs = {.type = BEV_RESIZE, .x = cols, .y = rows};
    app_event(f->a, &rs);
}

static inline void app_fixture_close(app_fixture *f)
{
    app_delete(f->a);
    canvas_delete(f->cv);
    theme_delete(f->th);
    live_delete(f->l);
    buf_free(&f->out);
}

/* Presses keys, drawing before each as the UI does; returns the flags of
 * the last. */
static inline unsigned app_keys(app_fixture *f, const char *k)
{
    unsigned r = 0;
    backend_event ev;
    while (golden_next_key(&k, &ev)) {
        app_draw(f->a, f->cv);
        r = app_event(f->a, &ev);
    }
    return r;
}

/* The screen now, as text (annotate: colour runs after each row). */
static inline const char *app_screen(app_fixture *f, int annotate)
{
    app_draw(f->a, f->cv);
    buf_clear(&f->out);
    backend_text_dump(f->cv, theme_palette(f->th), annotate, 0, &f->out);
    return buf_str(&f->out);
}

static inline int app_shows(app_fixture *f, const char *text)
{
    return strstr(app_screen(f, 0), text) != NULL;
}

#endif
