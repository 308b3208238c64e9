/*
 * screen-app — a helper of tests/60-screen.sh: the heap map of the demo
 * heap, interactive, through a real backend (run it in a terminal, or in
 * vtscreen's pseudo-terminal), or dumped by the text backend as the
 * reference screen those backends must show.
 *
 *   screen-app --list                         the backends built
 *   screen-app --ui ncurses|tickit [--theme NAME]
 *   screen-app --dump COLSxROWS [--theme NAME]
 *
 * Exit status: 0, or 2 with a one-line message (no terminal, bad TERM).
 */
#include "backend.h"
#include "buf.h"
#include "demoheap.h"
#include "theme.h"
#include "tui.h"
#include "view_heap.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static int usage(void)
{
    fputs("usage: screen-app --list | --ui ncurses|tickit [--theme NAME] | --dump COLSxROWS [--theme NAME]\n",
          stderr);
    return 2;
}

static int dump(const view_context *ctx, const char *size)
{
    int cols, rows;
    if (sscanf(size, "%dx%d", &cols, &rows) != 2 || cols < 1 || rows < 1)
        return usage();
    canvas *cv = canvas_new(cols, rows);
    void *v = view_heap_ops.init(ctx);
    view_heap_ops.draw(v, cv, (canvas_rect){0, 0, cols, rows});
    buf out = BUF_INIT;
    backend_text_dump(cv, theme_palette(ctx->th), 1, 0, &out);
    fputs(buf_str(&out), stdout);
    buf_free(&out);
    view_heap_ops.fini(v);
    canvas_delete(cv);
    return 0;
}

static int interactive(const view_context *ctx, const char *ui)
{
    const backend_ops *ops = backend_find(ui);
    if (!ops || strcmp(ui, "text") == 0) {
        fprintf(stderr, "screen-app: backend '%s' is not built\n", ui);
        return 2;
    }
    tui_config c = {ops, backend_config_default(theme_palette(ctx->th)), &view_heap_ops, *ctx};
    char err[256];
    if (tui_run(&c, err, sizeof err) != 0) {
        fprintf(stderr, "screen-app: %s\n", err);
        return 2;
    }
    return 0;
}

int main(int argc, char **argv)
{
    const char *ui = NULL, *size = NULL, *theme_name = NULL;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--list") == 0) {
            for (const char *n[] = {"ncurses", "tickit"}, **p = n; p < n + 2; p++)
                if (backend_find(*p))
                    printf("%s\n", *p);
            return 0;
        } else if (strcmp(argv[i], "--ui") == 0 && i + 1 < argc) {
            ui = argv[++i];
        } else if (strcmp(argv[i], "--dump") == 0 && i + 1 < argc) {
            size = argv[++i];
        } else if (strcmp(argv[i], "--theme") == 0 && i + 1 < argc) {
            theme_name = argv[++i];
        } else {
            return usage();
        }
    }
    if (!ui == !size)
        return usage();
    char err[256];
    theme *th = theme_load(theme_choose(theme_name), err, sizeof err);
    if (!th) {
        fprintf(stderr, "screen-app: %s\n", err);
        return 2;
    }
    demoheap *d = demoheap_new(profile_default());
    view_context ctx = {d->model, d->prof, th, NULL};
    int rc = size ? dump(&ctx, size) : interactive(&ctx, ui);
    demoheap_delete(d);
    theme_delete(th);
    return rc;
}
