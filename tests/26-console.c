/*
 * 26-console: the live console of interp.h against what python3's console
 * does (measured with `python3 -i` and code.InteractiveConsole): echoes
 * of expression values and builtins._, "<stdin>" tracebacks that do not
 * end the session, one persistent __main__ shared with a script run
 * before, SyntaxError reports, and codeop's decision on unfinished input.
 */
#include "testutil.h"

#include "interp.h"

#include <string.h>

typedef struct session {
    interp *in;
    buf out, err;
    unsigned steps, console_steps;
} session;

static void capture(void *ud, int fd, const char *p, size_t n)
{
    session *s = ud;
    buf_add(fd == 2 ? &s->err : &s->out, p, n);
}

static void count_steps(void *ud, const hv_event *ev)
{
    session *s = ud;
    if (ev->kind == EV_STEP) {
        s->steps++;
        s->console_steps += ev->u.step.what == STEP_CONSOLE;
    }
}

static void open_session(session *s)
{
    memset(s, 0, sizeof *s);
    interp_options opt = {.write = capture, .write_ud = s, .emit = count_steps, .emit_ud = s};
    s->in = interp_new(&opt);
}

/* The console as the live app opens it: python3 at a terminal, whose
 * stdout is line-buffered over a BufferedWriter of a pty's st_blksize. */
static void open_tty_session(session *s)
{
    memset(s, 0, sizeof *s);
    interp_options opt = {.write = capture, .write_ud = s, .emit = count_steps, .emit_ud = s,
                          .stdout_mode = INTERP_STDOUT_LINE, .stdout_blksize = 1024, .stderr_blksize = 1024};
    s->in = interp_new(&opt);
}

static void close_session(session *s)
{
    interp_delete(s->in);
    buf_free(&s->out);
    buf_free(&s->err);
}

/* Types one input; returns its status and leaves what it printed in s. */
static int type(session *s, const char *text)
{
    buf_clear(&s->out);
    buf_clear(&s->err);
    return interp_console(s->in, text, strlen(text));
}

static int incomplete(session *s, const char *text)
{
    return interp_console_incomplete(s->in, text, strlen(text));
}

static void test_echo(void **state)
{
    (void)state;
    session s;
    open_session(&s);
    assert_int_equal(type(&s, "x = [1, 2]"), 0);
    assert_string_equal(buf_str(&s.out), "");
    assert_int_equal(type(&s, "x"), 0);
    assert_string_equal(buf_str(&s.out), "[1, 2]\n");
    assert_int_equal(type(&s, "None"), 0);                  /* None is not echoed */
    assert_string_equal(buf_str(&s.out), "");
    assert_int_equal(type(&s, "'a' + 'b'"), 0);             /* repr, not str */
    assert_string_equal(buf_str(&s.out), "'ab'\n");
    assert_int_equal(type(&s, "x.append(3); x"), 0);        /* one line, two statements */
    assert_string_equal(buf_str(&s.out), "[1, 2, 3]\n");
    assert_int_equal(type(&s, "for i in range(3): i\n"), 0); /* echoes inside blocks too */
    assert_string_equal(buf_str(&s.out), "0\n1\n2\n");
    assert_int_equal(s.console_steps, 6);
    assert_int_equal(s.steps, 6);                           /* one step per input */
    close_session(&s);
}

/* builtins._ holds the last echoed value (python3 -i: getrefcount(x) goes
 * from 2 to 3 once x has been echoed); None does not replace it. */
static void test_underscore(void **state)
{
    (void)state;
    session s;
    open_session(&s);
    type(&s, "import sys");
    type(&s, "x = [1]");
    type(&s, "sys.getrefcount(x)");
    assert_string_equal(buf_str(&s.out), "2\n");
    type(&s, "x");
    type(&s, "sys.getrefcount(x)");
    assert_string_equal(buf_str(&s.out), "3\n");
    type(&s, "None");
    type(&s, "_");
    assert_string_equal(buf_str(&s.out), "3\n");
    type(&s, "_ = 5");                                      /* a global hides it */
    type(&s, "_ + 1");
    assert_string_equal(buf_str(&s.out), "6\n");
    close_session(&s);
}

/* Each input's AST arena holds its constants while the input runs (python3
 * -i: getrefcount(1000) is 3), and lets them go when it is over. */
static void test_arena_constants(void **state)
{
    (void)state;
    session s;
    open_session(&s);
    type(&s, "import sys");
    type(&s, "x = 1000");
    type(&s, "sys.getrefcount(x)");
    assert_string_equal(buf_str(&s.out), "2\n");
    type(&s, "sys.getrefcount(1000)");
    assert_string_equal(buf_str(&s.out), "3\n");
    type(&s, "sys.getrefcount(x); sys.getrefcount(1000)");
    assert_string_equal(buf_str(&s.out), "2\n3\n");
    type(&s, "y = (2000, 3000)");
    type(&s, "sys.getrefcount(y[0])");
    assert_string_equal(buf_str(&s.out), "2\n");
    close_session(&s);
}

/* An input's parser makes its identifiers' strings again (python3 -i:
 * after `spam = 1`, getrefcount("spam") is 3; with `eggs = spam` on the
 * same line 8, the arena's four strings for that spam included), and they
 * go with the input's arena. */
static void test_arena_identifiers(void **state)
{
    (void)state;
    session s;
    open_session(&s);
    type(&s, "import sys");
    type(&s, "spam = 1");
    type(&s, "sys.getrefcount(\"spam\")");
    assert_string_equal(buf_str(&s.out), "3\n");
    type(&s, "sys.getrefcount(\"spam\"); eggs = spam");
    assert_string_equal(buf_str(&s.out), "8\n");
    type(&s, "sys.getrefcount(\"eggs\")");
    assert_string_equal(buf_str(&s.out), "3\n");
    close_session(&s);
}

static void test_errors_go_on(void **state)
{
    (void)state;
    session s;
    open_session(&s);
    assert_int_equal(type(&s, "def f(n):\n    return 10 // n\n"), 0);
    assert_int_equal(type(&s, "f(0)"), 1);
    assert_string_equal(buf_str(&s.err), "Traceback (most recent call last):\n"
                        "  File \"<stdin>\", line 1, in <module>\n"
                        "  File \"<stdin>\", line 2, in f\n"
                        "ZeroDivisionError: integer division or modulo by zero\n");
    assert_int_equal(type(&s, "f(5)"), 0);                  /* the session goes on */
    assert_string_equal(buf_str(&s.out), "2\n");
    assert_int_equal(type(&s, "1 +"), 1);
    assert_string_equal(buf_str(&s.err), "  File \"<stdin>\", line 1\n    1 +\n       ^\n"
                        "SyntaxError: invalid syntax\n");
    assert_int_equal(type(&s, "x = 1\ny = 2"), 1);
    assert_string_equal(buf_str(&s.err), "  File \"<stdin>\", line 1\n    x = 1\n         ^\n"
                        "SyntaxError: multiple statements found while compiling a single statement\n");
    assert_int_equal(type(&s, "from sys import *"), 1);    /* outside the subset */
    assert_non_null(strstr(buf_str(&s.err), "SyntaxError: heapviz does not support 'from sys import *' "
                                             "(python3 binds sys.addaudithook, which heapviz does not model)"));
    assert_int_equal(type(&s, "from gc import *"), 0);     /* its names bound in the console's globals */
    assert_int_equal(type(&s, "isenabled()"), 0);
    assert_string_equal(buf_str(&s.out), "True\n");
    assert_int_equal(type(&s, "from sys import nope"), 1);
    assert_non_null(strstr(buf_str(&s.err), "ImportError: cannot import name 'nope' from 'sys' (unknown location)"));
    assert_int_equal(type(&s, "undefined_name"), 1);
    assert_string_equal(buf_str(&s.err), "Traceback (most recent call last):\n"
                        "  File \"<stdin>\", line 1, in <module>\n"
                        "NameError: name 'undefined_name' is not defined\n");
    assert_int_equal(type(&s, "f(2)"), 0);
    assert_string_equal(buf_str(&s.out), "5\n");
    assert_int_equal(type(&s, ""), 0);                      /* an empty input does nothing */
    assert_int_equal(type(&s, "# just a comment\n"), 0);
    close_session(&s);
}

/* A script first, then the console in its __main__: its names, its
 * functions (whose tracebacks still quote the script's lines). */
static void test_after_script(void **state)
{
    (void)state;
    session s;
    open_session(&s);
    const char *prog = "items = [1, 2, 3]\ndef total():\n    return sum(items) / zero\n";
    assert_int_equal(interp_run(s.in, prog, strlen(prog), "prog.py"), 0);
    type(&s, "items");
    assert_string_equal(buf_str(&s.out), "[1, 2, 3]\n");
    type(&s, "__name__");                               /* __file__ is gone (python3 -i) */
    assert_string_equal(buf_str(&s.out), "'__main__'\n");
    assert_int_equal(type(&s, "__file__"), 1);
    assert_int_equal(type(&s, "total()"), 1);
    assert_string_equal(buf_str(&s.err), "Traceback (most recent call last):\n"
                        "  File \"<stdin>\", line 1, in <module>\n"
                        "  File \"prog.py\", line 3, in total\n"
                        "    return sum(items) / zero\n"
                        "                        ^^^^\n"
                        "NameError: name 'zero' is not defined\n");
    type(&s, "zero = 2");
    type(&s, "total()");
    assert_string_equal(buf_str(&s.out), "3.0\n");
    close_session(&s);
}

/* codeop.compile_command(text, "<stdin>", "single") is None exactly for
 * these (each checked with python3). */
static void test_incomplete(void **state)
{
    (void)state;
    session s;
    open_session(&s);
    static const char *const more[] = {
        "if x:", "if x:\n  print(1)", "(1,", "x = [1,\n2", "def f(", "x = 1 + \\",
        "\"\"\"abc", "@dec", "@dec\ndef f(): pass", "for i in range(3): print(i)",
        "if x:\n  pass\nelse:", "try:\n  pass", "class A:\n  def f(self):\n",
        "print('a'); x = (", "while True:\n    x = 1\n    if x:",
    };
    for (size_t i = 0; i < sizeof more / sizeof *more; i++)
        if (!incomplete(&s, more[i]))
            fail_msg("should need more lines: %s", more[i]);
    static const char *const done[] = {
        "", "# c", "x = 1", "if x:\n  print(1)\n", "class A:\n  def f(self):\n    pass\n",
        "1 +", "x = )", "1 2", "while x", "if x:\n  pass\nelse", "f(\n1)", "'abc",
        "x = 1\ny = 2",
    };
    for (size_t i = 0; i < sizeof done / sizeof *done; i++)
        if (incomplete(&s, done[i]))
            fail_msg("should be complete (or an error): %s", done[i]);
    close_session(&s);
}

/* A multi-line block typed line by line, as a console front end feeds it. */
static void test_block_line_by_line(void **state)
{
    (void)state;
    session s;
    open_session(&s);
    const char *lines[] = {"class Node:", "    def __init__(self, v):", "        self.v = v",
                           "    def __repr__(self):", "        return f'Node({self.v})'", ""};
    buf text = BUF_INIT;
    size_t i = 0;
    for (;; i++) {
        if (text.len)
            buf_addc(&text, '\n');
        buf_adds(&text, lines[i]);
        if (!interp_console_incomplete(s.in, buf_str(&text), text.len))
            break;
    }
    assert_int_equal(i, 5);                                 /* ended by the blank line */
    assert_int_equal(type(&s, buf_str(&text)), 0);
    type(&s, "[Node(1), Node(2)]");
    assert_string_equal(buf_str(&s.out), "[Node(1), Node(2)]\n");
    buf_free(&text);
    close_session(&s);
}

/* sys.displayhook writes repr(x) and "\n" through sys.stdout as print()
 * does: a bound `write` for each (GC objects), the pending list, and at
 * the line end the flush to the BufferedWriter, then its flush to the
 * terminal through a managedbuffer and a memoryview (two more GC objects).
 * With a threshold of 1, the collections the echoes start within one
 * input leave gc.get_count() where python3 -i (under script(1)) leaves it.
 * (Before the echoes the counts differ: python3's REPL makes one GC
 * object more than heapviz after a full collection, so the input's own
 * count is (0, 1, 0) there and (1, 0, 0) here; an echo of None, which
 * writes nothing, or a threshold of 2 shows that offset.) */
static void test_displayhook_textio(void **state)
{
    (void)state;
    session s;
    open_tty_session(&s);
    static const struct { const char *echo, *counts; } steps[] = {
        {"'x'", "'x'\n(0, 3, 0)\n"},
        {"'x'; 'y'", "'x'\n'y'\n(0, 4, 0)\n"},
        {"'m' * 3; 'n' * 2", "'mmm'\n'nn'\n(0, 4, 0)\n"},
    };
    type(&s, "import gc");
    buf line = BUF_INIT;
    for (size_t i = 0; i < sizeof steps / sizeof *steps; i++) {
        buf_clear(&line);
        buf_printf(&line, "x = gc.collect(); gc.set_threshold(1, 1000, 1000); %s; "
                   "b = gc.get_count(); gc.set_threshold(700, 10, 10); print(b)", steps[i].echo);
        assert_int_equal(type(&s, buf_str(&line)), 0);
        if (strcmp(buf_str(&s.out), steps[i].counts) != 0)
            fail_msg("%s: want %s got %s", steps[i].echo, steps[i].counts, buf_str(&s.out));
    }
    /* A repr longer than the pty's 1024-byte buffer goes to the terminal
     * from the BufferedWriter's write, not its flush: python3 -i, (0, 3, 0). */
    assert_int_equal(type(&s, "x = gc.collect(); gc.set_threshold(1, 1000, 1000); 'm' * 1500; "
                              "b = gc.get_count(); gc.set_threshold(700, 10, 10); print(b)"), 0);
    assert_true(s.out.len > 1503);
    assert_string_equal(buf_str(&s.out) + 1503, "(0, 3, 0)\n");
    buf_free(&line);
    close_session(&s);
}

/* interp_names_since's callback: counts every name and the ones whose
 * text is `want`. */
typedef struct name_count {
    const char *want;
    unsigned all, found;
    int local;              /* count only a code object's local slots */
} name_count;

static void count_name(void *ud, uint64_t addr, uint32_t slot, const char *text)
{
    name_count *c = ud;
    (void)addr;
    c->all++;
    c->found += strcmp(text, c->want) == 0 && (!c->local || slot < VMNAMES_VALUE);
}

/* count_name for two wants at once. */
typedef struct name_pair {
    name_count *a, *b;
} name_pair;

static void count_both(void *ud, uint64_t addr, uint32_t slot, const char *text)
{
    name_pair *p = ud;
    count_name(p->a, addr, slot, text);
    count_name(p->b, addr, slot, text);
}

/* The recorder's names sync skips the interned strs and builtin types
 * while nothing joined the interned table, and reports them all again
 * once a console line interns a new name. */
static void test_names_since(void **state)
{
    (void)state;
    session s;
    open_session(&s);
    assert_int_equal(type(&s, "a = 1"), 0);
    uint64_t seen = VMNAMES_ALL;
    name_count c = {.want = "int"};
    interp_names_since(s.in, &seen, count_name, &c);
    assert_true(c.found >= 1);                      /* the builtin type (and str), the first time */
    unsigned first = c.all;
    c = (name_count){.want = "int"};
    interp_names_since(s.in, &seen, count_name, &c);
    assert_int_equal(c.found, 0);                   /* nothing changed: neither again */
    assert_true(c.all < first);
    assert_int_equal(type(&s, "zq_new_name = 2"), 0);
    c = (name_count){.want = "zq_new_name"};
    interp_names_since(s.in, &seen, count_name, &c);
    assert_true(c.found >= 1);                      /* interned by the line: the strs again */
    c = (name_count){.want = "zq_new_name"};
    interp_names(s.in, count_name, &c);
    assert_true(c.found >= 1);                      /* interp_names reports everything */
    /* A function's code names, once: the walk after the def reports them,
     * the next walks do not, though the function lives; a new function's
     * are reported, and interp_names still reports the old one's. */
    assert_int_equal(type(&s, "def zq_f(zq_local): return zq_local"), 0);
    c = (name_count){.want = "zq_local", .local = 1};
    interp_names_since(s.in, &seen, count_name, &c);
    assert_int_equal(c.found, 1);
    c = (name_count){.want = "zq_local", .local = 1};
    interp_names_since(s.in, &seen, count_name, &c);
    assert_int_equal(c.found, 0);
    assert_int_equal(type(&s, "def zq_g(zq_other): return zq_f(zq_other)"), 0);
    name_count young = {.want = "zq_other", .local = 1};
    interp_names_since(s.in, &seen, count_both, &(name_pair){&young, &c});
    assert_int_equal(young.found, 1);               /* the new function's, in the walk … */
    assert_int_equal(c.found, 0);                   /* … that leaves the old one's out */
    c = (name_count){.want = "zq_local", .local = 1};
    interp_names(s.in, count_name, &c);
    assert_int_equal(c.found, 1);
    /* A collection moves a new function out of generation 0: the next
     * walk looks at every generation, though interp_names ran between. */
    assert_int_equal(type(&s, "def zq_h(zq_third): return zq_third"), 0);
    assert_int_equal(type(&s, "import gc; zq_n = gc.collect()"), 0);
    c = (name_count){.want = "zq_third", .local = 1};
    interp_names(s.in, count_name, &c);
    assert_int_equal(c.found, 1);
    c = (name_count){.want = "zq_third", .local = 1};
    interp_names_since(s.in, &seen, count_name, &c);
    assert_int_equal(c.found, 1);
    close_session(&s);
}

/* Every echo, of None too, first makes and clears an AttributeError
 * (sys.displayhook's builtins.__spec__._initializing, spec_initializing_probe):
 * after gc.collect() has emptied the tuple free list, its args 1-tuple is
 * one GC object more in generation 0, as python3 -i counts (measured
 * under script(1) with these lines, PYTHONHASHSEED=0; the echo of
 * gc.set_threshold()'s None is the first after the collection). */
static void test_displayhook_probe(void **state)
{
    (void)state;
    static const struct { const char *echo; int threshold; const char *counts; } steps[] = {
        {"None", 1, "(0, 1, 0)\n"}, {"None", 2, "(0, 1, 0)\n"}, {"None", 1000, "(2, 0, 0)\n"},
        {"'x'", 2, "'x'\n(0, 2, 0)\n"}, {"1", 2, "1\n(0, 2, 0)\n"}, {"1", 1000, "1\n(3, 0, 0)\n"},
        {"y = 1", 1000, "(2, 0, 0)\n"}, {"gc.enable()", 1000, "(2, 0, 0)\n"},
    };
    session s;
    open_tty_session(&s);
    type(&s, "import gc");
    buf line = BUF_INIT;
    for (size_t i = 0; i < sizeof steps / sizeof *steps; i++) {
        buf_clear(&line);
        buf_printf(&line, "x = gc.collect(); gc.set_threshold(%d, 1000, 1000); %s; "
                   "b = gc.get_count(); gc.set_threshold(700, 10, 10); print(b)", steps[i].threshold,
                   steps[i].echo);
        assert_int_equal(type(&s, buf_str(&line)), 0);
        if (strcmp(buf_str(&s.out), steps[i].counts) != 0)
            fail_msg("%s (threshold %d): want %s got %s", steps[i].echo, steps[i].threshold,
                     steps[i].counts, buf_str(&s.out));
    }
    buf_free(&line);
    close_session(&s);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_echo),
        cmocka_unit_test(test_underscore),
        cmocka_unit_test(test_arena_constants),
        cmocka_unit_test(test_arena_identifiers),
        cmocka_unit_test(test_errors_go_on),
        cmocka_unit_test(test_after_script),
        cmocka_unit_test(test_incomplete),
        cmocka_unit_test(test_block_line_by_line),
        cmocka_unit_test(test_displayhook_textio),
        cmocka_unit_test(test_displayhook_probe),
        cmocka_unit_test(test_names_since),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
