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
 * Prints `bench NAME VALUE UNIT` lines.
 */
#include "app.h"
#include "backend.h"
#include "live.h"
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

int main(void)
{
    char err[256];
    theme *th = theme_load("default", err, sizeof err);
    if (!th) {
        fprintf(stderr, "bench-app: %s\n", err);
        return 1;
    }
    bench_backend("ncurses", th);
    bench_backend("tickit", th);
    theme_delete(th);
    return 0;
}
