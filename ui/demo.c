/*
 * demo.c — the bundled demos and their captions (demo.h).
 *
 * Parsing is one pass over the lines.  A caption being collected is
 * "pending" until the next line of code claims it:
 *
 *   #: line ──▶ pending += text ──┐   (#@ PHASE: lines: one pending text
 *        ▲                        │    per phase, in order of appearance)
 *        │                        │ blank line, plain comment: still pending
 *        └────────────────────────┘ code line: pending becomes its captions
 *
 * Invariants:
 *   1. captions are sorted by line; a line's own caption (phase NULL) comes
 *      before its phase captions; no two have the same line and phase;
 *   2. every caption's text is non-empty and holds no newline.
 */
#include "demo.h"

#include "hv.h"

#include <stdlib.h>
#include <string.h>

enum { MAX_SETTINGS = 4 };

/* A phase caption being read. */
typedef struct pending_phase {
    char *phase;
    buf text;
    unsigned first;         /* its first #@ line */
} pending_phase;

/* The captions read but not yet given to a line of code. */
typedef struct pending {
    buf line;               /* the #: lines */
    unsigned first;         /* where they began */
    pending_phase *phases;  /* the #@ lines, one entry per phase */
    size_t nphases, cap;
    int asked;              /* a #? line was read */
    buf question;           /* its text */
} pending;

struct demo {
    char *name;
    buf source;             /* the program, NUL-terminated */
    char *description;      /* the #= line ("" if none) */
    char *keys[MAX_SETTINGS], *values[MAX_SETTINGS];   /* #% settings */
    size_t nsettings;
    demo_caption *captions; /* sorted by line (invariant 1) */
    size_t ncaptions, cap;
    demo_caption *questions;/* #? marks, by line (phase NULL; text may be "") */
    size_t nquestions, qcap;
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

/* Appends text to a pending caption, a space between parts. */
static void pend(buf *b, const char *text)
{
    if (!*text)
        return;
    if (b->len)
        buf_addc(b, ' ');
    buf_adds(b, text);
}

static void add_caption(demo *d, unsigned line, unsigned first, const char *phase, buf *text)
{
    if (!text->len)
        return;
    hv_grow(&d->captions, &d->cap, d->ncaptions + 1, sizeof *d->captions, 8);
    d->captions[d->ncaptions++] =
        (demo_caption){line, first, phase ? hv_strdup(phase) : NULL, hv_strdup(buf_str(text))};
    buf_clear(text);
}

/* Gives the pending captions to code line `line`: its own first, then the
 * phase ones.  Lines of one kind were joined while pending, so each line
 * and phase gets at most one caption (invariant 1). */
static void claim(demo *d, pending *pd, unsigned line)
{
    add_caption(d, line, pd->first, NULL, &pd->line);
    for (size_t i = 0; i < pd->nphases; i++) {
        add_caption(d, line, pd->phases[i].first, pd->phases[i].phase, &pd->phases[i].text);
        free(pd->phases[i].phase);
        buf_free(&pd->phases[i].text);
    }
    pd->nphases = 0;
    if (pd->asked) {
        hv_grow(&d->questions, &d->qcap, d->nquestions + 1, sizeof *d->questions, 4);
        d->questions[d->nquestions++] = (demo_caption){line, line, NULL, hv_strdup(buf_str(&pd->question))};
        buf_clear(&pd->question);
        pd->asked = 0;
    }
}

/* "#@ PHASE: TEXT" (p after the "#@"): adds TEXT to the phase's pending
 * caption.  A line without "PHASE:" is ignored. */
static void pend_phase(pending *pd, const char *p, const char *end, unsigned line)
{
    char *all = marker_text(p, end), *colon = strchr(all, ':');
    if (colon && colon > all && strcspn(all, " \t") >= (size_t)(colon - all)) {
        *colon = '\0';
        size_t i = 0;
        while (i < pd->nphases && strcmp(pd->phases[i].phase, all))
            i++;
        if (i == pd->nphases) {
            hv_grow(&pd->phases, &pd->cap, i + 1, sizeof *pd->phases, 4);
            pd->phases[pd->nphases++] = (pending_phase){hv_strdup(all), BUF_INIT, line};
        }
        char *text = marker_text(colon + 1, colon + 1 + strlen(colon + 1));
        pend(&pd->phases[i].text, text);
        free(text);
    }
    free(all);
}

/* One line [p, end), number `line`. */
static void parse_line(demo *d, const char *p, const char *end, unsigned line, pending *pd)
{
    while (p < end && (*p == ' ' || *p == '\t' || *p == '\r' || *p == '\f'))
        p++;
    if (p == end)
        return;
    if (*p != '#') {
        claim(d, pd, line);
        return;
    }
    char kind = end - p > 1 ? p[1] : '\0';
    if (kind == ':') {
        char *text = marker_text(p + 2, end);
        if (!pd->line.len)
            pd->first = line;
        pend(&pd->line, text);
        free(text);
    } else if (kind == '@') {
        pend_phase(pd, p + 2, end, line);
    } else if (kind == '?') {
        char *text = marker_text(p + 2, end);
        pend(&pd->question, text);
        pd->asked = 1;
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
    pending pd = {BUF_INIT, 0, NULL, 0, 0, 0, BUF_INIT};
    unsigned line = 1;
    const char *p = buf_str(&d->source), *end = p + n;
    while (p < end) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        const char *stop = nl ? nl : end;
        parse_line(d, p, stop, line++, &pd);
        p = nl ? nl + 1 : end;
    }
    /* captions after the last line of code narrate nothing */
    buf_clear(&pd.line);
    for (size_t i = 0; i < pd.nphases; i++)
        buf_clear(&pd.phases[i].text);
    pd.asked = 0;
    claim(d, &pd, line);
    buf_free(&pd.line);
    buf_free(&pd.question);
    free(pd.phases);
    return d;
}

void demo_free(demo *d)
{
    if (!d)
        return;
    for (size_t i = 0; i < d->ncaptions; i++) {
        free((char *)d->captions[i].text);
        free((char *)d->captions[i].phase);
    }
    for (size_t i = 0; i < d->nsettings; i++) {
        free(d->keys[i]);
        free(d->values[i]);
    }
    for (size_t i = 0; i < d->nquestions; i++)
        free((char *)d->questions[i].text);
    free(d->captions);
    free(d->questions);
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

/* The first caption of line (binary search: invariant 1), or ncaptions. */
static size_t first_of_line(const demo *d, unsigned line)
{
    size_t lo = 0, hi = d->ncaptions;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (d->captions[mid].line < line)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

long demo_caption_index(const demo *d, unsigned line)
{
    size_t i = first_of_line(d, line);
    return i < d->ncaptions && d->captions[i].line == line && !d->captions[i].phase ? (long)i : -1;
}

long demo_phase_caption_index(const demo *d, unsigned line, const char *phase)
{
    for (size_t i = first_of_line(d, line); i < d->ncaptions && d->captions[i].line == line; i++)
        if (d->captions[i].phase && strcmp(d->captions[i].phase, phase) == 0)
            return (long)i;
    return -1;
}

const char *demo_caption_at(const demo *d, unsigned line)
{
    long i = demo_caption_index(d, line);
    return i < 0 ? NULL : d->captions[i].text;
}

long demo_event_caption(const demo *d, demo_cursor *cur, const hv_event *ev)
{
    if (ev->kind == EV_STEP && ev->u.step.what == STEP_STATEMENT)
        return demo_caption_index(d, ev->site);
    if (ev->kind != EV_GC_PHASE)
        return -1;
    if (ev->u.gc.from == GCP_IDLE)
        cur->gc_line = ev->site;
    unsigned line = cur->gc_line;
    if (ev->u.gc.to == GCP_IDLE)
        cur->gc_line = 0;
    return line ? demo_phase_caption_index(d, line, event_gc_phase_name(ev->u.gc.to)) : -1;
}

size_t demo_nquestions(const demo *d)
{
    return d ? d->nquestions : 0;
}

const char *demo_question_at(const demo *d, unsigned line)
{
    for (size_t i = 0; d && i < d->nquestions; i++)
        if (d->questions[i].line == line)
            return d->questions[i].text;
    return NULL;
}
