/*
 * backend.h — what puts a canvas on a terminal and reads the terminal's
 * input.  Three backends implement one const ops table:
 *
 *   text      plain text on a file descriptor (tests, `heapviz render`);
 *   ncurses   ncursesw (configure --without-ncurses drops it);
 *   tickit    libtickit (configure --without-tickit drops it).
 *
 * Only backend_ncurses.c calls ncurses and only backend_tickit.c calls
 * tickit.  Every backend turns its input into the same events, with keys
 * normalised to enum backend_key plus the typed text, so views bind keys
 * once.  A backend draws only the canvas rows that changed since the last
 * present (canvas.h, damage).
 *
 * Life cycle:  backend_open → (present | poll | size | bell)* → backend_close.
 * The terminal is restored on close, on q/Ctrl-C handled by the caller, on
 * SIGTERM/SIGHUP/SIGINT (delivered as BEV_QUIT), on a crash and on host
 * memory exhaustion (restore.h).
 */
#ifndef HV_BACKEND_H
#define HV_BACKEND_H

#include "canvas.h"

#include <stddef.h>

enum backend_key {
    BKEY_NONE,
    BKEY_TEXT,              /* a printable character: see backend_event.text */
    BKEY_ENTER, BKEY_ESC, BKEY_TAB, BKEY_BACKTAB, BKEY_BACKSPACE, BKEY_DELETE, BKEY_INSERT,
    BKEY_UP, BKEY_DOWN, BKEY_LEFT, BKEY_RIGHT,
    BKEY_HOME, BKEY_END, BKEY_PAGEUP, BKEY_PAGEDOWN,
    BKEY_F1, BKEY_F2, BKEY_F3, BKEY_F4, BKEY_F5, BKEY_F6,
    BKEY_F7, BKEY_F8, BKEY_F9, BKEY_F10, BKEY_F11, BKEY_F12,
    BKEY_NKEYS
};

enum backend_mod { BMOD_SHIFT = 1, BMOD_ALT = 2, BMOD_CTRL = 4 };

enum backend_event_type {
    BEV_NONE,
    BEV_KEY,                /* key, mod, text */
    BEV_MOUSE,              /* mouse, button, x, y, mod */
    BEV_RESIZE,             /* cols, rows: the caller resizes its canvas and redraws */
    BEV_TIMER,              /* poll's timeout passed with no input */
    BEV_QUIT,               /* SIGTERM, SIGHUP or SIGINT arrived, or the input ended */
};

enum backend_mouse { BMOUSE_PRESS, BMOUSE_RELEASE, BMOUSE_WHEEL_UP, BMOUSE_WHEEL_DOWN };

typedef struct backend_event {
    enum backend_event_type type;
    enum backend_key key;   /* BEV_KEY */
    unsigned mod;           /* enum backend_mod bits */
    char text[8];           /* BKEY_TEXT: the character as UTF-8 ("q", "é"); with
                               BMOD_CTRL, the letter pressed with Ctrl ("c") */
    enum backend_mouse mouse;   /* BEV_MOUSE */
    int button;             /* 1 left, 2 middle, 3 right */
    int x, y;               /* BEV_MOUSE: the cell; BEV_RESIZE: cols, rows */
} backend_event;

typedef struct backend_config {
    const canvas_palette *palette;  /* what the canvas's colour indexes mean */
    int no_color;           /* draw attributes only (NO_COLOR) */
    int in_fd, out_fd;      /* the terminal: usually 0 and 1 */
    const char *term;       /* terminal type; NULL: $TERM */
    int cols, rows;         /* text backend: the size; others: force a size (0: ask) */
    int annotate;           /* text backend: a colour-run line after each row */
    int ascii;              /* text backend: ASCII stand-ins for non-ASCII cells */
} backend_config;

typedef struct backend backend;

/* One backend's operations.  Every function takes the backend first. */
typedef struct backend_ops {
    const char *name;       /* --ui NAME */
    /* Prepares the terminal; returns 0, or -1 with a one-line reason in err
     * (no terminal, unknown TERM, a capability missing) and nothing changed. */
    int (*init)(backend *be, const backend_config *cfg, char *err, size_t errlen);
    /* Restores the terminal as it was. */
    void (*fini)(backend *be);
    /* The terminal's size now. */
    void (*size)(backend *be, int *cols, int *rows);
    /* Shows cv: writes its changed rows, then canvas_presented(cv). */
    void (*present)(backend *be, canvas *cv);
    /* Waits up to timeout_ms (-1: forever) for input; fills *ev (BEV_TIMER
     * when the time ran out).  Returns 0. */
    int (*poll)(backend *be, int timeout_ms, backend_event *ev);
    void (*bell)(backend *be);
} backend_ops;

struct backend {
    const backend_ops *ops;
    backend_config cfg;     /* as given to backend_open */
    void *impl;             /* the backend's own state */
};

extern const backend_ops backend_text_ops;
#ifdef HV_WITH_NCURSES
extern const backend_ops backend_ncurses_ops;
#endif
#ifdef HV_WITH_TICKIT
extern const backend_ops backend_tickit_ops;
#endif

/* The backend called name ("text", and "ncurses" or "tickit" if built), or
 * NULL. */
const backend_ops *backend_find(const char *name);
/* The interactive backend used when --ui is not given: ncurses if built. */
const backend_ops *backend_default(void);
/* A config with the usual values: fds 0 and 1, $TERM, NO_COLOR from the
 * environment, palette p. */
backend_config backend_config_default(const canvas_palette *p);

/* Opens a backend.  Returns NULL with a one-line reason in err. */
backend *backend_open(const backend_ops *ops, const backend_config *cfg, char *err, size_t errlen);
/* Restores the terminal and frees everything; NULL is a no-op. */
void backend_close(backend *be);
void backend_size(backend *be, int *cols, int *rows);
void backend_present(backend *be, canvas *cv);
int backend_poll(backend *be, int timeout_ms, backend_event *ev);
void backend_bell(backend *be);

/* For a terminal backend, after setlocale(LC_ALL, ""): 1 if the locale's
 * codeset is UTF-8 (the screen may show any character), else 0 (cells get
 * ASCII stand-ins).  In the C or POSIX locale (codeset ASCII) the input is
 * read as UTF-8 all the same, as python3 reads it there (its UTF-8 mode,
 * PEP 540): LC_CTYPE becomes C.UTF-8, where the system has it, and
 * *input_utf8 says so, so a typed é is one character, not bytes ncurses
 * stops at (and drops the rest of the line with). */
int backend_locale_utf8(int *input_utf8);

/* The key's name as views and help show it ("Up", "PageDown", "F5"). */
const char *backend_key_name(enum backend_key key);

/* ---- the text backend, for render and tests -------------------------- */

struct buf;
/* Appends cv as text lines to out.  With annotate, each row is followed by
 * a line "# COL:SPEC …" listing where the style changes, SPEC being "-"
 * for the default or fgN,bgN,bold,underline,reverse,dim (terminal colours
 * for a 256-colour terminal, resolved through p).  With ascii, non-ASCII
 * cells get ASCII stand-ins.  Trailing blanks are left out of the text
 * lines (the annotation still covers the whole row). */
void backend_text_dump(const canvas *cv, const canvas_palette *p, int annotate, int ascii, struct buf *out);

#endif
