/*
 * progview.h — what the graph and GC view tests share: a real program run
 * through the interpreter with every event applied to a heap model (and
 * kept, so the model can step back and forth), the names table filled
 * from the interpreter as the program runs, a view drawn on a canvas and
 * compared as text with a golden screen (tests/golden/NAME.txt; `make
 * update-goldens` rewrites them with HV_UPDATE_GOLDEN=1).
 */
#ifndef HV_PROGVIEW_H
#define HV_PROGVIEW_H

#include "testutil.h"
#include "golden.h"

#include "backend.h"
#include "interp.h"
#include "model.h"
#include "names.h"
#include "theme.h"
#include "view.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct prog {
    interp *in;
    model *m;
    names_table *names;
    hv_event *log;          /* every event applied, in order */
    size_t nlog, logcap, at;/* at: events applied to m */
    uint64_t steps;         /* STEP events seen */
    int closing;            /* the interpreter is being deleted: events ignored */
} prog;

static inline void prog_emit(void *ud, const hv_event *ev)
{
    prog *p = ud;
    if (p->closing)
        return;
    if (ev->kind == EV_STEP)
        interp_names(p->in, names_add, p->names);  /* names of what exists now */
    if (!model_knows(ev->kind))
        return;
    if (model_apply(p->m, ev) != 0)
        fail_msg("event %zu (%s) does not fit the model", p->nlog, event_name(ev->kind));
    hv_grow(&p->log, &p->logcap, p->nlog + 1, sizeof *p->log, 1024);
    p->log[p->nlog++] = *ev;
    p->at = p->nlog;
    p->steps += ev->kind == EV_STEP;
}

static inline void prog_write(void *ud, int fd, const char *s, size_t n)
{
    (void)ud, (void)fd, (void)s, (void)n;
}

/* Runs src to its end, every event applied and logged (prog_seek then
 * moves the model anywhere in the log). */
static inline void prog_run(prog *p, const char *src)
{
    memset(p, 0, sizeof *p);
    p->m = model_new(profile_default());
    p->names = names_new();
    interp_options o = {.prof = profile_default(), .emit = prog_emit, .emit_ud = p, .write = prog_write};
    p->in = interp_new(&o);
    interp_values(p->in, names_add, p->names);    /* the static objects' values */
    interp_run(p->in, src, strlen(src), "prog.py");
}

/* Moves the model to the state after event `at` (0 ≤ at ≤ nlog). */
static inline void prog_seek(prog *p, size_t at)
{
    while (p->at > at)
        if (model_unapply(p->m, &p->log[--p->at]) != 0)
            fail_msg("unapply of event %zu refused", p->at);
    while (p->at < at)
        if (model_apply(p->m, &p->log[p->at++]) != 0)
            fail_msg("apply of event %zu refused", p->at - 1);
}

/* The position just before the first statement on line `line` begins
 * (the state after everything before it), or the end. */
static inline size_t prog_line_pos(const prog *p, uint32_t line)
{
    for (size_t i = 0; i < p->nlog; i++)
        if (p->log[i].kind == EV_STEP && p->log[i].u.step.what == STEP_STATEMENT && p->log[i].site == line)
            return i;
    return p->nlog;
}

static inline void prog_free(prog *p)
{
    p->closing = 1;
    interp_delete(p->in);
    model_delete(p->m);
    names_delete(p->names);
    free(p->log);
}

/* ---- screens ----------------------------------------------------------- */

typedef struct screen {
    const view_ops *ops;
    theme *th;
    canvas *cv;
    void *v;
    int cols, rows;
} screen;

static inline void screen_open(screen *s, const view_ops *ops, const prog *p, const char *theme_name, int cols, int rows)
{
    char err[256];
    s->ops = ops;
    s->th = theme_load(theme_name, err, sizeof err);
    if (!s->th)
        fail_msg("%s", err);
    s->cols = cols;
    s->rows = rows;
    s->cv = canvas_new(cols, rows);
    view_context ctx = {p->m, profile_default(), s->th, NULL};
    s->v = ops->init(&ctx);
}

static inline void screen_close(screen *s)
{
    s->ops->fini(s->v);
    canvas_delete(s->cv);
    theme_delete(s->th);
}

static inline void screen_draw(screen *s)
{
    s->ops->draw(s->v, s->cv, (canvas_rect){0, 0, s->cols, s->rows});
}

/* Keys in a tiny notation: letters as typed, <Name> for keys; each key
 * acts on the screen last drawn, as in the UI. */
static inline void screen_press(screen *s, const char *keys)
{
    static const struct {
        const char *name;
        enum backend_key key;
    } names[] = {
        {"<Up>", BKEY_UP}, {"<Down>", BKEY_DOWN}, {"<Left>", BKEY_LEFT}, {"<Right>", BKEY_RIGHT},
        {"<Tab>", BKEY_TAB}, {"<BackTab>", BKEY_BACKTAB}, {"<Home>", BKEY_HOME}, {"<End>", BKEY_END},
        {"<PgDn>", BKEY_PAGEDOWN}, {"<PgUp>", BKEY_PAGEUP},
    };
    for (const char *k = keys; *k;) {
        backend_event ev = {.type = BEV_KEY, .key = BKEY_TEXT};
        size_t used = 1;
        for (size_t i = 0; i < HV_COUNTOF(names); i++)
            if (strncmp(k, names[i].name, strlen(names[i].name)) == 0) {
                ev.key = names[i].key;
                used = strlen(names[i].name);
            }
        if (ev.key == BKEY_TEXT)
            ev.text[0] = *k;
        k += used;
        screen_draw(s);
        s->ops->key(s->v, &ev);
    }
}

static inline void screen_text(screen *s, buf *out, int annotate)
{
    buf_clear(out);
    backend_text_dump(s->cv, theme_palette(s->th), annotate, 0, out);
}

static inline int screen_has(screen *s, const char *needle)
{
    buf out = BUF_INIT;
    screen_text(s, &out, 0);
    int found = strstr(buf_str(&out), needle) != NULL;
    if (!found)
        printf("# looked for \"%s\" in:\n%s", needle, buf_str(&out));
    buf_free(&out);
    return found;
}

/* The cell where `needle` starts on screen: 1 and *x, *y, or 0. */
static inline int screen_find(screen *s, const char *needle, int *x, int *y)
{
    for (int r = 0; r < s->rows; r++) {
        char line[4096];
        int col[1024];
        size_t len = 0;
        for (int c = 0; c < s->cols && len + 8 < sizeof line; c++) {
            const char *t = canvas_cell_at(s->cv, c, r)->text;
            for (size_t k = 0; t[k] && len < HV_COUNTOF(col); k++) {
                col[len] = c;
                line[len++] = t[k];
            }
        }
        line[len] = 0;
        const char *hit = strstr(line, needle);
        if (hit) {
            *x = col[hit - line];
            *y = r;
            return 1;
        }
    }
    return 0;
}

/* Compares the screen with tests/golden/NAME.txt, or writes it when
 * HV_UPDATE_GOLDEN is set. */
static inline void screen_golden(screen *s, const char *name)
{
    buf got = BUF_INIT;
    screen_text(s, &got, 1);
    check_golden(name, &got);
    buf_free(&got);
}

#endif
