/*
 * asciicast.h — `heapviz export --format asciicast`: a recorded session as
 * an asciicast v2 file, which asciinema's player (and other standard ones)
 * play in a terminal or a web page.
 *
 * The file is newline-delimited JSON: a header object, then one event per
 * line, an array [TIME, "o", DATA] where DATA is what a terminal receives
 * (UTF-8 text and escape sequences) and TIME the seconds since the start:
 *
 *   {"version": 2, "width": 120, "height": 40, "timestamp": 1700000000,
 *    "title": "heapviz: demo:cycles", "env": {"TERM": "xterm-256color", "SHELL": "/bin/sh"}}
 *   [0.000, "o", "\u001b[?25l\u001b[H\u001b[2J…"]
 *   [0.500, "o", "\u001b[3;1H…"]
 *
 * One frame per step (0 to the last, or to --at): the heap map at the end of the step,
 * a status line (step, line, session) and the narration: the caption of
 * the last captioned line reached (demo.h; captions come from the
 * session's stored source).  Only the rows that changed since the last
 * frame are sent, drawn with SGR colours (xterm-256, through the theme's
 * palette).  A step lasts 0.5 s, less when there are many (the whole cast
 * lasts about two minutes at most, a step at least 50 ms); a new caption
 * holds the screen 2.5 s more, so it can be read.  Times are written with
 * three decimals, independent of the locale.
 */
#ifndef HV_ASCIICAST_H
#define HV_ASCIICAST_H

#include "buf.h"
#include "cli.h"
#include "demo.h"
#include "replay.h"
#include "theme.h"

#include <stdint.h>

typedef struct asciicast_options {
    int cols, rows;         /* the terminal (at least 40 × 10) */
    const theme *th;        /* styles, glyphs and palette */
    const demo *captions;   /* narration by line; NULL for none */
    const char *title;      /* the header's title (any bytes: escaped) */
    int64_t timestamp;      /* the header's timestamp: seconds since the epoch */
    const char *session;    /* shown on the status line */
    uint64_t until;         /* the last step to show (UINT64_MAX: all) */
} asciicast_options;

/* Appends the asciicast of every step of r to out.  Returns 0, or -1 with
 * a one-line reason in err (a damaged session). */
int asciicast_write(replay *r, const asciicast_options *opt, buf *out, buf *err);

/* Appends s (n bytes) as a JSON string, quotes included: ", \ and control
 * characters escaped (ESC as \u001b), UTF-8 kept as it is, and every byte
 * that is not part of valid UTF-8 replaced by \ufffd. */
void asciicast_json_string(buf *out, const char *s, size_t n);

/* The command: the session (--session, else the latest) of --db (else the
 * default database) up to --at (default: the end) to stdout, --size
 * COLSxROWS (default 120x40), --theme.  Returns
 * the exit status: 0, or 2 with one line on stderr. */
int asciicast_command(const cli_opts *o);

#endif
