/*
 * quiz.c — prediction mode in the app (quiz.h).
 *
 * The board is chosen so that it gives nothing away: the objects the step
 * touches (at most TOUCHED_MAX of them) and the most recently made other
 * live objects fill it, and it is shown in creation order, so neither
 * position nor count says which is which.  "Touches" means what predict.h
 * answers: freed, or a refcount that differs after the step.  Only objects
 * the program made (a script line is their site) are asked about: the
 * interpreter's start-up objects would only be noise.
 *
 * Invariants:
 *   1. every board entry was alive before the step (it is in the model at
 *      the step's start) and appears once;
 *   2. truth[] is set when the board is posed and never changes; guesses
 *      change only while the question is open (not marked).
 */
#include "quiz.h"

#include "buf.h"
#include "hv.h"
#include "model.h"
#include "names.h"
#include "predict.h"
#include "view.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum {
    TOUCHED_MAX = 6,        /* leave room for objects the step leaves alone */
    INDEX_LABELS = 1 << 16, /* ref labels below this are indexes (model.h) */
};

typedef struct entry {
    uint64_t addr, serial;
    char label[64];         /* "list rc=2 · a" */
    enum quiz_guess truth, guess;
} entry;

struct quiz {
    entry board[QUIZ_MAX];
    int n;
    uint64_t step;
    int marked;
    unsigned right, asked;  /* the running score */
    buf summary;
};

quiz *quiz_new(void)
{
    return hv_calloc(1, sizeof(quiz));
}

void quiz_delete(quiz *q)
{
    if (!q)
        return;
    buf_free(&q->summary);
    free(q);
}

/* ---- posing ---------------------------------------------------------------- */

static int on_board(const quiz *q, uint64_t addr)
{
    for (int i = 0; i < q->n; i++)
        if (q->board[i].addr == addr)
            return 1;
    return 0;
}

typedef struct name_ctx {
    const names_table *names;
    const char *found;
} name_ctx;

static int first_name(void *ud, const model_ref *r)
{
    name_ctx *c = ud;
    c->found = r->label >= INDEX_LABELS ? names_get(c->names, r->label, NAMES_SELF) : NULL;
    return c->found != NULL;
}

static void add(quiz *q, stream *s, const model_obj *o, enum quiz_guess truth)
{
    entry *e = &q->board[q->n++];
    memset(e, 0, sizeof *e);
    e->addr = o->addr;
    e->serial = o->serial;
    e->truth = truth;
    const char *type = stream_type_name(s, o->type);
    name_ctx nc = {stream_names(s), NULL};
    model_refs_to(stream_model(s), o->addr, first_name, &nc);
    int w = snprintf(e->label, sizeof e->label, "%s rc=%lld", type ? type : "object", (long long)o->refcnt);
    if (nc.found && w > 0 && (size_t)w < sizeof e->label)
        snprintf(e->label + w, sizeof e->label - (size_t)w, " · %.24s", nc.found);
}

/* Keeps the `want` most recent live objects that are not on the board. */
typedef struct recent_ctx {
    const quiz *q;
    model_obj keep[QUIZ_MAX];
    int n, want;
} recent_ctx;

static int take_recent(void *ud, const model_obj *o)
{
    recent_ctx *c = ud;
    if (on_board(c->q, o->addr) || c->want == 0 || !o->site)
        return 0;
    if (c->n == c->want) {                  /* creation order: drop the oldest kept */
        memmove(c->keep, c->keep + 1, (size_t)(c->n - 1) * sizeof *c->keep);
        c->n--;
    }
    c->keep[c->n++] = *o;
    return 0;
}

static int by_serial(const void *a, const void *b)
{
    uint64_t x = ((const entry *)a)->serial, y = ((const entry *)b)->serial;
    return (x > y) - (x < y);
}

int quiz_pose(quiz *q, stream *s, uint64_t step)
{
    const model *m = stream_model(s);
    q->n = 0;
    q->step = step;
    q->marked = 0;
    predict_answer a;
    predict_answer_begin(&a, step);
    for (uint64_t i = stream_step_begin(s, step); i < stream_step_end(s, step); i++)
        predict_answer_event(&a, m, stream_event(s, i));
    for (size_t i = 0; i < a.n && q->n < TOUCHED_MAX; i++) {
        const predict_obj *p = &a.objs[i];
        model_obj o;
        if (p->created || (!p->freed && p->delta == 0) || !model_obj_info(m, p->addr, &o) || !o.site ||
            on_board(q, p->addr))
            continue;
        add(q, s, &o, p->freed ? QUIZ_FREED : QUIZ_CHANGES);
    }
    predict_answer_free(&a);
    recent_ctx rc = {q, {{0}}, 0, QUIZ_MAX - q->n};
    model_obj_each(m, take_recent, &rc);
    for (int i = 0; i < rc.n; i++)
        add(q, s, &rc.keep[i], QUIZ_SAME);
    qsort(q->board, (size_t)q->n, sizeof *q->board, by_serial);
    return q->n;
}

/* ---- answering and marking --------------------------------------------------- */

enum quiz_reply quiz_key(quiz *q, const backend_event *ev)
{
    if (ev->type != BEV_KEY || q->marked)
        return QUIZ_IGNORED;
    if (ev->key == BKEY_ENTER)
        return QUIZ_DONE;
    if (ev->key == BKEY_ESC)
        return QUIZ_SKIP;
    if (ev->key == BKEY_TEXT && ev->text[0] >= '1' && ev->text[0] <= '9' && !ev->text[1]) {
        int i = ev->text[0] - '1';
        if (i >= q->n)
            return QUIZ_IGNORED;
        q->board[i].guess = (enum quiz_guess)((q->board[i].guess + 1) % 3);
        return QUIZ_REDRAW;
    }
    return QUIZ_IGNORED;
}

static const char *guess_word(enum quiz_guess g)
{
    return g == QUIZ_FREED ? "freed" : g == QUIZ_CHANGES ? "refcount changes" : "no change";
}

void quiz_mark(quiz *q)
{
    unsigned right = 0;
    for (int i = 0; i < q->n; i++)
        right += q->board[i].guess == q->board[i].truth;
    q->marked = 1;
    q->right += right;
    q->asked += (unsigned)q->n;
    buf_clear(&q->summary);
    buf_printf(&q->summary, "step %llu: %u of %d right", (unsigned long long)q->step, right, q->n);
    for (int i = 0; i < q->n; i++)
        if (q->board[i].guess != q->board[i].truth) {
            buf_printf(&q->summary, "; %d %s: %s, not %s", i + 1, q->board[i].label, guess_word(q->board[i].truth),
                       guess_word(q->board[i].guess));
            break;                          /* the first miss, to keep one line */
        }
}

int quiz_marked(const quiz *q)
{
    return q->marked;
}

void quiz_score(const quiz *q, unsigned *right, unsigned *asked)
{
    *right = q->right;
    *asked = q->asked;
}

const char *quiz_summary(const quiz *q)
{
    return buf_str((buf *)&q->summary);
}

/* ---- drawing ------------------------------------------------------------------- */

void quiz_draw(const quiz *q, canvas *cv, canvas_rect r, const theme *th)
{
    canvas_style text = theme_style(th, THEME_TEXT), title = theme_style(th, THEME_TITLE),
                 muted = theme_style(th, THEME_MUTED), warn = theme_style(th, THEME_WARNING);
    canvas_fill(cv, r, " ", text);
    canvas_box(cv, r, CANVAS_HEAVY, theme_style(th, THEME_FRAME_FOCUS));
    char head[96];
    snprintf(head, sizeof head, q->marked ? " step %llu: how did you do? " : " before step %llu: what will it do? ",
             (unsigned long long)q->step);
    int end = r.x + r.w - 1, y = r.y + 1;
    view_put(cv, r.x + 2, r.y, end, head, title);
    for (int i = 0; i < q->n && y < r.y + r.h - 2; i++, y++) {
        const entry *e = &q->board[i];
        char line[160];
        snprintf(line, sizeof line, "%d  %-34s %-17s", i + 1, e->label, guess_word(e->guess));
        int x = view_put(cv, r.x + 2, y, end, line, text);
        if (q->marked) {
            int ok = e->guess == e->truth;
            char mark[64];
            snprintf(mark, sizeof mark, ok ? " ✓ right" : " ✗ it was: %s", guess_word(e->truth));
            view_put(cv, x, y, end, mark, ok ? title : warn);
        }
    }
    view_put(cv, r.x + 2, r.y + r.h - 2, end,
             q->marked ? "any key goes on" : "1-9: no change → refcount changes → freed · Enter: run the step · Esc: skip",
             muted);
}
