/*
 * backend_ncurses.c — the ncursesw backend, the only file that calls
 * ncurses.
 *
 *   init:    setlocale → check $TERM with setupterm (newterm, not initscr:
 *            an unknown TERM is an error, not exit(1)) → quit signals and
 *            crash restore (restore.h) → newterm → raw, keypad, escdelay 25,
 *            cursor off, mouse clicks, colours unless NO_COLOR
 *   present: changed rows → wnoutrefresh → doupdate
 *   poll:    our own poll(2) on the input fd, so quit signals and timeouts
 *            interrupt the wait; then wget_wch, KEY_RESIZE, KEY_MOUSE
 *   input:   terminal ─read─▶ tkinput (dropping) ─pipe─▶ ncurses
 *            ncurses reads its keys from a pipe that nc_poll fills with the
 *            terminal's bytes, filtered: ncurses knows no DCS/OSC strings
 *            and would read a string's body (a paste, a terminal's answer,
 *            line noise) as typed keys (issue 8); tkinput.h drops them.
 *            Bytes wait in `pending` while the pipe is full, and while the
 *            filter holds a sequence or ESC, until input pauses for
 *            HOLD_MS (a key's sequence reaches ncurses whole).
 *   fini:    endwin → delscreen
 *
 * Ctrl-C arrives as a key (raw mode); SIGINT/SIGTERM/SIGHUP from outside
 * become BEV_QUIT instead of ncurses' own handlers, which would exit(1)
 * without letting the caller close its files.  When the locale is not
 * UTF-8, ncursesw cannot show non-ASCII text, so cells get ASCII stand-ins
 * (canvas_ascii), exactly as the tickit backend does; in the C locale the
 * input is still read as UTF-8 (backend_locale_utf8).
 */
#define NCURSES_WIDECHAR 1
#include "backend.h"

#include "buf.h"
#include "restore.h"
#include "tkinput.h"

#include <curses.h>
#include <errno.h>
#include <fcntl.h>
#include <langinfo.h>
#include <locale.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <term.h>
#include <time.h>
#include <unistd.h>
#include <wchar.h>

#undef bell  /* term.h names every terminfo capability as a macro; ours is a field */

typedef struct nc_impl {
    SCREEN *screen;
    FILE *out, *in;             /* dup()s of the config's fds, for newterm */
    int ncolours;               /* 0 without colour */
    int utf8;                   /* the locale's codeset is UTF-8 */
    int quit_fd;                /* readable when a quit signal arrived (restore.h) */
    int pipe_w;                 /* ncurses' input: the write end (non-blocking) */
    tkinput filter;             /* the terminal's bytes, strings dropped */
    buf pending;                /* filtered bytes not yet in the pipe */
    long held_since;            /* ms the filter started to hold something, -1 when not */
} nc_impl;

enum { HOLD_MS = 50, READ_MAX = 4096 };

/* Mouse reporting off in every protocol ncurses may have turned on. */
#define MOUSE_OFF "\033[?1006l\033[?1003l\033[?1002l\033[?1000l"

static int fail(char *err, size_t errlen, const char *msg, const char *arg)
{
    snprintf(err, errlen, msg, arg);
    return -1;
}

/* Checks that `term` is known and can address the cursor (TERM=dumb is
 * accepted by newterm but gives garbage). */
static int check_term(const char *term, int fd, char *err, size_t errlen)
{
    int status = 0;
    if (setupterm((char *)term, fd, &status) != OK)
        return fail(err, errlen, "ncurses: unknown terminal type '%s' (check TERM)", term);
    char *cup = tigetstr("cup");
    int ok = cup && cup != (char *)-1;
    del_curterm(cur_term);
    if (!ok)
        return fail(err, errlen, "ncurses: terminal '%s' cannot move the cursor", term);
    return 0;
}

/* Appends terminfo string `cap` to b if the terminal has it. */
static void add_cap(buf *b, const char *cap)
{
    char *s = tigetstr((char *)cap);
    if (s && s != (char *)-1)
        buf_adds(b, s);
}

static void set_restore_sequence(void)
{
    buf b = BUF_INIT;
    buf_adds(&b, MOUSE_OFF);
    add_cap(&b, "sgr0");
    add_cap(&b, "cnorm");
    add_cap(&b, "rmkx");
    add_cap(&b, "rmcup");
    restore_set_sequence(buf_str(&b), b.len);
    buf_free(&b);
}

static void setup_colours(nc_impl *nc, const backend_config *cfg)
{
    nc->ncolours = 0;
    if (cfg->no_color || !has_colors() || start_color() != OK)
        return;
    use_default_colors();
    nc->ncolours = COLORS;
}

static int nc_init(backend *be, const backend_config *cfg, char *err, size_t errlen)
{
    setlocale(LC_ALL, "");
    const char *term = cfg->term ? cfg->term : getenv("TERM");
    int forced = cfg->cols > 0 && cfg->rows > 0;
    if (!forced && (!isatty(cfg->in_fd) || !isatty(cfg->out_fd)))
        return fail(err, errlen, "ncurses: %s is not a terminal", isatty(cfg->in_fd) ? "the output" : "the input");
    if (!term || !*term)
        return fail(err, errlen, "ncurses: TERM is not set%s", "");
    if (check_term(term, cfg->out_fd, err, errlen))
        return -1;
    nc_impl *nc = hv_calloc(1, sizeof *nc);
    int input_utf8;
    nc->utf8 = backend_locale_utf8(&input_utf8);
    int ofd = dup(cfg->out_fd), ifd = -1, p[2];
    nc->pipe_w = -1;
    if (pipe(p) == 0) {
        ifd = p[0];
        nc->pipe_w = p[1];
        /* both ends: ncurses reads the rest of a mouse report with read(2)
         * and must not wait there for bytes only nc_poll can bring */
        fcntl(p[0], F_SETFL, fcntl(p[0], F_GETFL) | O_NONBLOCK);
        fcntl(p[1], F_SETFL, fcntl(p[1], F_GETFL) | O_NONBLOCK);
    }
    tkinput_init_dropping(&nc->filter);
    nc->held_since = -1;
    nc->out = ofd >= 0 ? fdopen(ofd, "w") : NULL;
    nc->in = ifd >= 0 ? fdopen(ifd, "r") : NULL;
    if (!nc->out || !nc->in) {
        snprintf(err, errlen, "ncurses: %s", strerror(errno));
        goto bad;
    }
    restore_arm(cfg->out_fd);
    nc->quit_fd = restore_catch_quit();
    if (!(nc->screen = newterm((char *)term, nc->out, nc->in))) {
        restore_disarm();
        fail(err, errlen, "ncurses: cannot start on terminal '%s'", term);
        goto bad;
    }
    set_term(nc->screen);
    set_restore_sequence();
    if (forced)
        resize_term(cfg->rows, cfg->cols);
    raw();
    noecho();
    nonl();
    keypad(stdscr, TRUE);
    set_escdelay(25);
    curs_set(0);
    wtimeout(stdscr, 0);
    /* Presses only: with releases in the mask too, ncurses 6.4 drops the
     * press of a quick click (both arrive in one read) and reports only the
     * release. */
    mousemask(BUTTON1_PRESSED | BUTTON2_PRESSED | BUTTON3_PRESSED | BUTTON4_PRESSED | BUTTON5_PRESSED, NULL);
    mouseinterval(0);
    setup_colours(nc, cfg);
    be->impl = nc;
    return 0;
bad:
    if (nc->out)
        fclose(nc->out);
    else if (ofd >= 0)
        close(ofd);
    if (nc->in)
        fclose(nc->in);
    else if (ifd >= 0)
        close(ifd);
    if (nc->pipe_w >= 0)
        close(nc->pipe_w);
    free(nc);
    return -1;
}

static void nc_fini(backend *be)
{
    nc_impl *nc = be->impl;
    endwin();
    /* endwin shows the cursor before it leaves the alternate screen, and
     * terminals that save the cursor's visibility with DECSC (libvterm's,
     * so Neovim's and others') bring back the hidden one ncurses saved
     * while scrolling a region: show it again, last. */
    buf show = BUF_INIT;
    add_cap(&show, "cnorm");
    fputs(buf_str(&show), nc->out);
    buf_free(&show);
    fputs(MOUSE_OFF, nc->out);
    fflush(nc->out);
    delscreen(nc->screen);
    fclose(nc->out);
    fclose(nc->in);
    close(nc->pipe_w);
    buf_free(&nc->pending);
    restore_disarm();
    free(nc);
}

static void nc_size(backend *be, int *cols, int *rows)
{
    (void)be;
    *cols = COLS;
    *rows = LINES;
}

/* ---- drawing ------------------------------------------------------------ */

static attr_t attrs_of(unsigned a)
{
    attr_t r = A_NORMAL;
    if (a & CANVAS_BOLD)
        r |= A_BOLD;
    if (a & CANVAS_UNDERLINE)
        r |= A_UNDERLINE;
    if (a & CANVAS_REVERSE)
        r |= A_REVERSE;
    if (a & CANVAS_DIM)
        r |= A_DIM;
    return r;
}

static int pair_of(backend *be, const nc_impl *nc, const canvas_cell *c)
{
    if (!nc->ncolours)
        return 0;
    int fg = canvas_palette_resolve(be->cfg.palette, c->fg, nc->ncolours);
    int bg = canvas_palette_resolve(be->cfg.palette, c->bg, nc->ncolours);
    if (fg < 0 && bg < 0)
        return 0;
    int pair = alloc_pair(fg, bg);
    return pair < 0 ? 0 : pair;
}

/* The cell's text as wide characters (at most CCHARW_MAX, NUL-terminated). */
static void wide_text(const nc_impl *nc, const canvas_cell *c, wchar_t *w)
{
    size_t n = 0, len = strlen(c->text);
    if (!nc->utf8 || len == 0) {
        w[0] = (wchar_t)canvas_ascii(c);
        w[1] = 0;
        return;
    }
    for (size_t i = 0; i < len && n < CCHARW_MAX;) {
        uint32_t cp;
        i += canvas_utf8_decode(c->text + i, len - i, &cp);
        w[n++] = (wchar_t)cp;
    }
    w[n] = 0;
}

static void draw_row(backend *be, const nc_impl *nc, const canvas *cv, int y)
{
    const canvas_cell *row = canvas_row(cv, y);
    int cols = canvas_cols(cv) < COLS ? canvas_cols(cv) : COLS;
    for (int x = 0; x < cols; x++) {
        const canvas_cell *c = &row[x];
        if (c->width == 0 && nc->utf8)
            continue;           /* covered by the wide character on its left */
        wchar_t w[CCHARW_MAX + 1];
        cchar_t cc;
        wide_text(nc, c, w);
        int pair = pair_of(be, nc, c);
        setcchar(&cc, w, attrs_of(c->attr), (short)pair, NULL);
        mvwadd_wch(stdscr, y, x, &cc);
    }
}

static void nc_present(backend *be, canvas *cv)
{
    nc_impl *nc = be->impl;
    int rows = canvas_rows(cv) < LINES ? canvas_rows(cv) : LINES;
    for (int y = 0; y < rows; y++)
        if (canvas_row_changed(cv, y))
            draw_row(be, nc, cv, y);
    wnoutrefresh(stdscr);
    doupdate();
    canvas_presented(cv);
}

/* ---- input ------------------------------------------------------------ */

static const struct {
    int code;
    enum backend_key key;
    unsigned mod;
} keymap[] = {
    {KEY_UP, BKEY_UP, 0}, {KEY_DOWN, BKEY_DOWN, 0}, {KEY_LEFT, BKEY_LEFT, 0},
    {KEY_RIGHT, BKEY_RIGHT, 0}, {KEY_SR, BKEY_UP, BMOD_SHIFT}, {KEY_SF, BKEY_DOWN, BMOD_SHIFT},
    {KEY_SLEFT, BKEY_LEFT, BMOD_SHIFT}, {KEY_SRIGHT, BKEY_RIGHT, BMOD_SHIFT},
    {KEY_HOME, BKEY_HOME, 0}, {KEY_END, BKEY_END, 0}, {KEY_PPAGE, BKEY_PAGEUP, 0},
    {KEY_NPAGE, BKEY_PAGEDOWN, 0}, {KEY_IC, BKEY_INSERT, 0}, {KEY_DC, BKEY_DELETE, 0},
    {KEY_BACKSPACE, BKEY_BACKSPACE, 0}, {KEY_ENTER, BKEY_ENTER, 0}, {KEY_BTAB, BKEY_BACKTAB, 0},
};

static int key_from_code(int code, backend_event *ev)
{
    for (size_t i = 0; i < HV_COUNTOF(keymap); i++)
        if (keymap[i].code == code) {
            ev->key = keymap[i].key;
            ev->mod = keymap[i].mod;
            return 0;
        }
    if (code >= KEY_F(1) && code <= KEY_F(12)) {
        ev->key = (enum backend_key)(BKEY_F1 + (code - KEY_F(1)));
        return 0;
    }
    return -1;
}

/* A character (not a key code): control characters become keys. */
static void key_from_char(wint_t ch, backend_event *ev)
{
    switch (ch) {
    case '\r': case '\n': ev->key = BKEY_ENTER; return;
    case '\t': ev->key = BKEY_TAB; return;
    case 0x1b: ev->key = BKEY_ESC; return;
    case 0x7f: case 8: ev->key = BKEY_BACKSPACE; return;
    default: break;
    }
    ev->key = BKEY_TEXT;
    if (ch < 0x20) {
        ev->mod |= BMOD_CTRL;
        ev->text[0] = (char)('a' + ch - 1);
        return;
    }
    ev->text[canvas_utf8_encode((uint32_t)ch, ev->text)] = '\0';
}

static int mouse_event(backend_event *ev)
{
    MEVENT me;
    if (getmouse(&me) != OK)
        return -1;
    *ev = (backend_event){.type = BEV_MOUSE, .x = me.x, .y = me.y, .button = 1};
    if (me.bstate & BUTTON4_PRESSED)
        ev->mouse = BMOUSE_WHEEL_UP;
    else if (me.bstate & BUTTON5_PRESSED)
        ev->mouse = BMOUSE_WHEEL_DOWN;
    else
        ev->button = me.bstate & BUTTON2_PRESSED ? 2 : me.bstate & BUTTON3_PRESSED ? 3 : 1;
    return 0;
}

/* Turns what wget_wch returned into *ev; -1 if it means nothing to us. */
static int translate(int rc, wint_t ch, backend_event *ev)
{
    *ev = (backend_event){.type = BEV_KEY};
    if (rc == KEY_CODE_YES) {
        if (ch == KEY_RESIZE) {
            *ev = (backend_event){.type = BEV_RESIZE, .x = COLS, .y = LINES};
            return 0;
        }
        if (ch == KEY_MOUSE)
            return mouse_event(ev);
        return key_from_code((int)ch, ev);
    }
    if (ch == 0x1b) {           /* ESC then a character at once: Alt+character */
        wint_t next;
        int rc2 = wget_wch(stdscr, &next);
        if (rc2 == OK && next != 0x1b && next >= 0x20) {
            key_from_char(next, ev);
            ev->mod |= BMOD_ALT;
            return 0;
        }
        if (rc2 == KEY_CODE_YES)
            ungetch((int)next); /* ESC, then a key such as Down: both count */
        else if (rc2 == OK)
            unget_wch(next);
    }
    key_from_char(ch, ev);
    return 0;
}

static long now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (long)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

/* Moves pending bytes into ncurses' pipe, as many as fit, unless the
 * filter holds a sequence that input has not paused after yet.  Returns
 * nonzero if it moved any. */
static int pump_out(nc_impl *nc)
{
    if (!nc->pending.len || nc->held_since >= 0)
        return 0;
    ssize_t w = write(nc->pipe_w, nc->pending.data, nc->pending.len);
    if (w <= 0)
        return 0;               /* full: ncurses reads it first */
    memmove(nc->pending.data, nc->pending.data + w, nc->pending.len - (size_t)w + 1);
    nc->pending.len -= (size_t)w;
    return 1;
}

/* Reads the terminal's bytes and filters them into pending.  Returns -1
 * when the terminal is gone (end of file, an error). */
static int pump_in(nc_impl *nc, int fd)
{
    char in[READ_MAX], out[TKINPUT_ROOM(READ_MAX)];
    ssize_t n = read(fd, in, sizeof in);
    if (n < 0)
        return errno == EINTR || errno == EAGAIN ? 0 : -1;
    if (n == 0)
        return -1;
    buf_add(&nc->pending, out, tkinput_filter(&nc->filter, in, (size_t)n, out));
    nc->held_since = tkinput_open(&nc->filter) ? now_ms() : -1;
    return 0;
}

/* Input paused for HOLD_MS with the filter holding something: what it holds
 * ends (tkinput_flush) and the pending bytes may go. */
static void pump_pause(nc_impl *nc)
{
    char esc[1];
    buf_add(&nc->pending, esc, tkinput_flush(&nc->filter, esc));
    nc->held_since = -1;
}

/* How long poll may wait: until the deadline (-1: none) or the end of a
 * hold, whichever comes first. */
static int wait_ms(const nc_impl *nc, long deadline)
{
    long now = now_ms(), until = deadline;
    if (nc->held_since >= 0 && (until < 0 || nc->held_since + HOLD_MS < until))
        until = nc->held_since + HOLD_MS;
    return until < 0 ? -1 : until <= now ? 0 : (int)(until - now);
}

static int nc_poll(backend *be, int timeout_ms, backend_event *ev)
{
    nc_impl *nc = be->impl;
    long deadline = timeout_ms >= 0 ? now_ms() + timeout_ms : -1;
    for (;;) {
        if (restore_take_quit()) {
            *ev = (backend_event){.type = BEV_QUIT};
            return 0;
        }
        wint_t ch;
        restore_output_begin();     /* wget_wch may refresh the screen */
        int rc = wget_wch(stdscr, &ch);
        restore_output_end();
        if (rc != ERR) {
            if (translate(rc, ch, ev) == 0)
                return 0;
            continue;
        }
        if (pump_out(nc))
            continue;
        /* the pipe too: wget_wch may stop at an invalid character with more
         * bytes behind it */
        struct pollfd pfd[3] = {{be->cfg.in_fd, POLLIN, 0}, {fileno(nc->in), POLLIN, 0}, {nc->quit_fd, POLLIN, 0}};
        int r = poll(pfd, nc->quit_fd >= 0 ? 3 : 2, wait_ms(nc, deadline));
        if (r > 0 && (pfd[1].revents & POLLIN))
            continue;
        if (r > 0 && (pfd[0].revents & POLLIN)) {
            if (pump_in(nc, be->cfg.in_fd) == 0)
                continue;
            *ev = (backend_event){.type = BEV_QUIT};        /* the terminal went away */
            return 0;
        }
        if (r > 0 && (pfd[0].revents & (POLLHUP | POLLERR | POLLNVAL))) {
            *ev = (backend_event){.type = BEV_QUIT};
            return 0;
        }
        if (r == 0 && nc->held_since >= 0 && now_ms() >= nc->held_since + HOLD_MS) {
            pump_pause(nc);
            continue;
        }
        if (r == 0 && deadline >= 0 && now_ms() >= deadline) {
            *ev = (backend_event){.type = BEV_TIMER};
            return 0;
        }
        /* a signal (SIGWINCH: wget_wch now says KEY_RESIZE), or a quit */
    }
}

static void nc_bell(backend *be)
{
    (void)be;
    beep();
}

const backend_ops backend_ncurses_ops = {
    .name = "ncurses",
    .init = nc_init,
    .fini = nc_fini,
    .size = nc_size,
    .present = nc_present,
    .poll = nc_poll,
    .bell = nc_bell,
};
