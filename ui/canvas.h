/*
 * canvas.h — an in-memory grid of character cells that every view draws
 * into; a backend (backend.h) then puts it on a terminal or into text.
 *
 *   view ──draw──▶ canvas (back cells) ──present──▶ backend ──▶ terminal
 *                     │  rows touched since the last present
 *                     └─ front cells: what the terminal shows now
 *
 * A cell holds one character as UTF-8 (with any combining marks), its
 * colours as indexes into a palette (the theme's; CANVAS_DEFAULT is the
 * terminal's own colour) and its attributes.  A wide character (CJK,
 * emoji) fills two cells: the left one has width 2 and the text, the right
 * one width 0 and no text.  Box-drawing lines remember which arms they
 * have, so lines drawn across each other merge into tees and crosses.
 *
 * Invariants:
 *   1. a cell of width 2 is never in the last column and is always followed
 *      by a cell of width 0; a cell of width 0 always follows one of width 2;
 *   2. cell.line != 0 only in cells whose text is the glyph of those arms;
 *   3. a row whose back cells differ from its front cells is marked touched
 *      (the converse need not hold: touched rows may be unchanged).
 * Drawing never fails and never writes outside the clip rectangle; text is
 * checked and bad UTF-8 shows as U+FFFD.  Coordinates are columns (x) and
 * rows (y) from the top left, and may be negative or past the edge.
 */
#ifndef HV_CANVAS_H
#define HV_CANVAS_H

#include "hv.h"

#include <stddef.h>
#include <stdint.h>

#define CANVAS_DEFAULT (-1)     /* the terminal's default colour */

enum canvas_attr {
    CANVAS_BOLD = 1,
    CANVAS_UNDERLINE = 2,
    CANVAS_REVERSE = 4,
    CANVAS_DIM = 8,             /* not shown by the tickit backend (no faint pen) */
};

/* Line weights for lines and boxes, and the caps flags: without a cap, a
 * line's end cell only reaches inwards (so a box's edges make corners). */
enum canvas_line {
    CANVAS_LIGHT = 1,
    CANVAS_HEAVY = 2,
    CANVAS_CAP_START = 4,       /* the first cell also reaches outwards */
    CANVAS_CAP_END = 8,         /* the last cell also reaches outwards */
};
#define CANVAS_CAPS (CANVAS_CAP_START | CANVAS_CAP_END)

typedef struct canvas_style {
    int16_t fg, bg;             /* palette index, or CANVAS_DEFAULT */
    uint8_t attr;               /* enum canvas_attr bits */
} canvas_style;

typedef struct canvas_rect {
    int x, y, w, h;
} canvas_rect;

typedef struct canvas_cell {
    char text[8];               /* UTF-8, NUL-terminated; "" in a wide char's right half */
    int16_t fg, bg;             /* palette index, or CANVAS_DEFAULT */
    uint8_t attr;               /* enum canvas_attr bits */
    uint8_t width;              /* 1; 2 = left half of a wide char; 0 = its right half */
    uint8_t line;               /* box-drawing arms (2 bits each: up right down left); 0 = text */
    uint8_t pad_;
} canvas_cell;

/* The colours palette indexes stand for, from a theme: an xterm-256 colour
 * for terminals that have 256, and one of the 16 basic ones otherwise. */
typedef struct canvas_colour {
    int16_t c256;               /* 0..255, or CANVAS_DEFAULT */
    int16_t c16;                /* 0..15, or CANVAS_DEFAULT */
} canvas_colour;

typedef struct canvas_palette {
    unsigned n;                 /* entries */
    const canvas_colour *colours;
} canvas_palette;

typedef struct canvas canvas;

/* A blank canvas of cols × rows (each at least 1); every row counts as
 * changed until the first present.  Cannot fail. */
canvas *canvas_new(int cols, int rows);
void canvas_delete(canvas *cv);
/* Resizes and blanks the canvas; every row counts as changed. */
void canvas_resize(canvas *cv, int cols, int rows);
int canvas_cols(const canvas *cv);
int canvas_rows(const canvas *cv);
/* Row y's cells (canvas_cols of them), or NULL outside the canvas. */
const canvas_cell *canvas_row(const canvas *cv, int y);
/* The cell at (x, y), or NULL outside the canvas. */
const canvas_cell *canvas_cell_at(const canvas *cv, int x, int y);

/* ---- clipping: drawing outside the clip rectangle is ignored ---------- */

/* Sets the clip to r ∩ the canvas; returns the previous clip. */
canvas_rect canvas_set_clip(canvas *cv, canvas_rect r);
canvas_rect canvas_get_clip(const canvas *cv);
/* Clips to the whole canvas again. */
void canvas_reset_clip(canvas *cv);

/* ---- drawing ---------------------------------------------------------- */

/* Blanks every cell (ignoring the clip) with spaces in style st. */
void canvas_clear(canvas *cv, canvas_style st);
/* Fills r with `glyph` (one character, UTF-8; NULL or "" means a space). */
void canvas_fill(canvas *cv, canvas_rect r, const char *glyph, canvas_style st);
/* Draws UTF-8 text from (x, y) on one row, stopping at a newline.  Returns
 * the column after the text (as if nothing were clipped). */
int canvas_text(canvas *cv, int x, int y, const char *s, canvas_style st);
/* The same with at most maxcols columns and n bytes of s; a wide character
 * that would cross maxcols is left out.  Returns the column after. */
int canvas_textn(canvas *cv, int x, int y, const char *s, size_t n, int maxcols, canvas_style st);
int canvas_printf(canvas *cv, int x, int y, canvas_style st, const char *fmt, ...) HV_PRINTF(5, 6);
/* Sets one cell's style, keeping its text (highlighting). */
void canvas_restyle(canvas *cv, canvas_rect r, canvas_style st);

/* Lines of len cells; `how` is a weight plus CANVAS_CAP_* flags.  Where a
 * line crosses or meets another, the cell shows the merged glyph. */
void canvas_hline(canvas *cv, int x, int y, int len, unsigned how, canvas_style st);
void canvas_vline(canvas *cv, int x, int y, int len, unsigned how, canvas_style st);
/* The outline of r (at least 2 × 2), merging with lines already there. */
void canvas_box(canvas *cv, canvas_rect r, unsigned weight, canvas_style st);

/* A horizontal bar of w cells showing num/den: full cells, one partial
 * cell in eighths, then `rest` cells (NULL: spaces) in style empty. */
void canvas_hbar(canvas *cv, int x, int y, int w, uint64_t num, uint64_t den, canvas_style full,
                 const char *rest, canvas_style empty);

/* ---- damage ----------------------------------------------------------- */

/* Whether row y differs from what was last presented (or must be redrawn
 * after a resize or canvas_invalidate). */
int canvas_row_changed(const canvas *cv, int y);
/* Records that the backend now shows the canvas as it is. */
void canvas_presented(canvas *cv);
/* Marks every row changed (the terminal was cleared or is unknown). */
void canvas_invalidate(canvas *cv);

/* ---- text utilities (backends and views) ------------------------------ */

/* Decodes one UTF-8 character of s (n bytes available, n ≥ 1) into *cp;
 * returns the bytes used (≥ 1).  Bad input gives U+FFFD and 1 byte. */
size_t canvas_utf8_decode(const char *s, size_t n, uint32_t *cp);
/* Encodes cp into out (4 bytes at most); returns the bytes written. */
size_t canvas_utf8_encode(uint32_t cp, char *out);
/* Columns cp takes on a terminal: 0 (combining), 1 or 2 (wide). */
int canvas_char_width(uint32_t cp);
/* Columns the UTF-8 text s (up to a newline or the end) takes. */
int canvas_text_width(const char *s);
/* A one-character ASCII stand-in for a cell's text, for terminals whose
 * locale is not UTF-8 ("+" for a box corner, "#" for a full block). */
char canvas_ascii(const canvas_cell *c);
/* The colour palette index idx stands for on a terminal with ncolours
 * colours (256, 16, 8; fewer: none): an xterm colour or CANVAS_DEFAULT. */
int canvas_palette_resolve(const canvas_palette *p, int idx, int ncolours);

static inline canvas_style canvas_style_make(int fg, int bg, unsigned attr)
{
    return (canvas_style){(int16_t)fg, (int16_t)bg, (uint8_t)attr};
}

#endif
