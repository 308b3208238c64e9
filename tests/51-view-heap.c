/*
 * 51-view-heap: the heap map, drawn from a model that was fed only with
 * pymalloc's events, compared as text with committed golden screens
 * (tests/golden/heap-*.txt: each row, then its colour runs as the text
 * backend writes them).  Navigation, zoom, mouse and a 1024-arena heap are
 * checked here too.
 *
 * Regenerate the goldens after an intended change with `make
 * update-goldens` (HV_UPDATE_GOLDEN=1 makes this test write them), then
 * review `git diff tests/golden`.
 */
#include "testutil.h"
#include "golden.h"

#include "backend.h"
#include "demoheap.h"
#include "theme.h"
#include "view.h"
#include "view_heap.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct screen {
    demoheap *d;
    theme *th;
    canvas *cv;
    void *v;
    int cols, rows;
} screen;

static void open_screen(screen *s, const char *profile_name, const char *theme_name, int cols, int rows)
{
    char err[256];
    s->d = demoheap_new(profile_find(profile_name));
    s->th = theme_load(theme_name, err, sizeof err);
    if (!s->th)
        fail_msg("%s", err);
    s->cols = cols;
    s->rows = rows;
    s->cv = canvas_new(cols, rows);
    view_context ctx = {s->d->model, s->d->prof, s->th, NULL};
    s->v = view_heap_ops.init(&ctx);
}

/* n more large blocks (sizes 600 + 40 i), allocated at line 30 + i % 3. */
static void add_raw(screen *s, unsigned n)
{
    for (unsigned i = 0; i < n; i++) {
        pymalloc_set_site(s->d->pm, 30 + i % 3);
        assert_true(pymalloc_malloc(s->d->pm, 600 + 40 * (uint64_t)i) != 0);
    }
}

static void close_screen(screen *s)
{
    view_heap_ops.fini(s->v);
    canvas_delete(s->cv);
    theme_delete(s->th);
    demoheap_delete(s->d);
}

static void draw(screen *s)
{
    view_heap_ops.draw(s->v, s->cv, (canvas_rect){0, 0, s->cols, s->rows});
}

/* Keys in a tiny notation: letters as typed, and <Name> for keys. */
static unsigned press(screen *s, const char *keys)
{
    unsigned r = 0;
    backend_event ev;
    for (const char *k = keys; golden_next_key(&k, &ev);) {
        draw(s);        /* keys act on the layout last drawn, as in the UI */
        r = view_heap_ops.key(s->v, &ev);
    }
    return r;
}

static unsigned click(screen *s, int x, int y)
{
    backend_event ev = {.type = BEV_MOUSE, .mouse = BMOUSE_PRESS, .button = 1, .x = x, .y = y};
    return view_heap_ops.key(s->v, &ev);
}

static void dump(screen *s, buf *out)
{
    buf_clear(out);
    backend_text_dump(s->cv, theme_palette(s->th), 1, 0, out);
}

typedef struct golden_case {
    const char *name;       /* tests/golden/NAME.txt */
    const char *profile, *theme;
    int cols, rows;
    const char *keys;       /* pressed before the screen is taken */
    unsigned raw;           /* large blocks added first (add_raw) */
} golden_case;

static const golden_case cases[] = {
    {"heap-map-120x40", "cpython-3.11", "default", 120, 40, "", 0},
    {"heap-map-80x24", "cpython-3.11", "default", 80, 24, "", 0},
    {"heap-map-wide-170x30", "cpython-3.11", "default", 170, 30, "", 0},
    {"heap-map-letters-80x24", "cpython-3.11", "default", 80, 24, "c", 0},
    {"heap-map-moved-100x30", "cpython-3.11", "default", 100, 30, "jllll$h", 0},
    {"heap-pool-100x30", "cpython-3.11", "default", 100, 30, "lll<Enter>", 0},
    {"heap-pool-moved-100x30", "cpython-3.11", "default", 100, 30, "lll<Enter>jjll<Down>", 0},
    {"heap-pool-back-100x30", "cpython-3.11", "default", 100, 30, "lll<Enter>jj<Esc>", 0},
    {"heap-too-small-60x15", "cpython-3.11", "default", 60, 15, "", 0},
    {"heap-classroom-80x24", "classroom", "default", 80, 24, "jj", 0},
    {"heap-classroom-pool-80x24", "classroom", "default", 80, 24, "<Enter>", 0},
    {"heap-cpython38-100x30", "cpython-3.8", "default", 100, 30, "", 0},
    {"heap-presenter-100x30", "cpython-3.11", "presenter", 100, 30, "l", 0},
    {"heap-mono-100x30", "cpython-3.11", "mono", 100, 30, "l", 0},
    {"heap-mono-pool-100x30", "cpython-3.11", "mono", 100, 30, "<Enter>", 0},
    {"heap-raw-list-100x30", "cpython-3.11", "default", 100, 30, "r<Down>", 0},
    {"heap-raw-list-80x24", "cpython-3.11", "default", 80, 24, "r", 40},
    {"heap-raw-list-scrolled-80x24", "cpython-3.11", "default", 80, 24, "r<PgDn><PgDn>jjj", 40},
    {"heap-raw-list-end-mono-80x24", "cpython-3.11", "mono", 80, 24, "r<End>k", 40},
};

static void test_goldens(void **state)
{
    buf out = BUF_INIT;
    for (size_t i = 0; i < HV_COUNTOF(cases); i++) {
        const golden_case *c = &cases[i];
        screen s;
        open_screen(&s, c->profile, c->theme, c->cols, c->rows);
        add_raw(&s, c->raw);
        press(&s, c->keys);
        draw(&s);
        dump(&s, &out);
        check_golden(c->name, &out);
        close_screen(&s);
    }
    buf_free(&out);
}

static int screen_has(screen *s, const char *text)
{
    buf out = BUF_INIT;
    backend_text_dump(s->cv, NULL, 0, 0, &out);
    int found = strstr(buf_str(&out), text) != NULL;
    buf_free(&out);
    return found;
}

static void test_keys_and_edges(void **state)
{
    screen s;
    open_screen(&s, "cpython-3.11", "default", 100, 30);
    draw(&s);
    assert_int_equal(press(&s, "q"), VIEW_IGNORED);         /* left for the caller */
    assert_int_equal(press(&s, "1"), VIEW_IGNORED);
    assert_int_equal(press(&s, "<Left>"), VIEW_HANDLED | VIEW_BELL);  /* at the edge */
    assert_int_equal(press(&s, "<Up>"), VIEW_HANDLED | VIEW_BELL);
    assert_int_equal(press(&s, "l"), VIEW_HANDLED | VIEW_REDRAW);
    assert_int_equal(press(&s, "<Esc>"), VIEW_IGNORED);     /* nothing to go back to */
    backend_event ctrl = {.type = BEV_KEY, .key = BKEY_TEXT, .mod = BMOD_CTRL, .text = "l"};
    assert_int_equal(view_heap_ops.key(s.v, &ctrl), VIEW_IGNORED);
    press(&s, "$");
    draw(&s);
    assert_true(screen_has(&s, "arena 0 · pool 63 ·"));
    press(&s, "<End>");
    draw(&s);
    /* The demo heap released an arena between mapped ones. */
    unsigned slots = 4, released = 0;
    for (unsigned i = 0; i < slots; i++) {
        pymalloc_arena a;
        model_arena_info(s.d->model, i, &a);
        released += a.addr == 0;
    }
    assert_true(released > 0);
    assert_true(screen_has(&s, " unmapped "));
    close_screen(&s);
}

static void test_mouse(void **state)
{
    screen s;
    open_screen(&s, "cpython-3.11", "default", 100, 30);
    draw(&s);
    /* Pool 5 of arena 1: the map's first pool column is 1 + 6, rows start at 3. */
    assert_int_equal(click(&s, 7 + 5, 3 + 1), VIEW_HANDLED | VIEW_REDRAW);
    draw(&s);
    assert_true(screen_has(&s, "arena 1 · pool 5 ·"));
    assert_int_equal(click(&s, 7 + 5, 3 + 1) & VIEW_REDRAW, VIEW_REDRAW);  /* again: zoom */
    draw(&s);
    assert_true(screen_has(&s, "Pool 5 of arena 1"));
    assert_int_equal(click(&s, 7 + 3, 2), VIEW_HANDLED | VIEW_REDRAW);     /* block 3 */
    draw(&s);
    assert_true(screen_has(&s, "block 3 ·"));
    backend_event right = {.type = BEV_MOUSE, .mouse = BMOUSE_PRESS, .button = 3, .x = 1, .y = 1};
    assert_int_equal(view_heap_ops.key(s.v, &right), VIEW_HANDLED | VIEW_REDRAW);
    draw(&s);
    assert_true(screen_has(&s, "arenas"));
    assert_int_equal(click(&s, 0, 0), VIEW_HANDLED);                       /* the title */
    close_screen(&s);
}

/* The large-block list (r): moves as the other lists do, scrolls to keep
 * the selection in sight, the wheel scrolls it, a click on a large block
 * on the map opens it there; r or Esc goes back. */
static void test_raw_list(void **state)
{
    screen s;
    open_screen(&s, "cpython-3.11", "default", 80, 24);
    add_raw(&s, 40);
    size_t n = model_raw_blocks(s.d->model, NULL, 0);
    assert_int_equal(n, 44);
    draw(&s);
    assert_int_equal(press(&s, "r"), VIEW_HANDLED | VIEW_REDRAW);
    draw(&s);
    assert_true(screen_has(&s, "large blocks 1-19 of 44, by address"));
    assert_true(screen_has(&s, "large block 1/44 ·"));
    assert_int_equal(press(&s, "<Up>"), VIEW_HANDLED | VIEW_BELL);          /* the first */
    assert_int_equal(press(&s, "<Home>"), VIEW_HANDLED | VIEW_BELL);
    assert_int_equal(press(&s, "j"), VIEW_HANDLED | VIEW_REDRAW);
    assert_int_equal(press(&s, "<PgDn>"), VIEW_HANDLED | VIEW_REDRAW);       /* a page: 19 rows - 1 */
    draw(&s);
    assert_true(screen_has(&s, "large block 20/44 ·"));
    assert_true(screen_has(&s, "large blocks 2-20 of 44"));                  /* scrolled to keep it */
    assert_int_equal(press(&s, "<End>"), VIEW_HANDLED | VIEW_REDRAW);
    assert_int_equal(press(&s, "<Down>"), VIEW_HANDLED | VIEW_BELL);         /* the last */
    draw(&s);
    assert_true(screen_has(&s, "large blocks 26-44 of 44"));
    assert_true(screen_has(&s, "large block 44/44 ·"));
    backend_event wheel = {.type = BEV_MOUSE, .mouse = BMOUSE_WHEEL_UP, .x = 10, .y = 10};
    assert_int_equal(view_heap_ops.key(s.v, &wheel), VIEW_HANDLED | VIEW_REDRAW);
    draw(&s);
    assert_true(screen_has(&s, "large block 41/44 ·"));
    assert_int_equal(press(&s, "l"), VIEW_HANDLED | VIEW_BELL);             /* no pools here */
    assert_int_equal(press(&s, "<Esc>"), VIEW_HANDLED | VIEW_REDRAW);
    draw(&s);
    assert_true(screen_has(&s, "apart from the arenas (r: a list)"));
    /* a click on a large block under the map opens the list at it */
    buf out = BUF_INIT;
    backend_text_dump(s.cv, NULL, 0, 0, &out);
    const char *t = buf_str(&out), *row = strstr(t, "apart from the arenas");
    int y = 0;
    for (const char *c = t; c < row; c++)
        y += *c == '\n';
    buf_free(&out);
    assert_int_equal(click(&s, 5, y + 2), VIEW_HANDLED | VIEW_REDRAW);       /* the second row, first column */
    draw(&s);
    size_t per = (80 - 2) / 30;
    char want[48];
    snprintf(want, sizeof want, "large block %zu/44 ·", per + 1);
    assert_true(screen_has(&s, want));
    assert_int_equal(press(&s, "r"), VIEW_HANDLED | VIEW_REDRAW);           /* r again: the arenas */
    draw(&s);
    assert_true(screen_has(&s, "│arena 0 "));
    close_screen(&s);
    /* no large blocks: r refuses */
    char err[256];
    model *m = model_new(profile_default());
    theme *th = theme_load("default", err, sizeof err);
    view_context ctx = {m, profile_default(), th, NULL};
    void *v = view_heap_ops.init(&ctx);
    backend_event r = {.type = BEV_KEY, .key = BKEY_TEXT, .text = "r"};
    assert_int_equal(view_heap_ops.key(v, &r), VIEW_HANDLED | VIEW_BELL);
    view_heap_ops.fini(v);
    theme_delete(th);
    model_delete(m);
}

static void test_goto(void **state)
{
    screen s;
    open_screen(&s, "cpython-3.11", "default", 100, 30);
    pymalloc_arena a;
    model_arena_info(s.d->model, 0, &a);
    pymalloc_pool p;
    assert_int_equal(model_pool_info(s.d->model, a.first_pool, &p), 0);
    uint64_t addr = a.first_pool + s.d->prof->pool_overhead + 2ull * profile_class_size(s.d->prof, p.szidx);
    assert_int_equal(view_heap_goto(s.v, addr), 0);
    draw(&s);
    assert_true(screen_has(&s, "Pool 0 of arena 0"));
    assert_true(screen_has(&s, "block 2 ·"));
    assert_int_equal(view_heap_goto(s.v, 12345), -1);
    close_screen(&s);
}

static void test_empty_heap(void **state)
{
    char err[256];
    model *m = model_new(profile_default());
    theme *th = theme_load("default", err, sizeof err);
    view_context ctx = {m, profile_default(), th, NULL};
    void *v = view_heap_ops.init(&ctx);
    canvas *cv = canvas_new(90, 20);
    view_heap_ops.draw(v, cv, (canvas_rect){0, 0, 90, 20});
    buf out = BUF_INIT;
    backend_text_dump(cv, NULL, 0, 0, &out);
    assert_non_null(strstr(buf_str(&out), "no arena mapped yet"));
    backend_event enter = {.type = BEV_KEY, .key = BKEY_ENTER};
    assert_int_equal(view_heap_ops.key(v, &enter), VIEW_HANDLED | VIEW_BELL);
    buf_free(&out);
    canvas_delete(cv);
    view_heap_ops.fini(v);
    theme_delete(th);
    model_delete(m);
}

/* A view drawn into part of the canvas leaves the rest alone. */
static void test_draws_only_its_area(void **state)
{
    screen s;
    open_screen(&s, "cpython-3.11", "default", 120, 30);
    canvas_fill(s.cv, (canvas_rect){0, 0, 120, 30}, "x", (canvas_style){CANVAS_DEFAULT, CANVAS_DEFAULT, 0});
    view_heap_ops.draw(s.v, s.cv, (canvas_rect){10, 2, 100, 25});
    for (int y = 0; y < 30; y++)
        for (int x = 0; x < 120; x++) {
            int inside = x >= 10 && x < 110 && y >= 2 && y < 27;
            if (!inside)
                assert_string_equal(canvas_cell_at(s.cv, x, y)->text, "x");
        }
    close_screen(&s);
}

/* The demo heap grown to n arenas or more: how many are mapped, and in
 * *last the slot of the last one. */
static unsigned grow_arenas(screen *s, unsigned n, unsigned *last)
{
    demoheap_grow(s->d, n);
    unsigned mapped = 0;
    *last = 0;
    for (unsigned i = 0; i < model_arena_slots(s->d->model); i++) {
        pymalloc_arena a;
        model_arena_info(s->d->model, i, &a);
        if (a.addr)
            mapped++, *last = i;
    }
    assert_true(mapped >= n);
    return mapped;
}

/* 1024 arenas (256 MiB of cpython-3.8's 256 KiB arenas): End reaches the
 * last one, PageUp pages back, and the screen shows them. */
static void test_thousand_arenas(void **state)
{
    screen s;
    open_screen(&s, "cpython-3.8", "default", 100, 30);
    unsigned last, mapped = grow_arenas(&s, 1024, &last);
    draw(&s);
    char want[64];
    snprintf(want, sizeof want, "%u arenas of 256 KiB", mapped);
    assert_true(screen_has(&s, want));
    press(&s, "<End>");
    draw(&s);
    snprintf(want, sizeof want, "arena %u · pool 0", last);
    assert_true(screen_has(&s, want));
    snprintf(want, sizeof want, "%5u ", last);
    assert_true(screen_has(&s, want));
    press(&s, "<PgUp>");
    draw(&s);
    snprintf(want, sizeof want, "arena %u · pool 0", last - 23);      /* a page: 24 rows - 1 */
    assert_true(screen_has(&s, want));
    close_screen(&s);
}

/* A 1 GiB heap (1024 arenas of the default profile's 1 MiB) stays
 * navigable: End reaches the last arena, a page back and a pool zoom work,
 * and the large-block list opens; the map shows only the rows on screen. */
static void test_one_gib(void **state)
{
    (void)state;
    screen s;
    open_screen(&s, "cpython-3.11", "default", 120, 40);
    unsigned last, mapped = grow_arenas(&s, 1024, &last);
    draw(&s);
    char want[64];
    snprintf(want, sizeof want, "%u arenas of 1024 KiB", mapped);
    assert_true(screen_has(&s, want));
    assert_int_equal(press(&s, "<End>"), VIEW_HANDLED | VIEW_REDRAW);
    draw(&s);
    snprintf(want, sizeof want, "arena %u · pool 0", last);
    assert_true(screen_has(&s, want));
    press(&s, "<PgUp>");
    draw(&s);
    snprintf(want, sizeof want, "arena %u · pool 0", last - 33);      /* a page: 34 rows - 1 */
    assert_true(screen_has(&s, want));
    press(&s, "<Enter>");
    draw(&s);
    snprintf(want, sizeof want, "of arena %u", last - 33);
    assert_true(screen_has(&s, want));
    press(&s, "<Esc>r");
    draw(&s);
    assert_true(screen_has(&s, "large blocks, by address"));
    close_screen(&s);
}

/* view_put_cut: a text cut by the edge ends in "…"; one that fits, or
 * starts past the edge, is as view_put draws it. */
static void test_put_cut(void **state)
{
    (void)state;
    canvas *cv = canvas_new(12, 1);
    canvas_style st = {0};
    assert_int_equal(view_put_cut(cv, 0, 0, 12, "0123456789ab", st, st), 12);
    assert_int_equal(view_put_cut(cv, 2, 0, 10, "abcdefghijk", st, st), 10);
    buf out = BUF_INIT;
    for (int x = 0; x < 12; x++)
        buf_adds(&out, canvas_cell_at(cv, x, 0)->text);
    assert_string_equal(buf_str(&out), "01abcdefg…ab");
    assert_int_equal(view_put_cut(cv, 0, 0, 12, "short", st, st), 5);
    assert_int_equal(view_put_cut(cv, 12, 0, 12, "past", st, st), 12);
    buf_free(&out);
    canvas_delete(cv);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_goldens),
        cmocka_unit_test(test_keys_and_edges),
        cmocka_unit_test(test_mouse),
        cmocka_unit_test(test_raw_list),
        cmocka_unit_test(test_goto),
        cmocka_unit_test(test_empty_heap),
        cmocka_unit_test(test_draws_only_its_area),
        cmocka_unit_test(test_thousand_arenas),
        cmocka_unit_test(test_one_gib),
        cmocka_unit_test(test_put_cut),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
