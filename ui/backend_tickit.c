/*
 * backend_tickit.c — the libtickit backend, the only file that calls
 * tickit (and unibilium, the terminfo reader tickit itself uses).
 *
 *   init:    refuse a non-tty, an unset or unknown TERM, and a terminfo
 *            entry lacking a string tickit requires — BEFORE building the
 *            Tickit, because tickit abort()s on those → crash restore
 *            (restore.h) → tickit_build on the config's fds → bind expose,
 *            key, mouse, geometry change on the root window → SIGTERM,
 *            SIGHUP, SIGINT through restore.h's self-pipe, watched with
 *            tickit_watch_io → a `later` that turns tickit's forced mouse
 *            DRAG mode down to clicks (setting it before the first tick has
 *            no effect) → the first tick does the set-up
 *   present: expose the changed rows; tickit_window_flush paints them now
 *            through on_expose, from the canvas
 *   poll:    tickit_tick until a handler queued an event or the timer fired
 *   fini:    tickit_unref (leaves the alternate screen, modes back), then
 *            the tty modes back
 *
 * Input is read here, not by tickit.  Tickit 0.4.3 arms one more input
 * timer on every read that ends inside an escape sequence (\e[ cut short),
 * and each of those re-arms itself until the sequence times out; its timer
 * list is sorted by insertion, so a flood of such reads leaves thousands of
 * timers that each walk the whole list to put themselves back: the loop
 * spins for minutes.  So tickit's terminal gets no input fd (its own io
 * watch then never fires); this backend puts the tty in the raw mode
 * libtermkey would (tty_raw), reads the fd in its own io watch, hands the
 * bytes to tickit_term_input_push_bytes in pieces libtermkey's 256-byte
 * buffer always has room for, and keeps ONE timer while a partial sequence
 * waits (tickit_term_input_check_timeout_msec flushes it when due, then
 * the keys read behind it are parsed).  The bytes pass through tkinput.h
 * first: three escape sequences crash or corrupt libtermkey 0.22.  End of
 * input reads as quit.
 *
 * Why not tickit_watch_signal for SIGTERM: tickit 0.4.3's default event
 * loop never initialises its set of pending signals (evloop-default.c
 * mallocs it), so at the first signal it dispatches (a SIGWINCH) any
 * watched signal whose bit happens to be set in that garbage fires too: a
 * resize then reads as SIGINT and quits.  Only SIGWINCH, tickit's own
 * watch, is left to tickit; a spurious SIGWINCH costs a size check.
 *
 * Tickit writes UTF-8 whatever the locale; under a non-UTF-8 locale cells
 * get ASCII stand-ins, as in the ncurses backend, so both show the same.
 * Tickit pens have no "dim": CANVAS_DIM is not shown here.
 */
#include "backend.h"

#include "buf.h"
#include "restore.h"
#include "tkinput.h"

#include <errno.h>
#include <langinfo.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <termios.h>
#include <tickit.h>
#include <unibilium.h>
#include <unistd.h>

typedef struct tk_impl {
    backend *be;
    Tickit *t;
    TickitWindow *root;
    TickitPen *pen;             /* reused for every run of cells */
    const canvas *cv;           /* what on_expose paints (during present) */
    int ncolours;               /* 0 without colour */
    int utf8;                   /* the locale's codeset is UTF-8 */
    int timed_out;              /* poll's timer fired */
    void *timer;                /* poll's pending timer watch, or NULL */
    backend_event *queue;       /* events handlers produced, oldest first */
    size_t head, count, cap;    /* queue[head .. head+count) */
    int in_fd;                  /* the terminal's input, read by on_input */
    void *in_watch;             /* its io watch, or NULL once it ended */
    void *key_timer;            /* the one timer of a pending partial key, or NULL */
    int key_due;                /* it fired: tk_poll flushes the key (outside tickit's timer loop) */
    int in_ended;               /* in_fd reached its end: tk_poll drops in_watch */
    struct termios tty_modes;   /* in_fd's modes before tty_raw */
    int tty_saved;              /* tty_modes holds them (in_fd is a tty) */
    tkinput filter;             /* what libtermkey must not read (tkinput.h) */
} tk_impl;

enum { PUSH_PIECE = 64 };       /* bytes handed to libtermkey at once (its buffer: 256) */

/* Strings tickit's terminfo driver requires (it aborts without them); two
 * more it needs have built-in fallbacks. */
static const enum unibi_string required[] = {
    unibi_cursor_address, unibi_parm_up_cursor, unibi_parm_down_cursor, unibi_parm_right_cursor,
    unibi_parm_left_cursor, unibi_parm_ich, unibi_parm_insert_line, unibi_parm_delete_line,
    unibi_clear_screen, unibi_change_scroll_region, unibi_set_attributes, unibi_exit_attribute_mode,
    unibi_set_a_foreground, unibi_set_a_background, unibi_cursor_normal, unibi_cursor_invisible,
};

/* What tickit turns on and never writes off after a crash: the alternate
 * screen and the mouse (both hard-coded in tickit), then terminfo's own. */
#define ALT_OFF "\033[?1049l"
#define MOUSE_OFF "\033[?1006l\033[?1003l\033[?1002l\033[?1000l"
#define SGR_MOUSE_OFF "\033[?1006l"

/* Queues an event.  The queue grows as needed: tk_poll reads the terminal
 * only when it is empty, so it holds at most one read's worth of keys (a
 * paste of 10,000 lines arrives in reads of thousands), and none is lost. */
static void push(tk_impl *tk, backend_event ev)
{
    if (tk->head + tk->count == tk->cap) {
        if (tk->head) {
            memmove(tk->queue, tk->queue + tk->head, tk->count * sizeof *tk->queue);
            tk->head = 0;
        } else {
            tk->cap = tk->cap ? 2 * tk->cap : 64;
            tk->queue = hv_realloc(tk->queue, tk->cap * sizeof *tk->queue);
        }
    }
    tk->queue[tk->head + tk->count++] = ev;
}

/* ---- checks before tickit may abort ------------------------------------ */

static int check_term(const char *term, char *err, size_t errlen)
{
    unibi_term *ut = unibi_from_term(term);
    if (!ut) {
        snprintf(err, errlen, "tickit: unknown terminal type '%s' (check TERM)", term);
        return -1;
    }
    for (size_t i = 0; i < HV_COUNTOF(required); i++) {
        if (!unibi_get_str(ut, required[i])) {
            snprintf(err, errlen, "tickit: terminal '%s' lacks '%s', which libtickit needs (try --ui ncurses)",
                     term, unibi_name_str(required[i]));
            unibi_destroy(ut);
            return -1;
        }
    }
    buf seq = BUF_INIT;
    buf_adds(&seq, MOUSE_OFF);
    buf_adds(&seq, ALT_OFF);
    const enum unibi_string restore_caps[] = {unibi_exit_attribute_mode, unibi_cursor_normal,
                                              unibi_keypad_local};
    for (size_t i = 0; i < HV_COUNTOF(restore_caps); i++) {
        const char *s = unibi_get_str(ut, restore_caps[i]);
        if (s)
            buf_adds(&seq, s);
    }
    restore_set_sequence(buf_str(&seq), seq.len);
    buf_free(&seq);
    unibi_destroy(ut);
    return 0;
}

/* ---- painting ---------------------------------------------------------- */

static void set_pen(tk_impl *tk, const canvas_cell *c)
{
    TickitPen *p = tk->pen;
    tickit_pen_clear(p);
    if (tk->ncolours) {
        int fg = canvas_palette_resolve(tk->be->cfg.palette, c->fg, tk->ncolours);
        int bg = canvas_palette_resolve(tk->be->cfg.palette, c->bg, tk->ncolours);
        if (fg >= 0)
            tickit_pen_set_colour_attr(p, TICKIT_PEN_FG, fg);
        if (bg >= 0)
            tickit_pen_set_colour_attr(p, TICKIT_PEN_BG, bg);
    }
    if (c->attr & CANVAS_BOLD)
        tickit_pen_set_bool_attr(p, TICKIT_PEN_BOLD, true);
    if (c->attr & CANVAS_UNDERLINE)
        tickit_pen_set_int_attr(p, TICKIT_PEN_UNDER, TICKIT_PEN_UNDER_SINGLE);
    if (c->attr & CANVAS_REVERSE)
        tickit_pen_set_bool_attr(p, TICKIT_PEN_REVERSE, true);
}

static int same_style(const canvas_cell *a, const canvas_cell *b)
{
    return a->fg == b->fg && a->bg == b->bg && a->attr == b->attr;
}

/* Paints columns [x0, x1) of row y: one text_at per run of equal style. */
static void paint_row(tk_impl *tk, TickitRenderBuffer *rb, int y, int x0, int x1)
{
    const canvas_cell *row = canvas_row(tk->cv, y);
    buf run = BUF_INIT;
    if (x0 > 0 && row[x0].width == 0)
        x0--;                   /* start at the wide character's left half */
    for (int x = x0; x < x1;) {
        int start = x;
        buf_clear(&run);
        for (; x < x1 && same_style(&row[x], &row[start]); x++) {
            if (!tk->utf8)
                buf_addc(&run, canvas_ascii(&row[x]));
            else if (row[x].width != 0)
                buf_adds(&run, row[x].text);
        }
        set_pen(tk, &row[start]);
        tickit_renderbuffer_setpen(rb, tk->pen);
        tickit_renderbuffer_text_at(rb, y, start, buf_str(&run));
    }
    buf_free(&run);
}

static int on_expose(TickitWindow *win, TickitEventFlags flags, void *info, void *user)
{
    tk_impl *tk = user;
    TickitExposeEventInfo *ei = info;
    TickitRect r = ei->rect;
    if (!tk->cv) {              /* exposed before anything was presented */
        tickit_renderbuffer_eraserect(ei->rb, &r);
        return 1;
    }
    int rows = canvas_rows(tk->cv), cols = canvas_cols(tk->cv);
    for (int y = r.top; y < r.top + r.lines; y++) {
        int x1 = r.left + r.cols < cols ? r.left + r.cols : cols;
        if (y < rows && r.left < x1)
            paint_row(tk, ei->rb, y, r.left, x1);
    }
    return 1;
}

/* Paints the changed rows.  Tickit's own pending damage (the strips a
 * resize uncovers) is flushed first: tickit 0.4.3's rectset loses rows when
 * full-width rows are added to a set holding a partial-width rectangle
 * (adding row 1 to {row 0, cols 80-99 of rows 1-23} drops row 0), while
 * full-width rows alone merge correctly. */
static void tk_present(backend *be, canvas *cv)
{
    tk_impl *tk = be->impl;
    tk->cv = cv;
    tickit_window_flush(tk->root);
    int cols = canvas_cols(cv);
    for (int y = 0; y < canvas_rows(cv); y++)
        if (canvas_row_changed(cv, y))
            tickit_window_expose(tk->root, &(TickitRect){.top = y, .left = 0, .lines = 1, .cols = cols});
    tickit_window_flush(tk->root);
    canvas_presented(cv);
}

/* ---- input ------------------------------------------------------------- */

static const struct {
    const char *name;           /* libtermkey's name, after any S-/C-/M- */
    enum backend_key key;
} keynames[] = {
    {"Up", BKEY_UP}, {"Down", BKEY_DOWN}, {"Left", BKEY_LEFT}, {"Right", BKEY_RIGHT},
    {"Enter", BKEY_ENTER}, {"KPEnter", BKEY_ENTER}, {"Escape", BKEY_ESC}, {"Tab", BKEY_TAB},
    {"Backspace", BKEY_BACKSPACE}, {"DEL", BKEY_BACKSPACE}, {"Delete", BKEY_DELETE},
    {"Insert", BKEY_INSERT}, {"Home", BKEY_HOME}, {"End", BKEY_END}, {"PageUp", BKEY_PAGEUP},
    {"PageDown", BKEY_PAGEDOWN},
};

static void translate_key(const TickitKeyEventInfo *ki, backend_event *ev)
{
    const char *s = ki->str;
    *ev = (backend_event){.type = BEV_KEY};
    ev->mod = (ki->mod & TICKIT_MOD_SHIFT ? BMOD_SHIFT : 0) | (ki->mod & TICKIT_MOD_ALT ? BMOD_ALT : 0) |
              (ki->mod & TICKIT_MOD_CTRL ? BMOD_CTRL : 0);
    if (ki->type == TICKIT_KEYEV_KEY)
        while ((s[0] == 'S' || s[0] == 'C' || s[0] == 'M') && s[1] == '-' && s[2])
            s += 2;
    for (size_t i = 0; ki->type == TICKIT_KEYEV_KEY && i < HV_COUNTOF(keynames); i++)
        if (strcmp(keynames[i].name, s) == 0) {
            ev->key = keynames[i].key;
            if (ev->key == BKEY_TAB && (ev->mod & BMOD_SHIFT)) {
                ev->key = BKEY_BACKTAB;
                ev->mod &= ~(unsigned)BMOD_SHIFT;
            }
            return;
        }
    if (ki->type == TICKIT_KEYEV_KEY && s[0] == 'F' && s[1] >= '1' && s[1] <= '9') {
        int n = atoi(s + 1);
        if (n >= 1 && n <= 12) {
            ev->key = (enum backend_key)(BKEY_F1 + n - 1);
            return;
        }
    }
    if (strcmp(s, "Space") == 0)
        s = " ";
    ev->key = BKEY_TEXT;
    snprintf(ev->text, sizeof ev->text, "%s", s);
    if (ev->mod & BMOD_SHIFT)
        ev->mod &= ~(unsigned)BMOD_SHIFT;   /* the text already says it */
}

/* Esc typed just before a key such as Down reaches libtermkey as one
 * "M-Down"; ncurses reports Esc, then Down.  Both backends give the
 * latter, so an Esc is never lost (Alt+letter stays Alt+letter in both:
 * the app, which binds nothing with Alt, reads it as Esc and the letter);
 * Esc Esc ("M-Escape") is two Escs, so the second one cancels a prompt. */
static int on_key(TickitWindow *win, TickitEventFlags flags, void *info, void *user)
{
    backend_event ev;
    translate_key(info, &ev);
    if ((ev.mod & BMOD_ALT) && ev.key != BKEY_TEXT) {
        push(user, (backend_event){.type = BEV_KEY, .key = BKEY_ESC});
        ev.mod &= ~(unsigned)BMOD_ALT;
    }
    push(user, ev);
    return 1;
}

static int on_mouse(TickitWindow *win, TickitEventFlags flags, void *info, void *user)
{
    const TickitMouseEventInfo *mi = info;
    backend_event ev = {.type = BEV_MOUSE, .x = mi->col, .y = mi->line, .button = mi->button};
    switch (mi->type) {
    case TICKIT_MOUSEEV_PRESS: ev.mouse = BMOUSE_PRESS; break;
    case TICKIT_MOUSEEV_RELEASE: ev.mouse = BMOUSE_RELEASE; break;
    case TICKIT_MOUSEEV_WHEEL:
        ev.mouse = mi->button == TICKIT_MOUSEWHEEL_UP ? BMOUSE_WHEEL_UP : BMOUSE_WHEEL_DOWN;
        break;
    default: return 1;          /* drags: not used */
    }
    push(user, ev);
    return 1;
}

/* Tickit does not re-expose a window that shrank: the caller redraws the
 * whole canvas after BEV_RESIZE (canvas_resize marks every row changed). */
static int on_geometry(TickitWindow *win, TickitEventFlags flags, void *info, void *user)
{
    TickitRect r = tickit_window_get_geometry(win);
    push(user, (backend_event){.type = BEV_RESIZE, .x = r.cols, .y = r.lines});
    return 1;
}

/* ---- reading the terminal (see the top of the file) --------------------------- */

/* The modes libtermkey's termkey_start sets: no echo, no line editing, no
 * flow control or CR translation, reads of at least one byte; Ctrl-C
 * stays SIGINT, Ctrl-\ and Ctrl-Z do nothing. */
static void tty_raw(tk_impl *tk)
{
    struct termios t;
    if (tcgetattr(tk->in_fd, &t) != 0)
        return;
    tk->tty_modes = t;
    tk->tty_saved = 1;
    t.c_iflag &= (tcflag_t) ~(IXON | INLCR | ICRNL);
    t.c_lflag &= (tcflag_t) ~(ICANON | ECHO | IEXTEN | ISIG);   /* Ctrl-C is a key, as in ncurses's raw() */
    t.c_cc[VMIN] = 1;
    t.c_cc[VTIME] = 0;
    t.c_cc[VQUIT] = _POSIX_VDISABLE;
    t.c_cc[VSUSP] = _POSIX_VDISABLE;
    tcsetattr(tk->in_fd, TCSANOW, &t);
}

/* Tickit's timer loop frees each timer after its callback but walks its
 * list from the old head to insert new ones: a callback neither arms nor
 * cancels timers, it leaves that to tk_poll. */
static int on_key_timer(Tickit *t, TickitEventFlags flags, void *info, void *user)
{
    tk_impl *tk = user;
    tk->key_timer = NULL;       /* a fired timer is destroyed by tickit */
    if (flags & TICKIT_EV_FIRE)
        tk->key_due = 1;
    return 1;
}

/* Flushes a partial key whose time is up (and parses what was read behind
 * it), then keeps one timer while another is pending.  Not from a timer
 * callback (above). */
static void arm_key_timer(tk_impl *tk)
{
    TickitTerm *tt = tickit_get_term(tk->t);
    if (tk->key_timer) {
        tickit_watch_cancel(tk->t, tk->key_timer);
        tk->key_timer = NULL;
    }
    int ms = tickit_term_input_check_timeout_msec(tt);
    if (ms < 0 && tkinput_open(&tk->filter))
        tkinput_flushed(&tk->filter);   /* libtermkey read the sequence it held as keys */
    if (ms < 0) {
        tickit_term_input_push_bytes(tt, "", 0);
        ms = tickit_term_input_check_timeout_msec(tt);
    }
    if (ms >= 0)
        tk->key_timer = tickit_watch_timer_after_msec(tk->t, ms, 0, on_key_timer, tk);
}

static int on_input(Tickit *t, TickitEventFlags flags, void *info, void *user)
{
    tk_impl *tk = user;
    if (!(flags & TICKIT_EV_FIRE))
        return 1;
    char b[4096];
    ssize_t n = read(tk->in_fd, b, sizeof b);
    if (n < 0 && (errno == EINTR || errno == EAGAIN))
        return 1;
    if (n <= 0) {               /* the terminal went away */
        if (!tk->in_ended)
            push(tk, (backend_event){.type = BEV_QUIT});
        tk->in_ended = 1;
        return 1;
    }
    char safe[TKINPUT_ROOM(sizeof b)];
    size_t len = tkinput_filter(&tk->filter, b, (size_t)n, safe);
    size_t at = 0;
    do {    /* at least one push, even of nothing: it restarts libtermkey's wait */
        size_t piece = len - at < PUSH_PIECE ? len - at : PUSH_PIECE;
        tickit_term_input_push_bytes(tickit_get_term(t), safe + at, piece);
        at += piece;
    } while (at < len);
    arm_key_timer(tk);
    return 1;
}

/* A quit signal (restore.h's self-pipe became readable). */
static int on_quit(Tickit *t, TickitEventFlags flags, void *info, void *user)
{
    if ((flags & TICKIT_EV_FIRE) && restore_take_quit())
        push(user, (backend_event){.type = BEV_QUIT});
    return 1;
}

/* Runs after tickit's set-up, which forces mouse DRAG mode (it breaks the
 * terminal's own text selection): clicks are all the views need.
 *
 * Then SGR mouse reports (mode 1006, which tickit turns on) go off again:
 * Debian's xterm-256color entry says kmous=\E[<, so libtermkey (0.22, under
 * tickit 0.4.3) takes "\E[<" for the start of an old-style report and
 * misreads every SGR click as a click plus stray keys ("3;5M").  Old-style
 * reports (\E[M + 3 bytes, up to column 223) it reads correctly. */
static int on_later(Tickit *t, TickitEventFlags flags, void *info, void *user)
{
    if (!(flags & TICKIT_EV_FIRE))
        return 1;
    TickitTerm *tt = tickit_get_term(t);
    restore_output_begin();     /* in tk_poll, outside backend.c's gate */
    tickit_term_setctl_int(tt, TICKIT_TERMCTL_MOUSE, TICKIT_TERM_MOUSEMODE_CLICK);
    tickit_term_flush(tt);
    ssize_t w = write(tickit_term_get_output_fd(tt), SGR_MOUSE_OFF, sizeof SGR_MOUSE_OFF - 1);
    restore_output_end();
    (void)w;
    return 1;
}

static int on_timer(Tickit *t, TickitEventFlags flags, void *info, void *user)
{
    tk_impl *tk = user;
    if (flags & TICKIT_EV_FIRE)
        tk->timed_out = 1;
    tk->timer = NULL;           /* a fired timer is destroyed by tickit */
    return 1;
}

static int tk_poll(backend *be, int timeout_ms, backend_event *ev)
{
    tk_impl *tk = be->impl;
    tk->timed_out = 0;
    if (!tk->count && timeout_ms >= 0)
        tk->timer = tickit_watch_timer_after_msec(tk->t, timeout_ms, 0, on_timer, tk);
    while (!tk->count && !tk->timed_out) {
        tickit_tick(tk->t, TICKIT_RUN_ONCE);
        if (tk->key_due) {
            tk->key_due = 0;
            arm_key_timer(tk);
        }
    }
    if (tk->in_ended && tk->in_watch) {
        tickit_watch_cancel(tk->t, tk->in_watch);
        tk->in_watch = NULL;
    }
    if (tk->timer) {
        tickit_watch_cancel(tk->t, tk->timer);
        tk->timer = NULL;
    }
    if (!tk->count) {
        *ev = (backend_event){.type = BEV_TIMER};
        return 0;
    }
    *ev = tk->queue[tk->head++];
    if (!--tk->count)
        tk->head = 0;
    return 0;
}

/* ---- life cycle ---------------------------------------------------------- */

static void bind_all(tk_impl *tk)
{
    tickit_window_bind_event(tk->root, TICKIT_WINDOW_ON_EXPOSE, 0, on_expose, tk);
    tickit_window_bind_event(tk->root, TICKIT_WINDOW_ON_KEY, 0, on_key, tk);
    tickit_window_bind_event(tk->root, TICKIT_WINDOW_ON_MOUSE, 0, on_mouse, tk);
    tickit_window_bind_event(tk->root, TICKIT_WINDOW_ON_GEOMCHANGE, 0, on_geometry, tk);
    int quit_fd = restore_catch_quit();
    if (quit_fd >= 0)
        tickit_watch_io(tk->t, quit_fd, TICKIT_IO_IN, 0, on_quit, tk);
    tk->in_watch = tickit_watch_io(tk->t, tk->in_fd, TICKIT_IO_IN, 0, on_input, tk);
    tickit_watch_later(tk->t, 0, on_later, tk);
}

static int tk_init(backend *be, const backend_config *cfg, char *err, size_t errlen)
{
    setlocale(LC_ALL, "");
    const char *term = cfg->term ? cfg->term : getenv("TERM");
    int forced = cfg->cols > 0 && cfg->rows > 0;
    if (!forced && (!isatty(cfg->in_fd) || !isatty(cfg->out_fd))) {
        snprintf(err, errlen, "tickit: %s is not a terminal", isatty(cfg->in_fd) ? "the output" : "the input");
        return -1;
    }
    if (!term || !*term) {
        snprintf(err, errlen, "tickit: TERM is not set");
        return -1;
    }
    restore_arm(cfg->out_fd);
    if (check_term(term, err, errlen))
        goto bad;
    Tickit *t = tickit_build(&(struct TickitBuilder){
        .term_builder = {.termtype = term, .open = TICKIT_OPEN_FDS, .input_fd = -1,
                         .output_fd = cfg->out_fd}});
    if (!t) {
        snprintf(err, errlen, "tickit: cannot start on terminal '%s'", term);
        goto bad;
    }
    tk_impl *tk = hv_calloc(1, sizeof *tk);
    tk->be = be;
    tk->t = t;
    tk->in_fd = cfg->in_fd;
    tkinput_init(&tk->filter);
    tty_raw(tk);
    int input_utf8;
    tk->utf8 = backend_locale_utf8(&input_utf8);
    tk->pen = tickit_pen_new();
    TickitTerm *tt = tickit_get_term(t);
    tickit_term_set_utf8(tt, input_utf8);   /* libtermkey's decoding; what is drawn is ASCII unless tk->utf8 */
    if (forced)
        tickit_term_set_size(tt, cfg->rows, cfg->cols);
    if (!cfg->no_color && !tickit_term_getctl_int(tt, TICKIT_TERMCTL_COLORS, &tk->ncolours))
        tk->ncolours = 8;
    if (tk->ncolours < 8)
        tk->ncolours = 0;
    tk->root = tickit_get_rootwin(t);
    be->impl = tk;
    bind_all(tk);
    tickit_tick(t, TICKIT_RUN_NOHANG);  /* set-up: alternate screen, cursor off, keypad */
    return 0;
bad:
    restore_disarm();
    return -1;
}

static void tk_fini(backend *be)
{
    tk_impl *tk = be->impl;
    tickit_pen_unref(tk->pen);
    tickit_unref(tk->t);
    if (tk->tty_saved)
        tcsetattr(tk->in_fd, TCSANOW, &tk->tty_modes);
    restore_disarm();
    free(tk->queue);
    free(tk);
}

static void tk_size(backend *be, int *cols, int *rows)
{
    tk_impl *tk = be->impl;
    tickit_term_get_size(tickit_get_term(tk->t), rows, cols);
}

static void tk_bell(backend *be)
{
    tk_impl *tk = be->impl;
    tickit_term_flush(tickit_get_term(tk->t));
    ssize_t w = write(be->cfg.out_fd, "\a", 1);
    (void)w;
}

const backend_ops backend_tickit_ops = {
    .name = "tickit",
    .init = tk_init,
    .fini = tk_fini,
    .size = tk_size,
    .present = tk_present,
    .poll = tk_poll,
    .bell = tk_bell,
};
