/*
 * canvas.c — the cell grid views draw into (see canvas.h for the model and
 * its invariants).
 *
 * Damage.  Views redraw their whole area on every frame, so "changed" must
 * mean "differs from what the terminal shows", not "was written".  Writes
 * mark their row touched (cheap); canvas_row_changed() compares a touched
 * row with the front copy, the cells last presented.  A backend writes the
 * changed rows and calls canvas_presented(), which copies them to the front.
 *
 * Box drawing.  A line cell keeps its arms in cell.line, two bits per
 * direction (0 none, 1 light, 2 heavy): up << 6 | right << 4 | down << 2 |
 * left.  Drawing a line over a line cell takes the heavier of each arm, and
 * the glyph comes from one table of all 81 combinations.
 */
#include "canvas.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct canvas {
    int cols, rows;
    canvas_cell *back;          /* what the views drew [rows × cols] */
    canvas_cell *front;         /* what the terminal shows [rows × cols] */
    uint8_t *touched;           /* per row: written since the last present */
    int all_changed;            /* the front copy is unknown: every row differs */
    canvas_rect clip;           /* always inside the canvas */
};

#define ARM_UP 6
#define ARM_RIGHT 4
#define ARM_DOWN 2
#define ARM_LEFT 0

/* Box-drawing glyph by arms, index up·27 + right·9 + down·3 + left, each
 * 0 none, 1 light, 2 heavy.  Unicode has a character for every one. */
static const uint16_t box_glyph[81] = {
    0x0020, 0x2574, 0x2578, 0x2577, 0x2510, 0x2511, 0x257b, 0x2512, 0x2513,
    0x2576, 0x2500, 0x257e, 0x250c, 0x252c, 0x252d, 0x250e, 0x2530, 0x2531,
    0x257a, 0x257c, 0x2501, 0x250d, 0x252e, 0x252f, 0x250f, 0x2532, 0x2533,
    0x2575, 0x2518, 0x2519, 0x2502, 0x2524, 0x2525, 0x257d, 0x2527, 0x252a,
    0x2514, 0x2534, 0x2535, 0x251c, 0x253c, 0x253d, 0x251f, 0x2541, 0x2545,
    0x2515, 0x2536, 0x2537, 0x251d, 0x253e, 0x253f, 0x2522, 0x2546, 0x2548,
    0x2579, 0x251a, 0x251b, 0x257f, 0x2526, 0x2529, 0x2503, 0x2528, 0x252b,
    0x2516, 0x2538, 0x2539, 0x251e, 0x2540, 0x2543, 0x2520, 0x2542, 0x2549,
    0x2517, 0x253a, 0x253b, 0x2521, 0x2544, 0x2547, 0x2523, 0x254a, 0x254b,
};

/* ---- UTF-8 and character widths --------------------------------------- */

size_t canvas_utf8_decode(const char *s, size_t n, uint32_t *cp)
{
    const unsigned char *u = (const unsigned char *)s;
    uint32_t c = u[0], min;
    size_t len;
    if (c < 0x80) {
        *cp = c;
        return 1;
    } else if (c >= 0xc2 && c < 0xe0) {
        len = 2, c &= 0x1f, min = 0x80;
    } else if (c >= 0xe0 && c < 0xf0) {
        len = 3, c &= 0x0f, min = 0x800;
    } else if (c >= 0xf0 && c < 0xf5) {
        len = 4, c &= 0x07, min = 0x10000;
    } else {
        *cp = 0xfffd;
        return 1;
    }
    if (n < len)
        goto bad;
    for (size_t i = 1; i < len; i++) {
        if ((u[i] & 0xc0) != 0x80)
            goto bad;
        c = c << 6 | (u[i] & 0x3f);
    }
    if (c < min || c > 0x10ffff || (c >= 0xd800 && c < 0xe000))
        goto bad;
    *cp = c;
    return len;
bad:
    *cp = 0xfffd;
    return 1;
}

size_t canvas_utf8_encode(uint32_t cp, char *out)
{
    unsigned char *o = (unsigned char *)out;
    if (cp < 0x80) {
        o[0] = (unsigned char)cp;
        return 1;
    }
    if (cp < 0x800) {
        o[0] = (unsigned char)(0xc0 | cp >> 6);
        o[1] = (unsigned char)(0x80 | (cp & 0x3f));
        return 2;
    }
    if (cp > 0x10ffff || (cp >= 0xd800 && cp < 0xe000))
        cp = 0xfffd;
    if (cp < 0x10000) {
        o[0] = (unsigned char)(0xe0 | cp >> 12);
        o[1] = (unsigned char)(0x80 | ((cp >> 6) & 0x3f));
        o[2] = (unsigned char)(0x80 | (cp & 0x3f));
        return 3;
    }
    o[0] = (unsigned char)(0xf0 | cp >> 18);
    o[1] = (unsigned char)(0x80 | ((cp >> 12) & 0x3f));
    o[2] = (unsigned char)(0x80 | ((cp >> 6) & 0x3f));
    o[3] = (unsigned char)(0x80 | (cp & 0x3f));
    return 4;
}

typedef struct range {
    uint32_t lo, hi;
} range;

/* Combining marks and invisible formatting characters. */
static const range zero_width[] = {
    {0x0300, 0x036f}, {0x0483, 0x0489}, {0x0591, 0x05bd}, {0x0610, 0x061a}, {0x064b, 0x065f},
    {0x0e34, 0x0e3a}, {0x1ab0, 0x1aff}, {0x1dc0, 0x1dff}, {0x200b, 0x200f}, {0x202a, 0x202e},
    {0x2060, 0x2064}, {0x20d0, 0x20ff}, {0xfe00, 0xfe0f}, {0xfe20, 0xfe2f}, {0xfeff, 0xfeff},
    {0xe0100, 0xe01ef},
};

/* East Asian wide and fullwidth characters, and the common emoji. */
static const range wide[] = {
    {0x1100, 0x115f}, {0x231a, 0x231b}, {0x2329, 0x232a}, {0x23e9, 0x23ec}, {0x23f0, 0x23f0},
    {0x23f3, 0x23f3}, {0x25fd, 0x25fe}, {0x2614, 0x2615}, {0x2648, 0x2653}, {0x267f, 0x267f},
    {0x2693, 0x2693}, {0x26a1, 0x26a1}, {0x26aa, 0x26ab}, {0x26bd, 0x26be}, {0x26c4, 0x26c5},
    {0x26ce, 0x26ce}, {0x26d4, 0x26d4}, {0x26ea, 0x26ea}, {0x26f2, 0x26f3}, {0x26f5, 0x26f5},
    {0x26fa, 0x26fa}, {0x26fd, 0x26fd}, {0x2705, 0x2705}, {0x270a, 0x270b}, {0x2728, 0x2728},
    {0x274c, 0x274c}, {0x274e, 0x274e}, {0x2753, 0x2755}, {0x2757, 0x2757}, {0x2795, 0x2797},
    {0x27b0, 0x27b0}, {0x27bf, 0x27bf}, {0x2b1b, 0x2b1c}, {0x2b50, 0x2b50}, {0x2b55, 0x2b55},
    {0x2e80, 0x303e}, {0x3041, 0x33ff}, {0x3400, 0x4dbf}, {0x4e00, 0x9fff}, {0xa000, 0xa4cf},
    {0xa960, 0xa97f}, {0xac00, 0xd7a3}, {0xf900, 0xfaff}, {0xfe10, 0xfe19}, {0xfe30, 0xfe6f},
    {0xff00, 0xff60}, {0xffe0, 0xffe6}, {0x1b000, 0x1b2ff}, {0x1f004, 0x1f004}, {0x1f0cf, 0x1f0cf},
    {0x1f18e, 0x1f18e}, {0x1f191, 0x1f19a}, {0x1f200, 0x1f251}, {0x1f300, 0x1f64f},
    {0x1f680, 0x1f6ff}, {0x1f900, 0x1f9ff}, {0x1fa70, 0x1faff}, {0x20000, 0x2fffd},
    {0x30000, 0x3fffd},
};

static int in_ranges(const range *r, size_t n, uint32_t cp)
{
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (cp < r[mid].lo)
            hi = mid;
        else if (cp > r[mid].hi)
            lo = mid + 1;
        else
            return 1;
    }
    return 0;
}

int canvas_char_width(uint32_t cp)
{
    if (cp < 0x300)
        return 1;
    if (in_ranges(zero_width, HV_COUNTOF(zero_width), cp))
        return 0;
    return in_ranges(wide, HV_COUNTOF(wide), cp) ? 2 : 1;
}

/* Control characters would move the terminal's cursor: show U+FFFD. */
static uint32_t printable(uint32_t cp)
{
    return cp < 0x20 || (cp >= 0x7f && cp < 0xa0) ? 0xfffd : cp;
}

int canvas_text_width(const char *s)
{
    size_t n = strcspn(s, "\n");
    int w = 0;
    for (size_t i = 0; i < n;) {
        uint32_t cp;
        i += canvas_utf8_decode(s + i, n - i, &cp);
        w += canvas_char_width(printable(cp));
    }
    return w;
}

/* ---- the grid --------------------------------------------------------- */

static void blank(canvas_cell *c, canvas_style st)
{
    memset(c, 0, sizeof *c);
    c->text[0] = ' ';
    c->fg = st.fg;
    c->bg = st.bg;
    c->attr = st.attr;
    c->width = 1;
}

static void alloc_cells(canvas *cv, int cols, int rows)
{
    cv->cols = cols < 1 ? 1 : cols;
    cv->rows = rows < 1 ? 1 : rows;
    size_t n = (size_t)cv->cols * (size_t)cv->rows;
    cv->back = hv_malloc(n * sizeof *cv->back);
    cv->front = hv_malloc(n * sizeof *cv->front);
    cv->touched = hv_calloc((size_t)cv->rows, 1);
    for (size_t i = 0; i < n; i++)
        blank(&cv->back[i], canvas_style_make(CANVAS_DEFAULT, CANVAS_DEFAULT, 0));
    memcpy(cv->front, cv->back, n * sizeof *cv->front);
    cv->all_changed = 1;
    canvas_reset_clip(cv);
}

canvas *canvas_new(int cols, int rows)
{
    canvas *cv = hv_calloc(1, sizeof *cv);
    alloc_cells(cv, cols, rows);
    return cv;
}

static void free_cells(canvas *cv)
{
    free(cv->back);
    free(cv->front);
    free(cv->touched);
}

void canvas_delete(canvas *cv)
{
    if (!cv)
        return;
    free_cells(cv);
    free(cv);
}

void canvas_resize(canvas *cv, int cols, int rows)
{
    free_cells(cv);
    alloc_cells(cv, cols, rows);
}

int canvas_cols(const canvas *cv) { return cv->cols; }
int canvas_rows(const canvas *cv) { return cv->rows; }

const canvas_cell *canvas_row(const canvas *cv, int y)
{
    return y >= 0 && y < cv->rows ? &cv->back[(size_t)y * cv->cols] : NULL;
}

const canvas_cell *canvas_cell_at(const canvas *cv, int x, int y)
{
    return x >= 0 && x < cv->cols && y >= 0 && y < cv->rows ? &cv->back[(size_t)y * cv->cols + x] : NULL;
}

/* ---- clipping --------------------------------------------------------- */

static canvas_rect intersect(canvas_rect a, canvas_rect b)
{
    int x0 = a.x > b.x ? a.x : b.x, y0 = a.y > b.y ? a.y : b.y;
    int x1 = a.x + a.w < b.x + b.w ? a.x + a.w : b.x + b.w;
    int y1 = a.y + a.h < b.y + b.h ? a.y + a.h : b.y + b.h;
    return (canvas_rect){x0, y0, x1 > x0 ? x1 - x0 : 0, y1 > y0 ? y1 - y0 : 0};
}

canvas_rect canvas_set_clip(canvas *cv, canvas_rect r)
{
    canvas_rect old = cv->clip;
    cv->clip = intersect(r, (canvas_rect){0, 0, cv->cols, cv->rows});
    return old;
}

canvas_rect canvas_get_clip(const canvas *cv)
{
    return cv->clip;
}

void canvas_reset_clip(canvas *cv)
{
    cv->clip = (canvas_rect){0, 0, cv->cols, cv->rows};
}

static int visible(const canvas *cv, int x, int y)
{
    const canvas_rect *c = &cv->clip;
    return x >= c->x && x < c->x + c->w && y >= c->y && y < c->y + c->h;
}

/* ---- writing cells ---------------------------------------------------- */

static canvas_cell *at(canvas *cv, int x, int y)
{
    return &cv->back[(size_t)y * cv->cols + x];
}

/* Makes (x, y) a standalone cell: if it is half of a wide character, the
 * other half becomes a blank in the same style (invariant 1). */
static void unpair(canvas *cv, int x, int y)
{
    canvas_cell *c = at(cv, x, y);
    if (c->width == 2 && x + 1 < cv->cols) {
        canvas_cell *r = at(cv, x + 1, y);
        blank(r, canvas_style_make(r->fg, r->bg, r->attr));
    } else if (c->width == 0 && x > 0) {
        canvas_cell *l = at(cv, x - 1, y);
        blank(l, canvas_style_make(l->fg, l->bg, l->attr));
    }
}

/* Writes one character (UTF-8 in s, n bytes) of the given width at a
 * visible (x, y); for width 2, (x + 1, y) is visible too. */
static void put(canvas *cv, int x, int y, const char *s, size_t n, int width, canvas_style st)
{
    unpair(cv, x, y);
    canvas_cell *c = at(cv, x, y);
    blank(c, st);
    memcpy(c->text, s, n < sizeof c->text ? n : sizeof c->text - 1);
    c->text[n < sizeof c->text ? n : sizeof c->text - 1] = '\0';
    c->width = (uint8_t)width;
    if (width == 2) {
        unpair(cv, x + 1, y);
        canvas_cell *r = at(cv, x + 1, y);
        blank(r, st);
        r->text[0] = '\0';
        r->width = 0;
    }
    cv->touched[y] = 1;
}

/* Appends a combining mark to the cell at (x, y) if there is room. */
static void combine(canvas *cv, int x, int y, const char *s, size_t n)
{
    canvas_cell *c = at(cv, x, y);
    size_t len = strlen(c->text);
    if (len + n < sizeof c->text) {
        memcpy(c->text + len, s, n);
        c->text[len + n] = '\0';
        cv->touched[y] = 1;
    }
}

void canvas_clear(canvas *cv, canvas_style st)
{
    for (int y = 0; y < cv->rows; y++) {
        for (int x = 0; x < cv->cols; x++)
            blank(at(cv, x, y), st);
        cv->touched[y] = 1;
    }
}

void canvas_fill(canvas *cv, canvas_rect r, const char *glyph, canvas_style st)
{
    r = intersect(r, cv->clip);
    if (!glyph || !*glyph)
        glyph = " ";
    uint32_t cp;
    size_t n = canvas_utf8_decode(glyph, strlen(glyph), &cp);
    int w = canvas_char_width(printable(cp));
    char enc[4];
    if (w != 1) {               /* a wide or zero-width fill would break the grid */
        n = canvas_utf8_encode(0xfffd, enc);
        glyph = enc;
    }
    for (int y = r.y; y < r.y + r.h; y++)
        for (int x = r.x; x < r.x + r.w; x++)
            put(cv, x, y, glyph, n, 1, st);
}

int canvas_textn(canvas *cv, int x, int y, const char *s, size_t n, int maxcols, canvas_style st)
{
    int start = x, last = -1;
    for (size_t i = 0; i < n && s[i] && s[i] != '\n';) {
        uint32_t cp;
        size_t len = canvas_utf8_decode(s + i, n - i, &cp);
        const char *src = s + i;
        char enc[4];
        i += len;
        if (printable(cp) != cp || (cp == 0xfffd && len == 1)) {
            cp = 0xfffd;
            len = canvas_utf8_encode(cp, enc);
            src = enc;
        }
        int w = canvas_char_width(cp);
        if (w == 0) {
            if (last >= 0 && visible(cv, last, y))
                combine(cv, last, y, src, len);
            continue;
        }
        if (x - start + w > maxcols)
            break;
        if (w == 2 && visible(cv, x, y) && !visible(cv, x + 1, y))
            put(cv, x, y, " ", 1, 1, st);           /* half a wide char: a blank */
        else if (w == 2 && !visible(cv, x, y) && visible(cv, x + 1, y))
            put(cv, x + 1, y, " ", 1, 1, st);
        else if (visible(cv, x, y))
            put(cv, x, y, src, len, w, st);
        last = x;
        x += w;
    }
    return x;
}

int canvas_text(canvas *cv, int x, int y, const char *s, canvas_style st)
{
    return canvas_textn(cv, x, y, s, strlen(s), 1 << 30, st);
}

int canvas_printf(canvas *cv, int x, int y, canvas_style st, const char *fmt, ...)
{
    char small[256], *p = small;
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(small, sizeof small, fmt, ap);
    va_end(ap);
    if (n < 0)
        return x;
    if ((size_t)n >= sizeof small) {
        p = hv_malloc((size_t)n + 1);
        va_start(ap, fmt);
        vsnprintf(p, (size_t)n + 1, fmt, ap);
        va_end(ap);
    }
    x = canvas_text(cv, x, y, p, st);
    if (p != small)
        free(p);
    return x;
}

void canvas_restyle(canvas *cv, canvas_rect r, canvas_style st)
{
    r = intersect(r, cv->clip);
    for (int y = r.y; y < r.y + r.h; y++) {
        for (int x = r.x; x < r.x + r.w; x++) {
            canvas_cell *c = at(cv, x, y);
            c->fg = st.fg;
            c->bg = st.bg;
            c->attr = st.attr;
        }
        if (r.w > 0)
            cv->touched[y] = 1;
    }
}

/* ---- lines ------------------------------------------------------------ */

static unsigned arm(unsigned line, int shift)
{
    return (line >> shift) & 3;
}

/* Adds arms to the cell at (x, y), merging with the arms already there. */
static void add_arms(canvas *cv, int x, int y, unsigned arms, canvas_style st)
{
    if (!visible(cv, x, y))
        return;
    canvas_cell *c = at(cv, x, y);
    unsigned old = c->width == 1 ? c->line : 0, merged = 0;
    for (int shift = 0; shift <= 6; shift += 2) {
        unsigned a = arm(old, shift), b = arm(arms, shift);
        merged |= (a > b ? a : b) << shift;
    }
    unsigned idx = arm(merged, ARM_UP) * 27 + arm(merged, ARM_RIGHT) * 9 + arm(merged, ARM_DOWN) * 3 +
                   arm(merged, ARM_LEFT);
    char enc[4];
    size_t n = canvas_utf8_encode(box_glyph[idx], enc);
    put(cv, x, y, enc, n, 1, st);
    at(cv, x, y)->line = (uint8_t)merged;
}

/* A line of len cells along one axis; `lo`/`hi` are the arm shifts towards
 * the start and the end. */
static void line(canvas *cv, int x, int y, int dx, int dy, int len, unsigned how, int lo, int hi,
                 canvas_style st)
{
    unsigned w = how & 3 ? how & 3 : CANVAS_LIGHT;
    for (int i = 0; i < len; i++) {
        unsigned arms = 0;
        if (i > 0 || (how & CANVAS_CAP_START))
            arms |= w << lo;
        if (i < len - 1 || (how & CANVAS_CAP_END))
            arms |= w << hi;
        add_arms(cv, x + i * dx, y + i * dy, arms, st);
    }
}

void canvas_hline(canvas *cv, int x, int y, int len, unsigned how, canvas_style st)
{
    line(cv, x, y, 1, 0, len, how, ARM_LEFT, ARM_RIGHT, st);
}

void canvas_vline(canvas *cv, int x, int y, int len, unsigned how, canvas_style st)
{
    line(cv, x, y, 0, 1, len, how, ARM_UP, ARM_DOWN, st);
}

void canvas_box(canvas *cv, canvas_rect r, unsigned weight, canvas_style st)
{
    if (r.w < 2 || r.h < 2)
        return;
    weight &= 3;
    canvas_hline(cv, r.x, r.y, r.w, weight, st);
    canvas_hline(cv, r.x, r.y + r.h - 1, r.w, weight, st);
    canvas_vline(cv, r.x, r.y, r.h, weight, st);
    canvas_vline(cv, r.x + r.w - 1, r.y, r.h, weight, st);
}

/* ---- bars ------------------------------------------------------------- */

void canvas_hbar(canvas *cv, int x, int y, int w, uint64_t num, uint64_t den, canvas_style full,
                 const char *rest, canvas_style empty)
{
    /* U+2588 full block, then U+2589..U+258F: seven eighths down to one. */
    if (w <= 0)
        return;
    if (den == 0 || num > den)
        num = den = 1;
    uint64_t eighths = (num * (uint64_t)w * 8 + den / 2) / den;
    int i = 0;
    char enc[4];
    for (; i < w && eighths >= 8; i++, eighths -= 8)
        if (visible(cv, x + i, y))
            put(cv, x + i, y, enc, canvas_utf8_encode(0x2588, enc), 1, full);
    if (i < w && eighths > 0) {
        if (visible(cv, x + i, y))
            put(cv, x + i, y, enc, canvas_utf8_encode(0x2590 - (uint32_t)eighths, enc), 1, full);
        i++;
    }
    canvas_fill(cv, (canvas_rect){x + i, y, w - i, 1}, rest, empty);
}

/* ---- damage ----------------------------------------------------------- */

int canvas_row_changed(const canvas *cv, int y)
{
    if (y < 0 || y >= cv->rows)
        return 0;
    if (cv->all_changed)
        return 1;
    size_t off = (size_t)y * cv->cols;
    return cv->touched[y] && memcmp(&cv->back[off], &cv->front[off], (size_t)cv->cols * sizeof *cv->back) != 0;
}

void canvas_presented(canvas *cv)
{
    size_t row = (size_t)cv->cols * sizeof *cv->back;
    for (int y = 0; y < cv->rows; y++) {
        if (cv->touched[y] || cv->all_changed)
            memcpy(&cv->front[(size_t)y * cv->cols], &cv->back[(size_t)y * cv->cols], row);
        cv->touched[y] = 0;
    }
    cv->all_changed = 0;
}

void canvas_invalidate(canvas *cv)
{
    cv->all_changed = 1;
}

/* ---- for backends ------------------------------------------------------ */

/* ASCII stand-ins for the non-ASCII characters views use (every one in
 * ui/ and the themes: a '?' on an ASCII screen is the program's own text;
 * tests/66-console-locale.sh checks); the marks keep apart what they mean
 * beside letters: ✓ v, ✗ x, ☠ X, ↺ r, and ○ o, ◐ O, ● @ (white, gray,
 * black). */
static const struct {
    uint32_t cp;
    char ascii;
} ascii_map[] = {
    {0x00b1, '+'}, {0x00b7, '.'}, {0x00bb, '>'}, {0x00d7, 'x'}, {0x2014, '-'}, {0x2016, '|'}, {0x2022, '*'},
    {0x2026, '.'}, {0x203a, '>'}, {0x2190, '<'}, {0x2191, '^'}, {0x2192, '>'}, {0x2193, 'v'},
    {0x21a9, '<'}, {0x21ba, 'r'}, {0x21d2, '>'}, {0x2212, '-'}, {0x2264, '<'}, {0x2265, '>'},
    {0x254c, '-'}, {0x2588, '#'}, {0x2591, '.'}, {0x2592, ':'}, {0x2593, '%'}, {0x25a0, '#'},
    {0x25a1, 'o'}, {0x25aa, '#'}, {0x25ab, 'o'}, {0x25b2, '^'}, {0x25b6, '>'}, {0x25b8, '>'},
    {0x25bc, 'v'}, {0x25c0, '<'}, {0x25c6, '*'}, {0x25cb, 'o'}, {0x25cf, '@'}, {0x25d0, 'O'},
    {0x2605, '*'}, {0x2620, 'X'}, {0x2713, 'v'}, {0x2715, 'x'}, {0x2717, 'x'},
};

char canvas_ascii(const canvas_cell *c)
{
    uint32_t cp;
    if (c->width == 0)
        return '?';             /* the right half of a wide char: "??" */
    canvas_utf8_decode(c->text, strlen(c->text) ? strlen(c->text) : 1, &cp);
    if (cp >= 0x20 && cp < 0x7f)
        return (char)cp;
    if (c->line) {
        int h = arm(c->line, ARM_LEFT) || arm(c->line, ARM_RIGHT);
        int v = arm(c->line, ARM_UP) || arm(c->line, ARM_DOWN);
        return h && v ? '+' : h ? '-' : '|';
    }
    if (cp >= 0x2589 && cp <= 0x258f)
        return cp <= 0x258b ? '#' : cp <= 0x258d ? '=' : '-';
    for (size_t i = 0; i < HV_COUNTOF(ascii_map); i++)
        if (ascii_map[i].cp == cp)
            return ascii_map[i].ascii;
    if (cp >= 0x2500 && cp <= 0x257f)   /* a box-drawing character written as text (a column rule) */
        return cp <= 0x2501 ? '-' : cp <= 0x2503 ? '|' : '+';
    return '?';
}

int canvas_palette_resolve(const canvas_palette *p, int idx, int ncolours)
{
    if (!p || idx < 0 || (unsigned)idx >= p->n || ncolours < 8)
        return CANVAS_DEFAULT;
    const canvas_colour *c = &p->colours[idx];
    if (ncolours >= 256)
        return c->c256;
    if (c->c16 < 0)
        return CANVAS_DEFAULT;
    return ncolours >= 16 ? c->c16 : c->c16 & 7;
}
