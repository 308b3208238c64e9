/*
 * 57-graph-teach: the object graph teaches (view_graph.h's program mode),
 * driven through the app by keys on the bundled demos:
 *
 *   - cycles at `del alice`: the two Person objects and their cycle, the
 *     one whose count fell selected, the interpreter's own objects (the
 *     class's slots, the subclass registry's weak reference, print()'s
 *     keyword-names tuple, code constants) folded into one counted box;
 *   - key a: every object (those appear), again: the program's;
 *   - cycles at `del bob`: the pair is garbage (✗); after the collection
 *     (`loop = []`): the pair is gone, the new list selected;
 *   - refcount: a name and its list;
 *   - stepping back and forth redraws the same screen.
 *
 * Golden screens in both modes (tests/golden/teach-*.txt; make
 * update-goldens rewrites them).
 */
#include "apptest.h"

#include "app.h"
#include "live.h"
#include "stream.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The bundled demo's source (assets/demos/NAME.py); the caller frees it. */
static char *demo_source(const char *name)
{
    char rel[256];
    snprintf(rel, sizeof rel, "assets/demos/%s.py", name);
    return golden_read_or_fail(rel);
}

/* The demo run live, the app on its graph view maximised (present: in
 * presenter mode, its caption box under the graph). */
static void open_demo_as(app_fixture *f, const char *name, int cols, int rows, int present)
{
    char *src = demo_source(name);
    app_config cfg = {.view = "graph", .present = present};
    app_fixture_open(f, name, src, present ? "presenter" : "default", &cfg, 0, cols, rows);
    free(src);
}

static void open_demo(app_fixture *f, const char *name, int cols, int rows)
{
    open_demo_as(f, name, cols, rows, 0);
}

/* The first statement step that runs the source line starting with text. */
static unsigned step_of(app_fixture *f, const char *name, const char *text)
{
    char *src = demo_source(name);
    uint32_t line = 1;
    const char *q = src;
    while (*q && strncmp(q, text, strlen(text)) != 0) {     /* at a line's start */
        q += strcspn(q, "\n");
        q += *q == '\n';
        line++;
    }
    free(src);
    stream *s = live_stream(f->l);
    for (uint64_t st = 1; st <= stream_steps(s); st++) {
        hv_event ev = stream_event(s, stream_step_begin(s, st));
        if (ev.kind == EV_STEP && ev.u.step.what == STEP_STATEMENT && ev.site == line)
            return (unsigned)st;
    }
    fail_msg("%s: no step runs line %u (%s)", name, line, text);
    return 0;
}

static void go(app_fixture *f, unsigned step)
{
    char k[32];
    snprintf(k, sizeof k, "g%u<Enter>", step);
    app_keys(f, k);
}

static void golden(app_fixture *f, const char *name)
{
    app_screen(f, 1);
    check_golden(name, &f->out);
}

static void test_cycles(void **state)
{
    (void)state;
    app_fixture f;
    open_demo(&f, "cycles", 120, 40);
    go(&f, step_of(&f, "cycles", "del alice"));
    assert_true(app_shows(&f, "▸Person rc=1 56B"));             /* the one whose count fell */
    assert_true(app_shows(&f, "Person rc=2 56B"));              /* bob's, holding it */
    assert_true(app_shows(&f, "class Person"));                 /* the class: one box */
    assert_true(app_shows(&f, "· the program's 6 (a: all)"));  /* 2 Persons, 2 names, the class, globals */
    assert_false(app_shows(&f, "ReferenceType"));               /* the plumbing is folded */
    assert_false(app_shows(&f, "tuple rc="));
    assert_false(app_shows(&f, "code rc="));
    assert_false(app_shows(&f, "· ✗"));                         /* nothing is garbage yet */
    golden(&f, "teach-cycles-del-alice-120x40");
    app_keys(&f, "a");                                          /* every object */
    assert_true(app_shows(&f, "object graph: every object"));
    assert_false(app_shows(&f, "internals"));
    assert_false(app_shows(&f, "· the program's"));              /* the title no longer says so */
    app_keys(&f, "g1<Enter>");                                  /* the mode stays while stepping */
    go(&f, step_of(&f, "cycles", "del alice"));
    golden(&f, "teach-cycles-del-alice-all-120x40");
    assert_true(app_shows(&f, "Objects · 138 live · 1 frame\n"));  /* the parser's arena too */
    app_keys(&f, "a");                                          /* and back */
    assert_true(app_shows(&f, "object graph: the program's objects"));
    assert_false(app_shows(&f, "ReferenceType"));
    go(&f, step_of(&f, "cycles", "del bob"));
    assert_true(app_shows(&f, "✗ 2 unreachable"));
    assert_true(app_shows(&f, "✗Person rc=1") || app_shows(&f, "▸Person rc=1"));
    go(&f, step_of(&f, "cycles", "loop = []"));
    assert_false(app_shows(&f, "Person rc=1 56B"));            /* collected */
    assert_true(app_shows(&f, "▸list rc=1"));                   /* the step made it */
    golden(&f, "teach-cycles-collected-120x40");
    app_fixture_close(&f);
}

/* Back one step and forth again: the same screen, in both modes. */
static void test_stable(void **state)
{
    (void)state;
    app_fixture f;
    open_demo(&f, "cycles", 100, 30);
    unsigned from = step_of(&f, "cycles", "alice = Person"), to = step_of(&f, "cycles", "loop = []");
    for (int mode = 0; mode < 2; mode++) {
        for (unsigned st = from; st <= to; st++) {
            go(&f, st);
            char *want = strdup(app_screen(&f, 0));
            app_keys(&f, "pn");
            if (strcmp(want, app_screen(&f, 0)) != 0)
                fail_msg("step %u (mode %d): back and forth changed the screen:\n%s\n---\n%s", st, mode, want,
                         app_screen(&f, 0));
            free(want);
        }
        app_keys(&f, "a");
    }
    app_fixture_close(&f);
}

/* The screen's row holding `text` (0 the first), or -1. */
static int row_of(app_fixture *f, const char *text)
{
    const char *scr = app_screen(f, 0), *at = strstr(scr, text);
    if (!at)
        return -1;
    int row = 0;
    for (const char *c = scr; c < at; c++)
        row += *c == '\n';
    return row;
}

/* The screen column of the first `text` (every character one cell), or -1. */
static int col_of(app_fixture *f, const char *text)
{
    const char *scr = app_screen(f, 0), *at = strstr(scr, text), *row = at;
    if (!at)
        return -1;
    while (row > scr && row[-1] != '\n')
        row--;
    int col = 0;
    for (; row < at; row++)
        col += ((unsigned char)*row & 0xc0) != 0x80;
    return col;
}

/* Stepping one statement at a time from `alice = Person` (each Person is
 * made while a frame's `self` holds it, then stored in a global): at `del
 * alice` both Persons are right of the globals box that names them, the
 * strings right of the Persons: every arrow runs forwards. */
static void test_forwards(void **state)
{
    (void)state;
    app_fixture f;
    open_demo(&f, "cycles", 120, 40);
    unsigned from = step_of(&f, "cycles", "alice = Person"), to = step_of(&f, "cycles", "del alice");
    go(&f, from);
    for (unsigned st = from; st < to; st++)
        app_keys(&f, "n");
    int globals = col_of(&f, "globals rc="), person = col_of(&f, "Person rc=1"), other = col_of(&f, "Person rc=2");
    int str = col_of(&f, "str rc=");
    if (!(globals >= 0 && person > globals && other > globals && str > person && str > other))
        fail_msg("columns globals %d, Persons %d %d, str %d:\n%s", globals, person, other, str, app_screen(&f, 0));
    app_fixture_close(&f);
}

/* At 120 columns every step of the cycles demo fits the panel: nothing
 * scrolls, so the roots' boxes are whole on screen at every step; the
 * garbage pair sits under the separator and no other box does. */
static void test_fits(void **state)
{
    (void)state;
    app_fixture f;
    open_demo(&f, "cycles", 120, 40);
    unsigned from = step_of(&f, "cycles", "alice = Person"), to = step_of(&f, "cycles", "loop = []");
    for (unsigned st = from; st < to; st++) {
        go(&f, st);
        if (!app_shows(&f, "│ interpreter│") || !app_shows(&f, "│ frame <module>│") || !app_shows(&f, "internals"))
            fail_msg("step %u: the roots are not whole on screen:\n%s", st, app_screen(&f, 0));
    }
    go(&f, step_of(&f, "cycles", "del bob"));
    int sep = row_of(&f, "✗ unreachable: no root reaches these objects");
    assert_true(sep > 0);
    assert_true(row_of(&f, "✗Person rc=1") > sep || row_of(&f, "▸Person rc=1") > sep);
    assert_true(row_of(&f, "globals rc=") < sep);
    assert_true(row_of(&f, "class Person") < sep);
    app_fixture_close(&f);
}

/* QA 15: on a projector (80x24, presenter mode) inside bob's __init__,
 * the selected Person is not pinned to the top with its arrows off
 * screen: the box, the frame whose `self` keeps it alive and the string
 * the step stored in it are all in view. */
static void test_centred(void **state)
{
    (void)state;
    app_fixture f;
    open_demo_as(&f, "cycles", 80, 24, 1);
    go(&f, step_of(&f, "cycles", "bob = Person") + 1);     /* into __init__: self.name = name */
    if (!app_shows(&f, "▸Person rc="))
        fail_msg("%s", app_screen(&f, 0));
    assert_true(app_shows(&f, "▸Person rc="));
    if (!app_shows(&f, "frame __init__"))
        fail_msg("%s", app_screen(&f, 0));
    assert_true(app_shows(&f, "│ self "));
    int sel = row_of(&f, "▸Person rc="), top = row_of(&f, "Objects · ");
    assert_true(sel > top + 2);                 /* not on the graph's first row */
    golden(&f, "teach-cycles-init-present-80x24");
    app_fixture_close(&f);
}

static void test_refcount(void **state)
{
    (void)state;
    app_fixture f;
    open_demo(&f, "refcount", 100, 30);
    go(&f, step_of(&f, "refcount", "b = a"));
    assert_true(app_shows(&f, "▸list rc=2"));                   /* two names, one list */
    assert_false(app_shows(&f, "code rc="));
    golden(&f, "teach-refcount-100x30");
    app_keys(&f, "a");
    golden(&f, "teach-refcount-all-100x30");
    app_fixture_close(&f);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_cycles),
        cmocka_unit_test(test_stable),
        cmocka_unit_test(test_fits),
        cmocka_unit_test(test_forwards),
        cmocka_unit_test(test_centred),
        cmocka_unit_test(test_refcount),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
