/*
 * app.c — the interactive application (app.h).
 *
 * Invariants:
 *   1. every view instance's context holds the stream's current model
 *      (a replay seek that loads a keyframe replaces the model: the views
 *      are made again, see retarget());
 *   2. bookmarks[] is sorted and holds no duplicates;
 *   3. the narration describes the current position (renarrate() after
 *      every move).
 *
 * Modes: NORMAL (the key table, then the focused view), HELP (any key
 * closes the overlay), PROMPT (a one-line question: go to step, find),
 * CONSOLE (keys edit the >>> line), QUIZ (prediction mode's question or
 * result: keys go to quiz.h).  Presenter mode (present.h) is not a mode of
 * keys: it changes the screen and makes autoplay stop at captions.
 */
#include "app.h"

#include "console.h"
#include "demo.h"
#include "map.h"
#include "narrate.h"
#include "present.h"
#include "quiz.h"
#include "interp.h"
#include "restore.h"
#include "view.h"
#include "view_gc.h"
#include "view_graph.h"
#include "view_heap.h"

#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

enum { NVIEWS = 6, NPANELS = 3 };
enum mode { MODE_NORMAL, MODE_HELP, MODE_PROMPT, MODE_CONSOLE, MODE_QUIZ };
enum prompt_kind { PROMPT_GOTO, PROMPT_FIND };
enum run_kind { RUN_NONE, RUN_SCRIPT, RUN_STATEMENT };

/* The views by digit (1-6), as DESIGN.md numbers them. */
static const char *const view_names_by_digit[NVIEWS] = {"program", "heap", "graph", "gc", "stats", "timeline"};
static const char *const view_titles[NVIEWS] = {"program", "heap map", "object graph", "collector", "stats",
                                                "timeline"};
/* The default layout's panels (view indexes). */
static const int panel_views[NPANELS] = {0, 1, 2};

static const double speeds[] = {0.25, 0.5, 1, 2, 4, 8, 16};   /* steps a second */

/* The narrations of the last positions told, so stepping back and forth
 * over a step of millions of events tells it once (narrate.h reads all its
 * events: a fifth of a second for three million).  A position's sentence
 * never changes while the stream has the same events (appending some, in
 * live mode, empties the cache). */
enum { TOLD_MAX = 4 };
typedef struct told {
    uint64_t pos;                   /* the position told */
    buf text;                       /* narrate_position's sentence */
    narrate_changes ch;             /* …and what it touched (clauses from text's start) */
    uint64_t used;                  /* when it was last used (0: empty) */
} told;
enum { SPEED_1X = 2 };

struct app {
    app_config cfg;
    stream *s;
    const theme *th;
    view_session ss;                /* shared with the views */
    view_context ctx;
    const view_ops *ops[NVIEWS];    /* NULL: not in this build */
    void *inst[NVIEWS];
    const model *model;             /* the model the views were made with */
    canvas_rect area[NVIEWS];       /* where each view was drawn last (w 0: not shown) */
    int cols, rows;
    int maximised;                  /* a view index, or -1: the layout */
    int too_small;                  /* the screen says "terminal too small": only q and Ctrl-C act */
    int focus;                      /* a view index */
    enum mode mode;
    enum prompt_kind prompt;
    buf prompt_text;
    console *con;
    int playing, speed;
    uint64_t *bookmarks;            /* steps (invariant 2) */
    size_t nbookmarks, bookcap;
    unsigned snapshots;             /* S presses, for names */
    uint64_t keys_pressed;          /* keys so far (a confirmation is the very next key) */
    uint64_t collect_asked;         /* the key that asked G's question (0: none) */
    buf narration;                  /* invariant 3 */
    told told[TOLD_MAX];            /* recent narrations */
    uint64_t told_events;           /* the stream's events when they were told */
    uint64_t told_clock;
    narrate_changes changes;
    buf message;                    /* shown instead of the narration until the next key */
    buf note;                       /* the console's note */
    demo *captions;                 /* the source's #: captions (demo.h), if any */
    present *pr;                    /* presenter mode's state (present.h) */
    int presenting;                 /* presenter mode is on */
    int caption_stop;               /* autoplay stopped at a caption here */
    quiz *qz;                       /* prediction mode's (quiz.h) */
    int predicting;                 /* prediction mode is on */
    backend *be;                    /* app_run's terminal and canvas (NULL outside it) */
    canvas *cv;
    uint64_t drawn_keys;            /* keys_pressed at the last app_draw */
    enum run_kind running;          /* the program runs now (app_tick draws its progress) */
    long run_began;                 /* when it began (ms, monotonic) */
    backend_event *ahead;           /* input read while it ran, for after (oldest first) */
    size_t nahead, aheadcap, aheadtaken;
    int quit_after;                 /* q or a quit signal while it ran: quit once it stopped */
};

/* ---- views --------------------------------------------------------------------- */

/* The views that label objects take the stream's names table (names.h):
 * one table, live or replay, for every view. */
static const struct {
    const view_ops *ops;
    void (*set_names)(void *v, const names_table *n);
} named_views[] = {
    {&view_graph_ops, view_graph_set_names},
    {&view_gc_ops, view_gc_set_names},
};

static void give_names(app *a, int i)
{
    for (size_t k = 0; k < HV_COUNTOF(named_views); k++)
        if (a->ops[i] == named_views[k].ops)
            named_views[k].set_names(a->inst[i], stream_names(a->s));
}

static void views_make(app *a)
{
    a->model = stream_model(a->s);
    a->ctx = (view_context){a->model, stream_profile(a->s), a->th, &a->ss};
    for (int i = 0; i < NVIEWS; i++) {
        a->ops[i] = view_find(view_names_by_digit[i]);
        a->inst[i] = a->ops[i] ? a->ops[i]->init(&a->ctx) : NULL;
        if (a->inst[i])
            give_names(a, i);
        if (a->inst[i] && a->cols)
            a->ops[i]->resize(a->inst[i], a->cols, a->rows);
    }
    if (a->inst[1] && a->ops[1] == &view_heap_ops)
        view_heap_set_cells(a->inst[1], a->presenting);
}

static void views_free(app *a)
{
    for (int i = 0; i < NVIEWS; i++)
        if (a->inst[i])
            a->ops[i]->fini(a->inst[i]);
}

/* Invariant 1. */
static void retarget(app *a)
{
    if (stream_model(a->s) == a->model)
        return;
    views_free(a);
    views_make(a);
}

/* ---- moving ---------------------------------------------------------------------- */

static uint64_t cur_step(const app *a);
static void sync_focus(app *a);
static int ask_first(app *a);

static void set_message(app *a, const char *fmt, ...) HV_PRINTF(2, 3);
static void set_message(app *a, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    buf_clear(&a->message);
    buf_vprintf(&a->message, fmt, ap);
    va_end(ap);
}

static void update_note(app *a)
{
    buf_clear(&a->note);
    a->ss.note = NULL;
    if (!a->con)
        return;
    uint64_t end = stream_events(a->s);
    if (stream_position(a->s) < end && stream_source(a->s)[0]) {
        buf_adds(&a->note, "(the console runs at the end)");
        a->ss.note = buf_str(&a->note);
    }
}

/* The caption of the step the position ends (a statement's #:, a
 * collector phase's #@), or NULL. */
static const char *step_caption(const app *a)
{
    uint64_t step = cur_step(a);
    if (stream_position(a->s) != stream_step_end(a->s, step))
        return NULL;
    const demo_caption *c = demo_caption_get(a->captions, (size_t)present_caption(a->captions, a->s, step));
    return c ? c->text : NULL;
}

/* The step's caption (a demo's, or any script's) leads, then what the
 * events did; presenter mode shows the caption apart (present_draw). */
/* The cached narration of the current position, told now if it was not. */
static const told *tell(app *a)
{
    uint64_t pos = stream_position(a->s), events = stream_events(a->s);
    told *t = &a->told[0];
    if (events != a->told_events)
        for (int i = 0; i < TOLD_MAX; i++)
            a->told[i].used = 0;
    a->told_events = events;
    for (int i = 0; i < TOLD_MAX; i++) {
        if (a->told[i].used && a->told[i].pos == pos) {
            a->told[i].used = ++a->told_clock;
            return &a->told[i];
        }
        if (a->told[i].used < t->used)
            t = &a->told[i];                /* the least recently used */
    }
    buf_clear(&t->text);
    narrate_position(a->s, &t->text, &t->ch);
    t->pos = pos;
    t->used = ++a->told_clock;
    return t;
}

static void renarrate(app *a)
{
    buf_clear(&a->narration);
    const char *cap = step_caption(a);
    if (cap && !a->presenting)
        buf_printf(&a->narration, "%s — ", cap);
    const told *t = tell(a);
    size_t at = a->narration.len;           /* the clauses move along by the caption */
    buf_add(&a->narration, buf_str(&t->text), t->text.len);
    a->changes = t->ch;
    for (size_t i = 0; i < a->changes.nclauses; i++) {
        a->changes.clause[i].start += at;
        a->changes.clause[i].end += at;
    }
    update_note(a);
}

int app_seek(app *a, uint64_t pos)
{
    buf err = BUF_INIT, again = BUF_INIT;
    uint64_t was = stream_position(a->s);
    int rc = stream_seek(a->s, pos, &err);
    if (rc && stream_seek(a->s, was <= stream_events(a->s) ? was : 0, &again))
        stream_seek(a->s, 0, &again);   /* a damaged recording: back where it was (or the start) */
    buf_free(&again);
    retarget(a);
    renarrate(a);
    if (rc)
        set_message(a, "cannot move there: %s", buf_str(&err));
    buf_free(&err);
    return rc;
}

static uint64_t cur_step(const app *a)
{
    return stream_step_of(a->s, stream_position(a->s));
}

static unsigned seek_or_bell(app *a, uint64_t pos, int possible)
{
    if (!possible)
        return APP_BELL;
    app_seek(a, pos);
    return APP_REDRAW;
}

static unsigned act_next_step(app *a, const backend_event *ev)
{
    (void)ev;
    uint64_t pos = stream_position(a->s), step = cur_step(a);
    if (ask_first(a))
        return APP_REDRAW;
    if (pos < stream_step_end(a->s, step))
        return seek_or_bell(a, stream_step_end(a->s, step), 1);
    return seek_or_bell(a, stream_step_end(a->s, step + 1), step < stream_steps(a->s));
}

static unsigned act_prev_step(app *a, const backend_event *ev)
{
    (void)ev;
    uint64_t step = cur_step(a);
    return seek_or_bell(a, step ? stream_step_end(a->s, step - 1) : 0, stream_position(a->s) > 0);
}

static unsigned act_next_event(app *a, const backend_event *ev)
{
    (void)ev;
    uint64_t pos = stream_position(a->s);
    return seek_or_bell(a, pos + 1, pos < stream_events(a->s));
}

static unsigned act_prev_event(app *a, const backend_event *ev)
{
    (void)ev;
    uint64_t pos = stream_position(a->s);
    return seek_or_bell(a, pos ? pos - 1 : 0, pos > 0);
}

static unsigned act_play(app *a, const backend_event *ev)
{
    (void)ev;
    if (!a->playing && stream_position(a->s) >= stream_events(a->s)) {
        app_seek(a, 0);     /* play again from the start */
        present_rewind(a->pr);
    }
    a->playing = !a->playing;
    return APP_REDRAW;
}

static unsigned act_speed(app *a, const backend_event *ev)
{
    int up = ev->text[0] == '+' || ev->text[0] == '=';
    int to = a->speed + (up ? 1 : -1);
    if (to < 0 || to >= (int)HV_COUNTOF(speeds))
        return APP_BELL;
    a->speed = to;
    return APP_REDRAW;
}

/* ---- bookmarks and snapshots ---------------------------------------------------- */

static unsigned act_bookmark(app *a, const backend_event *ev)
{
    (void)ev;
    uint64_t step = cur_step(a);
    size_t i = 0;
    while (i < a->nbookmarks && a->bookmarks[i] < step)
        i++;
    if (i < a->nbookmarks && a->bookmarks[i] == step) {
        memmove(&a->bookmarks[i], &a->bookmarks[i + 1], (a->nbookmarks - i - 1) * sizeof *a->bookmarks);
        a->nbookmarks--;
        set_message(a, "%s", "bookmark removed");
    } else {
        hv_grow(&a->bookmarks, &a->bookcap, a->nbookmarks + 1, sizeof *a->bookmarks, 8);
        memmove(&a->bookmarks[i + 1], &a->bookmarks[i], (a->nbookmarks - i) * sizeof *a->bookmarks);
        a->bookmarks[i] = step;
        a->nbookmarks++;
        set_message(a, "%s", "bookmark set: [ and ] jump between bookmarks");
    }
    a->ss.bookmarks = a->bookmarks;
    a->ss.nbookmarks = a->nbookmarks;
    return APP_REDRAW;
}

static unsigned act_jump_bookmark(app *a, const backend_event *ev)
{
    int fwd = ev->text[0] == ']';
    uint64_t step = cur_step(a), pos = stream_position(a->s);
    int at_end = pos == stream_step_end(a->s, step);
    for (size_t k = 0; k < a->nbookmarks; k++) {
        size_t i = fwd ? k : a->nbookmarks - 1 - k;
        uint64_t b = a->bookmarks[i];
        if (fwd ? (b > step || (b == step && !at_end)) : b < step)
            return seek_or_bell(a, stream_step_end(a->s, b), 1);
    }
    set_message(a, "no bookmark %s this step (m sets one)", fwd ? "after" : "before");
    return APP_BELL | APP_REDRAW;
}

static unsigned act_snapshot(app *a, const backend_event *ev)
{
    (void)ev;
    char name[32];
    uint64_t pos = stream_position(a->s), old;
    do                                      /* a replayed session may have ui-1 already */
        snprintf(name, sizeof name, "ui-%u", ++a->snapshots);
    while (stream_find_snapshot(a->s, name, &old));
    stream_snapshot(a->s, name, pos);
    const char *why = a->cfg.snapshot ? a->cfg.snapshot(a->cfg.snapshot_ud, name, pos) : "nothing records this screen";
    if (why)
        set_message(a, "snapshot '%s' shown here only, not saved: %s (key 6 lists it)", name, why);
    else
        set_message(a, "snapshot '%s' saved at step %llu (key 6 lists it; heapviz stats --at %s)", name,
                    (unsigned long long)cur_step(a), name);
    return APP_REDRAW;
}

/* ---- prompts: go to step, find object ----------------------------------------------- */

static unsigned act_prompt(app *a, const backend_event *ev)
{
    a->mode = MODE_PROMPT;
    a->prompt = ev->text[0] == '/' ? PROMPT_FIND : PROMPT_GOTO;
    buf_clear(&a->prompt_text);
    a->playing = 0;
    return APP_REDRAW;
}

static void submit_goto(app *a, const char *t)
{
    uint64_t pos;
    if (!t[0])
        return;                 /* Enter on an empty prompt only closes it */
    buf err = BUF_INIT;
    if (stream_resolve(a->s, t, &pos, &err) == 0)
        app_seek(a, pos);
    else
        set_message(a, "%s", buf_str(&err));
    buf_free(&err);
}

/* The live objects at the position (the model's, in creation order): the
 * oldest whose address or type name matches t, into *found: 1, else 0.
 * An address is one lookup; a type name one pass that compares names once
 * per type (a million objects of a few types cost milliseconds). */
typedef struct find_ctx {
    app *a;
    const char *name;
    map types;              /* type address → 2 if its name matches, 1 if not */
    model_obj *found;
} find_ctx;

static int find_type(void *ud, const model_obj *o)
{
    find_ctx *f = ud;
    uint64_t v;
    if (!map_get(&f->types, o->type, &v)) {
        v = strcmp(stream_type_name(f->a->s, o->type), f->name) == 0 ? 2 : 1;
        map_put(&f->types, o->type, v);
    }
    if (v == 2)
        *f->found = *o;
    return v == 2;
}

static int find_object(app *a, const char *t, model_obj *found)
{
    const model *m = stream_model(a->s);
    if (strncmp(t, "0x", 2) == 0)
        return model_obj_info(m, strtoull(t + 2, NULL, 16), found);
    find_ctx f = {a, t, MAP_INIT, found};
    int rc = model_obj_each(m, find_type, &f);
    map_free(&f.types);
    return rc;
}

static void submit_find(app *a, const char *t)
{
    model_obj o;
    char msg[200];
    if (!find_object(a, t, &o)) {
        snprintf(msg, sizeof msg, "no live object matches '%.40s' (an address 0x…, or a type name)", t);
        set_message(a, "%s", msg);
        return;
    }
    /* Focus moves to the heap map only where it is on screen: keys must not
     * go to a hidden panel while another view is maximised. */
    int heap_shown = a->maximised < 0 || a->maximised == 1, graph_max = a->maximised == 2;
    char by[24] = "outside any line";
    if (o.site)
        snprintf(by, sizeof by, "by line %u", o.site);
    snprintf(msg, sizeof msg, "found %s at 0x%llx (%u bytes, created %s): %s",
             stream_type_name(a->s, o.type), (unsigned long long)o.addr, o.size, by,
             graph_max ? "selected in the object graph" : heap_shown ? "shown on the heap map"
                                                          : "2 shows it on the heap map, 3 in the graph");
    set_message(a, "%s", msg);
    a->ss.selected = o.addr;                    /* the heap map marks its blocks, the graph selects it */
    if (a->inst[2] && a->ops[2] == &view_graph_ops)
        view_graph_select(a->inst[2], o.addr);
    if (a->inst[1] && view_heap_goto(a->inst[1], o.addr) == 0 && heap_shown)
        a->focus = 1;
}

static unsigned prompt_key(app *a, const backend_event *ev)
{
    if (ev->type != BEV_KEY)
        return 0;
    if (ev->key == BKEY_ESC) {
        a->mode = MODE_NORMAL;
    } else if (ev->key == BKEY_ENTER) {
        a->mode = MODE_NORMAL;
        buf_clear(&a->message);
        (a->prompt == PROMPT_GOTO ? submit_goto : submit_find)(a, buf_str(&a->prompt_text));
    } else if (ev->key == BKEY_BACKSPACE) {
        if (!a->prompt_text.len)
            return APP_BELL;
        do a->prompt_text.len--; while (a->prompt_text.len && (a->prompt_text.data[a->prompt_text.len] & 0xc0) == 0x80);
        a->prompt_text.data[a->prompt_text.len] = 0;
    } else if (ev->key == BKEY_TEXT && !(ev->mod & BMOD_CTRL) && a->prompt_text.len < 60) {
        buf_adds(&a->prompt_text, ev->text);
    } else {
        return APP_BELL;
    }
    return APP_REDRAW;
}

/* ---- the console ------------------------------------------------------------------ */

static unsigned act_console(app *a, const backend_event *ev)
{
    (void)ev;
    if (!a->con) {
        set_message(a, "%s", "no console in a replay: start `heapviz SCRIPT.py` for a live one");
        return APP_BELL | APP_REDRAW;
    }
    a->mode = MODE_CONSOLE;
    a->ss.console_active = 1;
    a->playing = 0;
    if (a->maximised >= 0 && a->maximised != 0)
        a->maximised = 0;
    a->focus = 0;
    return APP_REDRAW;
}

/* ---- the collector keys (live only) --------------------------------------------------- */

static const char *collector_label(int collector)
{
    return collector == COLLECTOR_MARK_SWEEP ? "mark & sweep" : "generational";
}

/* 1 after saying why the collector keys do nothing here (a replay), else 0. */
static int collector_keys_refused(app *a)
{
    const app_console *c = a->cfg.console;
    if (c && c->collector)
        return 0;
    set_message(a, "%s", "a replay shows the collector that was recorded: run `heapviz --collector mark-sweep SCRIPT.py` for the other");
    return 1;
}

static unsigned act_switch_collector(app *a, const backend_event *ev)
{
    (void)ev;
    if (collector_keys_refused(a))
        return APP_BELL | APP_REDRAW;
    const app_console *c = a->cfg.console;
    int now = c->collector(c->ud, c->collector(c->ud, -1) == COLLECTOR_MARK_SWEEP ? COLLECTOR_GENERATIONAL
                                                                                 : COLLECTOR_MARK_SWEEP);
    a->ss.collector = now;
    char line[64];
    int n = snprintf(line, sizeof line, "# collector: %s\n", collector_label(now));
    stream_output(a->s, 0, line, (size_t)n);
    set_message(a, "collections now run %s (G: collect now)", collector_label(now));
    return APP_REDRAW;
}

/* 1 after asking whether to collect, when the viewer is before the live
 * end: the interpreter has run the program to there (a script runs whole
 * at the start), so a collection can only follow all of it.  The very next
 * key G confirms; any other key drops the question. */
static int collect_asks_first(app *a)
{
    uint64_t end = stream_events(a->s);
    if (stream_position(a->s) >= end || (a->collect_asked && a->collect_asked + 1 == a->keys_pressed))
        return 0;
    a->collect_asked = a->keys_pressed;
    set_message(a, "G collects after the program's end (step %llu), not here: G again to go on",
                (unsigned long long)stream_steps(a->s));
    return 1;
}

/* A full collection at the end of the stream; the app moves to its start,
 * so its phases are stepped through like any step. */
static unsigned act_collect(app *a, const backend_event *ev)
{
    (void)ev;
    if (collector_keys_refused(a))
        return APP_BELL | APP_REDRAW;
    if (collect_asks_first(a))
        return APP_REDRAW;
    a->collect_asked = 0;
    const app_console *c = a->cfg.console;
    uint64_t start = stream_events(a->s);
    int moved = stream_position(a->s) != start;
    app_seek(a, start);
    a->playing = 0;
    static const char note[] = "# collect: a full collection\n";
    stream_output(a->s, 0, note, sizeof note - 1);
    c->collect(c->ud);
    app_seek(a, start);
    set_message(a, "a full collection (%s) follows%s: → steps through its phases",
                collector_label(a->ss.collector), moved ? " the program's end" : "");
    return APP_REDRAW;
}

/* Echoes the input with its prompts into the output: ">>> " before the
 * first line, "... " before the others (a block's closing empty line too). */
static void echo_input(app *a, const char *text)
{
    buf e = BUF_INIT;
    const char *p = text;
    for (int first = 1;; first = 0) {
        size_t len = strcspn(p, "\n");
        buf_adds(&e, first ? ">>> " : "... ");
        buf_add(&e, p, len);
        buf_addc(&e, '\n');
        if (!p[len])
            break;
        p += len + 1;
    }
    stream_output(a->s, 0, buf_str(&e), e.len);
    buf_free(&e);
}

/* ---- the program running ----------------------------------------------------------
 *
 * While a script or a statement runs, the app is not in its loop: the
 * interpreter calls app_tick a few times a second (restore.h's timer,
 * live.h), which redraws.  Ctrl-C is a SIGINT then (KeyboardInterrupt).
 * Running the loaded script, the tick also reads the input: a resize is
 * drawn at once; q or a quit signal stops the script and quits after; any
 * other input waits in `ahead` for the loop, as a terminal keeps
 * type-ahead.  A console statement's tick leaves the input where it is
 * (a paste's next lines, then Esc: read early, an Esc the backend holds
 * for a key sequence's rest would meet the q typed after it and read as
 * Alt-q), so the screen keeps its size until the statement ends. */

static long now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (long)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

static void stop_and_quit(app *a)
{
    a->quit_after = 1;
    restore_interrupt();
}

/* All of it: a paste of ten thousand lines runs line by line after. */
static void keep_ahead(app *a, const backend_event *ev)
{
    hv_grow(&a->ahead, &a->aheadcap, a->nahead + 1, sizeof *a->ahead, 64);
    a->ahead[a->nahead++] = *ev;
}

static void app_tick(void *ud)
{
    app *a = ud;
    backend_event ev;
    while (a->running == RUN_SCRIPT) {
        backend_poll(a->be, 0, &ev);
        if (ev.type == BEV_TIMER)
            break;
        if (ev.type == BEV_RESIZE) {
            canvas_resize(a->cv, ev.x, ev.y);
            app_event(a, &ev);
        } else if (ev.type == BEV_QUIT ||
                   (ev.type == BEV_KEY && ev.key == BKEY_TEXT && !ev.mod && strcmp(ev.text, "q") == 0)) {
            stop_and_quit(a);
        } else {
            keep_ahead(a, &ev);
        }
    }
    app_draw(a, a->cv);
    backend_present(a->be, a->cv);
}

/* Runs the console's statement or script (run_script: text NULL), with the
 * progress screen and Ctrl-C as above; returns its status. */
static int run_program(app *a, enum run_kind kind, const char *text, size_t n)
{
    const app_console *c = a->cfg.console;
    a->running = kind;
    a->ss.running = 1;
    a->run_began = now_ms();
    if (a->be && c->set_tick)
        c->set_tick(c->ud, app_tick, a);
    restore_busy(1);
    int rc = kind == RUN_SCRIPT ? c->run_script(c->ud) : c->run(c->ud, text, n);
    restore_busy(0);
    if (c->set_tick)
        c->set_tick(c->ud, NULL, NULL);
    a->running = RUN_NONE;
    a->ss.running = 0;
    return rc;
}

/* The line of the last statement step (the script's end, a collection's
 * phases have none); 0 if there is none. */
static unsigned last_statement_line(stream *s)
{
    for (uint64_t step = stream_steps(s); step > 0; step--) {
        unsigned ln = stream_step_line(s, step);
        if (ln)
            return ln;
    }
    return 0;
}

/* The loaded script, once the screen is up; then the app is at step 0.
 * Stopped by Ctrl-C, it says where, and that what ran is kept. */
static void run_script(app *a)
{
    int rc = run_program(a, RUN_SCRIPT, NULL, 0);
    app_seek(a, 0);
    if (rc == INTERP_KILLED_BY_SIGINT && !a->quit_after)
        set_message(a, "Ctrl-C: KeyboardInterrupt at line %u; what ran is kept (g end: its traceback)",
                    last_statement_line(a->s));
}

/* The statement runs now.  The screen says so first (when it is up to
 * date: not in the middle of a paste), as the screen waits for it; Ctrl-C
 * interrupts it with KeyboardInterrupt, as in python3 (restore.h). */
static void console_run(app *a, const char *text, size_t n)
{
    if (a->be && a->keys_pressed == a->drawn_keys + 1) {   /* only this Enter since the last frame */
        set_message(a, "%s", "running… Ctrl-C interrupts it");
        app_draw(a, a->cv);
        backend_present(a->be, a->cv);
    }
    run_program(a, RUN_STATEMENT, text, n);
    buf_clear(&a->message);
}

static void console_submit(app *a)
{
    buf text = BUF_INIT;
    console_text(a->con, &text);
    const app_console *c = a->cfg.console;
    if (text.len && c->incomplete(c->ud, buf_str(&text), text.len)) {
        console_continue(a->con);
        buf_free(&text);
        return;
    }
    app_seek(a, stream_events(a->s));   /* the interpreter is at the end */
    echo_input(a, buf_str(&text));
    if (text.len)
        console_run(a, buf_str(&text), text.len);
    console_commit(a->con);
    app_seek(a, stream_events(a->s));
    buf_free(&text);
}

static unsigned view_flags(app *a, unsigned r);

/* Ctrl-C at >>> never quits (a second Ctrl-C meant for a long statement
 * would end the session): it drops the input, as python3's console does. */
static unsigned console_ctrl_c(app *a)
{
    if (console_drop(a->con))
        set_message(a, "%s", "input dropped (Ctrl-C): Esc leaves the console, then q quits");
    else
        set_message(a, "%s", "Ctrl-C stops a running statement: Esc leaves the console, then q quits");
    return APP_REDRAW;
}

static unsigned console_mode_key(app *a, const backend_event *ev)
{
    if (ev->type == BEV_KEY && ev->key == BKEY_TEXT && ev->mod == BMOD_CTRL && strcmp(ev->text, "c") == 0)
        return console_ctrl_c(a);
    switch (console_key(a->con, ev)) {
    case CONSOLE_EDITED: return APP_REDRAW;
    case CONSOLE_SUBMIT: console_submit(a); return APP_REDRAW;
    case CONSOLE_LEAVE:
        a->mode = MODE_NORMAL;
        a->ss.console_active = 0;
        return APP_REDRAW;
    default:                                /* PgUp / PgDn: the program view scrolls the output */
        if (ev->type != BEV_KEY || (ev->key != BKEY_PAGEUP && ev->key != BKEY_PAGEDOWN) || !a->inst[0])
            return 0;
        return view_flags(a, a->ops[0]->key(a->inst[0], ev));
    }
}

/* ---- layout keys ------------------------------------------------------------------ */

static unsigned act_maximise(app *a, const backend_event *ev)
{
    int v = ev->text[0] - '1';
    a->maximised = a->maximised == v ? -1 : v;
    a->focus = v;
    sync_focus(a);
    return APP_REDRAW;
}

/* The panels the layout shows now, in Tab order (view indexes); returns
 * how many.  Presenter mode shows one main view (present_main_view), with
 * the program beside it when the screen is big enough
 * (present_side_by_side); otherwise the three default panels. */
static int layout_panels(const app *a, int out[NPANELS])
{
    if (!a->presenting) {
        memcpy(out, panel_views, sizeof panel_views);
        return NPANELS;
    }
    const char *name = present_main_view(a->captions, a->s, cur_step(a));
    int n = 0;
    if (present_side_by_side(a->cols, a->rows))
        out[n++] = 0;
    out[n] = 2;
    for (int i = 0; i < NVIEWS; i++)
        if (strcmp(view_names_by_digit[i], name) == 0)
            out[n] = i;
    return n + 1;
}

/* Keeps the focus on a panel the layout shows (presenter mode's main view
 * changes with the step). */
static void sync_focus(app *a)
{
    int p[NPANELS], n = layout_panels(a, p);
    if (a->maximised >= 0)
        return;
    for (int k = 0; k < n; k++)
        if (p[k] == a->focus)
            return;
    a->focus = p[n - 1];
}

static unsigned act_focus(app *a, const backend_event *ev)
{
    (void)ev;
    if (a->maximised >= 0)
        return APP_BELL;
    int p[NPANELS], n = layout_panels(a, p), k = 0;
    while (k < n && p[k] != a->focus)
        k++;
    a->focus = p[(k + 1) % n];
    return APP_REDRAW;
}

static unsigned act_help(app *a, const backend_event *ev)
{
    (void)ev;
    a->mode = MODE_HELP;
    return APP_REDRAW;
}

static unsigned act_quit(app *a, const backend_event *ev)
{
    (void)a;
    (void)ev;
    return APP_QUIT;
}

/* The object graph: every object, or the program's only (view_graph.h). */
static unsigned act_graph_all(app *a, const backend_event *ev)
{
    (void)ev;
    if (!a->inst[2] || a->ops[2] != &view_graph_ops)
        return APP_BELL;
    int all = !view_graph_showing_all(a->inst[2]);
    view_graph_show_all(a->inst[2], all);
    set_message(a, "%s", all ? "object graph: every object, the interpreter's own included (a: the program's)"
                             : "object graph: the program's objects (a: every object)");
    return APP_REDRAW;
}

static unsigned view_flags(app *a, unsigned r);

/* Why alive, from any panel: the object graph takes the focus (and the
 * screen, when another view is maximised) and shows or hides the path from
 * a root to its selected object. */
static unsigned act_why(app *a, const backend_event *ev)
{
    if (!a->inst[2] || a->ops[2] != &view_graph_ops)
        return APP_BELL;
    if (a->maximised >= 0)
        a->maximised = 2;
    a->focus = 2;
    return APP_REDRAW | view_flags(a, a->ops[2]->key(a->inst[2], ev));
}

static unsigned act_repaint(app *a, const backend_event *ev)
{
    (void)a;
    (void)ev;
    return APP_REPAINT | APP_REDRAW;
}

/* ---- classroom: presenter and prediction modes (present.h, quiz.h) ------------------ */

/* Presenter mode on or off: the narration box and the heap map's large
 * cells (the theme is chosen at start: app_config.present). */
static void set_presenting(app *a, int on)
{
    a->presenting = on;
    a->caption_stop = 0;
    if (a->inst[1] && a->ops[1] == &view_heap_ops)
        view_heap_set_cells(a->inst[1], on);
    renarrate(a);
}

static unsigned act_present(app *a, const backend_event *ev)
{
    (void)ev;
    set_presenting(a, !a->presenting);
    set_message(a, "%s", a->presenting ? "presenter mode: space plays and stops at each caption; P leaves it"
                                       : "presenter mode off (P turns it on again)");
    return APP_REDRAW;
}

static unsigned act_predict(app *a, const backend_event *ev)
{
    (void)ev;
    a->predicting = !a->predicting;
    buf b = BUF_INIT;
    quiz_describe_score(a->qz, &b);
    set_message(a, a->predicting ? "prediction mode: before a step %s, you say what it will do (%s)"
                                 : "prediction mode off (%s%s)",
                a->predicting ? (demo_nquestions(a->captions) ? "marked #?" : "that frees objects") : "",
                buf_str(&b));
    buf_free(&b);
    return APP_REDRAW;
}

/* In prediction mode, at the end of a step worth asking about: the
 * question comes first (the move waits for the answer). */
static int ask_first(app *a)
{
    if (!a->predicting || stream_position(a->s) != stream_step_end(a->s, cur_step(a)) || !quiz_ask(a->qz, a->s))
        return 0;
    a->mode = MODE_QUIZ;
    a->playing = 0;
    return 1;
}

/* Runs the step asked about and shows how the answer fared. */
static void quiz_submit(app *a)
{
    app_seek(a, quiz_end(a->qz));
    quiz_check(a->qz);
}

static unsigned quiz_mode_key(app *a, const backend_event *ev)
{
    if (ev->type != BEV_KEY)
        return 0;
    if (quiz_state(a->qz) == QUIZ_RESULT) {
        quiz_close(a->qz);
        a->mode = MODE_NORMAL;
        return APP_REDRAW;
    }
    switch (quiz_key(a->qz, ev)) {
    case QUIZ_EDITED: return APP_REDRAW;
    case QUIZ_SUBMIT: quiz_submit(a); return APP_REDRAW;
    case QUIZ_SKIP:
        quiz_close(a->qz);
        a->mode = MODE_NORMAL;
        app_seek(a, quiz_end(a->qz));
        return APP_REDRAW;
    default: return APP_BELL;
    }
}

/* After an autoplay step: presenter mode stops at a caption's first showing. */
static void autoplay_stop(app *a)
{
    a->caption_stop = 0;
    uint64_t step = cur_step(a);
    if (a->presenting && stream_position(a->s) == stream_step_end(a->s, step) &&
        present_stop_here(a->pr, a->s, step))
        a->playing = 0, a->caption_stop = 1;
}

/* The status line's word on the classroom modes: "  predict: score 4/10
 * over 1 step".  Returns the column after. */
static int status_modes(app *a, canvas *cv, int x, int y, canvas_style st)
{
    if (!a->predicting)
        return x;
    buf b = BUF_INIT;
    buf_adds(&b, "  predict: ");
    quiz_describe_score(a->qz, &b);
    x = view_put(cv, x, y, a->cols, buf_str(&b), st);
    buf_free(&b);
    return x;
}

/* The presenter's narration box at the bottom of the screen. */
static void draw_present(app *a, canvas *cv, int y)
{
    char footer[200];
    uint64_t step = cur_step(a);
    unsigned line = stream_step_line(a->s, step);
    buf header = BUF_INIT, printed = BUF_INIT;
    buf_printf(&header, "step %llu/%llu", (unsigned long long)step, (unsigned long long)stream_steps(a->s));
    unsigned by = line ? 0 : present_collection_line(a->s, step);
    if (line || by) {
        buf_printf(&header, by ? " · collection at line %u: " : " · line %u: ", line ? line : by);
        present_source_line(stream_source(a->s), line ? line : by, &header);
    }
    if (stream_position(a->s) == stream_step_end(a->s, step))
        present_printed(a->s, stream_step_begin(a->s, step), stream_position(a->s), &printed);
    buf score = BUF_INIT;
    if (a->predicting) {
        buf_adds(&score, " · ");
        quiz_describe_score(a->qz, &score);
    }
    snprintf(footer, sizeof footer, "%s · space: %s · →: next step · P: leave presenter%s",
             a->playing ? "▶ playing" : a->caption_stop ? "‖ paused at a caption" : "‖ paused",
             a->playing ? "pause" : "play on", buf_str(&score));
    buf_free(&score);
    int msg = a->message.len > 0;
    present_text t = {buf_str(&header), step_caption(a), buf_str(&printed),
                      buf_str(msg ? &a->message : &a->narration), footer, msg};
    present_draw(cv, a->th, (canvas_rect){0, y, a->cols, PRESENT_BOX_ROWS}, &t);
    buf_free(&header);
    buf_free(&printed);
}

/* ---- the key table ---------------------------------------------------------------- */

typedef struct key_spec {
    enum backend_key key;
    const char *chars;      /* BKEY_TEXT: any one of these characters */
    unsigned mod;
} key_spec;

typedef struct binding {
    key_spec keys[2];       /* either; key BKEY_NONE: unused */
    const char *label;      /* as help shows the keys */
    const char *help;
    unsigned (*fn)(app *a, const backend_event *ev);
} binding;

#define TEXT(s) {BKEY_TEXT, s, 0}
#define KEY(k) {k, NULL, 0}
static const binding bindings[] = {
    {{KEY(BKEY_RIGHT), TEXT("n")}, "→ n", "next step", act_next_step},
    {{KEY(BKEY_LEFT), TEXT("p")}, "← p", "previous step", act_prev_step},
    {{TEXT(".")}, ". ,", "one event forward / back", act_next_event},
    {{TEXT(",")}, NULL, NULL, act_prev_event},
    {{TEXT("g")}, "g", "go to a step (a number, end, or a snapshot)", act_prompt},
    {{TEXT(" ")}, "space", "play / pause", act_play},
    {{TEXT("+=-")}, "+ -", "play faster / slower", act_speed},
    {{TEXT("m")}, "m", "bookmark this step (again: remove)", act_bookmark},
    {{TEXT("[]")}, "[ ]", "previous / next bookmark", act_jump_bookmark},
    {{TEXT("S")}, "S", "take a snapshot here (saved in the session)", act_snapshot},
    {{TEXT("P")}, "P", "presenter mode: big captions, play pauses at captions", act_present},
    {{TEXT("F")}, "F", "prediction mode: guess what a step does, then check", act_predict},
    {{TEXT("/")}, "/", "find an object (0x address or type name)", act_prompt},
    {{TEXT(":")}, ":", "the >>> console (Esc leaves it; PgUp: output)", act_console},
    {{TEXT("C")}, "C", "switch collector: generational / mark & sweep", act_switch_collector},
    {{TEXT("G")}, "G", "collect after the program's end (live), by phase", act_collect},
    {{TEXT("a")}, "a", "object graph: every object / the program's", act_graph_all},
    {{TEXT("w")}, "w", "why alive: the path from a root", act_why},
    {{KEY(BKEY_TAB)}, "Tab", "focus the next panel", act_focus},
    {{TEXT("123456")}, "1-6", "maximise a view (again: the layout)", act_maximise},
    {{TEXT("?")}, "?", "this help", act_help},
    {{{BKEY_TEXT, "l", BMOD_CTRL}}, "Ctrl-L", "repaint the screen", act_repaint},
    {{TEXT("q"), {BKEY_TEXT, "c", BMOD_CTRL}}, "q", "quit", act_quit},
};

static int spec_matches(const key_spec *k, const backend_event *ev)
{
    if (k->key == BKEY_NONE || k->key != ev->key || k->mod != ev->mod)
        return 0;
    return k->key != BKEY_TEXT || (ev->text[0] && !ev->text[1] && strchr(k->chars, ev->text[0]));
}

static const binding *find_binding(const backend_event *ev)
{
    for (size_t i = 0; i < HV_COUNTOF(bindings); i++)
        for (int k = 0; k < 2; k++)
            if (spec_matches(&bindings[i].keys[k], ev))
                return &bindings[i];
    return NULL;
}

/* ---- dispatch ---------------------------------------------------------------------- */

static int view_at(const app *a, int x, int y)
{
    for (int i = 0; i < NVIEWS; i++) {
        canvas_rect r = a->area[i];
        if (r.w && x >= r.x && x < r.x + r.w && y >= r.y - 1 && y < r.y + r.h)
            return i;
    }
    return -1;
}

static unsigned view_flags(app *a, unsigned r)
{
    unsigned f = 0;
    if (r & VIEW_GOTO)
        app_seek(a, a->ss.request);
    if (r & (VIEW_REDRAW | VIEW_GOTO))
        f |= APP_REDRAW;
    if (r & VIEW_BELL)
        f |= APP_BELL;
    return f;
}

static unsigned mouse(app *a, const backend_event *ev)
{
    int v = view_at(a, ev->x, ev->y);
    if (v < 0)
        return 0;
    unsigned f = 0;
    if (ev->mouse == BMOUSE_PRESS && a->focus != v) {
        a->focus = v;
        f = APP_REDRAW;
    }
    return a->inst[v] ? f | view_flags(a, a->ops[v]->key(a->inst[v], ev)) : f;
}

static unsigned normal_key(app *a, const backend_event *ev)
{
    const binding *b = find_binding(ev);
    if (b) {
        if (b->fn != act_play && b->fn != act_speed && b->fn != act_help)
            a->playing = 0;
        if (b->fn != act_help && b->fn != act_speed)
            a->caption_stop = 0;        /* the footer's "paused at a caption" ends with any move */
        return b->fn(a, ev);
    }
    sync_focus(a);
    if (a->inst[a->focus])
        return view_flags(a, a->ops[a->focus]->key(a->inst[a->focus], ev));
    return 0;
}

/* A key while the screen says "terminal too small": q or Ctrl-C quits, as
 * the screen says; any other key or click would change what cannot be
 * seen (a step taken, a view maximised, a console line run blind), so it
 * only rings the bell. */
static unsigned too_small_key(const backend_event *ev)
{
    if (ev->type != BEV_KEY)
        return 0;
    int q = ev->key == BKEY_TEXT && !strcmp(ev->text, "q") && !(ev->mod & BMOD_CTRL);
    int ctrl_c = ev->key == BKEY_TEXT && !strcmp(ev->text, "c") && (ev->mod & BMOD_CTRL);
    return q || ctrl_c ? APP_QUIT : APP_BELL;
}

unsigned app_event(app *a, const backend_event *ev)
{
    if (ev->type == BEV_QUIT)
        return APP_QUIT;
    if (ev->type == BEV_TIMER) {
        if (!a->playing)
            return 0;
        if (act_next_step(a, ev) & APP_BELL)
            a->playing = 0;
        autoplay_stop(a);
        return APP_REDRAW;
    }
    if (ev->type == BEV_RESIZE) {
        a->cols = ev->x;
        a->rows = ev->y;
        a->too_small = a->cols < APP_MIN_COLS || a->rows < APP_MIN_ROWS;
        for (int i = 0; i < NVIEWS; i++)
            if (a->inst[i])
                a->ops[i]->resize(a->inst[i], ev->x, ev->y);
        return APP_REDRAW;
    }
    if (ev->type != BEV_KEY && ev->type != BEV_MOUSE)
        return 0;
    if (a->too_small)
        return too_small_key(ev);
    if (ev->type == BEV_KEY && (ev->mod & BMOD_ALT)) {
        /* Nothing is bound with Alt: an Alt+key is an Esc typed just
         * before the key, the two read at once (a slow link, a busy
         * machine, a fast typist): Esc, then the key. */
        backend_event esc = {.type = BEV_KEY, .key = BKEY_ESC}, key = *ev;
        key.mod &= ~(unsigned)BMOD_ALT;
        unsigned f = app_event(a, &esc);
        return f & APP_QUIT ? f : f | app_event(a, &key);
    }
    int had_message = a->message.len > 0;
    if (ev->type == BEV_KEY) {
        buf_clear(&a->message);
        a->keys_pressed++;
    }
    unsigned f = had_message && ev->type == BEV_KEY ? APP_REDRAW : 0;
    switch (a->mode) {
    case MODE_HELP:
        if (ev->type != BEV_KEY)
            return f;
        a->mode = MODE_NORMAL;
        return f | APP_REDRAW;
    case MODE_PROMPT: return f | prompt_key(a, ev);
    case MODE_QUIZ: return f | quiz_mode_key(a, ev);
    case MODE_CONSOLE: return f | (ev->type == BEV_MOUSE ? mouse(a, ev) : console_mode_key(a, ev));
    default: return f | (ev->type == BEV_MOUSE ? mouse(a, ev) : normal_key(a, ev));
    }
}

void *app_view(const app *a, const char *name)
{
    for (int i = 0; i < NVIEWS; i++)
        if (a->ops[i] && strcmp(a->ops[i]->name, name) == 0)
            return a->inst[i];
    return NULL;
}

int app_timeout(const app *a)
{
    return a->playing ? (int)(1000 / speeds[a->speed]) : -1;
}

/* ---- drawing ------------------------------------------------------------------------ */

static canvas_style sty(const app *a, enum theme_role r)
{
    return theme_style(a->th, r);
}

static void panel_title(app *a, canvas *cv, canvas_rect r, int v)
{
    int focused = a->focus == v;
    canvas_style st = sty(a, focused ? THEME_FRAME_FOCUS : THEME_FRAME);
    canvas_hline(cv, r.x, r.y, r.w, (focused ? CANVAS_HEAVY : CANVAS_LIGHT) | CANVAS_CAPS, st);
    char t[64];
    snprintf(t, sizeof t, "%s%d %s ", focused ? "▶ " : " ", v + 1, view_titles[v]);
    canvas_style ts = sty(a, THEME_TITLE);
    if (focused)
        ts.attr |= CANVAS_BOLD;
    view_put(cv, r.x + 1, r.y, r.x + r.w, t, ts);
}

static void draw_view(app *a, canvas *cv, int v, canvas_rect r)
{
    panel_title(a, cv, (canvas_rect){r.x, r.y, r.w, 1}, v);
    canvas_rect in = {r.x, r.y + 1, r.w, r.h - 1};
    a->area[v] = in;
    canvas_set_clip(cv, in);
    if (a->running == RUN_SCRIPT && v != 0) {   /* the model is still at step 0: not shown as if it were now */
        canvas_fill(cv, in, " ", sty(a, THEME_TEXT));
        view_put_cut(cv, in.x + 1, in.y, in.x + in.w, "the script is running…", sty(a, THEME_MUTED),
                     sty(a, THEME_TITLE));
        view_put_cut(cv, in.x + 1, in.y + 1, in.x + in.w, "shown at step 0 when it ends (Ctrl-C stops it)",
                     sty(a, THEME_MUTED), sty(a, THEME_TITLE));
    } else if (a->inst[v]) {
        a->ops[v]->draw(a->inst[v], cv, in);
    } else {
        canvas_fill(cv, in, " ", sty(a, THEME_TEXT));
        char msg[96];
        snprintf(msg, sizeof msg, "the %s view is not in this build yet", view_titles[v]);
        view_put(cv, in.x + 1, in.y, in.x + in.w, msg, sty(a, THEME_MUTED));
    }
    canvas_reset_clip(cv);
}

/* Presenter mode: the main view across the body, the program to its left
 * on a big enough screen (layout_panels). */
static void draw_present_layout(app *a, canvas *cv, int body)
{
    int p[NPANELS], n = layout_panels(a, p), left = n > 1 ? present_side_cols(a->cols) : -1;
    if (n > 1) {
        draw_view(a, cv, p[0], (canvas_rect){0, 0, left, body});
        canvas_style fr = sty(a, THEME_FRAME);
        canvas_hline(cv, left, 0, 1, CANVAS_LIGHT | CANVAS_CAPS, fr);
        canvas_vline(cv, left, 0, body, CANVAS_LIGHT, fr);
    }
    draw_view(a, cv, p[n - 1], (canvas_rect){left + 1, 0, a->cols - left - 1, body});
}

/* program | graph on top, the heap map across the bottom (it needs the
 * full width of a small terminal). */
static void draw_layout(app *a, canvas *cv, int body)
{
    int heap_h = body * 45 / 100 < 10 ? 10 : body * 45 / 100;
    int top_h = body - heap_h, left = a->cols * 45 / 100;
    draw_view(a, cv, 0, (canvas_rect){0, 0, left, top_h});
    draw_view(a, cv, 2, (canvas_rect){left + 1, 0, a->cols - left - 1, top_h});
    draw_view(a, cv, 1, (canvas_rect){0, top_h, a->cols, heap_h});
    canvas_style fr = sty(a, THEME_FRAME);
    canvas_hline(cv, left, 0, 1, CANVAS_LIGHT | CANVAS_CAPS, fr);       /* joins the title rows */
    canvas_vline(cv, left, 0, top_h + 1, CANVAS_LIGHT, fr);
}

/* The collector the status line names: live, the one collections run now;
 * in a replay, the one of the collection under way at this step, else the
 * one the session was recorded with. */
static int shown_collector(const app *a)
{
    int c;
    if (!stream_is_live(a->s) && model_gc_phase(stream_model(a->s), NULL, &c) != GCP_IDLE)
        return c;
    return a->ss.collector;
}

/* The status line while the program runs: where the viewer is of the
 * steps and events so far (growing), for how long it has run, and how to
 * stop it. */
static void draw_running_status(app *a, canvas *cv, int y)
{
    canvas_style st = sty(a, THEME_STATUS);
    canvas_fill(cv, (canvas_rect){0, y, a->cols, 1}, " ", st);
    char line[160];
    long ms = now_ms() - a->run_began;
    snprintf(line, sizeof line, " step %llu/%llu  event %llu/%llu  ▶ running %ld.%ld s", (unsigned long long)cur_step(a),
             (unsigned long long)stream_steps(a->s), (unsigned long long)stream_position(a->s),
             (unsigned long long)stream_events(a->s), ms / 1000, ms % 1000 / 100);
    int x = view_put_cut(cv, 0, y, a->cols, line, st, st);
    const char *hint = a->running == RUN_SCRIPT ? "Ctrl-C stops it · q quits " : "Ctrl-C interrupts it ";
    int hw = canvas_text_width(hint);
    if (x + hw < a->cols)
        view_put(cv, a->cols - hw, y, a->cols, hint, st);
}

/* The narration line while the script runs: the line it is at. */
static void running_narration(app *a, buf *out)
{
    unsigned line = last_statement_line(a->s);
    if (!line) {
        buf_adds(out, "the script is starting");
        return;
    }
    buf_printf(out, "line %u runs: ", line);
    present_source_line(stream_source(a->s), line, out);
}

static void draw_status(app *a, canvas *cv, int y)
{
    if (a->running) {
        draw_running_status(a, cv, y);
        return;
    }
    canvas_style st = sty(a, THEME_STATUS);
    canvas_fill(cv, (canvas_rect){0, y, a->cols, 1}, " ", st);
    uint64_t pos = stream_position(a->s), step = cur_step(a);
    char line[256], speed[16], sess[96];
    double sp = speeds[a->speed];
    snprintf(speed, sizeof speed, sp < 1 ? "%.2gx" : "%.0fx", sp);
    if (stream_session(a->s))
        snprintf(sess, sizeof sess, "session %lld \"%.40s\"", (long long)stream_session(a->s), stream_name(a->s));
    else
        snprintf(sess, sizeof sess, "not recorded \"%.40s\"", stream_name(a->s));
    char coll[32] = "";
    int shown = shown_collector(a);
    if (shown >= 0)
        snprintf(coll, sizeof coll, "  gc: %s", collector_label(shown));
    /* Too long for the screen (80 columns, a long session name): the
     * session goes first, then the collector, rather than a cut mid-word. */
    for (int drop = 0; drop < 3; drop++) {
        snprintf(line, sizeof line, " step %llu/%llu  event %llu/%llu  %s %s  %s%s%s%s", (unsigned long long)step,
                 (unsigned long long)stream_steps(a->s), (unsigned long long)pos,
                 (unsigned long long)stream_events(a->s), a->playing ? "▶" : "‖", speed, drop ? "" : sess,
                 drop ? "" : "  ", stream_is_live(a->s) ? "live" : "replay", drop > 1 ? "" : coll);
        if (canvas_text_width(line) <= a->cols)
            break;
    }
    int x = view_put_cut(cv, 0, y, a->cols, line, st, st);
    x = status_modes(a, cv, x, y, st);
    for (size_t i = 0; i < a->nbookmarks; i++)
        if (a->bookmarks[i] == step)
            x = view_put(cv, x, y, a->cols, "  ★ bookmark", st);
    const char *hint = "? help ";
    int hw = canvas_text_width(hint);
    if (x + hw < a->cols)
        view_put(cv, a->cols - hw, y, a->cols, hint, st);
}

static void draw_prompt(app *a, canvas *cv, int y)
{
    canvas_fill(cv, (canvas_rect){0, y, a->cols, 1}, " ", sty(a, THEME_STATUS));
    int x = view_put(cv, 0, y, a->cols, a->prompt == PROMPT_GOTO ? " go to step: " : " find object: ",
                     sty(a, THEME_STATUS));
    x = view_put(cv, x, y, a->cols, buf_str(&a->prompt_text), sty(a, THEME_STATUS));
    canvas_style cur = sty(a, THEME_STATUS);
    cur.attr ^= CANVAS_REVERSE;
    view_put(cv, x, y, a->cols, " ", cur);
    view_put(cv, x + 2, y, a->cols, "(Enter: go, Esc: cancel)", sty(a, THEME_STATUS));
}

static void draw_narration(app *a, canvas *cv, int y)
{
    canvas_fill(cv, (canvas_rect){0, y, a->cols, 1}, " ", sty(a, THEME_TEXT));
    int msg = a->message.len > 0;
    int x = view_put(cv, 0, y, a->cols, msg ? " ! " : " » ", sty(a, msg ? THEME_WARNING : THEME_TITLE));
    buf fit = BUF_INIT;
    if (msg)
        buf_adds(&fit, buf_str(&a->message));
    else if (a->running)
        running_narration(a, &fit);
    else                                            /* the clauses that matter most, when it is too long */
        narrate_fit(buf_str(&a->narration), &a->changes, a->cols - x, &fit);
    /* cut by the edge: says so (a wider screen shows it all) */
    view_put_cut(cv, x, y, a->cols, buf_str(&fit), sty(a, THEME_TEXT), sty(a, THEME_TITLE));
    buf_free(&fit);
}

/* The help's lines below the key table: keys of their own panels. */
static const char *const help_more[][2] = {
    {"other keys", "focused panel: ↑ ↓ hjkl Enter Esc… (← → step)"},
    {"heap map", "Enter zoom, Esc back, c letters, b cells, r large blocks"},
    {"mouse", "a click selects (and focuses a panel), the wheel scrolls"},
};

/* How the help is laid out: the key table in one or two columns, each
 * entry's text wrapped over as many rows as it needs (wrap) or cut to one
 * (the last resort when nothing else fits the height). */
typedef struct help_layout {
    int w, h;               /* the box */
    int cols, split;        /* 1 or 2 columns; entries in the first */
    int keyw, morew;        /* key column width: table, lines below */
    int wrap;
    int pad;                /* a blank row above the bottom edge */
} help_layout;

/* The rows entry text takes at width w (1 unless wrapped). */
static int help_rows(const help_layout *l, const char *what, int w)
{
    return l->wrap ? view_wrap(NULL, 0, 0, w, INT_MAX, what, (canvas_style){0}, (canvas_style){0}) : 1;
}

/* Lays the table's n entries out as l says (cols, keyw, morew, wrap, pad
 * set); the height it needs: the fullest column, a blank row, the lines
 * below, the frame. */
static int help_height(help_layout *l, const binding *const *e, int n)
{
    int colw = l->cols == 2 ? l->w / 2 : l->w, textw = colw - l->keyw - 1;
    int total = 0, best = INT_MAX;
    for (int i = 0; i < n; i++)
        total += help_rows(l, e[i]->help, textw);
    l->split = n;
    if (l->cols == 2)                       /* the split that evens the columns */
        for (int k = 0, left = 0; k <= n; left += k < n ? help_rows(l, e[k]->help, textw) : 0, k++) {
            int fuller = left > total - left ? left : total - left;
            if (fuller < best) {
                best = fuller;
                l->split = k;
            }
        }
    int h = (l->cols == 2 ? best : total) + 3 + l->pad;
    for (size_t i = 0; i < HV_COUNTOF(help_more); i++)
        h += help_rows(l, help_more[i][1], l->w - l->morew - 1);
    return h;
}

/* One entry at (x, y) in a column ending at end: keys, then the text from
 * x + keyw, wrapped (or cut with a "…").  Returns the rows it took. */
static int help_entry(app *a, canvas *cv, const help_layout *l, int x, int y, int end, int keyw, const char *keys,
                      const char *what)
{
    view_put(cv, x + 2, y, end, keys, sty(a, THEME_TITLE));
    return view_wrap(cv, x + keyw, y, end - 1, l->wrap ? INT_MAX : 1, what, sty(a, THEME_TEXT), sty(a, THEME_TITLE));
}

/* The help overlay, generated from the key table: one column as wide as
 * its longest line when that fits the terminal, else two side by side
 * (80x24), texts wrapped rather than cut while the height allows. */
static void draw_help(app *a, canvas *cv)
{
    const binding *e[HV_COUNTOF(bindings)];
    int n = 0, keys = 0, text = 0, more = 0, moretext = 0;
    for (size_t i = 0; i < HV_COUNTOF(bindings); i++)
        if (bindings[i].label) {
            e[n++] = &bindings[i];
            keys = HV_MAX(keys, canvas_text_width(bindings[i].label));
            text = HV_MAX(text, canvas_text_width(bindings[i].help));
        }
    for (size_t i = 0; i < HV_COUNTOF(help_more); i++) {
        more = HV_MAX(more, canvas_text_width(help_more[i][0]));
        moretext = HV_MAX(moretext, canvas_text_width(help_more[i][1]));
    }
    int one = HV_MAX(more + 3, keys + 4);   /* one column: a key width for all */
    int two = HV_MIN(a->cols, 132);
    help_layout tries[] = {                 /* the first whose height fits */
        {.w = HV_MIN(a->cols, HV_MAX(one + text, one + moretext) + 3), .cols = 1, .keyw = one, .morew = one,
         .wrap = 1, .pad = 1},
        {.w = two, .cols = 2, .keyw = keys + 4, .morew = more + 4, .wrap = 1, .pad = 1},
        {.w = two, .cols = 2, .keyw = keys + 4, .morew = more + 4, .wrap = 1, .pad = 0},  /* 80x24 */
        {.w = two, .cols = 2, .keyw = keys + 4, .morew = more + 4, .wrap = 0, .pad = 1},  /* texts cut */
    };
    help_layout l = tries[0];
    for (size_t i = 0; i < HV_COUNTOF(tries); i++) {
        l = tries[i];
        if ((l.h = help_height(&l, e, n)) <= a->rows)
            break;
    }
    canvas_rect box = {(a->cols - l.w) / 2, HV_MAX(0, (a->rows - l.h) / 2), l.w, l.h};
    canvas_fill(cv, box, " ", sty(a, THEME_TEXT));
    canvas_box(cv, box, CANVAS_HEAVY, sty(a, THEME_FRAME_FOCUS));
    view_put(cv, box.x + 2, box.y, box.x + box.w - 2, " keys — any key closes this ", sty(a, THEME_TITLE));
    int colw = l.cols == 2 ? l.w / 2 : l.w, y = box.y + 1, bottom = y;
    for (int i = 0; i < n; i++) {
        int x = box.x + (i < l.split ? 0 : colw - 1);
        if (i == l.split)
            y = box.y + 1;
        y += help_entry(a, cv, &l, x, y, x + (i < l.split ? colw : l.w - colw + 1), l.keyw, e[i]->label, e[i]->help);
        bottom = HV_MAX(bottom, y);
    }
    y = bottom + 1;
    for (size_t i = 0; i < HV_COUNTOF(help_more); i++)
        y += help_entry(a, cv, &l, box.x, y, box.x + box.w, l.morew, help_more[i][0], help_more[i][1]);
}

void app_draw(app *a, canvas *cv)
{
    a->drawn_keys = a->keys_pressed;
    a->cols = canvas_cols(cv);
    a->rows = canvas_rows(cv);
    canvas_clear(cv, sty(a, THEME_TEXT));
    memset(a->area, 0, sizeof a->area);
    a->too_small = a->cols < APP_MIN_COLS || a->rows < APP_MIN_ROWS;
    if (a->too_small) {
        view_too_small(cv, a->th, (canvas_rect){0, 0, a->cols, a->rows}, APP_MIN_COLS, APP_MIN_ROWS);
        if (a->rows >= 5)   /* below the message: the one key that works (too_small_key) */
            view_put(cv, HV_MAX(0, (a->cols - 7) / 2), a->rows - 1, a->cols, "q quits", sty(a, THEME_MUTED));
        return;
    }
    int presenting = a->presenting && !a->running;   /* the progress uses the status and narration lines */
    int body = a->rows - 2 - (presenting ? PRESENT_BOX_ROWS - 1 : 0);
    sync_focus(a);
    if (a->maximised >= 0)
        draw_view(a, cv, a->maximised, (canvas_rect){0, 0, a->cols, body});
    else if (presenting)
        draw_present_layout(a, cv, body);
    else
        draw_layout(a, cv, body);
    if (a->mode == MODE_PROMPT)
        draw_prompt(a, cv, body);
    else
        draw_status(a, cv, body);
    if (presenting)
        draw_present(a, cv, body + 1);
    else
        draw_narration(a, cv, body + 1);
    if (a->mode == MODE_QUIZ)           /* over the whole screen: twelve objects fit at 80x24 */
        quiz_draw(a->qz, cv, a->th, (canvas_rect){0, 0, a->cols, a->rows});
    if (a->mode == MODE_HELP)
        draw_help(a, cv);
}

/* ---- life cycle ----------------------------------------------------------------------- */

app *app_new(const app_config *c)
{
    app *a = hv_calloc(1, sizeof *a);
    a->cfg = *c;
    a->s = c->s;
    a->th = c->th;
    a->speed = SPEED_1X;
    a->maximised = -1;
    a->ss.stream = a->s;
    a->ss.changes = &a->changes;
    if (c->console) {
        a->con = console_new();
        a->ss.console = a->con;
    }
    a->ss.collector = c->console && c->console->collector ? c->console->collector(c->console->ud, -1)
                                                          : stream_collector(a->s);
    a->captions = demo_parse(stream_name(a->s), stream_source(a->s), strlen(stream_source(a->s)));
    a->pr = present_new(a->captions);
    a->qz = quiz_new(a->captions);
    a->presenting = c->present;
    a->predicting = c->predict;
    views_make(a);
    for (int i = 0; c->view && i < NVIEWS; i++)
        if (strcmp(c->view, view_names_by_digit[i]) == 0)
            a->maximised = a->focus = i;
    if (a->con && !stream_source(a->s)[0] && !c->view)
        act_console(a, NULL);       /* the console alone: what is typed goes to >>> at once */
    renarrate(a);
    if (c->notice)
        set_message(a, "%s", c->notice);
    return a;
}

void app_delete(app *a)
{
    if (!a)
        return;
    views_free(a);
    present_delete(a->pr);
    quiz_delete(a->qz);
    demo_free(a->captions);
    console_delete(a->con);
    free(a->bookmarks);
    buf_free(&a->prompt_text);
    buf_free(&a->narration);
    for (int i = 0; i < TOLD_MAX; i++)
        buf_free(&a->told[i].text);
    buf_free(&a->message);
    buf_free(&a->note);
    free(a->ahead);
    free(a);
}

/* The next input: what came while the program ran first, then the
 * terminal's. */
static void next_event(app *a, int wait, backend_event *ev)
{
    if (a->aheadtaken < a->nahead) {
        *ev = a->ahead[a->aheadtaken++];
        if (a->aheadtaken == a->nahead)
            a->aheadtaken = a->nahead = 0;
        return;
    }
    backend_poll(a->be, wait, ev);
}

int app_run(app *a, const backend_ops *ops, const backend_config *cfg, char *err, size_t errlen)
{
    backend *be = backend_open(ops, cfg, err, errlen);
    if (!be)
        return -1;
    int cols, rows;
    backend_size(be, &cols, &rows);
    canvas *cv = canvas_new(cols, rows);
    a->be = be;                 /* console_run draws before a statement runs */
    a->cv = cv;
    backend_event rs = {.type = BEV_RESIZE, .x = cols, .y = rows};
    app_event(a, &rs);
    stream_walk_behind(a->s);   /* a live stream's walk ahead: a thread, from the script's first event on */
    if (a->cfg.console && a->cfg.console->run_script)
        run_script(a);          /* its progress drawn by app_tick from the first tick on */
    app_draw(a, cv);
    backend_present(be, cv);
    /* Input that is already waiting (a paste, a flood, a resize storm) is
     * taken before the screen is drawn: one frame when the input pauses or
     * after MAX_UNDRAWN events, not one per key.  While a replay waits for
     * a key it builds its keyframes ahead, INDEX_SLICE events at a time
     * (stream_index_some: a few milliseconds, then input is looked at
     * again), so a far jump later costs a keyframe, not a walk; a live
     * stream's walk to its end is the walker behind's, a thread
     * (stream_walk_behind): the idle hook only lends it the last events
     * and gives it a start, after each input (a statement adds events). */
    enum { MAX_UNDRAWN = 256, INDEX_SLICE = 10000 };
    int undrawn = 0, indexing = 1;
    while (!a->quit_after) {
        backend_event ev;
        int wait = undrawn ? 0 : app_timeout(a);
        next_event(a, wait < 0 && indexing ? 0 : wait, &ev);
        if (undrawn && (ev.type == BEV_TIMER || undrawn >= MAX_UNDRAWN)) {
            app_draw(a, cv);
            backend_present(be, cv);
            undrawn = 0;
            if (ev.type == BEV_TIMER)
                continue;       /* no input waiting: not the app's timeout */
        }
        if (ev.type == BEV_TIMER && wait < 0) {     /* idle, nothing else to time */
            indexing = stream_index_some(a->s, INDEX_SLICE);
            continue;
        }
        if (ev.type == BEV_RESIZE)
            canvas_resize(cv, ev.x, ev.y);
        unsigned f = app_event(a, &ev);
        indexing = 1;
        if (f & APP_QUIT)
            break;
        if (f & APP_BELL)
            backend_bell(be);
        if (f & APP_REPAINT)
            canvas_invalidate(cv);
        if (f & APP_REDRAW)
            undrawn++;
    }
    canvas_delete(cv);
    a->be = NULL;
    a->cv = NULL;
    backend_close(be);
    return 0;
}
