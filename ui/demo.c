/*
 * demo.c — the bundled demos and their captions (demo.h).
 *
 * Parsing is one pass over the lines.  A caption being collected is
 * "pending" until the next line of code claims it:
 *
 *   #: line ──▶ pending += text ──┐
 *        ▲                        │ blank line, plain comment: still pending
 *        └────────────────────────┘ code line: pending becomes its caption
 *
 * Invariants:
 *   1. captions are sorted by line, and no two narrate the same line;
 *   2. every caption's text is non-empty and holds no newline.
 */
#include "demo.h"

#include "hv.h"

#include <stdlib.h>
#include <string.h>

enum { MAX_SETTINGS = 4 };

struct demo {
    char *name;
    buf source;             /* the program, NUL-terminated */
    char *description;      /* the #= line ("" if none) */
    char *keys[MAX_SETTINGS], *values[MAX_SETTINGS];   /* #% settings */
    size_t nsettings;
    demo_caption *captions; /* sorted by line (invariant 1) */
    size_t ncaptions, cap;
};

/* ---- the bundled list ------------------------------------------------------ */

size_t demo_count(void)
{
    size_t n = 0;
    while (demo_builtin[n].name)
        n++;
    return n;
}

const char *demo_name(size_t i)
{
    return i < demo_count() ? demo_builtin[i].name : NULL;
}

void demo_list(buf *out)
{
    size_t width = 0, n = demo_count();
    for (size_t i = 0; i < n; i++)
        if (strlen(demo_builtin[i].name) > width)
            width = strlen(demo_builtin[i].name);
    for (size_t i = 0; i < n; i++) {
        const demo_source *s = &demo_builtin[i];
        demo *d = demo_parse(s->name, s->text, strlen(s->text));
        buf_printf(out, "%-*s  %s\n", (int)width, s->name, demo_description(d));
        demo_free(d);
    }
}

demo *demo_load(const char *name, buf *err)
{
    for (const demo_source *s = demo_builtin; s->name; s++)
        if (strcmp(s->name, name) == 0)
            return demo_parse(s->name, s->text, strlen(s->text));
    buf_printf(err, "unknown demo '%s' (demos:", name);
    for (const demo_source *s = demo_builtin; s->name; s++)
        buf_printf(err, "%s %s", s == demo_builtin ? "" : ",", s->name);
    buf_adds(err, ")");
    return NULL;
}

/* ---- parsing ----------------------------------------------------------------- */

/* Text after a "#X" marker: leading blanks skipped, trailing blanks and a
 * CR cut.  Returns a new string. */
static char *marker_text(const char *p, const char *end)
{
    while (p < end && (*p == ' ' || *p == '\t'))
        p++;
    while (end > p && (end[-1] == ' ' || end[-1] == '\t' || end[-1] == '\r'))
        end--;
    char *s = hv_malloc((size_t)(end - p) + 1);
    memcpy(s, p, (size_t)(end - p));
    s[end - p] = '\0';
    return s;
}

static void add_setting(demo *d, char *text)
{
    char *sp = strpbrk(text, " \t");
    if (!sp || d->nsettings == MAX_SETTINGS) {
        free(text);
        return;
    }
    *sp = '\0';
    d->keys[d->nsettings] = text;
    d->values[d->nsettings++] = marker_text(sp + 1, sp + 1 + strlen(sp + 1));
}

/* Appends text to the pending caption, a space between parts. */
static void pend(buf *pending, const char *text)
{
    if (!*text)
        return;
    if (pending->len)
        buf_addc(pending, ' ');
    buf_adds(pending, text);
}

/* Gives the pending caption to code line `line`.  Groups of #: lines
 * before one line of code were joined while pending, so each code line
 * gets at most one caption (invariant 1). */
static void claim(demo *d, buf *pending, unsigned line, unsigned comment_line)
{
    if (!pending->len)
        return;
    hv_grow(&d->captions, &d->cap, d->ncaptions + 1, sizeof *d->captions, 8);
    d->captions[d->ncaptions++] = (demo_caption){line, comment_line, hv_strdup(buf_str(pending))};
    buf_clear(pending);
}

/* One line [p, end), number `line`.  *first is the first #: line of the
 * pending caption. */
static void parse_line(demo *d, const char *p, const char *end, unsigned line, buf *pending,
                       unsigned *first)
{
    while (p < end && (*p == ' ' || *p == '\t' || *p == '\r' || *p == '\f'))
        p++;
    if (p == end)
        return;
    if (*p != '#') {
        claim(d, pending, line, *first);
        return;
    }
    char kind = end - p > 1 ? p[1] : '\0';
    if (kind == ':') {
        char *text = marker_text(p + 2, end);
        if (!pending->len)
            *first = line;
        pend(pending, text);
        free(text);
    } else if (kind == '=' && !*d->description) {
        free(d->description);
        d->description = marker_text(p + 2, end);
    } else if (kind == '%') {
        add_setting(d, marker_text(p + 2, end));
    }
}

demo *demo_parse(const char *name, const char *text, size_t n)
{
    demo *d = hv_calloc(1, sizeof *d);
    d->name = hv_strdup(name);
    d->description = hv_strdup("");
    buf_add(&d->source, text, n);
    buf pending = BUF_INIT;
    unsigned line = 1, first = 0;
    const char *p = buf_str(&d->source), *end = p + n;
    while (p < end) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        const char *stop = nl ? nl : end;
        parse_line(d, p, stop, line++, &pending, &first);
        p = nl ? nl + 1 : end;
    }
    buf_free(&pending);     /* a caption after the last line of code narrates nothing */
    return d;
}

void demo_free(demo *d)
{
    if (!d)
        return;
    for (size_t i = 0; i < d->ncaptions; i++)
        free((char *)d->captions[i].text);
    for (size_t i = 0; i < d->nsettings; i++) {
        free(d->keys[i]);
        free(d->values[i]);
    }
    free(d->captions);
    free(d->description);
    buf_free(&d->source);
    free(d->name);
    free(d);
}

/* ---- queries ------------------------------------------------------------------ */

const char *demo_get_name(const demo *d)
{
    return d->name;
}

const char *demo_source_text(const demo *d, size_t *n)
{
    if (n)
        *n = d->source.len;
    return buf_str(&d->source);
}

const char *demo_description(const demo *d)
{
    return d->description;
}

const char *demo_setting(const demo *d, const char *key)
{
    for (size_t i = 0; i < d->nsettings; i++)
        if (strcmp(d->keys[i], key) == 0)
            return d->values[i];
    return NULL;
}

size_t demo_ncaptions(const demo *d)
{
    return d->ncaptions;
}

const demo_caption *demo_caption_get(const demo *d, size_t i)
{
    return i < d->ncaptions ? &d->captions[i] : NULL;
}

long demo_caption_index(const demo *d, unsigned line)
{
    size_t lo = 0, hi = d->ncaptions;       /* binary search: invariant 1 */
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (d->captions[mid].line < line)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < d->ncaptions && d->captions[lo].line == line ? (long)lo : -1;
}

const char *demo_caption_at(const demo *d, unsigned line)
{
    long i = demo_caption_index(d, line);
    return i < 0 ? NULL : d->captions[i].text;
}
