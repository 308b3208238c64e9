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

enum { MAX_DISTRACTORS = 3, BOX_W = 96 };

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
    uint64_t step, end;     /* the step asked about; where its statement ends */
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
    stream *s;
    const model *m;
    const names_table *names;
    int from_objects;       /* look at references held by objects (else by frames…) */
    uint64_t holder;        /* found: who holds it */
    const char *found;      /* …under this name */
} name_find;

static int named_ref(void *ud, const model_ref *r)
{
    name_find *f = ud;
    model_obj o;
    int namespace = !model_obj_info(f->m, r->holder, &o) || strcmp(stream_type_name(f->s, o.type), "dict") == 0;
    if (namespace == f->from_objects)
        return 0;
    f->found = names_get(f->names, r->label, NAMES_SELF);
    f->holder = r->holder;
    return f->found != NULL;
}

/* The name of a reference to addr: if from_objects is 0, one held by a
 * namespace — a frame, the interpreter, a dict (globals) — i.e. a variable;
 * else one held by another object (an attribute).  NULL if none has one. */
static const char *ref_name(stream *s, uint64_t addr, int from_objects, uint64_t *holder)
{
    name_find f = {s, stream_model(s), stream_names(s), from_objects, 0, NULL};
    model_refs_to(f.m, addr, named_ref, &f);
    *holder = f.holder;
    return f.found;
}

/* A holder's variable, else its type's name. */
static const char *holder_name(stream *s, uint64_t holder)
{
    uint64_t h;
    model_obj o;
    const char *var = ref_name(s, holder, 0, &h);
    if (var)
        return var;
    return model_obj_info(stream_model(s), holder, &o) ? stream_type_name(s, o.type) : "?";
}

/* "TYPE  NAME": a string's text; a variable that refers to it; or
 * "HOLDER.ATTR" when an object does (HOLDER: that object's variable, else
 * its type). */
static void label_of(stream *s, uint64_t addr, char *out, size_t len)
{
    model_obj o;
    uint64_t holder;
    if (!model_obj_info(stream_model(s), addr, &o)) {
        snprintf(out, len, "?");
        return;
    }
    const char *type = stream_type_name(s, o.type), *self = names_get(stream_names(s), addr, NAMES_SELF);
    const char *var = ref_name(s, addr, 0, &holder), *attr;
    if (self && !strcmp(type, "str"))
        snprintf(out, len, "%-10s '%.30s'", type, self);
    else if (var)
        snprintf(out, len, "%-10s %.30s", type, var);
    else if ((attr = ref_name(s, addr, 1, &holder)) != NULL)
        snprintf(out, len, "%-10s %.20s.%.20s", type, holder_name(s, holder), attr);
    else
        snprintf(out, len, "%-10s %.30s", type, self ? self : "");
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

/* The interpreter's own kinds of object (strings, types, code…): a
 * question lists them only when there is room. */
static int plumbing(stream *s, uint64_t type)
{
    static const char *const kinds[] = {"str", "type", "code", "function", "module", "builtin_function_or_method",
                                        "method", "cell", "frame", "getset_descriptor", "member_descriptor",
                                        "wrapper_descriptor", "method_descriptor"};
    const char *t = stream_type_name(s, type);
    for (size_t i = 0; i < HV_COUNTOF(kinds); i++)
        if (strcmp(t, kinds[i]) == 0)
            return 1;
    return 0;
}

/* The answer's objects alive (in the model) before the step: the
 * program's own objects before the interpreter's, and in each group
 * freed first, then changed, then those whose count comes back; room is
 * kept for distractors. */
static void add_touched(quiz *q, stream *s, const predict_answer *a)
{
    static const enum fate order[] = {FATE_FREED, FATE_CHANGED, FATE_NONE};
    model_obj m;
    for (int pl = 0; pl < 2; pl++)
        for (size_t k = 0; k < HV_COUNTOF(order); k++)
            for (size_t i = 0; i < a->n && q->n < QUIZ_MAX - MAX_DISTRACTORS; i++) {
                const predict_obj *o = &a->objs[i];
                if (!o->created && fate_of(o) == order[k] && plumbing(s, o->type) == pl && !listed(q, o->addr) &&
                    model_obj_info(stream_model(s), o->addr, &m))
                    add_item(q, s, o->addr, o->before, o->delta, order[k]);
            }
}

typedef struct distract {
    quiz *q;
    stream *s;
    uint64_t cand[MAX_DISTRACTORS];
    size_t n;
} distract;

/* The program's objects with a name (a variable or an attribute, not a
 * dunder); newer ones replace older ones: the list ends with the latest. */
static int consider(void *ud, const model_obj *o)
{
    distract *d = ud;
    uint64_t holder;
    const char *name = ref_name(d->s, o->addr, 0, &holder);
    if (!name)
        name = ref_name(d->s, o->addr, 1, &holder);
    if (!name || strncmp(name, "__", 2) == 0 || listed(d->q, o->addr) || plumbing(d->s, o->type))
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
static int worth_asking(const quiz *q, const predict_answer *a, unsigned line)
{
    if (demo_nquestions(q->d))
        return line && demo_question_at(q->d, line) != NULL;
    for (size_t i = 0; i < a->n; i++)
        if (!a->objs[i].created && a->objs[i].freed)
            return 1;
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
    if (!worth_asking(q, &a, line)) {
        predict_answer_free(&a);
        return 0;
    }
    q->n = 0;
    q->step = a.step;
    q->end = a.end;
    add_touched(q, s, &a);
    add_distractors(q, s);
    predict_answer_free(&a);
    if (q->n == 0)              /* nothing alive to ask about: the step just runs */
        return 0;
    qsort(q->items, q->n, sizeof *q->items, by_addr);
    q->question = demo_question_at(q->d, line);
    if (q->question && !*q->question)
        q->question = NULL;
    describe_step(q, s, line);
    q->state = QUIZ_ASKING;
    return 1;
}

uint64_t quiz_end(const quiz *q)
{
    return q->end;
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
    int ok = it->mark == it->truth, n;
    if (it->truth == FATE_CHANGED)
        n = snprintf(s, sizeof s, "  %s %lld → %lld", ok ? "✓" : "✗", (long long)it->before, (long long)it->after);
    else
        n = snprintf(s, sizeof s, "  %s %s", ok ? "✓" : "✗", fate_words[it->truth]);
    if (!ok)
        snprintf(s + n, sizeof s - (size_t)n, " (you: %s)", fate_words[it->mark]);
    canvas_style st = theme_style(th, ok ? THEME_TITLE : THEME_WARNING);
    st.attr |= CANVAS_BOLD;
    view_put(cv, x, y, end, s, st);
}

void quiz_draw(const quiz *q, canvas *cv, const theme *th, canvas_rect r)
{
    if (q->state == QUIZ_IDLE)
        return;
    int w = r.w - 4 < BOX_W ? r.w - 4 : BOX_W, h = (int)q->n + 7 + (q->question != NULL);
    canvas_rect box = {r.x + (r.w - w) / 2, r.y + (r.h - h) / 2, w, h};
    if (box.y < r.y)
        box.y = r.y;
    canvas_style text = theme_style(th, THEME_TEXT), title = theme_style(th, THEME_TITLE);
    canvas_fill(cv, box, " ", text);
    canvas_box(cv, box, CANVAS_HEAVY, theme_style(th, THEME_FRAME_FOCUS));
    int x = box.x + 2, end = box.x + box.w - 2, y = box.y + 1;
    char head[160];
    snprintf(head, sizeof head, q->state == QUIZ_ASKING ? " predict: what will it do? (step %llu) "
                                                        : " step %llu: what happened ",
             (unsigned long long)q->step);
    view_put(cv, x, box.y, end, head, title);
    view_put(cv, x, y++, end, q->what, text);
    if (q->question)                    /* the demo's #? words, then how to answer */
        view_put(cv, x, y++, end, q->question, text);
    view_put(cv, x, y++, end, q->state == QUIZ_ASKING ? "A letter: once = freed, twice = refcount changes, 3 times = "
                                                        "no change."
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
