/*
 * 76-present: presenter and prediction modes in the app, driven by keys
 * and timer ticks below the terminal (as 56-app): the bundled cascade and
 * gc-generations demos run live.  Golden screens
 * (tests/golden/present-*.txt) cover the presenter screen, the heap map in
 * large cells, the presenter's layouts at a projector's 80x24 and 100x30,
 * a prediction question and its result; the other tests check
 * that autoplay stops at each caption once (statement and collector-phase
 * captions), the main view each demo and step gets, that every caption of
 * every demo fits the box at 80x24, that P and F toggle the modes, and a
 * prediction round's
 * right and wrong answers and running score, live and in a replay.
 */
#include "apptest.h"

#include "app.h"
#include "demo.h"
#include "live.h"
#include "session.h"
#include "store.h"
#include "theme.h"
#include "view_graph.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

typedef app_fixture fixture;

typedef struct opening {
    const char *demo;
    const char *theme;
    const char *view;       /* maximised at start, or NULL */
    int present, predict;
    int cols, rows;
} opening;

/* The bundled demo o->demo, live, in the app as o says. */
static void open_app(fixture *f, const opening *o)
{
    buf err = BUF_INIT;
    demo *d = demo_load(o->demo, &err);
    assert_non_null(d);
    app_config cfg = {.view = o->view, .present = o->present, .predict = o->predict};
    app_fixture_open(f, o->demo, demo_source_text(d, NULL), o->theme, &cfg, 0, o->cols, o->rows);
    demo_free(d);
    buf_free(&err);
}

#define close_app app_fixture_close
#define keys app_keys
#define screen app_screen
#define shows app_shows

/* Timer ticks until autoplay stops (at most max); returns how many. */
static int play_until_stop(fixture *f, int max)
{
    backend_event tick = {.type = BEV_TIMER};
    int n = 0;
    while (app_timeout(f->a) >= 0 && n < max) {
        app_event(f->a, &tick);
        n++;
    }
    return n;
}

/* The letter of the question's row whose label holds `label`, or 0. */
static char letter_of(fixture *f, const char *label)
{
    const char *s = screen(f, 0);
    for (const char *p = strstr(s, label); p; p = strstr(p + 1, label)) {
        const char *row = p;
        while (row > s && row[-1] != '\n')
            row--;
        const char *l = strstr(row, "┃  ");
        if (l && l < p && l[5] >= 'a' && l[5] <= 'l' && l[6] == ' ')
            return l[5];
    }
    return 0;
}

/* ---- goldens ---------------------------------------------------------------- */

typedef struct golden_case {
    const char *name;
    opening o;
    const char *keys;
} golden_case;

static const golden_case cases[] = {
    {"present-cascade-120x40", {"cascade", "presenter", NULL, 1, 0, 120, 40}, "g7<Enter>"},
    {"present-gc-phase-120x40", {"gc-generations", "presenter", NULL, 1, 0, 120, 40}, "g53<Enter>"},
    {"present-heap-cells-120x40", {"cascade", "presenter", "heap", 1, 0, 120, 40}, "g7<Enter>"},
    {"present-heap-cells-80x24", {"cascade", "default", "heap", 0, 0, 80, 24}, "g7<Enter>b"},
    {"present-predict-question-120x40", {"cascade", "presenter", NULL, 1, 1, 120, 40}, "g23<Enter>n"},
    {"present-predict-question-80x24", {"cascade", "presenter", NULL, 1, 1, 80, 24}, "g23<Enter>n"},
    /* a projector's sizes: one main view and the box (the graph; the
     * collector during a collection; the heap map the demo asks for) */
    {"present-cycles-80x24", {"cycles", "presenter", NULL, 1, 0, 80, 24}, "g19<Enter>"},
    {"present-cycles-garbage-80x24", {"cycles", "presenter", NULL, 1, 0, 80, 24}, "g21<Enter>"},
    {"present-cascade-80x24", {"cascade", "presenter", NULL, 1, 0, 80, 24}, "g23<Enter>"},
    {"present-slots-80x24", {"slots", "presenter", NULL, 1, 0, 80, 24}, "g15<Enter>"},
    {"present-cycles-100x30", {"cycles", "presenter", NULL, 1, 0, 100, 30}, "g19<Enter>"},
    {"present-gc-phase-80x24", {"gc-generations", "presenter", NULL, 1, 0, 80, 24}, "g53<Enter>"},
    {"present-gc-phase-100x30", {"gc-generations", "presenter", NULL, 1, 0, 100, 30}, "g53<Enter>"},
    {"present-pools-80x24", {"pools", "presenter", NULL, 1, 0, 80, 24}, "g13<Enter>"},
    {"present-refcount-100x30", {"refcount", "presenter", NULL, 1, 0, 100, 30}, "g3<Enter>"},
};

static void test_goldens(void **state)
{
    (void)state;
    for (size_t i = 0; i < HV_COUNTOF(cases); i++) {
        const golden_case *c = &cases[i];
        fixture f;
        open_app(&f, &c->o);
        keys(&f, c->keys);
        screen(&f, 1);
        check_golden(c->name, &f.out);
        close_app(&f);
    }
}

/* ---- autoplay ----------------------------------------------------------------- */

static void test_autoplay_stops_at_captions(void **state)
{
    (void)state;
    fixture f;
    open_app(&f, &(opening){"cascade", "presenter", NULL, 1, 0, 120, 40});
    assert_true(shows(&f, "P: leave presenter"));
    static const char *const captions[] = {
        "Build a chain of four nodes", "Keep a second reference to n3", "Dropping the head's only name",
        "Now the last reference to n3 goes",
    };
    for (size_t i = 0; i < HV_COUNTOF(captions); i++) {
        keys(&f, " ");
        assert_true(app_timeout(f.a) >= 0);
        assert_in_range(play_until_stop(&f, 400), 1, 399);
        assert_true(shows(&f, captions[i]));
        assert_true(shows(&f, "‖ paused at a caption"));
    }
    keys(&f, " ");                  /* no caption left: plays to the end */
    play_until_stop(&f, 4000);
    assert_true(shows(&f, "‖ paused ·"));
    assert_false(shows(&f, "paused at a caption"));
    keys(&f, " ");                  /* from the start again: the first caption stops it again */
    play_until_stop(&f, 400);
    assert_true(shows(&f, captions[0]));
    close_app(&f);
}

static void test_autoplay_phase_captions(void **state)
{
    (void)state;
    fixture f;
    open_app(&f, &(opening){"gc-generations", "presenter", NULL, 1, 0, 120, 40});
    keys(&f, "g49<Enter>");         /* past the statement captions before the collection */
    static const char *const phases[] = {
        "gc.collect() runs the collector's phases", "younger generations are merged",
        "gc_refs starts as its reference count", "subtracts 1 from its target's gc_refs",
        "Everything reachable from a root is moved back",
        "__del__ runs on the unreachable objects",
        "Their references are cleared",     /* after the finalizers' own statements */
        "Survivors are promoted",
    };
    for (size_t i = 0; i < HV_COUNTOF(phases); i++) {
        keys(&f, " ");
        play_until_stop(&f, 400);
        assert_true(shows(&f, phases[i]));
    }
    close_app(&f);
}

/* Without presenter mode the captions lead the narration line, phases too;
 * autoplay does not stop at them. */
static void test_toggles(void **state)
{
    (void)state;
    fixture f;
    open_app(&f, &(opening){"gc-generations", "default", NULL, 0, 0, 120, 40});
    keys(&f, "g52<Enter>");
    assert_true(shows(&f, " » Every tracked object's gc_refs starts as its reference count. — "));
    keys(&f, "P");
    assert_true(shows(&f, "presenter mode: space plays"));
    assert_true(shows(&f, "┃ Every tracked object's gc_refs starts as its reference count."));
    keys(&f, "P");
    assert_false(shows(&f, "P: leave presenter"));
    keys(&f, "g1<Enter> ");
    assert_int_equal(play_until_stop(&f, 4000) > 50, 1);     /* to the end, no stop */
    keys(&f, "F");
    assert_true(shows(&f, "prediction mode: before a step that frees objects"));
    keys(&f, "F");
    assert_true(shows(&f, "prediction mode off (no score yet)"));
    close_app(&f);
}

/* ---- the presenter's layouts -------------------------------------------------------- */

/* The main view: the demo's (#% view), the collector's during a
 * collection; the program beside it only from PRESENT_WIDE_* on; Tab
 * stays on what is shown. */
static void test_layouts(void **state)
{
    (void)state;
    fixture f;
    open_app(&f, &(opening){"cycles", "presenter", NULL, 1, 0, 80, 24});
    keys(&f, "g19<Enter>");
    assert_true(shows(&f, "3 object graph") && !shows(&f, "1 program") && !shows(&f, "2 heap map"));
    assert_true(shows(&f, "step 19/") && shows(&f, " · line 23: del alice "));
    keys(&f, "<Tab>");
    assert_true(shows(&f, "▶ 3 object graph"));
    keys(&f, "g33<Enter>");         /* a phase of the collection line 28 runs */
    assert_true(shows(&f, "4 collector") && !shows(&f, "3 object graph"));
    keys(&f, "P");                  /* presenter mode off: the default layout */
    assert_true(shows(&f, "1 program") && shows(&f, "2 heap map") && shows(&f, "3 object graph"));
    close_app(&f);
    open_app(&f, &(opening){"cycles", "presenter", NULL, 1, 0, 120, 40});
    keys(&f, "g18<Enter>");
    assert_true(shows(&f, "1 program") && shows(&f, "3 object graph") && !shows(&f, "2 heap map"));
    assert_true(shows(&f, "printed: alice refs: 2  bob refs: 2"));
    assert_true(shows(&f, "▶ 1 program"));
    keys(&f, "<Tab>");
    assert_true(shows(&f, "▶ 3 object graph"));
    keys(&f, "<Tab>");
    assert_true(shows(&f, "▶ 1 program"));
    close_app(&f);
    open_app(&f, &(opening){"pools", "presenter", NULL, 1, 0, 100, 30});
    keys(&f, "g5<Enter>");
    assert_true(shows(&f, "2 heap map") && !shows(&f, "3 object graph"));
    close_app(&f);
}

/* The last word of text (a caption). */
static void last_word(const char *text, char *out, size_t n)
{
    const char *w = strrchr(text, ' ');
    snprintf(out, n, "%s", w ? w + 1 : text);
}

/* Every caption of every bundled demo shows whole in the box at 80x24:
 * autoplay stops at each, and the caption's last word is in the box (a
 * caption too long for it would end in "…" before). */
static void test_captions_fit_80x24(void **state)
{
    (void)state;
    for (size_t i = 0; i < demo_count(); i++) {
        buf err = BUF_INIT;
        demo *d = demo_load(demo_name(i), &err);
        fixture f;
        open_app(&f, &(opening){demo_name(i), "presenter", NULL, 1, 0, 80, 24});
        size_t stops = 0;
        for (int guard = 0; guard < 200; guard++) {
            keys(&f, " ");
            play_until_stop(&f, 100000);
            if (!shows(&f, "paused at a caption"))
                break;
            const char *scr = screen(&f, 0), *box = strstr(scr, "┏━ step ");
            assert_non_null(box);
            int found = 0;
            for (size_t c = 0; c < demo_ncaptions(d) && !found; c++) {
                char w[64], head[24];
                const char *text = demo_caption_get(d, c)->text;
                snprintf(head, sizeof head, "%.20s", text);
                last_word(text, w, sizeof w);
                if (strstr(box, head))
                    found = strstr(box, w) != NULL;
                if (strstr(box, head) && !found)
                    fail_msg("demo %s: the caption \"%s\" is cut at 80x24", demo_name(i), text);
            }
            assert_true(found);
            stops++;
        }
        assert_true(stops > 0);
        close_app(&f);
        demo_free(d);
        buf_free(&err);
    }
}

/* ---- the graph at a projector's size --------------------------------------------- */

/* The character at column x of row y of a screen dump (every glyph the
 * graph draws is one column wide), into out. */
static void cell_at(const char *scr, int x, int y, char out[8])
{
    const char *p = scr;
    for (int r = 0; r < y && p; r++)
        p = strchr(p, '\n') ? strchr(p, '\n') + 1 : NULL;
    out[0] = 0;
    for (int c = 0; p && *p && *p != '\n'; c++) {
        size_t n = 1;
        while ((p[n] & 0xC0) == 0x80)
            n++;
        if (c == x) {
            snprintf(out, 8, "%.*s", (int)n, p);
            return;
        }
        p += n;
    }
}

static int one_of(const char *cell, const char *a, const char *b)
{
    return strcmp(cell, a) == 0 || strcmp(cell, b) == 0;
}

/* Row y of a screen dump into out. */
static void row_at(const char *scr, int y, char *out, size_t n)
{
    const char *p = scr;
    for (int r = 0; r < y && p; r++)
        p = strchr(p, '\n') ? strchr(p, '\n') + 1 : NULL;
    const char *e = p ? strchr(p, '\n') : NULL;
    snprintf(out, n, "%.*s", p ? (int)(e ? e - p : (long)strlen(p)) : 0, p ? p : "");
}

static int box_side(const char *cell)
{
    static const char *const sides[] = {"│", "┃", "├", "┠", "┤", "┨"};
    for (size_t i = 0; i < HV_COUNTOF(sides); i++)
        if (strcmp(cell, sides[i]) == 0)
            return 1;
    return 0;
}

static int in_rect(canvas_rect in, int x, int y)
{
    return x >= in.x && y >= in.y && x < in.x + in.w && y < in.y + in.h;
}

/* Whether the screen shows box r cut by panel in's edge: its corners
 * where they are in the panel (one at least), or both its sides on every
 * row it shares with the panel. */
static int cut_box_on_screen(const char *scr, canvas_rect r, canvas_rect in)
{
    static const char *const corner[4][2] = {{"┌", "┏"}, {"┐", "┓"}, {"└", "┗"}, {"┘", "┛"}};
    int seen = 0, match = 0;
    for (int k = 0; k < 4; k++) {
        int x = k % 2 ? r.x + r.w - 1 : r.x, y = k / 2 ? r.y + r.h - 1 : r.y;
        char c[8];
        if (!in_rect(in, x, y))
            continue;
        cell_at(scr, x, y, c);
        seen++;
        match += one_of(c, corner[k][0], corner[k][1]);
    }
    if (seen && match == seen)
        return 1;
    int y0 = r.y > in.y ? r.y : in.y, y1 = r.y + r.h < in.y + in.h ? r.y + r.h : in.y + in.h;
    if (y0 >= y1 || r.x < in.x || r.x + r.w > in.x + in.w)
        return 0;
    for (int y = y0; y < y1; y++) {
        char a[8], b[8];
        cell_at(scr, r.x, y, a);
        cell_at(scr, r.x + r.w - 1, y, b);
        if (!box_side(a) || !box_side(b))
            return 0;
    }
    return 1;
}

/* The graph on screen now, checked: every box drawn lies wholly inside
 * the panel and its four corners are on screen where the view says; a
 * box the panel's edges would cut is not drawn; the selection is drawn
 * whole; a root is drawn, or the frame's bottom border says where the
 * roots are ("← 1 root").  Returns the boxes drawn. */
static size_t check_graph_window(fixture *f, const char *what)
{
    void *gv = app_view(f->a, "graph");
    const char *scr = screen(f, 0);
    view_graph_box boxes[512];
    canvas_rect in;
    size_t n = view_graph_boxes(gv, boxes, HV_COUNTOF(boxes), &in), drawn = 0;
    int root_drawn = 0, any_root = 0, sel_drawn = 0, any_sel = 0;
    assert_true(n <= HV_COUNTOF(boxes));
    for (size_t i = 0; i < n; i++) {
        canvas_rect r = boxes[i].r;
        int whole = r.x >= in.x && r.y >= in.y && r.x + r.w <= in.x + in.w && r.y + r.h <= in.y + in.h;
        if (boxes[i].drawn != whole)
            fail_msg("%s: box %zu at %d,%d %dx%d in panel %d,%d %dx%d: drawn %d", what, i, r.x, r.y, r.w, r.h, in.x, in.y,
                     in.w, in.h, boxes[i].drawn);
        any_root |= boxes[i].root;
        any_sel |= boxes[i].selected;
        if (!whole && cut_box_on_screen(scr, r, in))
            fail_msg("%s: box %zu at %d,%d %dx%d is drawn cut by the panel's edge\n%s", what, i, r.x, r.y, r.w, r.h, scr);
        if (!whole)
            continue;
        drawn++;
        root_drawn |= boxes[i].root;
        sel_drawn |= boxes[i].selected;
        char tl[8], tr[8], bl[8], br[8];
        cell_at(scr, r.x, r.y, tl);
        cell_at(scr, r.x + r.w - 1, r.y, tr);
        cell_at(scr, r.x, r.y + r.h - 1, bl);
        cell_at(scr, r.x + r.w - 1, r.y + r.h - 1, br);
        if (!one_of(tl, "┌", "┏") || !one_of(tr, "┐", "┓") || !one_of(bl, "└", "┗") || !one_of(br, "┘", "┛"))
            fail_msg("%s: box %zu at %d,%d %dx%d: corners %s %s %s %s\n%s", what, i, r.x, r.y, r.w, r.h, tl, tr, bl, br,
                     scr);
    }
    if (any_sel && !sel_drawn)
        fail_msg("%s: the selection is not drawn\n%s", what, scr);
    char border[1024];
    row_at(scr, in.y + in.h, border, sizeof border);
    if (any_root && !root_drawn && !strstr(border, " root"))
        fail_msg("%s: no root drawn or summarised\n%s", what, scr);
    return drawn;
}

/* Every bundled demo in presenter mode at 80x24 and 120x40, at every
 * step a caption pauses on, whenever the object graph is on screen: the
 * window shows whole boxes only, the selection, the roots or where they
 * are; its info row always says the selection's three sizes. */
static void test_graph_at_captions(void **state)
{
    (void)state;
    static const int sizes[][2] = {{80, 24}, {120, 40}};
    size_t screens = 0, fitted = 0;
    for (size_t i = 0; i < demo_count(); i++)
        for (size_t z = 0; z < HV_COUNTOF(sizes); z++) {
            fixture f;
            open_app(&f, &(opening){demo_name(i), "presenter", NULL, 1, 0, sizes[z][0], sizes[z][1]});
            uint64_t last = UINT64_MAX;
            for (int guard = 0; guard < 200; guard++) {
                keys(&f, " ");
                play_until_stop(&f, 100000);
                uint64_t pos = stream_position(live_stream(f.l));
                if (!shows(&f, "paused at a caption") || pos == last)
                    break;
                last = pos;
                if (!shows(&f, "3 object graph"))
                    continue;
                char what[96];
                snprintf(what, sizeof what, "%s at %dx%d, event %llu", demo_name(i), sizes[z][0], sizes[z][1],
                         (unsigned long long)pos);
                size_t drawn = check_graph_window(&f, what);
                void *gv = app_view(f.a, "graph");
                view_graph_box boxes[512];
                canvas_rect in;
                fitted += drawn == view_graph_boxes(gv, boxes, HV_COUNTOF(boxes), &in);
                if (view_graph_selected(gv) && !(shows(&f, "shallow ") && shows(&f, " · deep ") &&
                                                 (shows(&f, " · keeps ") || shows(&f, " · retained ") ||
                                                  shows(&f, "garbage"))))
                    fail_msg("%s: the selection's sizes are cut\n%s", what, screen(&f, 0));
                screens++;
            }
            close_app(&f);
        }
    print_message("# %zu graph screens at caption stops, %zu of them whole\n", screens, fitted);
    assert_true(screens > 50);
}

/* ---- prediction ------------------------------------------------------------------ */

static void test_prediction_round(void **state)
{
    (void)state;
    fixture f;
    open_app(&f, &(opening){"cascade", "default", NULL, 0, 1, 120, 40});
    keys(&f, "g8<Enter>");
    int asked = 0;
    for (int i = 0; i < 20 && !asked; i++) {   /* steps until the #? line */
        keys(&f, "n");
        asked = shows(&f, "predict: what will it do?");
    }
    assert_true(asked);
    assert_true(shows(&f, "line 24: del chain"));
    assert_true(shows(&f, "Which nodes does `del chain` free"));
    uint64_t before = stream_position(live_stream(f.l));
    char chain = letter_of(&f, "Node       chain  ");
    assert_true(chain != 0);
    char k[2] = {chain, 0};
    keys(&f, k);                    /* chain: freed (right) */
    assert_true(shows(&f, "[freed]"));
    assert_int_equal(stream_position(live_stream(f.l)), before);     /* nothing ran yet */
    assert_int_equal(keys(&f, "z"), APP_BELL);                        /* not a letter of the list */
    check_golden("present-predict-marked-120x40", (screen(&f, 1), &f.out));
    keys(&f, "<Enter>");
    assert_true(stream_position(live_stream(f.l)) > before);
    assert_true(shows(&f, "step ") && shows(&f, ": what happened"));
    assert_true(shows(&f, "refcount 1  ✓ freed"));
    assert_true(shows(&f, "✗ freed (you: no change)"));    /* n2 is freed too, and nobody said so */
    assert_true(shows(&f, "score "));
    check_golden("present-predict-result-120x40", (screen(&f, 1), &f.out));
    keys(&f, "x");                  /* any key closes the result */
    assert_false(shows(&f, "what happened"));
    /* the second question: skipped with Esc, not scored */
    for (int i = 0, again = 0; i < 20 && !again; i++) {
        keys(&f, "n");
        again = shows(&f, "And `del keep`");
    }
    keys(&f, "<Esc>");
    assert_false(shows(&f, "predict: what will"));
    keys(&f, "F");
    assert_true(shows(&f, "over 1 step)"));
    close_app(&f);
}

/* The same question in a replay of a recorded session: the answer comes
 * from the recording's events and the model replay_seek() gives. */
static void test_prediction_in_replay(void **state)
{
    (void)state;
    char dir[] = "/tmp/hv-76-XXXXXX", path[64], err[256];
    assert_non_null(mkdtemp(dir));
    snprintf(path, sizeof path, "%s/s.db", dir);
    buf why = BUF_INIT;
    demo *d = demo_load("cascade", &why);
    const char *src = demo_source_text(d, NULL);
    store *st = store_open(path, STORE_WRITE, NULL, &why);      /* recorded as `heapviz run` would, names too */
    session_meta meta = {"cascade", "cpython-3.11", "generational", src};
    session *rec = st ? session_begin(st, &meta, &why) : NULL;
    assert_non_null(rec);
    live *l = live_new(profile_default(), 0, "cascade", src, rec);
    live_run_script(l, src, strlen(src), "cascade");
    live_delete(l);
    assert_int_equal(session_end(rec, SESSION_COMPLETE, &why), 0);
    store_close(st);
    demo_free(d);
    st = store_open(path, STORE_READ, NULL, &why);
    stream *s = st ? stream_replay_open(st, 1, &why) : NULL;
    if (!s)
        fail_msg("%s", buf_str(&why));
    uint64_t step = 1;
    while (step <= stream_steps(s) && stream_step_line(s, step) != 24)
        step++;
    fixture f = {0};
    f.th = theme_load("default", err, sizeof err);
    app_config cfg = {.s = s, .th = f.th, .predict = 1};
    f.a = app_new(&cfg);
    f.cv = canvas_new(120, 40);
    char go[32];
    snprintf(go, sizeof go, "g%llu<Enter>n", (unsigned long long)step - 1);
    keys(&f, go);
    assert_true(shows(&f, "line 24: del chain"));
    char k[2] = {letter_of(&f, "Node       chain  "), 0};
    assert_true(k[0] != 0);
    keys(&f, k);
    keys(&f, "<Enter>");
    assert_true(shows(&f, "refcount 1  ✓ freed"));
    assert_true(shows(&f, "✗ freed (you: no change)"));
    app_delete(f.a);
    canvas_delete(f.cv);
    theme_delete(f.th);
    buf_free(&f.out);
    stream_delete(s);
    store_close(st);
    buf_free(&why);
    unlink(path);
    rmdir(dir);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_goldens),
        cmocka_unit_test(test_autoplay_stops_at_captions),
        cmocka_unit_test(test_autoplay_phase_captions),
        cmocka_unit_test(test_toggles),
        cmocka_unit_test(test_layouts),
        cmocka_unit_test(test_captions_fit_80x24),
        cmocka_unit_test(test_graph_at_captions),
        cmocka_unit_test(test_prediction_round),
        cmocka_unit_test(test_prediction_in_replay),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
