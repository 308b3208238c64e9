/*
 * quiz.c — prediction mode's questions, marks and score (quiz.h).
 *
 * Invariants:
 *   1. items[0 … n) are in address order, at most QUIZ_MAX, each alive at
 *      the start of the step asked about;
 *   2. state RESULT ⇒ the score counts this question's items once.
 */
#include "quiz.h"

#include "hv.h"
#include "names.h"
#include "predict.h"
#include "view.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { MAX_DISTRACTORS = 3, BOX_W = 78 };

/* What happens to an object, and what a mark says will. */
enum fate { FATE_NONE, FATE_FREED, FATE_CHANGED };
static const char *const fate_words[] = {"no change", "freed", "refcount changes"};

typedef struct quiz_item {
    uint64_t addr;
    char label[64];         /* "Node  x" */
    int64_t before, after;  /* refcounts (after: 0 if freed) */
    enum fate truth, mark;
} quiz_item;

struct quiz {
    const demo *d;
    enum quiz_state state;
    quiz_item items[QUIZ_MAX];  /* invariant 1 */
    size_t n;
    uint64_t step;
    char what[96];          /* "line 21: del a, b" */
    const char *question;   /* the #? text, or NULL */
    unsigned right;         /* this question's */
    quiz_score score;       /* invariant 2 */
};

quiz *quiz_new(const demo *d)
{
    quiz *q = hv_calloc(1, sizeof *q);
    q->d = d;
    return q;
}

void quiz_delete(quiz *q)
{
    free(q);
}

enum quiz_state quiz_state(const quiz *q)
{
    return q->state;
}

/* ---- choosing what to ask about --------------------------------------------- */

typedef struct name_find {
    const names_table *names;
    const char *found;
} name_find;

static int first_named(void *ud, const model_ref *r)
{
    name_find *f = ud;
    f->found = names_get(f->names, r->label, NAMES_SELF);
    return f->found != NULL;
}

/* "TYPE  NAME" — NAME: a variable, attribute or key that refers to it. */
static void label_of(stream *s, uint64_t addr, char *out, size_t len)
{
    model_obj o;
    name_find f = {stream_names(s), NULL};
    if (!model_obj_info(stream_model(s), addr, &o)) {
        snprintf(out, len, "?");
        return;
    }
    model_refs_to(stream_model(s), addr, first_named, &f);
    const char *self = names_get(f.names, addr, NAMES_SELF);
    if (self && !f.found)
        snprintf(out, len, "%s '%.30s'", stream_type_name(s, o.type), self);
    else
        snprintf(out, len, "%-10s %.30s", stream_type_name(s, o.type), f.found ? f.found : "");
}

static enum fate fate_of(const predict_obj *o)
{
    return o->freed ? FATE_FREED : o->delta ? FATE_CHANGED : FATE_NONE;
}

static int listed(const quiz *q, uint64_t addr)
{
    for (size_t i = 0; i < q->n; i++)
        if (q->items[i].addr == addr)
            return 1;
    return 0;
}

static void add_item(quiz *q, stream *s, uint64_t addr, int64_t before, int64_t delta, enum fate truth)
{
    quiz_item *it = &q->items[q->n++];
    memset(it, 0, sizeof *it);
    it->addr = addr;
    it->before = before;
    it->after = truth == FATE_FREED ? 0 : before + delta;
    it->truth = truth;
    label_of(s, addr, it->label, sizeof it->label);
}

/* The answer's objects alive before the step: freed first, then changed,
 * then those whose count comes back (room is kept for distractors). */
static void add_touched(quiz *q, stream *s, const predict_answer *a)
{
    static const enum fate order[] = {FATE_FREED, FATE_CHANGED, FATE_NONE};
    for (size_t k = 0; k < HV_COUNTOF(order); k++)
        for (size_t i = 0; i < a->n && q->n < QUIZ_MAX - MAX_DISTRACTORS; i++) {
            const predict_obj *o = &a->objs[i];
            if (!o->created && fate_of(o) == order[k] && !listed(q, o->addr))
                add_item(q, s, o->addr, o->before, o->delta, order[k]);
        }
}

typedef struct distract {
    quiz *q;
    stream *s;
    uint64_t cand[MAX_DISTRACTORS];
    size_t n;
} distract;

/* Newer named objects replace older ones: the list ends with the latest. */
static int consider(void *ud, const model_obj *o)
{
    distract *d = ud;
    const char *t = stream_type_name(d->s, o->type);
    name_find f = {stream_names(d->s), NULL};
    if (listed(d->q, o->addr) || !strcmp(t, "function") || !strcmp(t, "module") || !strcmp(t, "type") ||
        !strcmp(t, "code") || (model_refs_to(stream_model(d->s), o->addr, first_named, &f), !f.found))
        return 0;
    if (d->n == MAX_DISTRACTORS)
        memmove(d->cand, d->cand + 1, --d->n * sizeof *d->cand);
    d->cand[d->n++] = o->addr;
    return 0;
}

static void add_distractors(quiz *q, stream *s)
{
    distract d = {q, s, {0}, 0};
    model_obj_each(stream_model(s), consider, &d);
    for (size_t i = 0; i < d.n && q->n < QUIZ_MAX; i++) {
        model_obj o;
        model_obj_info(stream_model(s), d.cand[i], &o);
        add_item(q, s, o.addr, o.refcnt, 0, FATE_NONE);
    }
}

static int by_addr(const void *x, const void *y)
{
    const quiz_item *a = x, *b = y;
    return a->addr < b->addr ? -1 : a->addr > b->addr;
}

/* Whether step a->step is one to ask about. */
static int worth_asking(const quiz *q, stream *s, const predict_answer *a, unsigned line)
{
    if (demo_nquestions(q->d))
        return line && demo_question_at(q->d, line) != NULL;
    for (size_t i = 0; i < a->n; i++)
        if (!a->objs[i].created && a->objs[i].freed)
            return 1;
    (void)s;
    return 0;
}

/* "line 21: del a, b" or "collector phase" from the source. */
static void describe_step(quiz *q, stream *s, unsigned line)
{
    const char *src = stream_source(s);
    for (unsigned l = 1; line && *src && l < line; l++) {
        const char *nl = strchr(src, '\n');
        src = nl ? nl + 1 : src + strlen(src);
    }
    while (*src == ' ')
        src++;
    if (line && *src)
        snprintf(q->what, sizeof q->what, "line %u: %.*s", line, (int)strcspn(src, "\n"), src);
    else
        snprintf(q->what, sizeof q->what, "step %llu (a collector phase)", (unsigned long long)q->step);
}

int quiz_ask(quiz *q, stream *s)
{
    predict_answer a;
    buf err = BUF_INIT;
    int rc = predict_answer_model(s, &a, &err);
    buf_free(&err);
    if (rc)
        return 0;
    unsigned line = stream_step_line(s, a.step);
    if (!worth_asking(q, s, &a, line)) {
        predict_answer_free(&a);
        return 0;
    }
    q->n = 0;
    q->step = a.step;
    add_touched(q, s, &a);
    add_distractors(q, s);
    predict_answer_free(&a);
    qsort(q->items, q->n, sizeof *q->items, by_addr);
    q->question = demo_question_at(q->d, line);
    if (q->question && !*q->question)
        q->question = NULL;
    describe_step(q, s, line);
    q->state = QUIZ_ASKING;
    return 1;
}

enum quiz_key quiz_key(quiz *q, const backend_event *ev)
{
    if (ev->type != BEV_KEY)
        return QUIZ_IGNORED;
    if (ev->key == BKEY_ENTER)
        return QUIZ_SUBMIT;
    if (ev->key == BKEY_ESC)
        return QUIZ_SKIP;
    char c = ev->key == BKEY_TEXT && !ev->mod && !ev->text[1] ? ev->text[0] : 0;
    if (c < 'a' || (size_t)(c - 'a') >= q->n)
        return QUIZ_IGNORED;
    quiz_item *it = &q->items[c - 'a'];
    it->mark = (enum fate)((it->mark + 1) % 3);
    return QUIZ_EDITED;
}

void quiz_check(quiz *q)
{
    q->right = 0;
    for (size_t i = 0; i < q->n; i++)
        q->right += q->items[i].mark == q->items[i].truth;
    q->score.right += q->right;
    q->score.asked += (unsigned)q->n;
    q->score.steps++;
    q->state = QUIZ_RESULT;
}

void quiz_close(quiz *q)
{
    q->state = QUIZ_IDLE;
}

quiz_score quiz_get_score(const quiz *q)
{
    return q->score;
}

void quiz_describe_score(const quiz *q, buf *out)
{
    if (!q->score.steps)
        buf_adds(out, "no score yet");
    else
        buf_printf(out, "score %u/%u over %u step%s", q->score.right, q->score.asked, q->score.steps,
                   q->score.steps == 1 ? "" : "s");
}

/* ---- drawing ------------------------------------------------------------------ */

static void item_row(const quiz *q, const quiz_item *it, canvas *cv, const theme *th, int x, int y, int end)
{
    char s[160];
    snprintf(s, sizeof s, " %c  %-28.28s %10llx  refcount %lld", 'a' + (int)(it - q->items), it->label,
             (unsigned long long)it->addr, (long long)it->before);
    x = view_put(cv, x, y, end, s, theme_style(th, THEME_TEXT));
    if (q->state == QUIZ_ASKING) {
        snprintf(s, sizeof s, "  [%s]", it->mark ? fate_words[it->mark] : "·");
        view_put(cv, x, y, end, s, theme_style(th, it->mark ? THEME_TITLE : THEME_MUTED));
        return;
    }
    int ok = it->mark == it->truth;
    if (it->truth == FATE_CHANGED)
        snprintf(s, sizeof s, "  → %lld · you: %s  %s", (long long)it->after, fate_words[it->mark],
                 ok ? "✓" : "✗");
    else
        snprintf(s, sizeof s, "  %s · you: %s  %s", fate_words[it->truth], fate_words[it->mark], ok ? "✓" : "✗");
    canvas_style st = theme_style(th, ok ? THEME_TITLE : THEME_WARNING);
    st.attr |= CANVAS_BOLD;
    view_put(cv, x, y, end, s, st);
}

void quiz_draw(const quiz *q, canvas *cv, const theme *th, canvas_rect r)
{
    if (q->state == QUIZ_IDLE)
        return;
    int w = r.w - 4 < BOX_W ? r.w - 4 : BOX_W, h = (int)q->n + 7;
    canvas_rect box = {r.x + (r.w - w) / 2, r.y + (r.h - h) / 2, w, h};
    if (box.y < r.y)
        box.y = r.y;
    canvas_style text = theme_style(th, THEME_TEXT), title = theme_style(th, THEME_TITLE);
    canvas_fill(cv, box, " ", text);
    canvas_box(cv, box, CANVAS_HEAVY, theme_style(th, THEME_FRAME_FOCUS));
    int x = box.x + 2, end = box.x + box.w - 2, y = box.y + 1;
    char head[160];
    snprintf(head, sizeof head, q->state == QUIZ_ASKING ? " predict: what will step %llu do? "
                                                        : " step %llu: what happened ",
             (unsigned long long)q->step);
    view_put(cv, x, box.y, end, head, title);
    view_put(cv, x, y++, end, q->what, text);
    view_put(cv, x, y++, end, q->question ? q->question
                              : q->state == QUIZ_ASKING ? "Mark each object: its letter once = freed, twice = "
                                                          "refcount changes, three times = no change."
                                                        : "Each object, what happened to it, and what you said:",
             theme_style(th, THEME_MUTED));
    y++;
    for (size_t i = 0; i < q->n; i++)
        item_row(q, &q->items[i], cv, th, x, y++, end);
    y++;
    buf b = BUF_INIT;
    if (q->state == QUIZ_ASKING)
        buf_adds(&b, "Enter: run the step and check · Esc: skip this question");
    else
        buf_printf(&b, "%u of %zu right this step · any key goes on", q->right, q->n);
    view_put(cv, x, y, end, buf_str(&b), theme_style(th, THEME_LEGEND));
    buf_clear(&b);
    buf_addc(&b, ' ');
    quiz_describe_score(q, &b);
    buf_addc(&b, ' ');
    view_put(cv, x, box.y + box.h - 1, end, buf_str(&b), title);
    buf_free(&b);
}
