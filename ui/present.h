/*
 * present.h — presenter mode: what a classroom projector needs from the
 * app.  The caption of each step (a statement's `#:`, a collector phase's
 * `#@ PHASE:`), autoplay that stops at every caption the first time it
 * comes up, and the big narration box that replaces the one-line
 * narration: the caption in bold over several lines, what the step did
 * under it, the keys that go on at the bottom.
 *
 *   ┏ step 4/19 · line 21: del a, b ━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┓
 *   ┃ Deleting the names leaves each object with one reference:    ┃
 *   ┃ the other's.  No count reaches zero, so reference counting…  ┃
 *   ┃ printed: (what the step printed, if anything)                ┃
 *   ┃ » del a, b: 2 refcounts fell, nothing freed                  ┃
 *   ┗ ‖ paused at a caption · space: play on · →: next step ━━━━━━━┛
 *
 * The layout (app.c) is made for a projector: one main view over the box —
 * present_main_view(): the demo's `#% view`, the collector's while a
 * collection runs — and the program beside it only on a screen of
 * PRESENT_WIDE_COLS x PRESENT_WIDE_ROWS or more:
 *
 *   80x24, 100x30                 120x40 (the program a third)
 *   ┌─ 3 object graph ─────┐      ┌─ 1 program ─┬─ 3 object graph ───┐
 *   │                      │      │ ▶ 23 del a  │                    │
 *   ├ status ──────────────┤      ├ status ─────┴────────────────────┤
 *   ┏ step · line: code ━━━┓      ┏ step · line: code ━━━━━━━━━━━━━━━┓
 *   ┃ caption · printed: … ┃      ┃ caption · printed: … · narration ┃
 *   ┗━━━━━━━━━━━━━━━━━━━━━━┛      ┗━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┛
 *
 * The app owns one present per session (app.c); it asks present_caption()
 * at every move and present_stop_here() after each autoplay step.
 *
 * Invariant: seen[i] is set iff caption i has stopped autoplay since the
 * last present_rewind().
 */
#ifndef HV_PRESENT_H
#define HV_PRESENT_H

#include "canvas.h"
#include "demo.h"
#include "stream.h"
#include "theme.h"

#include <stdint.h>

enum { PRESENT_BOX_ROWS = 6 };      /* the narration box's height */
/* From this size on, presenter mode shows the program beside its main view. */
enum { PRESENT_WIDE_COLS = 120, PRESENT_WIDE_ROWS = 36 };

typedef struct present present;

/* Presenter state for the captions of d (borrowed; NULL or a demo without
 * captions: autoplay never stops).  Cannot fail. */
present *present_new(const demo *d);
void present_delete(present *p);

/* The index of the caption that step `step` of s brings up — its
 * statement's line caption, or for a collector phase the phase caption of
 * the line that started the collection — or -1 (d may be NULL). */
long present_caption(const demo *d, stream *s, uint64_t step);

/* The view presenter mode's layout shows beside the program at step
 * `step` (present.h's picture): the collector's ("gc") while a collection
 * runs, else the demo's `#% view NAME` (program, graph, heap, gc, stats,
 * timeline),
 * else "graph".  d may be NULL. */
const char *present_main_view(const demo *d, stream *s, uint64_t step);
/* Line `line` (1-based) of src without its indentation, into out (empty
 * if there is no such line): the box's header quotes it. */
void present_source_line(const char *src, unsigned line, buf *out);
/* What the program wrote between stream positions from and to (a step),
 * its lines joined by two spaces, into out. */
void present_printed(stream *s, uint64_t from, uint64_t to, buf *out);

/* For a collector-phase step: the line whose statement started the
 * collection; else 0 (the box's title names it). */
unsigned present_collection_line(stream *s, uint64_t step);
/* 1 if a cols x rows screen has room for the program beside the main
 * view (PRESENT_WIDE_*); below that the main view has the screen alone. */
int present_side_by_side(int cols, int rows);
/* The program's width beside the main view on a screen cols wide: a
 * third, so the main view (an object graph five boxes wide) has the rest. */
int present_side_cols(int cols);
/* 1 if name is a view `#% view` may name. */
int present_view_ok(const char *name);

/* After an autoplay step to the end of `step`: 1 if autoplay should stop
 * there (its caption has not stopped it before; marks it seen), else 0. */
int present_stop_here(present *p, stream *s, uint64_t step);
/* Forgets which captions were seen (autoplay from the start again). */
void present_rewind(present *p);

/* The theme to load: `requested` (--theme) if given; else in presenter
 * mode "presenter" unless theme_choose() picks "mono" (NO_COLOR); else
 * theme_choose()'s. */
const char *present_theme(const char *requested, int presenting);

/* What the narration box shows. */
typedef struct present_text {
    const char *header;     /* "step 4/19 · line 21: del a, b" */
    const char *caption;    /* the step's caption, or NULL */
    const char *printed;    /* what the step printed (one line), or NULL */
    const char *narration;  /* what the events did (narrate.h) */
    const char *footer;     /* keys and state */
    int warning;            /* narration is a message (an error, a refusal) */
} present_text;

/* Draws the box into r (PRESENT_BOX_ROWS high): the caption wrapped over
 * the rows it needs, bold, then a row "printed: …" if the step printed,
 * then the narration in what is left. */
void present_draw(canvas *cv, const theme *th, canvas_rect r, const present_text *t);

#endif
