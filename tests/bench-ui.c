/*
 * bench-ui: the heap map of a 1 GiB simulated heap (1024 arenas of the
 * default profile).
 *
 *   ui_heap_map_draw_ms_WxH     one full draw of the view into the canvas
 *                               (target < 5 ms), next to
 *   ui_canvas_fill_ms_WxH       the baseline measured in the same run:
 *                               clearing the canvas and filling every cell
 *   ui_bytes_per_redraw_*       bytes each backend writes to the terminal
 *                               (xterm-256color, into a file): the first
 *                               full paint, a one-pool move, a page down
 *
 *   ui_graph_draw_ms_WxH        one full draw of the object graph view of a
 *                               2,000-object heap (a real program's model;
 *                               graph rebuilt, laid out, drawn: target
 *                               < 5 ms), with ui_graph_draw_vs_fill_WxH
 *                               against the same baseline, and
 *   ui_graph_draw_cpu_ms_WxH    the same draw in this process's CPU time
 *
 * Prints `bench NAME VALUE UNIT` lines.
 */
#include "backend.h"
#include "demoheap.h"
#include "theme.h"
#include "view_graph.h"
#include "view_heap.h"
#include "interp.h"

#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

enum { ROUNDS = 7, REPS = 40 };

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

typedef struct bench {
    demoheap *d;
    theme *th;
    void *view;
    void *graph;            /* the graph view of `objects` */
    model *objects;         /* a 2,000-object heap from a real program */
} bench;

static void draw_view(bench *b, canvas *cv)
{
    view_heap_ops.draw(b->view, cv, (canvas_rect){0, 0, canvas_cols(cv), canvas_rows(cv)});
}

static void draw_graph(bench *b, canvas *cv)
{
    view_graph_ops.draw(b->graph, cv, (canvas_rect){0, 0, canvas_cols(cv), canvas_rows(cv)});
}

static void fill_canvas(bench *b, canvas *cv)
{
    canvas_clear(cv, theme_style(b->th, THEME_TEXT));
    canvas_fill(cv, (canvas_rect){0, 0, canvas_cols(cv), canvas_rows(cv)}, "▒", theme_style(b->th, THEME_POOL_MID));
}

/* The median over ROUNDS of the mean time of REPS calls, in ms; the view
 * and the baseline alternate so both see the same noise. */
static void time_both(bench *b, void (*draw)(bench *, canvas *), int cols, int rows, double *view_ms, double *fill_ms)
{
    canvas *cv = canvas_new(cols, rows);
    double v[ROUNDS], f[ROUNDS];
    for (int r = 0; r < ROUNDS; r++) {
        double t = now();
        for (int i = 0; i < REPS; i++)
            draw(b, cv);
        v[r] = (now() - t) * 1e3 / REPS;
        t = now();
        for (int i = 0; i < REPS; i++)
            fill_canvas(b, cv);
        f[r] = (now() - t) * 1e3 / REPS;
    }
    qsort(v, ROUNDS, sizeof *v, cmp_double);
    qsort(f, ROUNDS, sizeof *f, cmp_double);
    *view_ms = v[ROUNDS / 2];
    *fill_ms = f[ROUNDS / 2];
    canvas_delete(cv);
}

static long file_size(int fd)
{
    struct stat st;
    return fstat(fd, &st) == 0 ? (long)st.st_size : -1;
}

static void press(bench *b, enum backend_key key)
{
    backend_event ev = {.type = BEV_KEY, .key = key};
    view_heap_ops.key(b->view, &ev);
}

/* Bytes a backend writes: the first paint, then after one pool to the
 * right, then after a page down. */
static void bytes_per_redraw(bench *b, const char *name, int cols, int rows)
{
    const backend_ops *ops = backend_find(name);
    if (!ops)
        return;
    char path[] = "/tmp/hv-bench-ui-XXXXXX", err[256];
    int out = mkstemp(path), in = open("/dev/null", O_RDONLY);
    unlink(path);
    backend_config cfg = backend_config_default(theme_palette(b->th));
    cfg.no_color = 0;
    cfg.in_fd = in;
    cfg.out_fd = out;
    cfg.term = "xterm-256color";
    cfg.cols = cols;
    cfg.rows = rows;
    backend *be = backend_open(ops, &cfg, err, sizeof err);
    if (!be) {
        fprintf(stderr, "bench-ui: %s\n", err);
        close(out);
        close(in);
        return;
    }
    canvas *cv = canvas_new(cols, rows);
    long before = file_size(out);
    draw_view(b, cv);
    backend_present(be, cv);
    long full = file_size(out) - before;
    before = file_size(out);
    press(b, BKEY_RIGHT);
    draw_view(b, cv);
    backend_present(be, cv);
    long move = file_size(out) - before;
    before = file_size(out);
    press(b, BKEY_PAGEDOWN);
    draw_view(b, cv);
    backend_present(be, cv);
    long page = file_size(out) - before;
    backend_close(be);
    canvas_delete(cv);
    close(out);
    close(in);
    printf("bench ui_bytes_per_redraw_%s_full_%dx%d %ld bytes\n", name, cols, rows, full);
    printf("bench ui_bytes_per_redraw_%s_move_%dx%d %ld bytes\n", name, cols, rows, move);
    printf("bench ui_bytes_per_redraw_%s_page_%dx%d %ld bytes\n", name, cols, rows, page);
}

/* Every event of the program into a model, up to the end of its first
 * statement (the module's teardown afterwards is not applied). */
typedef struct feed {
    model *m;
    int done;
} feed;

static void feed_event(void *ud, const hv_event *ev)
{
    feed *f = ud;
    if (ev->kind == EV_STEP && ev->u.step.what == STEP_STATEMENT && ev->site == 2)
        f->done = 1;
    if (!f->done && model_knows(ev->kind))
        model_apply(f->m, ev);
}

static void bench_graph(bench *b, const int (*sizes)[2], size_t nsizes)
{
    static const char src[] = "xs = [[i + 1000] for i in range(1000)]\npass\n";
    feed f = {model_new(profile_default()), 0};
    interp_options o = {.prof = profile_default(), .emit = feed_event, .emit_ud = &f};
    interp *in = interp_new(&o);
    interp_run(in, src, strlen(src), "bench.py");
    f.done = 1;
    interp_delete(in);
    view_context ctx = {f.m, profile_default(), b->th, NULL};
    b->graph = view_graph_ops.init(&ctx);
    printf("bench ui_graph_objects %zu objects\n", model_obj_count(f.m));
    canvas *cv = canvas_new(120, 40);
    draw_graph(b, cv);                      /* first layout; then the middle object */
    backend_event tab = {.type = BEV_KEY, .key = BKEY_TAB};
    for (size_t i = 0; i < model_obj_count(f.m) / 2; i++)
        view_graph_ops.key(b->graph, &tab);
    canvas_delete(cv);
    for (size_t i = 0; i < nsizes; i++) {
        double view_ms, fill_ms;
        time_both(b, draw_graph, sizes[i][0], sizes[i][1], &view_ms, &fill_ms);
        printf("bench ui_graph_draw_ms_%dx%d %.3f ms (target < 5)\n", sizes[i][0], sizes[i][1], view_ms);
        printf("bench ui_graph_draw_vs_fill_%dx%d %.2f ratio\n", sizes[i][0], sizes[i][1], view_ms / fill_ms);
        cv = canvas_new(sizes[i][0], sizes[i][1]);
        struct timespec t0, t1;                 /* this process's CPU: a loaded machine inflates wall time */
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t0);
        for (int r = 0; r < REPS; r++)
            draw_graph(b, cv);
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t1);
        printf("bench ui_graph_draw_cpu_ms_%dx%d %.3f ms\n", sizes[i][0], sizes[i][1],
               ((double)(t1.tv_sec - t0.tv_sec) * 1e3 + (t1.tv_nsec - t0.tv_nsec) / 1e6) / REPS);
        canvas_delete(cv);
    }
    view_graph_ops.fini(b->graph);
    model_delete(f.m);
}

int main(void)
{
    char err[256];
    bench b;
    double t = now();
    b.d = demoheap_new(profile_default());
    demoheap_grow(b.d, 1024);
    double build = now() - t;
    b.th = theme_load("default", err, sizeof err);
    if (!b.th) {
        fprintf(stderr, "bench-ui: %s\n", err);
        return 1;
    }
    view_context ctx = {b.d->model, b.d->prof, b.th, NULL};
    b.view = view_heap_ops.init(&ctx);
    unsigned slots = model_arena_slots(b.d->model), mapped = 0;
    for (unsigned i = 0; i < slots; i++) {
        pymalloc_arena a;
        model_arena_info(b.d->model, i, &a);
        mapped += a.addr != 0;
    }
    view_heap_goto(b.view, profile_first_pool(b.d->prof, mapped / 2));  /* scrolled to the middle */
    printf("bench ui_heap_arenas %u arenas (%.2f GiB)\n", mapped,
           (double)pymalloc_footprint(b.d->pm) / (1 << 30));
    printf("bench ui_build_1gib_heap_s %.2f s\n", build);
    static const int sizes[][2] = {{120, 40}, {200, 60}};
    for (size_t i = 0; i < sizeof sizes / sizeof sizes[0]; i++) {
        double view_ms, fill_ms;
        time_both(&b, draw_view, sizes[i][0], sizes[i][1], &view_ms, &fill_ms);
        printf("bench ui_heap_map_draw_ms_%dx%d %.3f ms (target < 5)\n", sizes[i][0], sizes[i][1], view_ms);
        printf("bench ui_canvas_fill_ms_%dx%d %.3f ms\n", sizes[i][0], sizes[i][1], fill_ms);
        printf("bench ui_heap_map_draw_vs_fill_%dx%d %.2f ratio\n", sizes[i][0], sizes[i][1], view_ms / fill_ms);
    }
    bench_graph(&b, sizes, HV_COUNTOF(sizes));
    bytes_per_redraw(&b, "ncurses", 120, 40);
    bytes_per_redraw(&b, "tickit", 120, 40);
    view_heap_ops.fini(b.view);
    theme_delete(b.th);
    demoheap_delete(b.d);
    return 0;
}
