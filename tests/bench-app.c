/*
 * bench-app: the bytes a backend writes to the terminal per step of a
 * typical session — a short program (objects, a list, a reference cycle,
 * gc.collect()) stepped through with `n` from start to end in the default
 * layout at 120x40 — next to the baseline measured in the same run: the
 * first paint of the whole screen (what every step would cost a UI that
 * repainted everything).
 *
 *   ui_app_bytes_per_step_BACKEND          mean bytes written per step
 *   ui_app_full_paint_bytes_BACKEND        the first, full paint
 *   ui_app_step_vs_full_BACKEND            their ratio (lower is better)
 *   ui_app_step_ms_BACKEND                 app_event + app_draw per step
 *
 * And a step of millions of events (`l = list(range(10**6))`: about 6 M),
 * stepped over with `n` and back with `p`, a few times (the first `n`
 * walks it; later ones find its keyframes), on the text-free path (no
 * backend: only what the app does), split into the stream's seek alone
 * (the model applying events: heap/model*.c), the rest of app_event (the
 * narration, the views' retarget) and app_draw (every view, the program
 * view's per-line tally):
 *
 *   ui_app_bigstep_first_n_ms      app_event for the first n onto its end (walk + narration)
 *   ui_app_bigstep_again_n_ms      …for the next ones, after a p
 *   ui_app_bigstep_p_ms            app_event for p, back to its start, mean
 *   ui_app_bigstep_draw_ms         app_draw after n or p, mean
 *   ui_app_bigstep_seek_ms         stream_seek over the step or back, mean (keyframes made)
 *   ui_app_bigstep_narrate_ms      narrate_position of the step alone, mean
 *
 * Prints `bench NAME VALUE UNIT` lines.
 */
#include "app.h"
#include "backend.h"
#include "live.h"
#include "narrate.h"
#include "theme.h"

#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

enum { COLS = 120, ROWS = 40 };

static const char program[] =
    "class Node:\n"
    "    def __init__(self, name):\n"
    "        self.name = name\n"
    "        self.other = None\n"
    "\n"
    "nodes = [Node(str(i)) for i in range(30)]\n"
    "for i in range(29):\n"
    "    nodes[i].other = nodes[i + 1]\n"
    "nodes[29].other = nodes[0]\n"
    "table = {i: [i] * i for i in range(40)}\n"
    "del table\n"
    "del nodes\n"
    "import gc\n"
    "print('collected', gc.collect())\n";

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

static long file_size(int fd)
{
    struct stat st;
    return fstat(fd, &st) == 0 ? (long)st.st_size : -1;
}

typedef struct run {
    live *l;
    app *a;
    backend *be;
    canvas *cv;
    int out;
    long first;             /* bytes of the first paint */
} run;

/* Presents the screen; returns the bytes written. */
static long present(run *r)
{
    long before = file_size(r->out);
    app_draw(r->a, r->cv);
    backend_present(r->be, r->cv);
    return file_size(r->out) - before;
}

static int open_run(run *r, const char *name, const theme *th)
{
    const backend_ops *ops = backend_find(name);
    if (!ops)
        return -1;
    char path[] = "/tmp/hv-bench-app-XXXXXX", err[256];
    r->out = mkstemp(path);
    unlink(path);
    backend_config cfg = backend_config_default(theme_palette(th));
    cfg.no_color = 0;
    cfg.in_fd = open("/dev/null", O_RDONLY);
    cfg.out_fd = r->out;
    cfg.term = "xterm-256color";
    cfg.cols = COLS;
    cfg.rows = ROWS;
    r->be = backend_open(ops, &cfg, err, sizeof err);
    close(cfg.in_fd);
    if (!r->be) {
        fprintf(stderr, "bench-app: %s\n", err);
        close(r->out);
        return -1;
    }
    r->l = live_new(profile_default(), 0, "bench.py", program, NULL);
    live_run_script(r->l, program, strlen(program), "bench.py");
    app_config ac = {.s = live_stream(r->l), .th = th};
    r->a = app_new(&ac);
    r->cv = canvas_new(COLS, ROWS);
    backend_event rs = {.type = BEV_RESIZE, .x = COLS, .y = ROWS};
    app_event(r->a, &rs);
    r->first = present(r);
    return 0;
}

static void close_run(run *r)
{
    app_delete(r->a);
    live_delete(r->l);
    canvas_delete(r->cv);
    backend_close(r->be);
    close(r->out);
}

static void bench_backend(const char *name, const theme *th)
{
    run r;
    if (open_run(&r, name, th))
        return;
    backend_event n = {.type = BEV_KEY, .key = BKEY_TEXT, .text = "n"};
    long step_bytes = 0, steps = 0;
    double busy = 0;
    for (;;) {
        double t = now();
        unsigned f = app_event(r.a, &n);
        app_draw(r.a, r.cv);
        busy += now() - t;
        if (f & APP_BELL)
            break;
        step_bytes += present(&r);
        steps++;
    }
    close_run(&r);
    if (!steps || r.first <= 0)
        return;
    printf("bench ui_app_steps_%s %ld steps\n", name, steps);
    printf("bench ui_app_bytes_per_step_%s %.0f bytes\n", name, (double)step_bytes / steps);
    printf("bench ui_app_full_paint_bytes_%s %ld bytes\n", name, r.first);
    printf("bench ui_app_step_vs_full_%s %.3f ratio\n", name, (double)step_bytes / steps / (double)r.first);
    printf("bench ui_app_step_ms_%s %.3f ms\n", name, busy * 1e3 / steps);
}

static const char big_program[] =
    "l = list(range(10**6))\n"
    "x = len(l)\n"
    "del l\n"
    "y = x + 1\n";

/* The big step: n onto its end and p back, a few times (the first n walks
 * it and tells it; the keyframes and the narration are kept after), then
 * the stream's seek and the narration alone. */
static void bench_big_step(const theme *th)
{
    enum { ROUNDS = 3 };
    live *l = live_new(profile_default(), 0, "big.py", big_program, NULL);
    live_run_script(l, big_program, strlen(big_program), "big.py");
    stream *s = live_stream(l);
    app_config ac = {.s = s, .th = th};
    app *a = app_new(&ac);
    canvas *cv = canvas_new(COLS, ROWS);
    backend_event rs = {.type = BEV_RESIZE, .x = COLS, .y = ROWS};
    app_event(a, &rs);
    uint64_t step = 0;
    while (step < stream_steps(s) && stream_step_line(s, step + 1) != 1)
        step++;
    uint64_t before = stream_step_end(s, step), after = stream_step_end(s, step + 1);
    backend_event n = {.type = BEV_KEY, .key = BKEY_TEXT, .text = "n"}, p = n;
    p.text[0] = 'p';
    double first = 0, again = 0, back = 0, draw = 0;
    for (int r = 0; r < ROUNDS; r++) {
        app_seek(a, before);
        app_draw(a, cv);
        for (int k = 0; k < 2; k++) {
            double t = now();
            app_event(a, k ? &p : &n);
            double t2 = now();
            app_draw(a, cv);
            draw += now() - t2;
            *(k ? &back : r ? &again : &first) += t2 - t;
        }
    }
    buf err = BUF_INIT;
    double seek = 0, narr = 0;
    for (int r = 0; r < ROUNDS; r++) {     /* the stream's seek alone, there and back */
        app_seek(a, before);
        double t = now();
        stream_seek(s, after, &err);
        stream_seek(s, before, &err);
        seek += now() - t;
    }
    app_seek(a, after);
    for (int r = 0; r < ROUNDS; r++) {     /* the narration of the step alone */
        buf out = BUF_INIT;
        narrate_changes ch;
        double t = now();
        narrate_position(s, &out, &ch);
        narr += now() - t;
        buf_free(&out);
    }
    printf("bench ui_app_bigstep_events %llu events\n", (unsigned long long)(after - before));
    printf("bench ui_app_bigstep_first_n_ms %.1f ms\n", first * 1e3);
    printf("bench ui_app_bigstep_again_n_ms %.1f ms\n", again * 1e3 / (ROUNDS - 1));
    printf("bench ui_app_bigstep_p_ms %.1f ms\n", back * 1e3 / ROUNDS);
    printf("bench ui_app_bigstep_draw_ms %.1f ms\n", draw * 1e3 / (2 * ROUNDS));
    printf("bench ui_app_bigstep_seek_ms %.1f ms\n", seek * 1e3 / (2 * ROUNDS));
    printf("bench ui_app_bigstep_narrate_ms %.1f ms\n", narr * 1e3 / ROUNDS);
    buf_free(&err);
    canvas_delete(cv);
    app_delete(a);
    live_delete(l);
}

int main(int argc, char **argv)
{
    if (argc > 1 && strcmp(argv[1], "--big") == 0) {    /* the big step alone (for a profiler) */
        char e[256];
        theme *t = theme_load("default", e, sizeof e);
        bench_big_step(t);
        theme_delete(t);
        return 0;
    }
    char err[256];
    theme *th = theme_load("default", err, sizeof err);
    if (!th) {
        fprintf(stderr, "bench-app: %s\n", err);
        return 1;
    }
    bench_backend("ncurses", th);
    bench_backend("tickit", th);
    bench_big_step(th);
    theme_delete(th);
    return 0;
}
