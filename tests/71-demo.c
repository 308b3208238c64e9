/*
 * 71-demo: the captions module (ui/demo.h): the caption syntax, the line a
 * caption narrates, settings and description, the bundled list (every
 * assets/demos/NAME.py is built in, has a description and captions), and the
 * caption of a real STEP event from the interpreter.
 */
#include "testutil.h"

#include "demo.h"
#include "interp.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char sample[] =
    "#= A sample: with a description\n"             /* 1 */
    "#% profile classroom\n"                        /* 2 */
    "#%collector   mark-sweep  \n"                  /* 3 */
    "import gc\n"                                   /* 4 */
    "\n"                                            /* 5 */
    "#: First caption,\n"                           /* 6 */
    "   #:   continued.   \n"                       /* 7 */
    "\n"                                            /* 8 */
    "# a plain comment does not end it\n"           /* 9 */
    "x = [1, 2]\n"                                  /* 10 */
    "def f():\n"                                    /* 11 */
    "    #: Inside a function.\r\n"                 /* 12 */
    "    return 1\n"                                /* 13 */
    "#= a second description is ignored\n"          /* 14 */
    "#:\n"                                          /* 15: empty, adds nothing */
    "y = f()\n"                                     /* 16 */
    "#: Trailing caption with no code after it\n";  /* 17 */

static void test_syntax(void **state)
{
    (void)state;
    demo *d = demo_parse("sample", sample, strlen(sample));
    assert_string_equal(demo_get_name(d), "sample");
    assert_string_equal(demo_description(d), "A sample: with a description");
    assert_string_equal(demo_setting(d, "profile"), "classroom");
    assert_string_equal(demo_setting(d, "collector"), "mark-sweep");
    assert_null(demo_setting(d, "theme"));
    assert_int_equal(demo_ncaptions(d), 2);
    const demo_caption *c = demo_caption_get(d, 0);
    assert_int_equal(c->line, 10);
    assert_int_equal(c->comment_line, 6);
    assert_string_equal(c->text, "First caption, continued.");
    c = demo_caption_get(d, 1);
    assert_int_equal(c->line, 13);
    assert_string_equal(c->text, "Inside a function.");
    assert_null(demo_caption_get(d, 2));
    assert_string_equal(demo_caption_at(d, 10), "First caption, continued.");
    assert_int_equal(demo_caption_index(d, 13), 1);
    for (unsigned line = 0; line < 20; line++)
        if (line != 10 && line != 13)
            assert_null(demo_caption_at(d, line));
    size_t n;
    assert_string_equal(demo_source_text(d, &n), sample);
    assert_int_equal(n, strlen(sample));
    demo_free(d);
}

static void test_no_captions(void **state)
{
    (void)state;
    demo *d = demo_parse("plain", "print(1)\n#:\n", 12);
    assert_string_equal(demo_description(d), "");
    assert_int_equal(demo_ncaptions(d), 0);
    assert_int_equal(demo_caption_index(d, 1), -1);
    demo_free(d);
    d = demo_parse("empty", "", 0);
    assert_int_equal(demo_ncaptions(d), 0);
    demo_free(d);
    /* not NUL-terminated: only n bytes are read */
    d = demo_parse("cut", "#: a\nx = 1\n#: b\ny = 2\n", 11);
    assert_int_equal(demo_ncaptions(d), 1);
    assert_null(demo_caption_at(d, 4));
    demo_free(d);
}

/* Every .py in assets/demos is built in, described, and captioned. */
static void test_bundled(void **state)
{
    (void)state;
    const char *top = getenv("TOP_SRCDIR") ? getenv("TOP_SRCDIR") : ".";
    char path[1024];
    snprintf(path, sizeof path, "%s/assets/demos", top);
    DIR *dir = opendir(path);
    assert_non_null(dir);
    size_t files = 0;
    for (struct dirent *e; (e = readdir(dir));) {
        size_t len = strlen(e->d_name);
        if (len < 4 || strcmp(e->d_name + len - 3, ".py"))
            continue;
        files++;
        char name[256];
        snprintf(name, sizeof name, "%.*s", (int)(len - 3), e->d_name);
        buf err = BUF_INIT;
        demo *d = demo_load(name, &err);
        if (!d)
            fail_msg("%s is not built in: %s", e->d_name, buf_str(&err));
        assert_true(strlen(demo_description(d)) > 10);
        assert_true(demo_ncaptions(d) >= 3);
        demo_free(d);
        buf_free(&err);
    }
    closedir(dir);
    assert_int_equal(files, demo_count());
    buf list = BUF_INIT;
    demo_list(&list);
    for (size_t i = 0; i < demo_count(); i++) {
        char line[128];
        snprintf(line, sizeof line, "%s  ", demo_name(i));
        assert_non_null(strstr(buf_str(&list), line));
    }
    assert_null(demo_name(demo_count()));
    buf_free(&list);
}

static void test_unknown(void **state)
{
    (void)state;
    buf err = BUF_INIT;
    assert_null(demo_load("no-such-demo", &err));
    assert_non_null(strstr(buf_str(&err), "unknown demo 'no-such-demo'"));
    assert_non_null(strstr(buf_str(&err), "cycles"));
    assert_null(strchr(buf_str(&err), '\n'));
    buf_free(&err);
}

typedef struct steps {
    const demo *d;
    buf first;              /* captions in the order first reached */
    unsigned hits[4];       /* steps per caption */
} steps;

static void on_event(void *ud, const hv_event *ev)
{
    steps *s = ud;
    long i = ev->kind == EV_STEP && ev->u.step.what == STEP_STATEMENT ? demo_caption_index(s->d, ev->site) : -1;
    if (i < 0)
        return;
    assert_true(i < 4);
    if (!s->hits[i]++)
        buf_printf(&s->first, "%ld;", i);
}

static void discard(void *ud, int fd, const char *p, size_t n)
{
    (void)ud, (void)fd, (void)p, (void)n;
}

/* A STEP event's site is the line its caption narrates, in loops and
 * functions too. */
static void test_steps(void **state)
{
    (void)state;
    static const char prog[] =
        "#: make a list\n"
        "a = []\n"
        "def add(x):\n"
        "    #: append\n"
        "    a.append(x)\n"
        "#: loop\n"
        "for i in range(2):\n"
        "    add(i)\n"
        "#: done\n"
        "print(a)\n";
    demo *d = demo_parse("steps", prog, strlen(prog));
    steps s = {d, BUF_INIT, {0}};
    interp_options opt = {.prof = profile_default(), .emit = on_event, .emit_ud = &s, .write = discard};
    interp *in = interp_new(&opt);
    assert_int_equal(interp_run(in, prog, strlen(prog), "steps.py"), 0);
    interp_delete(in);
    assert_string_equal(buf_str(&s.first), "0;2;1;3;");
    assert_int_equal(s.hits[0], 1);
    assert_int_equal(s.hits[1], 2);     /* the function ran twice */
    assert_true(s.hits[2] >= 1);        /* the loop's header */
    assert_int_equal(s.hits[3], 1);
    buf_free(&s.first);
    demo_free(d);
}

static void test_phase_syntax(void **state)
{
    (void)state;
    static const char prog[] =
        "import gc\n"                              /* 1 */
        "#@ update_refs: refs\n"                   /* 2 */
        "#: the line's own\n"                      /* 3 */
        "#@ subtract_refs: minus\n"                /* 4 */
        "#@ update_refs: again\n"                  /* 5: joins line 2 */
        "#@ not a phase line\n"                    /* 6: no PHASE: (blank first) */
        "#@ :empty\n"                              /* 7: no phase name */
        "gc.collect()\n"                           /* 8 */
        "#@ sweep: only a phase\n"                 /* 9 */
        "gc.collect()\n";                          /* 10 */
    demo *d = demo_parse("p", prog, strlen(prog));
    assert_int_equal(demo_ncaptions(d), 4);
    const demo_caption *c = demo_caption_get(d, 0);
    assert_int_equal(c->line, 8);
    assert_null(c->phase);
    assert_string_equal(c->text, "the line's own");
    c = demo_caption_get(d, 1);
    assert_string_equal(c->phase, "update_refs");
    assert_string_equal(c->text, "refs again");
    assert_int_equal(c->comment_line, 2);
    assert_string_equal(demo_caption_get(d, 2)->phase, "subtract_refs");
    assert_int_equal(demo_phase_caption_index(d, 8, "subtract_refs"), 2);
    assert_int_equal(demo_phase_caption_index(d, 8, "sweep"), -1);
    assert_int_equal(demo_phase_caption_index(d, 10, "sweep"), 3);
    assert_int_equal(demo_caption_index(d, 10), -1);   /* only a phase caption there */
    assert_int_equal(demo_caption_index(d, 8), 0);
    demo_free(d);
}

typedef struct phases {
    const demo *d;
    demo_cursor cur;
    buf got;                /* the captions brought up, in order */
} phases;

static void on_phase_event(void *ud, const hv_event *ev)
{
    phases *p = ud;
    long i = demo_event_caption(p->d, &p->cur, ev);
    if (i >= 0)
        buf_printf(&p->got, "%s;", demo_caption_get(p->d, (size_t)i)->text);
}

/* A collection's phases bring up the phase captions of the line that
 * started it, even after a finalizer ran Python code on other lines. */
static void test_phase_events(void **state)
{
    (void)state;
    static const char prog[] =
        "import gc\n"
        "class A:\n"
        "    def __del__(self):\n"
        "        #: in the finalizer\n"
        "        x = 1\n"
        "a = A()\n"
        "a.me = a\n"
        "del a\n"
        "#: collect\n"
        "#@ update_refs: U\n"
        "#@ finalize: F\n"
        "#@ clear: C\n"
        "gc.collect()\n"
        "#: after\n"
        "y = 2\n";
    demo *d = demo_parse("p", prog, strlen(prog));
    phases p = {d, DEMO_CURSOR_INIT, BUF_INIT};
    interp_options opt = {.prof = profile_default(), .emit = on_phase_event, .emit_ud = &p, .write = discard};
    interp *in = interp_new(&opt);
    assert_int_equal(interp_run(in, prog, strlen(prog), "p.py"), 0);
    interp_delete(in);
    assert_string_equal(buf_str(&p.got), "collect;U;F;in the finalizer;C;after;");
    buf_free(&p.got);
    demo_free(d);
}

/* #? marks: the next line of code is asked about; the text is optional. */
static void test_questions(void **state)
{
    (void)state;
    static const char src[] =
        "a = [1]\n"
        "#? What does `del a` free?\n"
        "#: a caption too\n"
        "\n"
        "del a\n"
        "b = 1\n"
        "  #?\n"
        "del b\n"
        "#? after the last line: asks nothing\n";
    demo *d = demo_parse("q", src, strlen(src));
    assert_int_equal(demo_nquestions(d), 2);
    assert_string_equal(demo_question_at(d, 5), "What does `del a` free?");
    assert_string_equal(demo_question_at(d, 8), "");
    assert_null(demo_question_at(d, 6));
    assert_null(demo_question_at(d, 9));
    assert_string_equal(demo_caption_at(d, 5), "a caption too");
    demo_free(d);
    assert_int_equal(demo_nquestions(NULL), 0);
    assert_null(demo_question_at(NULL, 5));
    buf err = BUF_INIT;
    d = demo_load("cascade", &err);     /* the bundled cascade asks about both dels */
    assert_int_equal(demo_nquestions(d), 2);
    demo_free(d);
    buf_free(&err);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_syntax),
        cmocka_unit_test(test_phase_syntax),
        cmocka_unit_test(test_phase_events),
        cmocka_unit_test(test_questions),
        cmocka_unit_test(test_no_captions),
        cmocka_unit_test(test_bundled),
        cmocka_unit_test(test_unknown),
        cmocka_unit_test(test_steps),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
