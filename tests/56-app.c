/*
 * 56-app: the interactive application driven by keys, below the terminal:
 * a real program runs live (ui/live.c), the app steps through its events
 * and draws into a canvas that the text backend dumps.  Golden screens
 * (tests/golden/app-*.txt) cover the layout, the program, stats and
 * timeline views, the help overlay and the "too small" screen; the other
 * tests check stepping, narration, bookmarks, snapshots, the console,
 * find, play and the mouse.
 */
#include "apptest.h"

#include "app.h"
#include "live.h"
#include "names.h"
#include "narrate.h"
#include "session.h"
#include "store.h"
#include "theme.h"
#include "view_graph.h"
#include "view_program.h"
#include "view_heap.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static const char program[] =
    "class Node:\n"
    "    def __init__(self, name):\n"
    "        self.name = name\n"
    "        self.other = None\n"
    "\n"
    "xs = [i * 2 for i in range(20)]\n"
    "print(len(xs))\n"
    "del xs\n"
    "a = Node('a')\n"
    "b = Node('b')\n"
    "a.other = b\n"
    "b.other = a\n"
    "del a, b\n"
    "import gc\n"
    "print('collected', gc.collect())\n";

typedef app_fixture fixture;

static void open_app(fixture *f, const char *theme_name, int cols, int rows, const char *view)
{
    app_config cfg = {.view = view};
    app_fixture_open(f, "prog.py", program, theme_name, &cfg, 1, cols, rows);
}

#define close_app app_fixture_close
#define keys app_keys
#define screen app_screen
#define shows app_shows

typedef struct golden_case {
    const char *name;
    const char *theme, *view;
    int cols, rows;
    const char *keys;
} golden_case;

static const golden_case cases[] = {
    {"app-layout-120x40", "default", NULL, 120, 40, "g10<Enter>"},
    {"app-layout-80x24", "default", NULL, 80, 24, "g8<Enter>"},
    {"app-program-100x30", "default", "program", 100, 30, "g9<Enter>"},
    {"app-stats-100x30", "default", NULL, 100, 30, "g10<Enter>5"},
    {"app-timeline-100x30", "default", "timeline", 100, 30, "g3<Enter>mfg11<Enter>St"},
    {"app-help-100x30", "default", NULL, 100, 30, "?"},
    {"app-help-80x24", "default", NULL, 80, 24, "?"},          /* two columns: one does not fit */
    {"app-too-small-60x20", "default", NULL, 60, 20, ""},
    {"app-mono-100x30", "mono", NULL, 100, 30, "g11<Enter><Tab>"},
    {"app-console-100x30", "default", "program", 100, 30, ":z = [1, 2]<Enter>z<Enter>1/0<Enter>for i in (1,):<Enter>"},
};

static void test_goldens(void **state)
{
    (void)state;
    for (size_t i = 0; i < HV_COUNTOF(cases); i++) {
        const golden_case *c = &cases[i];
        fixture f;
        open_app(&f, c->theme, c->cols, c->rows, c->view);
        keys(&f, c->keys);
        screen(&f, 1);
        check_golden(c->name, &f.out);
        close_app(&f);
    }
}

/* The number of times text occurs in s. */
static int occurrences(const char *s, const char *text)
{
    int n = 0;
    for (const char *p = s; (p = strstr(p, text)) != NULL; p += strlen(text))
        n++;
    return n;
}

/* The help shows every key's text whole: on one line each where one
 * column fits, wrapped in two columns at 80x24, cut (with "…") only when
 * nothing else fits the height. */
static void test_help_whole(void **state)
{
    (void)state;
    static const char *const longest[] = {
        "go to a step (a number, end, or a snapshot)", "collect after the program's end (live), by phase",
        "prediction mode: guess what a step does, then check", "Enter zoom, Esc back, c letters, b cells, r large blocks",
    };
    fixture f;
    open_app(&f, "default", 140, 45, NULL);
    keys(&f, "?");
    for (size_t i = 0; i < HV_COUNTOF(longest); i++)
        assert_true(shows(&f, longest[i]));
    close_app(&f);

    open_app(&f, "default", 80, 24, NULL);          /* the box covers the screen */
    keys(&f, "?");
    const char *s = screen(&f, 0);
    assert_int_equal(occurrences(s, "…"), 1);        /* the one in "Esc…": nothing cut */
    assert_non_null(strstr(s, "go to a step (a number, end,"));
    assert_non_null(strstr(s, "or a snapshot)"));
    assert_non_null(strstr(s, "end (live), by phase"));
    assert_non_null(strstr(s, "Ctrl-L  repaint the screen"));
    assert_int_equal(keys(&f, "x"), APP_REDRAW);     /* any key closes it */
    assert_false(shows(&f, "any key closes this"));
    close_app(&f);
}

static void test_stepping(void **state)
{
    (void)state;
    fixture f;
    open_app(&f, "default", 100, 30, NULL);
    stream *s = live_stream(f.l);
    assert_int_equal(stream_position(s), 0);
    assert_true(shows(&f, "step 0/"));
    assert_int_equal(keys(&f, "p"), APP_BELL);                  /* nothing before the start */
    assert_int_equal(keys(&f, "<Right>") & APP_REDRAW, APP_REDRAW);
    assert_int_equal(stream_position(s), stream_step_end(s, 0)); /* the end of step 0 */
    keys(&f, "n");
    assert_int_equal(stream_position(s), stream_step_end(s, 1));
    uint64_t at = stream_position(s);
    keys(&f, ".");
    assert_int_equal(stream_position(s), at + 1);
    assert_true(shows(&f, "» event "));                          /* mid-step: the single event */
    keys(&f, ",,");
    assert_int_equal(stream_position(s), at - 1);
    keys(&f, "n");                                              /* mid-step: to the step's end */
    assert_int_equal(stream_position(s), at);
    keys(&f, "<Left>");
    assert_int_equal(stream_position(s), stream_step_end(s, 0));
    keys(&f, "g5<Enter>");
    assert_int_equal(stream_step_of(s, stream_position(s)), 5);
    assert_true(shows(&f, "step 5/"));
    keys(&f, "g999<Enter>");
    assert_true(shows(&f, "no step or snapshot '999'"));
    assert_int_equal(stream_step_of(s, stream_position(s)), 5);
    keys(&f, "gend<Enter>");
    assert_int_equal(stream_position(s), stream_events(s));
    assert_int_equal(keys(&f, "n"), APP_BELL);
    assert_int_equal(keys(&f, "."), APP_BELL);
    keys(&f, "g<BS>x<Esc>");                                    /* a cancelled prompt moves nothing */
    assert_int_equal(stream_position(s), stream_events(s));
    assert_int_equal(keys(&f, "q"), APP_QUIT);
    assert_int_equal(keys(&f, "<C-c>"), APP_QUIT);
    close_app(&f);
}

/* Every step's narration of s, joined by newlines (s is left at its end). */
static void stream_narrations(stream *s, buf *out)
{
    for (uint64_t k = 0; k <= stream_steps(s); k++) {
        assert_int_equal(stream_seek(s, stream_step_end(s, k), NULL), 0);
        narrate_position(s, out, NULL);
        buf_addc(out, '\n');
    }
}

/* got begins with want's lines: the first line that differs fails. */
static void same_lines(const char *got, const char *want)
{
    for (unsigned line = 1; *want; line++) {
        size_t g = strcspn(got, "\n"), w = strcspn(want, "\n");
        if (g != w || strncmp(got, want, g) != 0)
            fail_msg("line %u:\n  got  %.*s\n  want %.*s", line, (int)g, got, (int)w, want);
        got += g + (got[g] == '\n');
        want += w + (want[w] == '\n');
    }
}

static void all_narrations(fixture *f, buf *out)
{
    stream *s = live_stream(f->l);
    stream_narrations(s, out);
    app_seek(f->a, stream_events(s));
}

static void test_narration(void **state)
{
    (void)state;
    fixture f;
    open_app(&f, "default", 100, 30, NULL);
    buf all = BUF_INIT;
    all_narrations(&f, &all);
    const char *t = buf_str(&all);
    assert_non_null(strstr(t, "line 8: list freed: refcount fell to 0; its memory is kept on the list free list"));
    assert_non_null(strstr(t, "-byte block returns to pool "));
    assert_non_null(strstr(t, "start-up, before the first statement: "));
    assert_non_null(strstr(t, "line 9: Node created (56 bytes by sys.getsizeof)"));
    /* the comprehension's step: xs, which outlives it, leads; the older
     * range_iterator's end is told beside it */
    assert_non_null(strstr(t, "line 6: list created (248 bytes by sys.getsizeof)"));
    assert_non_null(strstr(t, "; range_iterator freed: refcount fell to 0 (+1 more freed)"));
    /* each phase of the collection says what its work means */
    assert_non_null(strstr(t, "generation 2, start: the younger generations' "));
    assert_non_null(strstr(t, "generation 2, update_refs: gc_refs = refcount for each of the "));
    assert_non_null(strstr(t, " references from inside the collection subtracted: what gc_refs keeps comes from"));
    assert_non_null(strstr(t, "generation 2, move_unreachable: 2 objects tentatively unreachable"));
    assert_non_null(strstr(t, "generation 2, finalize: no finalizer (__del__) to run\n"));
    assert_non_null(strstr(t, "generation 2, resurrect_move: 2 objects still unreachable: garbage to clear\n"));
    assert_non_null(strstr(t, "resurrect_promote: no finalizer brought anything back: nothing to promote\n"));
    assert_null(strstr(t, "no memory changed"));
    assert_non_null(strstr(t, "garbage collector, generation 2, clear: Node freed: refcount fell to 0"));
    assert_non_null(strstr(t, "a new 1024 KiB arena was mapped"));
    buf_free(&all);
    /* the narration line shows it, and a message replaces it until the next key */
    keys(&f, "g8<Enter>");
    assert_true(shows(&f, " » line 8: list freed"));
    keys(&f, "m");
    assert_true(shows(&f, " ! bookmark set"));
    keys(&f, "n");
    assert_false(shows(&f, " ! bookmark set"));
    close_app(&f);
}

/* A name bound to a constant: a new global's dict takes a reference to
 * its key (the str 'd') and one to the value under the same label; the
 * key is not the value (line 1 once said "d = 'd'"), unless the value is
 * that very str (line 3, d already bound).  A name bound to or let go of
 * an object that stays (lines 7 and 8) says which, with its count; a
 * list's item stored, its index (line 10); a dict's that is not a
 * module's namespace, its key (line 13). */
static void test_narration_binding(void **state)
{
    (void)state;
    fixture f;
    app_config cfg = {0};
    app_fixture_open(&f, "bind.py",
                     "d = 'x' * 1000\nq = 5\nd = 'd'\nw = 'w'\nq = 'e'\ne = [1]\nf = e\ndel f\ng = 1\ne[0] = 9\ng = 2\n"
                     "h = {'a': 1}\nh['k'] = e\ng = 3\nclass K:\n    pass\nk = K()\nk.v = e\n",
                     "default", &cfg, 0, 120, 30);
    buf all = BUF_INIT;
    all_narrations(&f, &all);
    const char *t = buf_str(&all);
    assert_non_null(strstr(t, "line 1: d = str 0x"));
    assert_non_null(strstr(t, " (rc now 2; no memory allocated)"));
    assert_null(strstr(t, "line 1: d = 'd'"));
    assert_non_null(strstr(t, "line 3: d = 'd' (a static object"));
    assert_non_null(strstr(t, "line 4: w = 'w' (a static object"));
    assert_non_null(strstr(t, "line 7: f = list 0x"));
    assert_non_null(strstr(t, " (rc now 2; no memory allocated)\n"));
    assert_non_null(strstr(t, "line 8: f unbound: list 0x"));
    assert_non_null(strstr(t, " (rc now 1; no memory freed)\n"));
    assert_non_null(strstr(t, "line 10: list 0x"));
    assert_non_null(strstr(t, "[0] = 9 (a static object: no memory allocated)"));
    assert_non_null(strstr(t, "line 13: dict 0x"));
    assert_non_null(strstr(t, "['k'] = list 0x"));
    assert_null(strstr(t, "line 13: k = "));
    /* a class is named; an attribute says whose; the script's end is a
     * step of its own */
    assert_non_null(strstr(t, "class K created ("));
    assert_non_null(strstr(t, "line 18: K 0x"));
    assert_non_null(strstr(t, ".v = list 0x"));
    assert_non_null(strstr(t, "\nthe script is over: "));
    /* each event of line 1 alone (`.`): the key's reference is not d = 'd' */
    stream *s = live_stream(f.l);
    uint64_t step = 1;
    while (step <= stream_steps(s) && stream_step_line(s, step) != 1)
        step++;
    assert_true(step <= stream_steps(s));
    buf one = BUF_INIT;
    for (uint64_t i = stream_step_begin(s, step) + 1; i < stream_step_end(s, step); i++) {
        assert_int_equal(stream_seek(s, i + 1, NULL), 0);
        buf_clear(&one);
        narrate_position(s, &one, NULL);
        assert_null(strstr(buf_str(&one), "d = 'd'"));
    }
    buf_free(&one);
    app_seek(f.a, stream_events(s));
    buf_free(&all);
    close_app(&f);
}

/* Stepping event by event through a statement written over several
 * lines: ▶ stays on the step's line (its first instruction's, as CPython's
 * first line event), › marks another line the event just applied was
 * charged to (tracemalloc's line: the instruction's; here the list built
 * on line 1 after its items on line 2), and goes at the step's end. */
static void test_event_line(void **state)
{
    (void)state;
    static const char prog[] = "table = [\n"
                               "    str(10 ** 5),\n"
                               "    'a' * 40,\n"
                               "]\n"
                               "x = 1\n";
    app_fixture f;
    app_config cfg = {0};
    app_fixture_open(&f, "lines.py", prog, "default", &cfg, 0, 100, 30);
    stream *s = live_stream(f.l);
    buf all = BUF_INIT;
    all_narrations(&f, &all);                       /* the program run whole */
    buf_free(&all);
    uint64_t step = 1;
    assert_true(stream_steps(s) >= 2);
    assert_int_equal(stream_step_line(s, step), 2);
    int marked = 0;
    for (uint64_t i = stream_step_begin(s, step) + 1; i < stream_step_end(s, step); i++) {
        app_seek(f.a, i);
        hv_event ev = stream_event(s, i - 1);
        assert_true(shows(&f, "▶ 2 "));
        if (ev.site == 1) {
            assert_true(shows(&f, "› 1 "));
            marked++;
        } else {
            assert_false(shows(&f, "› "));
        }
    }
    assert_true(marked > 0);
    app_seek(f.a, stream_step_end(s, step));
    assert_true(shows(&f, "▶ 2 "));
    assert_false(shows(&f, "› "));
    app_seek(f.a, stream_events(s));
    app_fixture_close(&f);
}

/* Each event narrated alone (`.`): who did what to what, never the
 * tally's vague "no memory changed" or "only reference counts changed";
 * an object's birth and death name the block beside them in the step. */
static void test_narration_one_event(void **state)
{
    (void)state;
    static const char prog[] = "import gc\n"
                               "class Node:\n"
                               "    def __init__(self):\n"
                               "        self.other = None\n"
                               "a = [1, 2]\n"
                               "b = a\n"
                               "n = Node()\n"
                               "m = Node()\n"
                               "n.other = m\n"
                               "m.other = n\n"
                               "del n, m, a, b\n"
                               "gc.collect()\n";
    app_fixture f;
    app_config cfg = {0};
    app_fixture_open(&f, "one.py", prog, "default", &cfg, 0, 120, 30);
    stream *s = live_stream(f.l);
    buf all = BUF_INIT, one = BUF_INIT;
    for (uint64_t i = 1; i <= stream_events(s); i++) {
        if (i == stream_step_end(s, stream_step_of(s, i)))
            continue;                               /* a step's end: the step's sentence */
        assert_int_equal(stream_seek(s, i, NULL), 0);
        buf_clear(&one);
        narrate_position(s, &one, NULL);
        const char *said = buf_str(&one);
        if (strstr(said, "no memory changed") || strstr(said, "only reference counts changed") ||
            strstr(said, "in a block allocated earlier")) {
            fprintf(stderr, "# vague: %s\n", said);    /* the TAP output drops fail_msg's text */
            fail();
        }
        if (one.len >= 2 && strcmp(said + one.len - 2, ": ") == 0) {
            fprintf(stderr, "# says nothing: %s\n", said);  /* the interpreter's objects untracked once did */
            fail();
        }
        buf_printf(&all, "%s\n", buf_str(&one));
    }
    buf steps = BUF_INIT;                           /* every step's sentence says something too */
    stream_narrations(s, &steps);
    if (strstr(buf_str(&steps), ": \n")) {
        fprintf(stderr, "# a step says nothing: %.120s\n", strstr(buf_str(&steps), ": \n") - 100);
        fail();
    }
    assert_non_null(strstr(buf_str(&steps), "generation 2, untrack_dicts: "));
    assert_non_null(strstr(buf_str(&steps), " of the interpreter's own objects (python3's start-up) untracked "
                                             "from generation "));
    buf_free(&steps);
    const char *t = buf_str(&all);
    assert_non_null(strstr(t, "(ref): line 5: dict 0x"));
    assert_non_null(strstr(t, " takes a reference to list 0x"));
    assert_non_null(strstr(t, " under 'a' (rc now 2)"));
    assert_non_null(strstr(t, "(ref): line 6: dict 0x"));
    assert_non_null(strstr(t, " takes a reference to its new key 'b'"));
    assert_non_null(strstr(t, " drops its reference to its key 'n'"));
    assert_non_null(strstr(t, " in local 'self' (rc now 2)"));
    assert_non_null(strstr(t, "(ref): line 9: Node 0x"));
    assert_non_null(strstr(t, " under 'other' (rc now 2)"));
    assert_non_null(strstr(t, "(frame-push): line 7: a call: frame __init__ is pushed"));
    assert_non_null(strstr(t, "(frame-pop): line 4: frame __init__ returns and is popped"));
    assert_non_null(strstr(t, "is tracked by the collector, in generation 0"));
    assert_non_null(strstr(t, "-byte block at 0x"));
    assert_non_null(strstr(t, "(obj-new): line 7: Node created (56 bytes by sys.getsizeof) in a 64-byte block of pool"));
    assert_non_null(strstr(t, "goes from uncarved to used"));
    assert_non_null(strstr(t, "joins the collection on the young list: gc_refs = its refcount, "));
    assert_non_null(strstr(t, ": gc_refs 1 → 0"));
    assert_non_null(strstr(t, " moves from the young list to the unreachable list"));
    assert_non_null(strstr(t, "(obj-free): line 12: Node freed: refcount fell to 0; its 64-byte block returns to pool"));
    assert_non_null(strstr(t, "the statement begins"));
    assert_non_null(strstr(t, "the interpreter's own references to "));
    assert_non_null(strstr(t, "frame <module> returns and is popped"));
    assert_non_null(strstr(t, "the script is over: python3 releases its code and flushes its output"));
    assert_null(strstr(t, "frame ? "));
    buf_free(&one);
    buf_free(&all);
    app_seek(f.a, stream_events(s));
    close_app(&f);
}

/* A step that frees objects and moves list items too (issue 6): at 120
 * columns the narration line keeps the shift clause, drops the resize and
 * says it was shortened; on a wide screen the whole sentence shows, and
 * narrate_fit drops the lowest rank first, the later of equal ranks first. */
/* Where the script's last statement ends: the STEP_END step that follows
 * it (the module's code released, the output flushed) begins there. */
static uint64_t script_end(stream *s)
{
    uint64_t last = stream_steps(s);
    hv_event ev = stream_event(s, stream_step_begin(s, last));
    return ev.kind == EV_STEP && ev.u.step.what == STEP_END ? stream_step_begin(s, last) : stream_events(s);
}

/* A bytearray's buffer grown by a resize is narrated as a list's item
 * array is: the new getsizeof and the block that holds it now (17 bytes
 * asked for, a 32-byte block); the heap map says whose buffer it is. */
static void test_narration_bytearray(void **state)
{
    (void)state;
    static const char grow[] = "b = bytearray(b'abcdef')\nb.extend(b'0123456789')\n";
    app_fixture f;
    app_config cfg = {0};
    app_fixture_open(&f, "grow.py", grow, "default", &cfg, 0, 400, 30);
    stream *s = live_stream(f.l);
    app_seek(f.a, script_end(s));
    buf whole = BUF_INIT;
    narrate_position(s, &whole, NULL);
    assert_non_null(strstr(buf_str(&whole), "bytearray grew: sys.getsizeof 63 → 73 bytes (its buffer was "
                                             "reallocated); its 32-byte buffer is now in pool "));
    buf_free(&whole);
    const model *m = stream_model(s);
    view_context ctx = {.model = m, .prof = profile_default()};
    int found = 0;
    for (uint64_t i = 0; i < stream_position(s) && !found; i++) {
        hv_event ev = stream_event(s, i);
        model_owner o[OWN_NROLES];
        if (ev.kind != EV_OBJ_NEW || model_obj_blocks(m, ev.u.obj.addr, o, OWN_NROLES) != 1 ||
            o[0].role != OWN_BUFFER)
            continue;
        found = 1;
        buf whose = BUF_INIT;
        view_heap_block_whose(&ctx, o[0].block, &whose);
        assert_true(strncmp(buf_str(&whose), "buffer of object 0x", 19) == 0);
        buf_free(&whose);
    }
    assert_true(found);
    close_app(&f);
}

static void test_narration_fits(void **state)
{
    (void)state;
    static const char insert[] = "a = [10, 20, 30]\nb = [1.5, 2.5]\na.insert(0, b.pop())\n"
                                 "a.insert(0, str(5) + 'x' * 3)\n";
    app_fixture f;
    app_config cfg = {0};
    app_fixture_open(&f, "insert.py", insert, "default", &cfg, 0, 120, 30);
    stream *s = live_stream(f.l);
    app_seek(f.a, script_end(s));
    buf whole = BUF_INIT, fit = BUF_INIT;
    narrate_changes ch;
    narrate_position(s, &whole, &ch);
    const char *w = buf_str(&whole);
    assert_non_null(strstr(w, "str created (53 bytes by sys.getsizeof)"));
    assert_non_null(strstr(w, "list grew: sys.getsizeof 88 → 120 bytes"));
    assert_non_null(strstr(w, "; items 0-3 moved to 1-4"));
    assert_true(canvas_text_width(w) > 117);
    assert_true(shows(&f, "(+3 more created)" NARRATE_SHORTENED));
    assert_false(shows(&f, "list grew"));
    narrate_fit(w, &ch, 117, &fit);
    assert_true(canvas_text_width(buf_str(&fit)) <= 117);
    assert_null(strstr(buf_str(&fit), "list grew"));
    buf_clear(&fit);
    narrate_fit(w, &ch, canvas_text_width(w), &fit);               /* fits: unchanged */
    assert_string_equal(buf_str(&fit), w);
    close_app(&f);
    app_fixture_open(&f, "insert.py", insert, "default", &cfg, 0, 400, 30);
    app_seek(f.a, script_end(live_stream(f.l)));
    assert_true(shows(&f, "list grew: sys.getsizeof 88 → 120 bytes"));
    assert_false(shows(&f, NARRATE_SHORTENED));
    close_app(&f);
    /* ranks on a made-up sentence "M; a…; b…; c…" (clauses of 20 columns,
     * ranks 1, 0, 1; NARRATE_SHORTENED takes 4) */
    static const char made[] = "M; aaaaaaaaaaaaaaaaaa; bbbbbbbbbbbbbbbbbb; cccccccccccccccccc";
    narrate_changes mk = {.nclauses = 3};
    mk.clause[0] = (narrate_clause){1, 21, 1};
    mk.clause[1] = (narrate_clause){21, 41, 0};
    mk.clause[2] = (narrate_clause){41, 61, 1};
    static const struct { int width; const char *want; } cut[] = {
        {61, made},
        {60, "M; aaaaaaaaaaaaaaaaaa; cccccccccccccccccc […]"},
        {45, "M; aaaaaaaaaaaaaaaaaa; cccccccccccccccccc […]"},
        {44, "M; aaaaaaaaaaaaaaaaaa […]"},
        {25, "M; aaaaaaaaaaaaaaaaaa […]"},
        {24, "M […]"}, {5, "M […]"},
        {4, made},                  /* too wide even without them: whole, for the caller to cut */
    };
    for (size_t k = 0; k < HV_COUNTOF(cut); k++) {
        buf_clear(&fit);
        narrate_fit(made, &mk, cut[k].width, &fit);
        assert_string_equal(buf_str(&fit), cut[k].want);
    }
    buf_free(&whole);
    buf_free(&fit);
}

/* Block owners on screen: find selects the list xs, the heap map zooms to
 * its block and says whose it is, marks its blocks (◆), the graph lists
 * them; the item array's block is labelled as the list's. */
static void test_block_owners(void **state)
{
    (void)state;
    fixture f;
    open_app(&f, "default", 120, 40, NULL);
    keys(&f, "g6<Enter>/list<Enter>");
    assert_true(shows(&f, " ! found list at 0x"));
    assert_true(shows(&f, "in use: list 0x"));                 /* the zoomed pool names the block's object */
    assert_true(shows(&f, "◆ the selected object's"));
    const model *m = stream_model(live_stream(f.l));
    view_context ctx = {.model = m, .prof = profile_default()};
    uint64_t blocks[OWN_NROLES];
    int found = 0;
    char select[64] = "";
    for (uint64_t i = 0; i < stream_position(live_stream(f.l)) && !found; i++) {
        hv_event ev = stream_event(live_stream(f.l), i);
        model_owner o[OWN_NROLES];
        if (ev.kind == EV_OBJ_NEW && model_obj_blocks(m, ev.u.obj.addr, o, OWN_NROLES) == 1 &&
            o[0].role == OWN_ITEMS) {
            found = 1;
            snprintf(select, sizeof select, "/0x%llx<Enter>", (unsigned long long)ev.u.obj.addr);
            assert_int_equal(model_obj_all_blocks(m, ev.u.obj.addr, blocks, OWN_NROLES), 2);
            buf whose = BUF_INIT;
            view_heap_block_whose(&ctx, o[0].block, &whose);
            assert_true(strncmp(buf_str(&whose), "item array of object 0x", 23) == 0);
            buf_free(&whose);
        }
    }
    assert_true(found);
    keys(&f, select);                                           /* the first list is not xs: */
    keys(&f, "3");                                              /* python3's import keeps one */
    assert_true(shows(&f, "blocks: own "));                    /* the selection panel lists them */
    assert_true(shows(&f, " · item array "));
    keys(&f, "3g8<Enter>");                                     /* del xs: the item array goes back */
    buf all = BUF_INIT;
    all_narrations(&f, &all);
    assert_non_null(strstr(buf_str(&all), "line 8: list freed: refcount fell to 0; its memory is kept on the list "
                                          "free list; its 192-byte item array returns to pool "));
    assert_non_null(strstr(buf_str(&all), "line 9: Node created (56 bytes by sys.getsizeof) in a 64-byte block of "
                                          "pool 0 of arena 0; its 272-byte inline values are now in pool "));
    buf_free(&all);
    close_app(&f);
}

static int made_on_line_5(void *ud, const model_obj *o)
{
    *(uint64_t *)ud = o->site == 5 ? o->addr : *(uint64_t *)ud;
    return o->site == 5;
}

/* The graph view of s at the end of the first step on `line`, as text,
 * with the object line 5 made selected and why it is alive. */
static void graph_at_line(stream *s, const theme *th, uint32_t line, buf *out)
{
    buf err = BUF_INIT;
    uint64_t step = 1;
    while (step <= stream_steps(s) && stream_step_line(s, step) != line)
        step++;
    assert_true(step <= stream_steps(s));
    assert_int_equal(stream_seek(s, stream_step_end(s, step), &err), 0);
    view_context ctx = {.model = stream_model(s), .prof = stream_profile(s), .th = th};
    void *v = view_graph_ops.init(&ctx);
    view_graph_set_names(v, stream_names(s));
    uint64_t items = 0;
    model_obj_each(stream_model(s), made_on_line_5, &items);
    assert_int_equal(view_graph_select(v, items), 0);
    canvas *cv = canvas_new(400, 150);                     /* the whole graph, frames included */
    view_graph_ops.draw(v, cv, (canvas_rect){0, 0, 400, 150});
    backend_text_dump(cv, NULL, 0, 0, out);
    view_session ss = {.stream = s};                /* and the program with its memory per line */
    ctx.session = &ss;
    void *pv = view_program_ops.init(&ctx);
    view_program_ops.draw(pv, cv, (canvas_rect){0, 0, 400, 150});
    backend_text_dump(cv, NULL, 0, 0, out);
    view_program_ops.fini(pv);
    char why[512];                                  /* the path from a root: a frame's local by name */
    assert_true(view_graph_why(v, why, sizeof why) > 0);
    buf_printf(out, "why alive: %s\n", why);
    canvas_delete(cv);
    view_graph_ops.fini(v);
    buf_free(&err);
}

/* One naming path: the names live mode learns are recorded (a frame's
 * locals too), so a replay labels the graph exactly as live mode did. */
static void test_names_live_and_replay(void **state)
{
    (void)state;
    static const char src[] =
        "class Point:\n"
        "    def __init__(self, x):\n"
        "        self.x = [x]\n"
        "def build(n):\n"
        "    items = []\n"
        "    label = 'x' * n\n"
        "    for i in range(n):\n"
        "        items.append(Point(i))\n"
        "    return items\n"
        "r = build(3)\n";
    char path[] = "/tmp/hv-56n-XXXXXX", err[256];
    int fd = mkstemp(path);
    close(fd);
    unlink(path);
    buf why = BUF_INIT, live_g = BUF_INIT, replay_g = BUF_INIT;
    theme *th = theme_load("default", err, sizeof err);
    store *st = store_open(path, STORE_WRITE, NULL, &why);
    session_meta meta = {"names.py", "cpython-3.11", "generational", src};
    session *rec = session_begin(st, &meta, &why);
    assert_non_null(rec);
    live *l = live_new(profile_default(), 0, "names.py", src, rec);
    live_run_script(l, src, strlen(src), "names.py");
    graph_at_line(live_stream(l), th, 8, &live_g);
    live_delete(l);
    assert_int_equal(session_end(rec, SESSION_COMPLETE, &why), 0);
    store_close(st);
    st = store_open(path, STORE_READ, NULL, &why);
    stream *s = stream_replay_open(st, 1, &why);
    assert_non_null(s);
    graph_at_line(s, th, 8, &replay_g);
    const char *g = buf_str(&live_g);
    assert_non_null(strstr(g, "│ frame build"));             /* build's locals, by name */
    assert_non_null(strstr(g, "│ items "));
    assert_non_null(strstr(g, "│ label "));
    assert_non_null(strstr(g, "frame __init__"));
    /* the line profiler; `items = []` takes a list python3's start-up left
     * in the free list (gc.c: gc_start_interpreter), so line 5 allocates nothing */
    assert_non_null(strstr(g, "   6    +52        │     label = 'x' * n"));
    assert_non_null(strstr(g, "   5               │     items = []"));
    assert_string_equal(buf_str(&replay_g), g);
    stream_delete(s);
    store_close(st);
    theme_delete(th);
    buf_free(&why);
    buf_free(&live_g);
    buf_free(&replay_g);
    unlink(path);
}

static void test_bookmarks_and_snapshots(void **state)
{
    (void)state;
    fixture f;
    open_app(&f, "default", 100, 30, NULL);
    stream *s = live_stream(f.l);
    keys(&f, "g3<Enter>mg7<Enter>mg12<Enter>");
    assert_true(shows(&f, "step 12/"));
    keys(&f, "[");
    assert_int_equal(stream_step_of(s, stream_position(s)), 7);
    assert_true(shows(&f, "★ bookmark"));
    keys(&f, "[");
    assert_int_equal(stream_step_of(s, stream_position(s)), 3);
    assert_int_equal(keys(&f, "[") & APP_BELL, APP_BELL);
    assert_true(shows(&f, "no bookmark before this step"));
    keys(&f, "]");
    assert_int_equal(stream_step_of(s, stream_position(s)), 7);
    keys(&f, "m]");                                             /* 7 removed: 3 is the only one */
    assert_true(shows(&f, "no bookmark after this step"));
    keys(&f, "S");
    stream_snap snaps[4];
    assert_int_equal(stream_snapshots(s, snaps, 4), 1);
    assert_string_equal(snaps[0].name, "ui-1");
    assert_int_equal(snaps[0].pos, stream_position(s));
    keys(&f, "gend<Enter>gui-1<Enter>");
    assert_int_equal(stream_position(s), snaps[0].pos);
    close_app(&f);
}

static void test_console(void **state)
{
    (void)state;
    fixture f;
    open_app(&f, "default", 100, 30, "program");
    stream *s = live_stream(f.l);
    uint64_t steps = stream_steps(s);
    assert_true(shows(&f, "(the console runs at the end)"));
    keys(&f, ":y = [1, 2, 3]<Enter>");
    assert_int_equal(stream_position(s), stream_events(s));     /* moved to the end, then ran */
    assert_int_equal(stream_steps(s), steps + 1);
    keys(&f, "y<Enter>1/0<Enter>");
    buf out = BUF_INIT;
    stream_output_upto(s, stream_position(s), &out);
    assert_non_null(strstr(buf_str(&out), ">>> y\n[1, 2, 3]\n>>> 1/0\nTraceback (most recent call last):\n"));
    assert_non_null(strstr(buf_str(&out), "ZeroDivisionError: division by zero\n"));
    keys(&f, "for i in range(2):<Enter>");
    assert_true(shows(&f, "\n...\n"));                         /* the block goes on */
    keys(&f, "    print(i * 10)<Enter><Enter>");
    buf_clear(&out);
    stream_output_upto(s, stream_position(s), &out);
    assert_non_null(strstr(buf_str(&out), ">>> for i in range(2):\n...     print(i * 10)\n... \n0\n10\n"));
    keys(&f, "<Up><Up>");                                       /* history: the block, then 1/0 */
    assert_true(shows(&f, ">>> 1/0"));
    keys(&f, "<C-u>x<Esc>");                                    /* out of the console: keys step again */
    uint64_t end = stream_position(s);
    keys(&f, "p");
    assert_true(stream_position(s) < end);
    assert_true(shows(&f, ">>> x\n"));                          /* the draft stays, p was not typed */
    buf_free(&out);
    close_app(&f);
}

/* The console alone (heapviz with no script): the screen says "type Python
 * at the >>> prompt", so what is typed goes there at once — digits and =
 * are Python, not view and speed keys — and Esc gives the keys back. */
static void test_console_alone(void **state)
{
    (void)state;
    fixture f;
    app_config cfg = {0};
    app_fixture_open(&f, "console", "", "default", &cfg, 1, 100, 30);
    stream *s = live_stream(f.l);
    assert_true(shows(&f, "type Python at the >>> prompt"));
    keys(&f, "x = [1, 2, 3]<Enter>x<Enter>");
    buf out = BUF_INIT;
    stream_output_upto(s, stream_position(s), &out);
    assert_non_null(strstr(buf_str(&out), ">>> x = [1, 2, 3]\n>>> x\n[1, 2, 3]\n"));
    assert_false(shows(&f, "━▶ 3 object graph"));              /* 3 was typed, not a maximise */
    keys(&f, "<Esc>3");
    assert_true(shows(&f, "━▶ 3 object graph"));
    buf_free(&out);
    close_app(&f);
}

/* The console at 80x24, as a person meets it: a block recalled with Up
 * comes back whole, each line on its row with its prompt (it came back as
 * its first line alone, the rest hidden but run); Down returns to what was
 * being typed; a line longer than the panel scrolls so the typed end and
 * the cursor stay in sight (it was cut, the cursor off the panel); Ctrl-C
 * drops the input and never quits (a second Ctrl-C meant for a running
 * statement ended the session); the console alone gives its output every
 * row the empty source does not need (three rows were left for it), and
 * PgUp / PgDn scroll it back (only its last lines could be seen). */
static void test_console_as_a_person(void **state)
{
    (void)state;
    fixture f;
    app_config cfg = {0};
    app_fixture_open(&f, "console", "", "default", &cfg, 1, 80, 24);
    for (int i = 0; i < 8; i++) {
        char k[32];
        snprintf(k, sizeof k, "print(%d)<Enter>", i * 111);
        keys(&f, k);
    }
    assert_true(shows(&f, "\n >>> print(444)"));              /* the last 8 of 16 output lines (3 were) */
    assert_true(shows(&f, "\n 777 "));
    assert_false(shows(&f, ">>> print(0)"));
    keys(&f, "<PgUp>");                                         /* the output scrolls back, and says so */
    assert_true(shows(&f, " output: 7 lines back (PgDn) "));
    assert_false(shows(&f, "\n 777 "));
    keys(&f, "<PgUp>");
    assert_true(shows(&f, "\n >>> print(0)"));
    assert_true(shows(&f, " output: 8 lines back (PgDn) "));    /* no further than the first line */
    assert_int_equal(keys(&f, "<PgUp>") & APP_BELL, APP_BELL);
    keys(&f, "<PgDn><PgDn>");
    assert_true(shows(&f, "\n 777 "));
    keys(&f, "<PgUp>1<Enter>");                                 /* new output: back at the end */
    assert_true(shows(&f, "\n 1 "));
    assert_false(shows(&f, "lines back"));
    keys(&f, "def f(x):<Enter>    return [x]<Enter><Enter>f(5)<Enter>");
    assert_true(shows(&f, "\n [5] "));
    keys(&f, "pending<Up><Up>");
    assert_true(shows(&f, "\n>>> def f(x):"));
    assert_true(shows(&f, "\n...     return [x]"));
    assert_true(shows(&f, "\n...  "));
    keys(&f, "<Down><Down>");
    assert_true(shows(&f, "\n>>> pending"));
    assert_false(shows(&f, "\n>>> def f(x):"));
    keys(&f, "<C-u><Up><Up><Enter>f(6)<Enter>");           /* the recalled block runs again */
    assert_true(shows(&f, "\n [6] "));
    keys(&f, "<C-u>def g():<Enter>");                         /* a block longer than the console's rows */
    for (int i = 0; i < 14; i++) {
        char k[40];
        snprintf(k, sizeof k, "    v%d = %d<Enter>", i, i);
        keys(&f, k);
    }
    assert_true(shows(&f, "\n...     v13 = 13"));             /* the lines just typed stay in sight */
    assert_true(shows(&f, "\n... …"));
    assert_false(shows(&f, "\n>>> def g():"));
    keys(&f, "<C-c>");
    keys(&f, "<C-u>values = [n * n for n in range(10) if n % 2 == 0] + [7, 8, 9]");
    assert_true(shows(&f, "\n>>> …"));
    assert_true(shows(&f, "+ [7, 8, 9]"));
    assert_int_equal(keys(&f, "<C-c>") & APP_QUIT, 0);
    assert_true(shows(&f, "input dropped (Ctrl-C)"));
    assert_false(shows(&f, "[7, 8, 9]"));
    assert_int_equal(keys(&f, "<C-c>") & APP_QUIT, 0);
    assert_true(shows(&f, "Ctrl-C stops a running statement"));
    assert_int_equal(keys(&f, "<Esc>q"), APP_QUIT);
    close_app(&f);
}

/* Hundreds of large blocks: the panel lists the first screenful and how
 * many more; the selected object's block is kept in sight, with a row
 * saying how many come before it (it was hidden under "… N more"). */
static void test_large_block_in_sight(void **state)
{
    (void)state;
    fixture f;
    app_config cfg = {.view = "heap"};
    app_fixture_open(&f, "raw.py", "big = [bytes(600 + i) for i in range(300)]\n", "default", &cfg, 0, 120, 40);
    keys(&f, "gend<Enter>");
    const model *m = stream_model(live_stream(f.l));
    size_t n = model_raw_blocks(m, NULL, 0);
    assert_true(n >= 300);
    pymalloc_block *raw = calloc(n, sizeof *raw);
    model_raw_blocks(m, raw, n);
    assert_true(shows(&f, "more"));
    char k[64], row[64];
    snprintf(row, sizeof row, "◆ %llx", (unsigned long long)raw[200].addr);
    assert_false(shows(&f, row));
    snprintf(k, sizeof k, "/0x%llx<Enter>", (unsigned long long)raw[200].addr);
    keys(&f, k);
    assert_true(shows(&f, "found bytes at 0x"));
    assert_true(shows(&f, row));
    assert_true(shows(&f, " before"));
    free(raw);
    close_app(&f);
}

/* Find while the graph is maximised: the object is selected there and the
 * focus stays on the graph (it once moved to the hidden heap map, so w,
 * Tab and → went nowhere). */
static void test_find_maximised(void **state)
{
    (void)state;
    fixture f;
    open_app(&f, "default", 120, 40, NULL);
    keys(&f, "g6<Enter>3/list<Enter>");
    assert_true(shows(&f, "selected in the object graph"));
    assert_true(shows(&f, "━▶ 3 object graph"));
    keys(&f, "5/list<Enter>");
    assert_true(shows(&f, "2 shows it on the heap map"));
    assert_true(shows(&f, "━▶ 5 stats"));
    keys(&f, "5/list<Enter>");
    assert_true(shows(&f, "shown on the heap map"));
    close_app(&f);
}

/* w is a global key: from any panel, and with another view maximised, the
 * graph comes forward with the path from a root. */
static void test_why_anywhere(void **state)
{
    (void)state;
    fixture f;
    open_app(&f, "default", 120, 40, NULL);
    keys(&f, "g6<Enter>");
    assert_false(shows(&f, "why alive: "));
    keys(&f, "w");
    assert_true(shows(&f, "why alive: "));
    assert_true(shows(&f, "▶ 3 object graph"));
    keys(&f, "w5");
    assert_false(shows(&f, "why alive: "));
    keys(&f, "w");
    assert_true(shows(&f, "━▶ 3 object graph"));
    assert_true(shows(&f, "why alive: "));
    close_app(&f);
}

/* g then Enter on an empty prompt closes it, with no complaint. */
static void test_goto_empty(void **state)
{
    (void)state;
    fixture f;
    open_app(&f, "default", 120, 40, NULL);
    keys(&f, "g3<Enter>g<Enter>");
    assert_false(shows(&f, "no step or snapshot"));
    assert_true(shows(&f, " step 3/"));
    close_app(&f);
}

static void test_find_and_mouse(void **state)
{
    (void)state;
    fixture f;
    open_app(&f, "default", 120, 40, NULL);
    keys(&f, "g6<Enter>/list<Enter>");
    assert_true(shows(&f, " ! found list at 0x"));
    assert_true(shows(&f, "▶ 2 heap map"));                     /* the heap map shows its block */
    keys(&f, "/0xdead<Enter>");
    assert_true(shows(&f, "no live object matches '0xdead'"));
    backend_event click = {.type = BEV_MOUSE, .mouse = BMOUSE_PRESS, .button = 1, .x = 5, .y = 3};
    app_event(f.a, &click);
    assert_true(shows(&f, "▶ 1 program"));
    keys(&f, "<Tab>");
    assert_true(shows(&f, "▶ 2 heap map"));
    keys(&f, "<Tab>");
    assert_true(shows(&f, "▶ 3 object graph"));
    keys(&f, "2");
    assert_true(shows(&f, "▶ 2 heap map"));
    assert_false(shows(&f, "1 program"));                       /* maximised */
    keys(&f, "2");
    assert_true(shows(&f, "1 program"));
    keys(&f, "g0<Enter>6");                         /* the timeline: steps from row 3, under the column names */
    screen(&f, 0);                                              /* clicks act on what was drawn */
    click.y = 3 + 5;
    app_event(f.a, &click);
    assert_int_equal(stream_position(live_stream(f.l)), stream_step_end(live_stream(f.l), 0));  /* selected only */
    app_event(f.a, &click);
    assert_true(shows(&f, " step 5/"));                          /* a second click goes there */
    close_app(&f);
}

/* The collector phase by phase, by keys: the gc view maximised (4), the
 * step of gc.collect(), then n through its phases (each a STEP_GC_PHASE
 * step): gc_refs of the two Nodes of the cycle fall to 0 in
 * subtract_refs, move_unreachable finds them unreachable, clear frees
 * them; p steps back to the very same screens. */
static void test_collector_by_keys(void **state)
{
    (void)state;
    fixture f;
    open_app(&f, "mono", 100, 30, NULL);
    stream *s = live_stream(f.l);
    uint64_t collect = 1;                                       /* print('collected', gc.collect()) */
    while (stream_step_line(s, collect) != 15)
        collect++;
    char go[48];
    snprintf(go, sizeof go, "4g%llu<Enter>", (unsigned long long)collect);
    keys(&f, go);
    assert_true(shows(&f, "GC · idle"));
    assert_true(shows(&f, "a full collection would free 2 objects"));
    const char *phases[] = {"phase 1/14 start", "phase 2/14 update_refs", "phase 3/14 subtract_refs",
                            "phase 4/14 move_unreachable"};
    buf seen[HV_COUNTOF(phases)];
    for (size_t i = 0; i < HV_COUNTOF(phases); i++) {
        keys(&f, "n");
        assert_int_equal(stream_step_of(s, stream_position(s)), collect + 1 + i);
        assert_true(shows(&f, phases[i]));
        seen[i] = (buf)BUF_INIT;
        buf_adds(&seen[i], screen(&f, 0));
    }
    assert_non_null(strstr(buf_str(&seen[2]), "young              0       Node rc=1"));
    assert_non_null(strstr(buf_str(&seen[3]), "✗ unreachable        0       Node rc=1"));
    assert_null(strstr(buf_str(&seen[3]), "reachable          1       Node"));
    for (size_t i = HV_COUNTOF(phases) - 1; i > 0; i--) {       /* back, phase by phase */
        keys(&f, "p");
        assert_string_equal(screen(&f, 0), buf_str(&seen[i - 1]));
    }
    for (int i = 0; i < 20 && !shows(&f, "phase 13/14 clear"); i++)
        keys(&f, "n");
    assert_true(shows(&f, "Node freed"));                       /* the narration says it */
    for (size_t i = 0; i < HV_COUNTOF(phases); i++)
        buf_free(&seen[i]);
    close_app(&f);
}

/* The collector view's phase list is the collector's own (QA finding 14:
 * mark & sweep listed CPython's reference counting phases too; it shares
 * the untracking and the resurrection check after its sweep, each stepped). */
static void phases_of(fixture *f, int mark_sweep)
{
    static const char *const cpython[] = {" update_refs", " subtract_refs", "move_unreachable",
                                          " promote"}; /* not resurrect_update_refs… */
    static const char *const ms[] = {"mark_roots", "sweep"};
    for (size_t i = 0; i < HV_COUNTOF(cpython); i++)
        if (shows(f, cpython[i]) == mark_sweep)
            fail_msg("%s %s listed", cpython[i], mark_sweep ? "is" : "is not");
    for (size_t i = 0; i < HV_COUNTOF(ms); i++)
        if (shows(f, ms[i]) != mark_sweep)
            fail_msg("%s %s listed", ms[i], mark_sweep ? "is not" : "is");
    assert_true(shows(f, "finalize") && shows(f, "clear_freelists"));
}

/* C switches the live collector, G appends a full collection under it and
 * moves to its start: stepping walks mark & sweep's phases, and stepping
 * back returns to the screen before.  Before the live end, G says first
 * where the collection will run (after the whole program) and does
 * nothing until a second G; any other key drops the question.  At the
 * end, one G collects. */
static void test_collector_switch_and_collect(void **state)
{
    (void)state;
    fixture f;
    open_app(&f, "mono", 100, 30, NULL);
    stream *s = live_stream(f.l);
    keys(&f, "4");
    assert_true(shows(&f, "gc: generational"));
    assert_true(shows(&f, "next: generational"));
    phases_of(&f, 0);
    keys(&f, "C");
    assert_true(shows(&f, "gc: mark & sweep"));
    assert_true(shows(&f, "next: mark & sweep"));
    phases_of(&f, 1);
    uint64_t end = stream_events(s), steps = stream_steps(s);
    keys(&f, "g3<Enter>G");
    assert_int_equal(stream_events(s), end);                    /* asked, nothing ran */
    assert_int_equal(stream_step_of(s, stream_position(s)), 3);
    char asked[96];
    snprintf(asked, sizeof asked, "G collects after the program's end (step %llu), not here", (unsigned long long)steps);
    assert_true(shows(&f, asked));
    keys(&f, "nG");                                             /* another key in between: asked again */
    assert_int_equal(stream_events(s), end);
    assert_true(shows(&f, asked));
    keys(&f, "G");
    assert_int_equal(stream_position(s), end);
    assert_true(stream_events(s) > end + 10);
    assert_true(shows(&f, "a full collection (mark & sweep) follows the program's end"));
    for (int i = 0; i < 3; i++)
        keys(&f, "n");
    assert_true(shows(&f, "GC · mark & sweep · collecting generation 2"));
    assert_true(shows(&f, "/14 "));
    phases_of(&f, 1);
    for (int i = 0; i < 3; i++)
        keys(&f, "p");
    assert_int_equal(stream_position(s), end);
    keys(&f, "C");
    assert_true(shows(&f, "gc: generational"));
    phases_of(&f, 0);
    keys(&f, "gend<Enter>");                                    /* at the end: at once */
    uint64_t again = stream_events(s);
    keys(&f, "G");
    assert_true(stream_events(s) > again);
    assert_true(shows(&f, "a full collection (generational) follows: "));
    close_app(&f);
}

static void test_play_and_resize(void **state)
{
    (void)state;
    fixture f;
    open_app(&f, "default", 100, 30, NULL);
    stream *s = live_stream(f.l);
    assert_int_equal(app_timeout(f.a), -1);
    keys(&f, " ");
    assert_int_equal(app_timeout(f.a), 1000);
    assert_true(shows(&f, "▶ 1x"));
    keys(&f, "++");
    assert_int_equal(app_timeout(f.a), 250);
    assert_true(shows(&f, "▶ 4x"));
    backend_event tick = {.type = BEV_TIMER};
    app_event(f.a, &tick);
    assert_int_equal(stream_position(s), stream_step_end(s, 0));
    app_event(f.a, &tick);
    assert_int_equal(stream_step_of(s, stream_position(s)), 1);
    keys(&f, "gend<Enter> ");                                   /* g pauses; space at the end replays */
    assert_int_equal(stream_position(s), 0);
    keys(&f, "gend<Enter>");
    assert_int_equal(app_timeout(f.a), -1);
    keys(&f, "----");
    assert_int_equal(keys(&f, "-") , APP_BELL);                 /* 0.25x is the slowest */
    backend_event rs = {.type = BEV_RESIZE, .x = 79, .y = 30};
    app_event(f.a, &rs);
    canvas_resize(f.cv, 79, 30);
    assert_true(shows(&f, "terminal too small (need 80x24)"));
    assert_true(shows(&f, "now 79x30"));
    rs.x = 80;
    rs.y = 24;
    app_event(f.a, &rs);
    canvas_resize(f.cv, 80, 24);
    assert_true(shows(&f, "step "));
    close_app(&f);
}

/* A script's #: captions (demo.h) lead the narration of their line. */
static void test_captions(void **state)
{
    (void)state;
    static const char src[] = "#: Make a list of ten numbers.\nxs = list(range(10))\nys = xs\n";
    char err[256];
    live *l = live_new(profile_default(), 0, "cap.py", src, NULL);
    live_run_script(l, src, strlen(src), "cap.py");
    theme *th = theme_load("default", err, sizeof err);
    app_config cfg = {.s = live_stream(l), .th = th};
    app *a = app_new(&cfg);
    canvas *cv = canvas_new(100, 30);
    backend_event ev = {.type = BEV_KEY, .key = BKEY_TEXT, .text = "n"};
    app_event(a, &ev);
    app_event(a, &ev);
    app_draw(a, cv);
    buf out = BUF_INIT;
    backend_text_dump(cv, NULL, 0, 0, &out);
    assert_non_null(strstr(buf_str(&out), " » Make a list of ten numbers. — line 2: list created"));
    app_event(a, &ev);                                          /* line 3 has no caption */
    app_draw(a, cv);
    buf_clear(&out);
    backend_text_dump(cv, NULL, 0, 0, &out);
    assert_non_null(strstr(buf_str(&out), " » line 3: "));
    buf_free(&out);
    canvas_delete(cv);
    app_delete(a);
    theme_delete(th);
    live_delete(l);
}

/* The narration of a step told again (kept by the app: telling a step of
 * millions of events reads them all) is the same screen, and what
 * narrate.h says and fits after the caption. */
static void test_narration_kept(void **state)
{
    (void)state;
    enum { WIDE = 150 };    /* the captioned line loses clauses to fit, and then fits */
    static const char src[] = "#: A list, then a bigger one in its place.\n"
                              "xs = [1, 2, 3]\n"
                              "xs = [i * 1000 for i in range(40)] + xs\n"
                              "del xs\n";
    char err[256];
    live *l = live_new(profile_default(), 0, "kept.py", src, NULL);
    live_run_script(l, src, strlen(src), "kept.py");
    theme *th = theme_load("default", err, sizeof err);
    app_config cfg = {.s = live_stream(l), .th = th};
    app *a = app_new(&cfg);
    canvas *cv = canvas_new(WIDE, 30);
    backend_event n = {.type = BEV_KEY, .key = BKEY_TEXT, .text = "n"}, p = n;
    p.text[0] = 'p';
    buf first = BUF_INIT, again = BUF_INIT;
    int clauses_cut = 0;
    for (uint64_t step = 1; step <= stream_steps(live_stream(l)); step++) {
        app_seek(a, stream_step_end(live_stream(l), step));
        app_draw(a, cv);
        buf_clear(&first);
        backend_text_dump(cv, NULL, 1, 0, &first);
        app_event(a, &p);
        app_event(a, &n);
        app_draw(a, cv);
        buf_clear(&again);
        backend_text_dump(cv, NULL, 1, 0, &again);
        assert_string_equal(buf_str(&again), buf_str(&first));
        /* as narrate.h fits it, told after the caption (if the line has it) */
        static const char cap[] = "A list, then a bigger one in its place. — ";
        buf said = BUF_INIT, fit = BUF_INIT;
        narrate_changes ch;
        int captioned = strstr(buf_str(&first), " » A list, then") != NULL;
        if (captioned)
            buf_adds(&said, cap);
        narrate_position(live_stream(l), &said, &ch);
        narrate_fit(buf_str(&said), &ch, WIDE - 3, &fit);
        assert_non_null(strstr(buf_str(&first), buf_str(&fit)));
        clauses_cut += captioned && ch.nclauses && strstr(buf_str(&fit), NARRATE_SHORTENED);
        buf_free(&said);
        buf_free(&fit);
    }
    assert_true(clauses_cut > 0);           /* a captioned line lost clauses to fit */
    buf_free(&first);
    buf_free(&again);
    canvas_delete(cv);
    app_delete(a);
    theme_delete(th);
    live_delete(l);
}

/* A recording in a new store file (r->path, a fresh temporary name): a
 * session of src run live under `collector` ("generational" or
 * "mark-sweep"), the live program (r->l) left open. */
typedef struct recording {
    char path[32];
    store *st;
    session *rec;
    live *l;
} recording;

static void record(recording *r, const char *name, const char *src, const char *collector)
{
    snprintf(r->path, sizeof r->path, "/tmp/hv-56-XXXXXX");
    int fd = mkstemp(r->path);
    close(fd);
    unlink(r->path);
    buf why = BUF_INIT;
    r->st = store_open(r->path, STORE_WRITE, NULL, &why);
    assert_non_null(r->st);
    session_meta meta = {name, "cpython-3.11", collector, src};
    r->rec = session_begin(r->st, &meta, &why);
    assert_non_null(r->rec);
    r->l = live_new(profile_default(), 0, name, src, r->rec);
    if (strcmp(collector, "mark-sweep") == 0)
        live_console(r->l)->collector(r->l, COLLECTOR_MARK_SWEEP);
    live_run_script(r->l, src, strlen(src), name);
    buf_free(&why);
}

/* Ends the live program and its session, reopens the file for reading
 * (r->st) and returns the session's replay. */
static stream *replay_recording(recording *r)
{
    buf why = BUF_INIT;
    live_delete(r->l);
    assert_int_equal(session_end(r->rec, SESSION_COMPLETE, &why), 0);
    store_close(r->st);
    r->st = store_open(r->path, STORE_READ, NULL, &why);
    stream *s = stream_replay_open(r->st, 1, &why);
    assert_non_null(s);
    buf_free(&why);
    return s;
}

/* What a replay test holds at its end, freed, and the file removed. */
static void replay_test_done(recording *r, stream *s, app *a, canvas *cv, theme *th)
{
    canvas_delete(cv);
    app_delete(a);
    theme_delete(th);
    stream_delete(s);
    store_close(r->st);
    unlink(r->path);
}

/* Replay: the same app on a recorded session.  Seeking to the end loads
 * the final keyframe, which replaces the model: the views must follow
 * (app.c invariant 1; ASan would catch a stale model). */
static void test_replay(void **state)
{
    (void)state;
    char err[256];
    buf why = BUF_INIT;
    recording rc;
    record(&rc, "prog.py", program, "generational");
    live *l = rc.l;
    uint64_t steps = stream_steps(live_stream(l));
    buf live_said = BUF_INIT, replay_said = BUF_INIT;
    stream_narrations(live_stream(l), &live_said);
    assert_null(live_snapshot_taken(l, "early", 3));            /* anywhere, before the end too */
    assert_null(live_snapshot_taken(l, "last", stream_events(live_stream(l))));
    stream *s = replay_recording(&rc);
    assert_true(stream_steps(s) >= steps);
    assert_string_equal(stream_source(s), program);
    stream_narrations(s, &replay_said);                         /* replay says what live said (the
                                                                   recording goes on past live's end) */
    same_lines(buf_str(&replay_said), buf_str(&live_said));
    buf_free(&live_said);
    buf_free(&replay_said);
    theme *th = theme_load("default", err, sizeof err);
    app_config cfg = {.s = s, .th = th};
    app *a = app_new(&cfg);
    canvas *cv = canvas_new(120, 40);
    const char *seq[] = {"end", "5", "0", "end", "12"};
    buf out = BUF_INIT;
    for (size_t i = 0; i < HV_COUNTOF(seq); i++) {
        uint64_t pos;
        assert_int_equal(stream_resolve(s, seq[i], &pos, &why), 0);
        assert_int_equal(app_seek(a, pos), 0);
        app_draw(a, cv);                                        /* every view reads the model */
    }
    backend_text_dump(cv, NULL, 0, 0, &out);
    assert_non_null(strstr(buf_str(&out), " step 12/"));
    assert_non_null(strstr(buf_str(&out), "session 1 \"prog.py\"  replay"));
    int named = 0;                                              /* type names came from the recording */
    for (uint64_t i = 0; i < stream_events(s) && !named; i++)
        named = stream_event(s, i).kind == EV_OBJ_NEW &&
                strcmp(stream_type_name(s, stream_event(s, i).u.obj.type), "Node") == 0;
    assert_true(named);
    int code_named = 0;                                         /* so did the other names */
    for (uint64_t i = 0; i < stream_events(s) && !code_named; i++) {
        const char *n = names_get(stream_names(s), stream_event(s, i).u.obj.addr, NAMES_SELF);
        code_named = stream_event(s, i).kind == EV_OBJ_NEW && n && strcmp(n, "__init__") == 0;
    }
    assert_true(code_named);
    buf_clear(&out);                                            /* output by position */
    assert_int_equal(stream_output_upto(s, 0, &out), 0);
    assert_true(stream_output_upto(s, stream_events(s), &out) >= 2);
    assert_non_null(strstr(buf_str(&out), "20\ncollected 2\n"));
    uint64_t print_step = 1;                                    /* print(len(xs)): line 7 */
    while (stream_step_line(s, print_step) != 7)
        print_step++;
    buf_clear(&out);
    stream_output_upto(s, stream_step_begin(s, print_step), &out);
    assert_string_equal(buf_str(&out), "");
    stream_output_upto(s, stream_step_end(s, print_step), &out);
    assert_string_equal(buf_str(&out), "20\n");
    stream_snap snaps[4];                                       /* the recorded snapshot... */
    assert_int_equal(stream_snapshots(s, snaps, 4), 2);
    assert_string_equal(snaps[0].name, "early");
    assert_int_equal(snaps[0].pos, 3);
    assert_string_equal(snaps[1].name, "last");
    const char *k = "S";                                        /* ...and one taken here */
    backend_event ev;
    assert_true(golden_next_key(&k, &ev));
    app_event(a, &ev);
    app_draw(a, cv);
    buf_clear(&out);
    backend_text_dump(cv, NULL, 0, 0, &out);
    assert_non_null(strstr(buf_str(&out), "snapshot 'ui-1' shown here only, not saved: nothing records"));
    assert_int_equal(stream_snapshots(s, snaps, 4), 3);
    buf_free(&out);
    replay_test_done(&rc, s, a, cv, th);
    buf_free(&why);
}

/* S saves a snapshot wherever the viewer is in a live session, there and
 * not at the live end: the replay, its commands' resolver and the
 * timeline find it at that step, and the model there is the one shown. */
static void test_snapshot_mid_session(void **state)
{
    (void)state;
    char err[256];
    buf why = BUF_INIT, out = BUF_INIT;
    recording rc;
    record(&rc, "prog.py", program, "generational");
    theme *th = theme_load("mono", err, sizeof err);
    app_config cfg = {.s = live_stream(rc.l), .th = th, .snapshot = live_snapshot_taken, .snapshot_ud = rc.l};
    app *a = app_new(&cfg);
    canvas *cv = canvas_new(100, 30);
    const char *k = "g4<Enter>S";
    backend_event ev;
    while (golden_next_key(&k, &ev))
        app_event(a, &ev);
    uint64_t at = stream_step_end(live_stream(rc.l), 4);
    assert_true(at < stream_events(live_stream(rc.l)));
    app_draw(a, cv);
    backend_text_dump(cv, NULL, 0, 0, &out);
    assert_non_null(strstr(buf_str(&out), "snapshot 'ui-1' saved at step 4 (key 6 lists it"));
    size_t objects = model_obj_count(stream_model(live_stream(rc.l)));
    app_delete(a);
    stream *s = replay_recording(&rc);
    uint64_t pos;
    assert_int_equal(stream_resolve(s, "ui-1", &pos, &why), 0);
    assert_int_equal(pos, at);
    assert_int_equal(stream_seek(s, pos, &why), 0);
    assert_int_equal(model_obj_count(stream_model(s)), objects);
    cfg = (app_config){.s = s, .th = th, .view = "timeline"};
    a = app_new(&cfg);
    app_seek(a, pos);
    app_draw(a, cv);
    buf_clear(&out);
    backend_text_dump(cv, NULL, 0, 0, &out);
    assert_non_null(strstr(buf_str(&out), "ui-1"));
    buf_free(&out);
    replay_test_done(&rc, s, a, cv, th);
    buf_free(&why);
}

/* A replay names the collector the session was recorded with (status
 * line and collector view) and shows the collector's settings as they
 * were at each step (GC_CONFIG events). */
static const char ms_program[] =
    "import gc\n"
    "a = [1]\n"
    "a.append(a)\n"
    "del a\n"
    "gc.set_threshold(100, 5, 5)\n"
    "gc.collect()\n"
    "gc.disable()\n"
    "pass\n";

static void test_replay_collector(void **state)
{
    (void)state;
    char err[256];
    buf why = BUF_INIT;
    recording rc;
    record(&rc, "ms.py", ms_program, "mark-sweep");
    stream *s = replay_recording(&rc);
    assert_int_equal(stream_collector(s), COLLECTOR_MARK_SWEEP);
    theme *th = theme_load("default", err, sizeof err);
    app_config cfg = {.s = s, .th = th, .view = "gc"};
    app *a = app_new(&cfg);
    canvas *cv = canvas_new(120, 40);
    buf out = BUF_INIT;
    struct { const char *at; const char *want[3]; } seen[] = {
        {"3", {"gc: mark & sweep", "recorded with: mark & sweep", "threshold 700 (default)"}},
        {"end", {"gc: mark & sweep", "threshold 100 (set_threshold)", "automatic collection off"}},
    };
    for (size_t i = 0; i < HV_COUNTOF(seen); i++) {
        uint64_t pos;
        assert_int_equal(stream_resolve(s, seen[i].at, &pos, &why), 0);
        assert_int_equal(app_seek(a, pos), 0);
        app_draw(a, cv);
        buf_clear(&out);
        backend_text_dump(cv, NULL, 0, 0, &out);
        for (int k = 0; k < 3; k++)
            if (!strstr(buf_str(&out), seen[i].want[k]))
                fail_msg("at %s: no \"%s\" in\n%s", seen[i].at, seen[i].want[k], buf_str(&out));
    }
    uint64_t pos = 0;                       /* inside the collection: its phase, by the events */
    while (pos < stream_events(s) && !(stream_event(s, pos).kind == EV_GC_PHASE &&
                                       stream_event(s, pos).u.gc.to == GCP_MS_MARK))
        pos++;
    assert_int_equal(app_seek(a, pos + 1), 0);
    app_draw(a, cv);
    buf_clear(&out);
    backend_text_dump(cv, NULL, 0, 0, &out);
    assert_non_null(strstr(buf_str(&out), "GC · mark & sweep · collecting generation 2"));
    assert_non_null(strstr(buf_str(&out), "gc: mark & sweep"));
    assert_non_null(strstr(buf_str(&out), "root: __main__"));   /* recorded (codec format 3) */
    assert_non_null(strstr(buf_str(&out), "phase 3/14 mark"));  /* mark & sweep's own phases */
    assert_non_null(strstr(buf_str(&out), "✓ mark_roots"));
    assert_null(strstr(buf_str(&out), " update_refs"));        /* not resurrect_update_refs */
    assert_null(strstr(buf_str(&out), "move_unreachable"));
    assert_non_null(strstr(buf_str(&out), "untrack_tuples"));   /* after the sweep, stepped */
    assert_non_null(strstr(buf_str(&out), "resurrect_"));
    buf_free(&out);
    replay_test_done(&rc, s, a, cv, th);
    buf_free(&why);
}

/* The live screen runs a script as `python3 -i` does: an uncaught
 * SystemExit is reported like any exception (its traceback in the
 * output), not taken as the end of the program, and the console goes on. */
static void test_live_system_exit(void **state)
{
    (void)state;
    static const char prog[] = "import sys\nprint('before')\nsys.exit(3)\n";
    live *l = live_new(profile_default(), 0, "exit.py", prog, NULL);
    assert_int_equal(live_run_script(l, prog, strlen(prog), "exit.py"), 1);
    stream *s = live_stream(l);
    buf out = BUF_INIT;
    stream_output_upto(s, stream_events(s), &out);
    assert_non_null(strstr(buf_str(&out), "before\n"));
    assert_non_null(strstr(buf_str(&out), "    sys.exit(3)\nSystemExit: 3\n"));
    buf_free(&out);
    live_delete(l);
}

/* A collection that finds nothing says so phase by phase, never "no
 * memory changed". */
static void test_narration_nothing_collected(void **state)
{
    (void)state;
    app_fixture f;
    app_config cfg = {0};
    app_fixture_open(&f, "none.py", "import gc\nx = [[]]\ngc.collect()\ny = 1\n", "default", &cfg, 0, 120, 30);
    buf all = BUF_INIT;
    stream_narrations(live_stream(f.l), &all);
    const char *t = buf_str(&all);
    assert_non_null(strstr(t, "generation 2, move_unreachable: every object is reachable: nothing to collect\n"));
    assert_non_null(strstr(t, "generation 2, resurrect_update_refs: nothing is unreachable: nothing to check again\n"));
    assert_non_null(strstr(t, "generation 2, resurrect_move: nothing is unreachable: no garbage\n"));
    assert_non_null(strstr(t, "generation 2, clear: nothing to clear\n"));
    assert_null(strstr(t, "no memory changed"));
    buf_free(&all);
    app_fixture_close(&f);
}

/* Mark & sweep's phases said as what they do: the self-referencing list
 * is the one object left white. */
static void test_narration_mark_sweep(void **state)
{
    (void)state;
    recording rc;
    record(&rc, "ms.py", ms_program, "mark-sweep");
    stream *s = replay_recording(&rc);
    buf all = BUF_INIT;
    stream_narrations(s, &all);
    const char *t = buf_str(&all);
    assert_non_null(strstr(t, "generation 2, start: "));
    assert_non_null(strstr(t, " tracked objects join the collection, white, with gc_refs = their refcount\n"));
    assert_non_null(strstr(t, "generation 2, mark_roots: "));
    assert_non_null(strstr(t, " roots grayed\n"));
    assert_non_null(strstr(t, ": gray objects blackened one at a time, their white referents grayed\n"));
    assert_non_null(strstr(t, " from the heap subtracted: a white object with gc_refs left is held by the "));
    assert_non_null(strstr(t, "generation 2, sweep: 1 object tentatively unreachable (left white by the marking)\n"));
    assert_null(strstr(t, "no memory changed"));
    buf_free(&all);
    replay_test_done(&rc, s, NULL, NULL, NULL);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_goldens),
        cmocka_unit_test(test_help_whole),
        cmocka_unit_test(test_stepping),
        cmocka_unit_test(test_narration),
        cmocka_unit_test(test_narration_fits),
        cmocka_unit_test(test_narration_bytearray),
        cmocka_unit_test(test_narration_kept),
        cmocka_unit_test(test_narration_binding),
        cmocka_unit_test(test_narration_mark_sweep),
        cmocka_unit_test(test_narration_nothing_collected),
        cmocka_unit_test(test_live_system_exit),
        cmocka_unit_test(test_event_line),
        cmocka_unit_test(test_narration_one_event),
        cmocka_unit_test(test_block_owners),
        cmocka_unit_test(test_names_live_and_replay),
        cmocka_unit_test(test_bookmarks_and_snapshots),
        cmocka_unit_test(test_console),
        cmocka_unit_test(test_console_alone),
        cmocka_unit_test(test_console_as_a_person),
        cmocka_unit_test(test_large_block_in_sight),
        cmocka_unit_test(test_find_maximised),
        cmocka_unit_test(test_why_anywhere),
        cmocka_unit_test(test_goto_empty),
        cmocka_unit_test(test_find_and_mouse),
        cmocka_unit_test(test_play_and_resize),
        cmocka_unit_test(test_collector_by_keys),
        cmocka_unit_test(test_collector_switch_and_collect),
        cmocka_unit_test(test_captions),
        cmocka_unit_test(test_replay),
        cmocka_unit_test(test_replay_collector),
        cmocka_unit_test(test_snapshot_mid_session),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
