/*
 * theme.c — loading and parsing themes (the format is in theme.h).
 *
 * A theme is parsed line by line into a palette and a table of role
 * definitions.  `base` copies another theme first, so a variant names only
 * what it changes.  Errors stop at the first bad line and name it.
 */
#include "theme.h"

#include "buf.h"

#include <ctype.h>
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_COLOURS 64
#define MAX_BASE_DEPTH 4
#define MAX_THEME_BYTES (64 << 10)

typedef struct role_def {
    canvas_style st;
    char glyph[8];          /* one character, UTF-8 */
    uint8_t defined;
} role_def;

struct theme {
    char name[32];
    char description[128];
    unsigned ncolours;
    char cname[MAX_COLOURS][24];            /* colour names, by palette index */
    canvas_colour colours[MAX_COLOURS];
    canvas_palette palette;
    role_def roles[THEME_NROLES];
};

static const char *const role_names[THEME_NROLES] = {
    [THEME_TEXT] = "text", [THEME_MUTED] = "muted", [THEME_TITLE] = "title",
    [THEME_FRAME] = "frame", [THEME_FRAME_FOCUS] = "frame.focus", [THEME_SELECTION] = "selection",
    [THEME_STATUS] = "status", [THEME_LEGEND] = "legend", [THEME_WARNING] = "warning",
    [THEME_POOL_UNCARVED] = "pool.uncarved", [THEME_POOL_EMPTY] = "pool.empty",
    [THEME_POOL_LOW] = "pool.low", [THEME_POOL_MID] = "pool.mid", [THEME_POOL_HIGH] = "pool.high",
    [THEME_POOL_FULL] = "pool.full", [THEME_ARENA_RELEASED] = "arena.released",
    [THEME_BLOCK_USED] = "block.used", [THEME_BLOCK_FREE] = "block.free",
    [THEME_BLOCK_VIRGIN] = "block.virgin", [THEME_BLOCK_HEAD] = "block.head", [THEME_RAW] = "raw",
    [THEME_BAR_FULL] = "bar.full", [THEME_BAR_EMPTY] = "bar.empty",
    [THEME_CLASS_0] = "class.0", [THEME_CLASS_1] = "class.1", [THEME_CLASS_2] = "class.2",
    [THEME_CLASS_3] = "class.3", [THEME_CLASS_4] = "class.4", [THEME_CLASS_5] = "class.5",
    [THEME_CLASS_6] = "class.6", [THEME_CLASS_7] = "class.7",
};

static const struct {
    const char *name;
    uint8_t bit;
} attr_names[] = {
    {"bold", CANVAS_BOLD}, {"underline", CANVAS_UNDERLINE}, {"reverse", CANVAS_REVERSE}, {"dim", CANVAS_DIM},
};

const char *theme_role_name(enum theme_role role)
{
    return (unsigned)role < THEME_NROLES ? role_names[role] : NULL;
}

/* ---- the parser ------------------------------------------------------- */

typedef struct parser {
    theme *th;
    const char *origin;     /* for messages */
    unsigned line;
    int depth;              /* `base` nesting */
    char *err;
    size_t errlen;
    int paint;              /* a `paint` line was read */
    int16_t paint_fg, paint_bg;
} parser;

static int fail(parser *p, const char *fmt, ...) HV_PRINTF(2, 3);
static int fail(parser *p, const char *fmt, ...)
{
    int n = snprintf(p->err, p->errlen, "%s:%u: ", p->origin, p->line);
    va_list ap;
    va_start(ap, fmt);
    if (n >= 0 && (size_t)n < p->errlen)
        vsnprintf(p->err + n, p->errlen - (size_t)n, fmt, ap);
    va_end(ap);
    return -1;
}

static theme *load(const char *name, int depth, char *err, size_t errlen);

/* Splits a line into words; a word may be "quoted".  Returns the count, or
 * -1 for an unterminated quote. */
static int split(char *s, char **w, int max)
{
    int n = 0;
    for (;;) {
        while (*s == ' ' || *s == '\t')
            s++;
        if (!*s)
            return n;
        if (n == max)
            return n + 1;
        if (*s == '"') {
            w[n++] = ++s;
            if (!(s = strchr(s, '"')))
                return -1;
        } else {
            w[n++] = s;
            s += strcspn(s, " \t");
        }
        if (!*s)
            return n;
        *s++ = '\0';
    }
}

/* A palette index for a colour name; CANVAS_DEFAULT for "default"; -2 if
 * unknown. */
static int colour_index(const theme *th, const char *name)
{
    if (strcmp(name, "default") == 0)
        return CANVAS_DEFAULT;
    for (unsigned i = 0; i < th->ncolours; i++)
        if (strcmp(th->cname[i], name) == 0)
            return (int)i;
    return -2;
}

static int parse_number(const char *s, int max, int *out)
{
    if (strcmp(s, "default") == 0) {
        *out = CANVAS_DEFAULT;
        return 0;
    }
    char *end;
    errno = 0;
    long v = strtol(s, &end, 10);
    if (end == s || *end || errno || v < 0 || v > max)
        return -1;
    *out = (int)v;
    return 0;
}

static int valid_name(const char *s, size_t max)
{
    size_t n = strlen(s);
    if (!n || n >= max)
        return 0;
    for (; *s; s++)
        if (!isalnum((unsigned char)*s) && !strchr("._-", *s))
            return 0;
    return 1;
}

static int do_colour(parser *p, char **w, int n)
{
    theme *th = p->th;
    int c256, c16;
    if (n != 4)
        return fail(p, "colour needs NAME C256 C16 (e.g. colour accent 33 4)");
    if (!valid_name(w[1], sizeof th->cname[0]) || strcmp(w[1], "default") == 0)
        return fail(p, "'%s' is not a usable colour name", w[1]);
    if (parse_number(w[2], 255, &c256))
        return fail(p, "'%s' is not an xterm colour (0-255 or default)", w[2]);
    if (parse_number(w[3], 15, &c16))
        return fail(p, "'%s' is not a basic colour (0-15 or default)", w[3]);
    int idx = colour_index(th, w[1]);
    if (idx < 0) {
        if (th->ncolours == MAX_COLOURS)
            return fail(p, "more than %d colours", MAX_COLOURS);
        idx = (int)th->ncolours++;
        snprintf(th->cname[idx], sizeof th->cname[idx], "%s", w[1]);
    }
    th->colours[idx] = (canvas_colour){(int16_t)c256, (int16_t)c16};
    return 0;
}

static int parse_glyph(parser *p, const char *v, char *out)
{
    if (strcmp(v, "space") == 0)
        v = " ";
    char enc[4];
    if ((v[0] == 'U' || v[0] == 'u') && v[1] == '+' && v[2]) {
        char *end;
        unsigned long cp = strtoul(v + 2, &end, 16);
        if (*end || cp > 0x10ffff)
            return fail(p, "'%s' is not a code point", v);
        enc[canvas_utf8_encode((uint32_t)cp, enc)] = '\0';
        v = enc;
    }
    uint32_t cp;
    size_t len = strlen(v), used = len ? canvas_utf8_decode(v, len, &cp) : 0;
    if (!len || used != len || (cp == 0xfffd && used == 1))
        return fail(p, "glyph must be one character (or space, or U+XXXX)");
    if (cp < 0x20 || canvas_char_width(cp) != 1)
        return fail(p, "glyph '%s' does not take exactly one column", v);
    memcpy(out, v, len + 1);
    return 0;
}

static int parse_attrs(parser *p, char *v, uint8_t *out)
{
    *out = 0;
    if (strcmp(v, "none") == 0)
        return 0;
    for (char *tok = v, *next; tok; tok = next) {
        if ((next = strchr(tok, ',')))
            *next++ = '\0';
        size_t i = 0;
        while (i < HV_COUNTOF(attr_names) && strcmp(attr_names[i].name, tok))
            i++;
        if (i == HV_COUNTOF(attr_names))
            return fail(p, "unknown attribute '%s' (known: bold, underline, reverse, dim, none)", tok);
        *out |= attr_names[i].bit;
    }
    return 0;
}

static int role_setting(parser *p, role_def *r, char *kv)
{
    char *eq = strchr(kv, '=');
    if (!eq)
        return fail(p, "'%s' is not KEY=VALUE (keys: fg, bg, attr, glyph)", kv);
    *eq = '\0';
    char *v = eq + 1;
    if (strcmp(kv, "fg") == 0 || strcmp(kv, "bg") == 0) {
        int idx = colour_index(p->th, v);
        if (idx == -2)
            return fail(p, "unknown colour '%s' (define it with a colour line first)", v);
        *(kv[0] == 'f' ? &r->st.fg : &r->st.bg) = (int16_t)idx;
        return 0;
    }
    if (strcmp(kv, "attr") == 0)
        return parse_attrs(p, v, &r->st.attr);
    if (strcmp(kv, "glyph") == 0)
        return parse_glyph(p, v, r->glyph);
    return fail(p, "unknown key '%s' (keys: fg, bg, attr, glyph)", kv);
}

static int do_role(parser *p, char **w, int n)
{
    if (n < 2)
        return fail(p, "role needs a role name and settings");
    int role = 0;
    while (role < THEME_NROLES && strcmp(role_names[role], w[1]))
        role++;
    if (role == THEME_NROLES)
        return fail(p, "unknown role '%s'", w[1]);
    role_def r = p->th->roles[role];
    if (!r.defined)
        r = (role_def){.st = {CANVAS_DEFAULT, CANVAS_DEFAULT, 0}, .glyph = " "};
    for (int i = 2; i < n; i++)
        if (role_setting(p, &r, w[i]))
            return -1;
    r.defined = 1;
    p->th->roles[role] = r;
    return 0;
}

/* paint FG BG: the colours of every role's `default` foreground and
 * background, set when the theme is complete (paint_roles). */
static int do_paint(parser *p, char **w, int n)
{
    if (n != 3)
        return fail(p, "paint needs FG and BG colours (e.g. paint bright black)");
    int c[2];
    for (int i = 0; i < 2; i++)
        if ((c[i] = colour_index(p->th, w[1 + i])) == -2)
            return fail(p, "unknown colour '%s' (define it with a colour line first)", w[1 + i]);
    p->paint = 1;
    p->paint_fg = (int16_t)c[0];
    p->paint_bg = (int16_t)c[1];
    return 0;
}

/* A painted theme draws its own background: no role is left with the
 * terminal's colours, which on a light terminal made the presenter's white
 * text white on white. */
static void paint_roles(const parser *p)
{
    for (int r = 0; p->paint && r < THEME_NROLES; r++) {
        canvas_style *st = &p->th->roles[r].st;
        if (st->fg == CANVAS_DEFAULT)
            st->fg = p->paint_fg;
        if (st->bg == CANVAS_DEFAULT)
            st->bg = p->paint_bg;
    }
}

/* Whether msg starts "ORIGIN:LINE: " (an error inside some theme text). */
static int has_location(const char *msg)
{
    for (const char *c = strchr(msg, ':'); c; c = strchr(c + 1, ':')) {
        size_t digits = strspn(c + 1, "0123456789");
        if (digits && c[1 + digits] == ':')
            return 1;
    }
    return 0;
}

static int do_base(parser *p, char **w, int n, int seen_other)
{
    if (n != 2)
        return fail(p, "base needs one theme name");
    if (seen_other)
        return fail(p, "base must come before colour and role lines");
    if (p->depth >= MAX_BASE_DEPTH)
        return fail(p, "themes are based on each other too deeply (a loop?)");
    char sub[512];
    theme *b = load(w[1], p->depth + 1, sub, sizeof sub);
    if (!b && has_location(sub)) {      /* the base's own line is the one to fix */
        snprintf(p->err, p->errlen, "%s", sub);
        return -1;
    }
    if (!b)
        return fail(p, "base %s: %s", w[1], sub);
    char name[sizeof p->th->name], desc[sizeof p->th->description];
    memcpy(name, p->th->name, sizeof name);
    memcpy(desc, p->th->description, sizeof desc);
    *p->th = *b;
    memcpy(p->th->name, name, sizeof name);
    memcpy(p->th->description, desc, sizeof desc);
    theme_delete(b);
    return 0;
}

static int do_line(parser *p, char *line, int *seen_other)
{
    char *w[16];
    int n = split(line, w, (int)HV_COUNTOF(w));
    if (n < 0)
        return fail(p, "unterminated quote");
    if (n > (int)HV_COUNTOF(w))
        return fail(p, "too many words");
    if (n == 0)
        return 0;
    if (strcmp(w[0], "theme") == 0) {
        if (n < 2 || n > 3 || !valid_name(w[1], sizeof p->th->name))
            return fail(p, "theme needs NAME and an optional \"description\"");
        snprintf(p->th->name, sizeof p->th->name, "%s", w[1]);
        snprintf(p->th->description, sizeof p->th->description, "%s", n == 3 ? w[2] : "");
        return 0;
    }
    if (strcmp(w[0], "base") == 0)
        return do_base(p, w, n, *seen_other);
    *seen_other = 1;
    if (strcmp(w[0], "colour") == 0 || strcmp(w[0], "color") == 0)
        return do_colour(p, w, n);
    if (strcmp(w[0], "role") == 0)
        return do_role(p, w, n);
    if (strcmp(w[0], "paint") == 0)
        return do_paint(p, w, n);
    return fail(p, "unknown directive '%s' (known: theme, base, colour, role, paint)", w[0]);
}

static theme *parse(const char *text, const char *origin, int depth, char *err, size_t errlen)
{
    theme *th = hv_calloc(1, sizeof *th);
    parser p = {th, origin, 0, depth, err, errlen, 0, CANVAS_DEFAULT, CANVAS_DEFAULT};
    int seen_other = 0;
    buf line = BUF_INIT;
    for (const char *s = text; *s;) {
        size_t n = strcspn(s, "\n");
        p.line++;
        buf_clear(&line);
        buf_add(&line, s, n);
        s += n + (s[n] == '\n');
        char *l = line.data ? line.data : (char *)"";
        l[strcspn(l, "\r")] = '\0';
        const char *first = l + strspn(l, " \t");
        if (*first == '#' || !*first)
            continue;
        if (do_line(&p, l, &seen_other))
            goto bad;
    }
    p.line++;
    for (int r = 0; r < THEME_NROLES; r++)
        if (!th->roles[r].defined) {
            fail(&p, "role %s is not defined (every role needs a line)", role_names[r]);
            goto bad;
        }
    if (!th->name[0]) {
        fail(&p, "no 'theme NAME' line");
        goto bad;
    }
    buf_free(&line);
    paint_roles(&p);
    th->palette = (canvas_palette){th->ncolours, th->colours};
    return th;
bad:
    buf_free(&line);
    free(th);
    return NULL;
}

theme *theme_parse(const char *text, const char *origin, char *err, size_t errlen)
{
    return parse(text, origin, 0, err, errlen);
}

void theme_delete(theme *th)
{
    free(th);
}

/* ---- finding themes --------------------------------------------------- */

/* Reads a whole (small) file into out; -1 with a message in err. */
static int read_file(const char *path, buf *out, char *err, size_t errlen)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        snprintf(err, errlen, "%s: %s", path, strerror(errno));
        return -1;
    }
    char chunk[4096];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0 && out->len <= MAX_THEME_BYTES)
        buf_add(out, chunk, n);
    int bad = ferror(f);
    fclose(f);
    if (bad) {
        snprintf(err, errlen, "%s: read error", path);
        return -1;
    }
    if (out->len > MAX_THEME_BYTES || memchr(buf_str(out), '\0', out->len)) {
        snprintf(err, errlen, "%s: not a theme file (binary, or over %d KiB)", path, MAX_THEME_BYTES >> 10);
        return -1;
    }
    return 0;
}

/* The user's theme file NAME.theme, if there is one, in *path. */
static int user_theme(const char *name, buf *path)
{
    const char *xdg = getenv("XDG_CONFIG_HOME"), *home = getenv("HOME");
    if (xdg && *xdg)
        buf_printf(path, "%s/heapviz/themes/%s.theme", xdg, name);
    else if (home && *home)
        buf_printf(path, "%s/.config/heapviz/themes/%s.theme", home, name);
    else
        return 0;
    FILE *f = fopen(buf_str(path), "rb");
    if (f)
        fclose(f);
    return f != NULL;
}

static theme *load_file(const char *path, int depth, char *err, size_t errlen)
{
    buf text = BUF_INIT;
    theme *th = NULL;
    if (read_file(path, &text, err, errlen) == 0)
        th = parse(buf_str(&text), path, depth, err, errlen);
    buf_free(&text);
    return th;
}

static theme *load(const char *name, int depth, char *err, size_t errlen)
{
    if (strchr(name, '/'))
        return load_file(name, depth, err, errlen);
    if (!valid_name(name, 32)) {
        snprintf(err, errlen, "'%s' is not a theme name", name);
        return NULL;
    }
    buf path = BUF_INIT;
    theme *th = NULL;
    if (user_theme(name, &path)) {
        th = load_file(buf_str(&path), depth, err, errlen);
        buf_free(&path);
        return th;
    }
    buf_free(&path);
    for (const theme_source *s = theme_builtin; s->name; s++) {
        if (strcmp(s->name, name) == 0) {
            char origin[64];
            snprintf(origin, sizeof origin, "assets/themes/%s.theme", name);
            return parse(s->text, origin, depth, err, errlen);
        }
    }
    buf known = BUF_INIT;
    for (const theme_source *s = theme_builtin; s->name; s++)
        buf_printf(&known, "%s%s", s == theme_builtin ? "" : ", ", s->name);
    snprintf(err, errlen, "unknown theme '%s' (built in: %s)", name, buf_str(&known));
    buf_free(&known);
    return NULL;
}

theme *theme_load(const char *name, char *err, size_t errlen)
{
    return load(name, 0, err, errlen);
}

const char *theme_choose(const char *requested)
{
    const char *nc = getenv("NO_COLOR");
    if (requested)
        return requested;
    return nc && *nc ? "mono" : "default";
}

const char *theme_name(const theme *th) { return th->name; }
const char *theme_description(const theme *th) { return th->description; }
const canvas_palette *theme_palette(const theme *th) { return &th->palette; }

canvas_style theme_style(const theme *th, enum theme_role role)
{
    return th->roles[(unsigned)role < THEME_NROLES ? role : THEME_TEXT].st;
}

const char *theme_glyph(const theme *th, enum theme_role role)
{
    return th->roles[(unsigned)role < THEME_NROLES ? role : THEME_TEXT].glyph;
}
