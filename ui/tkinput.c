/*
 * tkinput.c — the terminal's bytes made safe for libtermkey (see tkinput.h).
 *
 *   outside ──ESC [ / 0x9b──▶ open ──final 0x40-0x7f──▶ outside
 *    ▲  │                    │  (u, ~ unsafe → '@')      │ CSI M, < 3 params
 *    │  │  └─ tkinput_flushed ┘                           ▼
 *    │  │                                         skip 3 mouse data bytes
 *    │  └─ESC P / ESC ] / 0x90 / 0x9d──▶ str (body held, not passed)
 *    │                                    │ ST, BEL, ESC + other: body + ST
 *    └────────────────────────────────────┘ tkinput_flushed: body dropped
 *
 * Invariants:
 *   1. Outside a sequence or string every byte passes unchanged.
 *   2. An open sequence never holds more than TKINPUT_BODY_MAX parameter
 *      bytes, more than 15 ';' before its parameters stop, or more than 9
 *      digits in one parameter.
 *   3. A final 'u' or '~' passes only with the parameters libtermkey reads
 *      for it present, and a final after an intermediate byte only as 'y'
 *      (see unsafe()).
 *   4. A string's body reaches libtermkey only inside a terminated string,
 *      at most TKINPUT_STRING_MAX bytes of it: libtermkey never holds more
 *      than its intro, and never reads a body as keys.
 */
#include "tkinput.h"

#include <string.h>

enum { MAX_SEMICOLONS = 15, MAX_DIGITS = 9, X10_DATA = 3 };

/* Back to "nothing open", keeping the mode. */
static void reset(tkinput *f)
{
    int drop = f->drop;
    memset(f, 0, sizeof *f);
    f->first = -1;
    f->drop = drop;
}

void tkinput_init(tkinput *f)
{
    f->drop = 0;
    reset(f);
}

void tkinput_init_dropping(tkinput *f)
{
    tkinput_init(f);
    f->drop = 1;
}

int tkinput_open(const tkinput *f)
{
    return f->open || f->str || (f->drop && (f->esc || f->skip));
}

void tkinput_flushed(tkinput *f)
{
    int esc = f->open && !f->str && f->last == 0x1b;
    reset(f);
    f->esc = esc;               /* a held ESC may open the next sequence */
}

size_t tkinput_flush(tkinput *f, char *out)
{
    int held = f->drop && f->esc && !f->open && !f->str;
    reset(f);
    if (held)
        out[0] = 0x1b;          /* a lone Esc key */
    return (size_t)held;
}

/* How many continuation bytes a UTF-8 lead byte takes, as libtermkey
 * decodes (up to 6-byte forms); 0 for anything else. */
static int utf8_more(unsigned char c)
{
    if (c < 0xc0 || c >= 0xfe)
        return 0;
    return c < 0xe0 ? 1 : c < 0xf0 ? 2 : c < 0xf8 ? 3 : c < 0xfc ? 4 : 5;
}

static void open_sequence(tkinput *f)
{
    reset(f);
    f->open = 1;
}

/* A byte outside a sequence: passes; may open a sequence or a string. */
static void outside(tkinput *f, unsigned char c)
{
    int c1 = !f->utf8_left;     /* a C1 byte, not a UTF-8 continuation */
    int opens = (f->esc && c == '[') || (c == 0x9b && c1);
    int string = (f->esc && (c == 'P' || c == ']')) || ((c == 0x90 || c == 0x9d) && c1);
    if (f->utf8_left && c >= 0x80 && c < 0xc0)
        f->utf8_left--;
    else
        f->utf8_left = utf8_more(c);
    f->esc = c == 0x1b;
    if (opens)
        open_sequence(f);
    if (string) {
        reset(f);
        f->str = 1;
    }
}

/* Whether libtermkey would read parameters it never set, or a table past
 * its end, for final byte c. */
static int unsafe(const tkinput *f, unsigned char c)
{
    if (f->stopped)
        return c != 'y';        /* an intermediate byte: only the mode report */
    if (c == 'u')
        return f->first < 0;
    if (c == '~')
        return f->first < 0 || (f->first == 27 && !f->third);
    return 0;
}

/* A parameter byte (not a final): returns 1 to keep it, 0 to drop it. */
static int keep_param(tkinput *f, unsigned char c)
{
    if (c == 0x9b || f->len >= TKINPUT_BODY_MAX)
        return 0;
    if (f->len == 0 && c >= '<' && c <= '?')
        return 1;               /* an initial byte, before the parameters */
    if (f->stopped)
        return 1;
    if (c >= '0' && c <= '9') {
        if (f->digits >= MAX_DIGITS)
            return 0;
        f->digits++;
        if (f->param == 0)
            f->first = (f->first < 0 ? 0 : f->first * 10) + (c - '0');
        if (f->param == 2)
            f->third = 1;
    } else if (c == ';') {
        if (f->param >= MAX_SEMICOLONS)
            return 0;
        f->param++;
        f->digits = 0;
    } else if (c >= 0x20 && c <= 0x2f) {
        f->stopped = 1;
    }
    return 1;
}

/* The final byte of the open sequence: returns what to pass instead. */
static unsigned char close_sequence(tkinput *f, unsigned char c)
{
    if (unsafe(f, c))
        c = '@';                /* before the X10 test: libtermkey reads '@' */
    int x10 = c == 'M' && f->param + (f->digits > 0) < 3;  /* libtermkey's count */
    reset(f);
    if (x10)
        f->skip = X10_DATA;
    return c;
}

/* Ends the open string: writes its held body and an ST (the one that came,
 * or ESC \) to out, nothing when dropping strings; returns how many bytes. */
static size_t close_string(tkinput *f, unsigned char st, char *out)
{
    if (f->drop) {
        reset(f);
        return 0;
    }
    size_t k = (size_t)f->str_len;
    memcpy(out, f->str_body, k);
    if (st == 0x9c) {
        out[k++] = (char)st;
    } else {
        out[k++] = 0x1b;
        out[k++] = '\\';
    }
    reset(f);
    return k;
}

static size_t one(tkinput *f, unsigned char c, char *out);

/* A byte inside a string: held, dropped, or its end; returns how many
 * bytes it wrote to out. */
static size_t in_string(tkinput *f, unsigned char c, char *out)
{
    if (f->str_esc) {           /* ESC \ is ST; ESC + other ends the string too */
        size_t k = close_string(f, 0x1b, out);
        if (c == '\\')
            return k;
        if (f->drop) {          /* the ESC is held again (a VT parser drops the */
            f->esc = 1;         /* first of two): it may open a string */
            return c == 0x1b ? 0 : one(f, c, out);
        }
        outside(f, 0x1b);
        out[k++] = 0x1b;
        outside(f, c);
        out[k++] = (char)c;
        return k;
    }
    if (c == 0x9c || c == 0x07)
        return close_string(f, c, out);
    if (c == 0x1b)
        f->str_esc = 1;
    else if (f->str_len < TKINPUT_STRING_MAX)
        f->str_body[f->str_len++] = c;
    return 0;
}

/* A byte outside a string and sequence, when dropping strings: an ESC is
 * held until the byte after it says whether it opens a string. */
static size_t outside_dropping(tkinput *f, unsigned char c, char *out)
{
    int held = f->esc;
    outside(f, c);
    if (f->str)
        return 0;               /* a string's intro: nothing of it passes */
    size_t k = 0;
    if (held)
        out[k++] = 0x1b;
    if (c != 0x1b)
        out[k++] = (char)c;
    return k;
}

/* One byte of input: writes what passes to out; returns how many bytes. */
static size_t one(tkinput *f, unsigned char c, char *out)
{
    if (f->str)
        return in_string(f, c, out);
    if (f->skip) {
        f->skip--;
    } else if (!f->open) {
        if (f->drop)
            return outside_dropping(f, c, out);
        outside(f, c);
    } else if (c >= 0x40 && c < 0x80) {
        c = close_sequence(f, c);
    } else if (keep_param(f, c)) {
        f->len++;
        f->last = c;
    } else {
        return 0;
    }
    out[0] = (char)c;
    return 1;
}

size_t tkinput_filter(tkinput *f, const char *in, size_t n, char *out)
{
    size_t k = 0;
    for (size_t i = 0; i < n; i++)
        k += one(f, (unsigned char)in[i], out + k);
    return k;
}
