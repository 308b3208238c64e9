/*
 * demo_cmd.c — listing and playing the bundled demos (demo_cmd.h).
 */
#include "demo_cmd.h"

#include "buf.h"
#include "demo.h"
#include "interp.h"
#include "names.h"
#include "profile.h"
#include "run.h"
#include "session.h"
#include "store_cmds.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { CAPTION_COLS = 76 };

typedef struct player {
    const demo *d;
    unsigned char *seen;    /* per caption: printed already */
    session *rec;           /* recording, or NULL */
    demo_cursor cur;
    names_table *names;     /* what the watcher learnt (recording only) */
    names_watch *watch;     /* learns and records names, as the live app does (names.h) */
} player;

int demo_cmd_list(void)
{
    buf out = BUF_INIT;
    demo_list(&out);
    fputs(buf_str(&out), stdout);
    buf_free(&out);
    return 0;
}

/* Prints text as "# " lines of at most CAPTION_COLS bytes, broken at
 * spaces (a longer word gets a line of its own). */
static void print_wrapped(const char *text)
{
    const char *p = text;
    while (*p) {
        size_t n = strlen(p);
        if (n > CAPTION_COLS - 2) {
            n = CAPTION_COLS - 2;
            while (n > 0 && p[n] != ' ')
                n--;
            if (n == 0)
                n = strcspn(p, " ");
        }
        printf("# %.*s\n", (int)n, p);
        p += n;
        while (*p == ' ')
            p++;
    }
}

static void on_write(void *ud, int fd, const char *p, size_t n)
{
    player *pl = ud;
    fwrite(p, 1, n, fd == 2 ? stderr : stdout);
    if (pl->rec)
        session_output(pl->rec, fd, p, n);
}

/* Prints caption i (if any) the first time it is reached. */
static void narrate(player *pl, long i)
{
    if (i < 0 || pl->seen[i])
        return;
    pl->seen[i] = 1;
    fflush(stderr);
    const demo_caption *c = demo_caption_get(pl->d, (size_t)i);
    if (c->phase) {
        buf b = BUF_INIT;
        buf_printf(&b, "[%s] %s", c->phase, c->text);
        print_wrapped(buf_str(&b));
        buf_free(&b);
    } else {
        print_wrapped(c->text);
    }
}

/* Every event: a statement, or a collector phase, whose caption was not
 * shown yet prints it; everything goes on to the recorder, and to the
 * names watcher (so a replay labels the graph as the live screen does). */
static void on_event(void *ud, const hv_event *ev)
{
    player *pl = ud;
    narrate(pl, demo_event_caption(pl->d, &pl->cur, ev));
    if (!pl->rec)
        return;
    session_emit(pl->rec, ev);
    names_watch_event(pl->watch, ev);
}

static void on_snapshot(void *ud, const char *name)
{
    player *pl = ud;
    if (pl->rec)
        session_snapshot(pl->rec, name, "tracemalloc");
}

int demo_cmd_options(const demo *d, const cli_opts *o, cli_opts *out, buf *notice)
{
    *out = *o;
    const char *prof = demo_setting(d, "profile"), *coll = demo_setting(d, "collector");
    const profile *want = prof ? profile_find(prof) : NULL;
    if (prof && !want) {
        fprintf(stderr, "heapviz: demo '%s': unknown profile '%s'\n", demo_get_name(d), prof);
        return -1;
    }
    buf_clear(notice);
    if (want && !o->profile_given)
        out->profile = want;
    else if (want && o->profile != want)
        buf_printf(notice, "--profile %s, not the demo's %s: its pools fill differently", o->profile->name, prof);
    if (coll && !o->collector)
        out->collector = coll;
    return 0;
}

/* Runs the demo; returns the program's status. */
static int play(const demo *d, const cli_opts *o, session *rec, const char *notice)
{
    player pl = {d, hv_calloc(demo_ncaptions(d) + 1, 1), rec, DEMO_CURSOR_INIT, NULL, NULL};
    if (rec) {
        pl.names = names_new();
        pl.watch = names_watch_new(pl.names, rec);
    }
    interp_options opt = {.prof = o->profile, .heap_limit = o->heap_limit, .emit = on_event,
                          .emit_ud = &pl, .write = on_write, .write_ud = &pl, .snapshot = on_snapshot,
                          .snapshot_ud = &pl};
    opt.collector = cli_collector(o);
    run_host_options(&opt);                 /* as `heapviz run` and python3 find them */
    size_t n;
    const char *src = demo_source_text(d, &n);
    buf file = BUF_INIT;
    buf_printf(&file, "heapviz demo %s: %s", demo_get_name(d), demo_description(d));
    print_wrapped(buf_str(&file));
    if (*notice) {
        buf_clear(&file);
        buf_printf(&file, "note: %s", notice);
        print_wrapped(buf_str(&file));
    }
    buf_clear(&file);
    buf_printf(&file, "%s.py", demo_get_name(d));
    interp *in = interp_new(&opt);
    if (pl.watch) {
        names_watch_attach(pl.watch, in);
        names_watch_sync(pl.watch);
    }
    int status = interp_run(in, src, n, buf_str(&file));
    if (pl.watch) {
        names_watch_sync(pl.watch);         /* what the last statement made */
        names_watch_attach(pl.watch, NULL);
    }
    pl.rec = NULL;          /* the interpreter's shutdown is not part of the session (as run.c) */
    interp_delete(in);
    names_watch_delete(pl.watch);
    names_delete(pl.names);
    fflush(stdout);
    buf_free(&file);
    free(pl.seen);
    return status;
}

int demo_cmd_play(const cli_opts *o)
{
    buf err = BUF_INIT, name = BUF_INIT, notice = BUF_INIT;
    cli_opts opts;
    recorder rec = {0};
    int status = 2;
    demo *d = demo_load(o->demo, &err);
    if (!d) {
        fprintf(stderr, "heapviz: %s\n", buf_str(&err));
        goto out;
    }
    if (demo_cmd_options(d, o, &opts, &notice))
        goto out;
    buf_printf(&name, "demo:%s", demo_get_name(d));
    if (!opts.no_record && store_cmd_record_begin(&opts, buf_str(&name), demo_source_text(d, NULL), &rec, &err)) {
        fputs(buf_str(&err), stderr);
        goto out;
    }
    status = play(d, &opts, rec.s, buf_str(&notice));
    if (rec.s && store_cmd_record_end(&rec, 0, &err)) {
        fputs(buf_str(&err), stderr);
        status = status ? status : 2;
    }
out:
    demo_free(d);
    buf_free(&err);
    buf_free(&name);
    buf_free(&notice);
    return status;
}
