/*
 * 54-view-graph: the object graph view on models fed by real programs
 * (heap/interp.h with every event applied to a heap model): golden
 * screens, sizes and why-alive against answers worked out by hand (sizes
 * are python3's sys.getsizeof), positions unchanged by stepping back and
 * forth, keys and mouse, a 2,000-object graph, a terminal too small.
 */
#include "progview.h"

#include "view_graph.h"

/* The state after the statement on line `line` of a program written one
 * statement per line: just before the next line's statement begins. */
static void at_line(prog *p, uint32_t line)
{
    prog_seek(p, prog_line_pos(p, line + 1));
}

typedef struct find {
    uint32_t site;
    uint64_t type_of;       /* 0: any type */
    uint64_t addr;
} find;

static int find_site(void *ud, const model_obj *o)
{
    find *f = ud;
    if (o->site == f->site && (!f->type_of || o->type == f->type_of)) {
        f->addr = o->addr;
        return 1;
    }
    return 0;
}

/* The first live object made on `line` whose type has the same type
 * object as `like` (0: any). */
static uint64_t made_on(const prog *p, uint32_t line, uint64_t like)
{
    find f = {line, 0, 0};
    if (like) {
        model_obj o;
        model_obj_info(p->m, like, &o);
        f.type_of = o.type;
    }
    model_obj_each(p->m, find_site, &f);
    if (!f.addr)
        fail_msg("no object made on line %u", line);
    return f.addr;
}

/* The graph view of src after its line `line`, drawn once. */
static void open_at(prog *p, screen *s, const char *src, uint32_t line, const char *theme_name, int cols, int rows)
{
    prog_run(p, src);
    at_line(p, line);
    screen_open(s, &view_graph_ops, p, theme_name, cols, rows);
    view_graph_set_names(s->v, p->names);
    screen_draw(s);
}

static const char lists_src[] =
    "a = [1, 2]\n"
    "b = [a, a]\n"
    "c = (b,)\n"
    "del a\n"
    "pass\n";

/*   globals ─a→ A   ─b→ B ─[0],[1]→ A   ─c→ C ─[0]→ B
 * Sizes are the model's: sys.getsizeof as python3 reports it now, 72 for
 * a two-item list display (OBJ_RESIZE follows its item array), 48 for the
 * tuple.  deep(C) = 48 + 72 + 72; C retains only itself (globals hold B);
 * B retains itself while globals hold A, and A too after `del a`. */
static void test_sizes_and_why(void **state)
{
    prog p;
    screen s;
    open_at(&p, &s, lists_src, 3, "default", 120, 40);
    uint64_t a = made_on(&p, 1, 0), b = made_on(&p, 2, a), c = made_on(&p, 3, 0);
    view_graph_sizes sz;
    assert_int_equal(view_graph_select(s.v, c), 0);
    screen_draw(&s);
    assert_int_equal(view_graph_selected(s.v), c);
    assert_int_equal(view_graph_selected_sizes(s.v, &sz), 0);
    assert_int_equal(sz.shallow, 48);
    assert_int_equal(sz.deep, 192);
    assert_int_equal(sz.deep_count, 3);
    assert_int_equal(sz.retained, 48);
    assert_int_equal(sz.retained_count, 1);
    assert_true(sz.reachable);
    assert_int_equal(view_graph_selected_block(s.v), c - 16);      /* after the GC pre-header */
    assert_true(screen_has(&s, "blocks: own "));                   /* the tuple has only its own */
    assert_false(screen_has(&s, "item array"));
    view_graph_select(s.v, b);
    screen_draw(&s);
    assert_true(screen_has(&s, " · item array "));                 /* the list's item array is listed too */
    view_graph_selected_sizes(s.v, &sz);
    assert_int_equal(sz.shallow, 72);
    assert_int_equal(sz.deep, 144);
    assert_int_equal(sz.retained, 72);
    char why[512];
    view_graph_select(s.v, a);
    screen_draw(&s);
    assert_int_equal(view_graph_why(s.v, why, sizeof why), 2);     /* interpreter → globals → a */
    assert_non_null(strstr(why, "interpreter ─held→ globals"));
    assert_non_null(strstr(why, "─a→ list rc=3 72B"));
    screen_press(&s, "w");
    screen_draw(&s);
    assert_true(screen_has(&s, "why alive: interpreter"));
    at_line(&p, 4);                                                 /* del a */
    view_graph_select(s.v, b);
    screen_draw(&s);
    view_graph_selected_sizes(s.v, &sz);
    assert_int_equal(sz.retained, 144);
    assert_int_equal(sz.retained_count, 2);
    view_graph_select(s.v, a);
    screen_draw(&s);
    assert_int_equal(view_graph_why(s.v, why, sizeof why), 3);     /* now through b */
    assert_non_null(strstr(why, "─b→ list rc=2 72B ─[0]→ list rc=2 72B"));     /* a list's references by index */
    screen_close(&s);
    prog_free(&p);
}

static const char cycle_src[] =
    "x = [1]\n"
    "y = [x]\n"
    "x.append(y)\n"
    "keep = (5000, 6000)\n"
    "del x, y\n"
    "pass\n";

/* The screen column of `at` in text (every character drawn is one cell). */
static int column_of(const char *text, const char *at)
{
    const char *row = at;
    while (row > text && row[-1] != '\n')
        row--;
    int col = 0;
    for (; row < at; row++)
        col += ((unsigned char)*row & 0xc0) != 0x80;
    return col;
}

/* After `del x, y` the two lists hold each other and nothing else holds
 * them: unreachable, marked, no retained size, why-alive says so, drawn
 * apart from what the roots reach. */
static void test_unreachable_cycle(void **state)
{
    prog p;
    screen s;
    open_at(&p, &s, cycle_src, 5, "default", 120, 40);
    uint64_t x = made_on(&p, 1, 0);
    view_graph_select(s.v, x);
    screen_draw(&s);
    view_graph_sizes sz;
    assert_int_equal(view_graph_selected_sizes(s.v, &sz), 0);
    assert_false(sz.reachable);
    assert_int_equal(sz.retained, 0);
    assert_int_equal(sz.deep_count, 2);
    char why[256];
    assert_int_equal(view_graph_why(s.v, why, sizeof why), 0);
    assert_non_null(strstr(why, "unreachable"));
    assert_true(screen_has(&s, "✗ 2 unreachable"));
    assert_true(screen_has(&s, "▸list rc=1"));
    /* the garbage sits in its own area, under a separator that says so in
     * words, and its first box is the one no garbage refers to first: the
     * arrow from x into y runs forwards (y right of x) */
    buf text = BUF_INIT;
    screen_text(&s, &text, 0);
    const char *sep = strstr(buf_str(&text), "✗ unreachable: no root reaches these objects");
    assert_non_null(sep);
    assert_non_null(strstr(sep, "▸list rc=1"));
    assert_non_null(strstr(sep, "✗list rc=1"));
    assert_null(strstr(sep, "globals"));
    assert_null(strstr(sep, "tuple rc="));
    assert_true(column_of(buf_str(&text), strstr(sep, "✗list rc=1")) >
                column_of(buf_str(&text), strstr(sep, "▸list rc=1")));
    buf_free(&text);
    screen_golden(&s, "graph-cycle-120x40");
    screen_press(&s, "l");                                          /* x[1]: y */
    assert_int_equal(view_graph_selected(s.v), made_on(&p, 2, 0));
    screen_press(&s, "h");                                          /* and back: y's keeper is x */
    assert_int_equal(view_graph_selected(s.v), x);
    at_line(&p, 4);                                                 /* before the del: reachable */
    screen_draw(&s);
    view_graph_selected_sizes(s.v, &sz);
    assert_true(sz.reachable);
    screen_close(&s);
    prog_free(&p);
}

static const char labels_src[] =
    "class S:\n"
    "    __slots__ = ('x', 'y')\n"
    "class P:\n"
    "    def m(self):\n"
    "        return 1\n"
    "def outer():\n"
    "    v = [2]\n"
    "    def inner():\n"
    "        return v\n"
    "    return inner\n"
    "s = S()\n"
    "s.x = [1]\n"
    "s.y = 'why'\n"
    "p = P()\n"
    "p.name = [7]\n"
    "bm = p.m\n"
    "f = outer()\n"
    "d = {'key': [3]}\n"
    "t = ([5], [6])\n"
    "l = [t, t]\n"
    "pass\n";

/* Each row says what the slot is, as Python names it: a __slots__
 * instance's slot names, an instance's attributes, a bound method's
 * __func__ and __self__, a function's __closure__ down to the cell's
 * cell_contents, a dict's quoted keys, a tuple's and a list's indexes;
 * never a bare [0] for an
 * instance; with every object shown, an instance's class is __class__. */
static void test_row_labels(void **state)
{
    prog p;
    screen s;
    open_at(&p, &s, labels_src, 20, "default", 200, 60);
    static const char *const want[] = {
        "class S rc=", "S rc=1 48B", "│ x ", "│ y ", "│ name ", "│ __func__ ", "│ __self__ ",
        "function inner rc=", "│ __closure__ ", "│ cell_contents ", "│ 'key' ", "│ [0] ", "│ [1] ",
    };
    for (size_t i = 0; i < HV_COUNTOF(want); i++)
        if (!screen_has(&s, want[i]))
            fail_msg("no \"%s\" on the graph", want[i]);
    screen_golden(&s, "graph-labels-200x60");
    view_graph_select(s.v, made_on(&p, 14, 0));                    /* p: the P instance */
    view_graph_show_all(s.v, 1);
    screen_draw(&s);
    assert_true(screen_has(&s, "│ __class__ "));
    screen_close(&s);
    prog_free(&p);
}

static const char steps_src[] =
    "a = [1, 2]\n"
    "b = {'k': a}\n"
    "c = [a, b]\n"
    "del b\n"
    "d = (c, [3])\n"
    "c = None\n"
    "e = [d, d]\n"
    "pass\n";

/* Fails showing both screens when they differ. */
static void same_screen(const buf *got, const buf *want, const char *what, uint32_t line)
{
    if (strcmp(buf_str(got), buf_str(want)) == 0)
        return;
    printf("# %s, after line %u, want:\n%s# got:\n%s", what, line, buf_str(want), buf_str(got));
    fail_msg("%s: the screen after line %u changed", what, line);
}

/* Every state drawn going forwards is drawn the same coming back, and
 * stepping one statement forth and back changes nothing. */
static void test_stable_positions(void **state)
{
    enum { LINES = 7 };
    prog p;
    prog_run(&p, steps_src);
    screen s;
    screen_open(&s, &view_graph_ops, &p, "mono", 100, 36);
    view_graph_set_names(s.v, p.names);
    at_line(&p, 1);
    screen_draw(&s);
    view_graph_select(s.v, made_on(&p, 1, 0));                     /* a lives throughout */
    buf forward[LINES + 1], now = BUF_INIT;
    for (uint32_t l = 1; l <= LINES; l++) {
        at_line(&p, l);
        screen_draw(&s);
        forward[l] = (buf)BUF_INIT;
        screen_text(&s, &forward[l], 0);
        if (l > 1) {                                                /* back one and forth again */
            at_line(&p, l - 1);
            screen_draw(&s);
            screen_text(&s, &now, 0);
            same_screen(&now, &forward[l - 1], "one step back", l - 1);
            at_line(&p, l);
            screen_draw(&s);
            screen_text(&s, &now, 0);
            same_screen(&now, &forward[l], "and forth again", l);
        }
    }
    for (uint32_t l = LINES; l >= 1; l--) {
        at_line(&p, l);
        screen_draw(&s);
        screen_text(&s, &now, 0);
        same_screen(&now, &forward[l], "going back", l);
    }
    screen_golden(&s, "graph-steps-mono-100x36");
    for (uint32_t l = 1; l <= LINES; l++)
        buf_free(&forward[l]);
    buf_free(&now);
    screen_close(&s);
    prog_free(&p);
}

static void test_keys_and_mouse(void **state)
{
    prog p;
    screen s;
    open_at(&p, &s, lists_src, 3, "default", 120, 40);
    uint64_t a = made_on(&p, 1, 0), b = made_on(&p, 2, a), c = made_on(&p, 3, 0);
    screen_draw(&s);
    assert_int_equal(view_graph_selected(s.v), c);          /* the newest object first */
    screen_press(&s, "l");                                  /* c's first reference: b */
    assert_int_equal(view_graph_selected(s.v), b);
    screen_press(&s, "<Right>");                            /* b[0]: a */
    assert_int_equal(view_graph_selected(s.v), a);
    screen_press(&s, "h");                                  /* who keeps a alive: globals */
    screen_draw(&s);
    assert_true(screen_has(&s, "▸globals"));
    screen_press(&s, "<Tab><BackTab>");
    screen_draw(&s);
    assert_true(screen_has(&s, "▸globals"));
    /* A click on a's box selects it. */
    view_graph_select(s.v, b);
    screen_draw(&s);
    int x, y;
    assert_true(screen_find(&s, "list rc=3", &x, &y));
    backend_event click = {.type = BEV_MOUSE, .mouse = BMOUSE_PRESS, .button = 1, .x = x, .y = y};
    assert_true(s.ops->key(s.v, &click) & VIEW_REDRAW);
    assert_int_equal(view_graph_selected(s.v), a);
    backend_event ev = {.type = BEV_KEY, .key = BKEY_TEXT, .text = "q"};
    assert_int_equal(s.ops->key(s.v, &ev), VIEW_IGNORED);  /* not a key of this view */
    screen_close(&s);
    prog_free(&p);
}

/* 1,000 lists of one int (beyond the small ints: heap ints) and the list
 * holding them: over 2,000 objects; the selection stays on screen. */
static void test_large_graph(void **state)
{
    prog p;
    screen s;
    open_at(&p, &s, "xs = [[i + 1000] for i in range(1000)]\npass\n", 1, "default", 120, 40);
    assert_true(model_obj_count(p.m) > 2000);
    assert_true(screen_has(&s, "▸"));
    screen_press(&s, "<Home>");
    screen_draw(&s);
    assert_true(screen_has(&s, "▸"));
    screen_press(&s, "<End>jjjkkk");
    screen_draw(&s);
    assert_true(screen_has(&s, "▸"));
    screen_close(&s);
    prog_free(&p);
}

static void test_too_small(void **state)
{
    prog p;
    screen s;
    open_at(&p, &s, lists_src, 3, "default", 30, 8);
    assert_true(screen_has(&s, "terminal too small"));
    screen_close(&s);
    prog_free(&p);
}

/* ---- sizes that follow the object: tests/py/548-sizes-stepwise.py ---------- */

typedef struct bound {
    const names_table *names;
    const char *name;
    uint64_t target;
} bound;

static int find_bound(void *ud, const model_ref *r)
{
    bound *b = ud;
    const char *t = names_get(b->names, r->label, NAMES_SELF);
    if (r->holder && r->target != r->label && t && !strcmp(t, b->name)) {   /* the value, not the key */
        b->target = r->target;
        return 1;
    }
    return 0;
}

/* The live object the global `name` refers to. */
static uint64_t global_of(const prog *p, const char *name)
{
    bound b = {p->names, name, 0};
    model_refs_each(p->m, find_bound, &b);
    if (!b.target || !model_obj_info(p->m, b.target, NULL))
        fail_msg("no live object bound to %s", name);
    return b.target;
}

/* The model's size of that object. */
static uint32_t size_of_global(const prog *p, const char *name)
{
    model_obj o;
    model_obj_info(p->m, global_of(p, name), &o);
    return o.size;
}

/* After every print line, the list, dict and set the program prints the
 * sizes of have those sizes in the model (python3's output, committed
 * beside the program), and the graph's selection shows the list's. */
static void test_sizes_follow_python(void **state)
{
    char *src = golden_read_or_fail("tests/py/548-sizes-stepwise.py");
    char *out = golden_read_or_fail("tests/py/548-sizes-stepwise.out");
    prog p;
    screen s;
    open_at(&p, &s, src, 3, "default", 120, 40);
    const char *want = out;
    uint32_t line = 1, rows = 0;
    for (const char *q = src; *q; line++) {
        size_t len = strcspn(q, "\n");
        if (!strncmp(q, "print(", 6)) {
            unsigned sa, sd, ss;
            assert_int_equal(sscanf(want, "%u %u %u", &sa, &sd, &ss), 3);
            want += strcspn(want, "\n") + 1;
            at_line(&p, line);
            if (size_of_global(&p, "a") != sa || size_of_global(&p, "d") != sd || size_of_global(&p, "s") != ss)
                fail_msg("line %u: model sizes %u %u %u, python3 says %u %u %u", line, size_of_global(&p, "a"),
                         size_of_global(&p, "d"), size_of_global(&p, "s"), sa, sd, ss);
            view_graph_sizes sz;
            assert_int_equal(view_graph_select(s.v, global_of(&p, "a")), 0);
            screen_draw(&s);
            assert_int_equal(view_graph_selected_sizes(s.v, &sz), 0);
            assert_int_equal(sz.shallow, sa);
            rows++;
        }
        q += len + (q[len] == '\n');
    }
    assert_int_equal(rows, 14);
    screen_close(&s);
    prog_free(&p);
    free(src);
    free(out);
}

/* Objects outside the simulated heap (small ints, one-character strings,
 * None) have no box, but the slot holding them has a row that says what
 * it holds as repr() would: a tuple's index ("[0] 5"), a dict's key
 * ("1: None", "'k': -5"), a set's element, a global ("x = 5"); a list's
 * index likewise ("[2] 3"), beside the arrows of its other items. */
static const char statics_src[] =
    "nums = [1, 2, 3]\n"
    "pair = (5, 'h')\n"
    "mixed = [[7.5], 1, 2]\n"
    "d = {1: None, 'k': -5, 'b': b'!'}\n"
    "st = {256}\n"
    "x = True\n"
    "pass\n";

static void test_static_rows(void **state)
{
    (void)state;
    prog p;
    screen s;
    open_at(&p, &s, statics_src, 7, "default", 160, 60);
    static const char *const want[] = {"│ [0] 1 ", "│ [2] 3 ", "│ [0] 5 ", "│ [1] 'h' ", "│ [1] 1 ", "│ [2] 2 ",
                                       "│ 1: None ", "│ 'k': -5 ", "│ 'b': b'!' ", " 256 ", "│ x = True "};
    for (size_t i = 0; i < HV_COUNTOF(want); i++)
        if (!screen_has(&s, want[i]))
            fail_msg("no \"%s\" on the graph", want[i]);
    buf out = BUF_INIT;
    screen_text(&s, &out, 0);
    assert_null(strstr(buf_str(&out), "(static)"));
    buf_free(&out);
    screen_close(&s);
    prog_free(&p);
}

/* A dict's rows, a namespace's and an instance's attributes too, come in
 * their keys' insertion order, as Python iterates them: a key keeps its
 * place when its value is replaced (a newer reference than the key's). */
static const char order_src[] =
    "d = {'a': [1], 'b': [2], 'c': 3}\n"
    "d['a'] = [3]\n"
    "d['c'] = 4\n"
    "x = 1\n"
    "y = 2\n"
    "x = 3\n"
    "class P:\n"
    "    pass\n"
    "p = P()\n"
    "p.first = [1]\n"
    "p.second = 2\n"
    "p.first = [5]\n"
    "pass\n";

/* The screen's text position of each needle, in order: 1 if each comes
 * after the one before. */
static int screen_in_order(screen *s, const char *const *needles, size_t n)
{
    buf out = BUF_INIT;
    screen_text(s, &out, 0);
    const char *at = buf_str(&out);
    int ok = 1;
    for (size_t i = 0; i < n && ok; i++)
        if (!(at = strstr(at, needles[i]))) {
            printf("# \"%s\" missing or out of order in:\n%s", needles[i], buf_str(&out));
            ok = 0;
        }
    buf_free(&out);
    return ok;
}

static void test_dict_order(void **state)
{
    (void)state;
    prog p;
    screen s;
    open_at(&p, &s, order_src, 13, "default", 120, 40);
    static const char *const dict_rows[] = {"│ 'a' ", "│ 'b' ", "│ 'c': 4 "};
    static const char *const globals[] = {"│ d ", "│ x = 3 ", "│ y = 2 "};
    static const char *const attributes[] = {"│ first ", "│ second = 2 "};
    assert_true(screen_in_order(&s, dict_rows, HV_COUNTOF(dict_rows)));
    assert_true(screen_in_order(&s, globals, HV_COUNTOF(globals)));
    assert_true(screen_in_order(&s, attributes, HV_COUNTOF(attributes)));
    screen_close(&s);
    prog_free(&p);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_sizes_and_why),
        cmocka_unit_test(test_sizes_follow_python),
        cmocka_unit_test(test_unreachable_cycle),
        cmocka_unit_test(test_row_labels),
        cmocka_unit_test(test_static_rows),
        cmocka_unit_test(test_dict_order),
        cmocka_unit_test(test_stable_positions),
        cmocka_unit_test(test_keys_and_mouse),
        cmocka_unit_test(test_large_graph),
        cmocka_unit_test(test_too_small),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
