/*
 * backend_text.c — the plain-text backend: each present writes the whole
 * canvas as lines of text (optionally with colour runs), and input is read
 * as bytes from a file descriptor (a script of keys: printable text, CR for
 * Enter, ESC, and the usual ESC [ sequences for arrows and pages).  Used by
 * `heapviz render` and by tests; it never touches terminal modes.
 */
#include "backend.h"

#include "buf.h"

#include <errno.h>
#include <poll.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

typedef struct text_impl {
    int cols, rows;
    unsigned frames;            /* presents so far (frames after the first start with \f) */
    unsigned char in[64];       /* input read but not yet decoded */
    size_t nin;
    int eof;
} text_impl;

/* ---- output ------------------------------------------------------------ */

/* A cell's style as a 256-colour terminal shows it. */
typedef struct shown {
    int fg, bg;
    unsigned attr;
} shown;

static shown shown_style(const canvas_cell *c, const canvas_palette *p)
{
    return (shown){canvas_palette_resolve(p, c->fg, 256), canvas_palette_resolve(p, c->bg, 256), c->attr};
}

static void add_spec(buf *out, shown s)
{
    static const char *const attr_names[] = {"bold", "underline", "reverse", "dim"};
    const char *sep = "";
    if (s.fg < 0 && s.bg < 0 && !s.attr) {
        buf_addc(out, '-');
        return;
    }
    if (s.fg >= 0) {
        buf_printf(out, "fg%d", s.fg);
        sep = ",";
    }
    if (s.bg >= 0) {
        buf_printf(out, "%sbg%d", sep, s.bg);
        sep = ",";
    }
    for (unsigned i = 0; i < HV_COUNTOF(attr_names); i++)
        if (s.attr & (1u << i)) {
            buf_printf(out, "%s%s", sep, attr_names[i]);
            sep = ",";
        }
}

/* "# 0:fg39,bold 12:-": where the shown style changes along the row. */
static void add_runs(buf *out, const canvas_cell *row, int cols, const canvas_palette *p)
{
    shown prev = {CANVAS_DEFAULT, CANVAS_DEFAULT, 0};
    buf_addc(out, '#');
    for (int x = 0; x < cols; x++) {
        shown s = shown_style(&row[x], p);
        if (s.fg != prev.fg || s.bg != prev.bg || s.attr != prev.attr) {
            buf_printf(out, " %d:", x);
            add_spec(out, s);
        }
        prev = s;
    }
    buf_addc(out, '\n');
}

void backend_text_dump(const canvas *cv, const canvas_palette *p, int annotate, int ascii, buf *out)
{
    int cols = canvas_cols(cv);
    for (int y = 0; y < canvas_rows(cv); y++) {
        const canvas_cell *row = canvas_row(cv, y);
        size_t keep = out->len;
        for (int x = 0; x < cols; x++) {
            const canvas_cell *c = &row[x];
            if (c->width == 0 && !ascii)
                continue;
            if (ascii)
                buf_addc(out, canvas_ascii(c));
            else
                buf_adds(out, c->text);
            if (strcmp(c->text, " ") != 0)
                keep = out->len;
        }
        out->len = keep;        /* drop trailing blanks */
        buf_addc(out, '\n');
        if (annotate)
            add_runs(out, row, cols, p);
    }
}

static int text_init(backend *be, const backend_config *cfg, char *err, size_t errlen)
{
    text_impl *t = hv_calloc(1, sizeof *t);
    t->cols = cfg->cols > 0 ? cfg->cols : 80;
    t->rows = cfg->rows > 0 ? cfg->rows : 24;
    be->impl = t;
    return 0;
}

static void text_fini(backend *be)
{
    free(be->impl);
}

static void text_size(backend *be, int *cols, int *rows)
{
    text_impl *t = be->impl;
    *cols = t->cols;
    *rows = t->rows;
}

static void write_all(int fd, const char *p, size_t n)
{
    while (n > 0) {
        ssize_t w = write(fd, p, n);
        if (w < 0 && errno == EINTR)
            continue;
        if (w <= 0)
            return;             /* a closed pipe: nothing more to say */
        p += w;
        n -= (size_t)w;
    }
}

static void text_present(backend *be, canvas *cv)
{
    text_impl *t = be->impl;
    buf out = BUF_INIT;
    if (t->frames++)
        buf_adds(&out, "\f\n");
    backend_text_dump(cv, be->cfg.no_color ? NULL : be->cfg.palette, be->cfg.annotate, be->cfg.ascii, &out);
    write_all(be->cfg.out_fd, buf_str(&out), out.len);
    buf_free(&out);
    canvas_presented(cv);
}

/* ---- input ------------------------------------------------------------- */

static const struct {
    const char *seq;            /* after ESC */
    enum backend_key key;
} escapes[] = {
    {"[A", BKEY_UP}, {"[B", BKEY_DOWN}, {"[C", BKEY_RIGHT}, {"[D", BKEY_LEFT},
    {"OA", BKEY_UP}, {"OB", BKEY_DOWN}, {"OC", BKEY_RIGHT}, {"OD", BKEY_LEFT},
    {"[H", BKEY_HOME}, {"[F", BKEY_END}, {"[5~", BKEY_PAGEUP}, {"[6~", BKEY_PAGEDOWN},
    {"[2~", BKEY_INSERT}, {"[3~", BKEY_DELETE}, {"[Z", BKEY_BACKTAB},
};

/* Decodes one key from t->in; returns the bytes used, 0 if more are needed. */
static size_t decode(text_impl *t, backend_event *ev)
{
    const unsigned char *b = t->in;
    *ev = (backend_event){.type = BEV_KEY};
    if (b[0] == 0x1b) {
        for (size_t i = 0; i < HV_COUNTOF(escapes); i++) {
            size_t n = strlen(escapes[i].seq);
            if (t->nin > n && memcmp(b + 1, escapes[i].seq, n) == 0) {
                ev->key = escapes[i].key;
                return n + 1;
            }
        }
        ev->key = BKEY_ESC;
        return 1;
    }
    if (b[0] == '\r' || b[0] == '\n') {
        ev->key = BKEY_ENTER;
        return 1;
    }
    if (b[0] == '\t' || b[0] == 0x7f || b[0] == 8) {
        ev->key = b[0] == '\t' ? BKEY_TAB : BKEY_BACKSPACE;
        return 1;
    }
    ev->key = BKEY_TEXT;
    if (b[0] < 0x20) {
        ev->mod = BMOD_CTRL;
        ev->text[0] = (char)('a' + b[0] - 1);
        return 1;
    }
    uint32_t cp;
    size_t n = canvas_utf8_decode((const char *)b, t->nin, &cp);
    if (cp == 0xfffd && n == 1 && b[0] >= 0xc2 && !t->eof && t->nin < 4)
        return 0;               /* maybe a character split across reads */
    memcpy(ev->text, b, n);
    return n;
}

static int text_poll(backend *be, int timeout_ms, backend_event *ev)
{
    text_impl *t = be->impl;
    for (;;) {
        if (t->nin > 0) {
            size_t used = decode(t, ev);
            if (used) {
                memmove(t->in, t->in + used, t->nin - used);
                t->nin -= used;
                return 0;
            }
        }
        if (t->eof || be->cfg.in_fd < 0) {
            *ev = (backend_event){.type = BEV_QUIT};
            return 0;
        }
        struct pollfd pfd = {be->cfg.in_fd, POLLIN, 0};
        int r = poll(&pfd, 1, timeout_ms);
        if (r == 0) {
            *ev = (backend_event){.type = BEV_TIMER};
            return 0;
        }
        if (r < 0 && errno == EINTR)
            continue;
        ssize_t n = r < 0 ? -1 : read(be->cfg.in_fd, t->in + t->nin, sizeof t->in - t->nin);
        if (n <= 0)
            t->eof = 1;
        else
            t->nin += (size_t)n;
    }
}

static void text_bell(backend *be)
{
    (void)be;
}

const backend_ops backend_text_ops = {
    .name = "text",
    .init = text_init,
    .fini = text_fini,
    .size = text_size,
    .present = text_present,
    .poll = text_poll,
    .bell = text_bell,
};
