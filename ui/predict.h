/*
 * predict.h — prediction mode's answer key.  Before a step runs, the viewer
 * is asked what it will do: which objects it frees, whose reference counts
 * it changes.  After it, predict_score() says what was right, missed or
 * wrong.  The answer comes from the recorded events, never from running
 * the program again, so it works forwards and backwards in a replay.
 *
 *   predict_answer_step(r, step, &a)   the objects step touches
 *   … ask the viewer: a set of objects freed, a set of objects changed …
 *   predict_score(&a, &guess, &score)  right / missed / wrong, per question
 *   predict_answer_free(&a)
 *
 * Only objects alive before the step count: a viewer cannot name the
 * temporaries a statement makes and drops (they are listed, as created,
 * for the explanation).
 */
#ifndef HV_PREDICT_H
#define HV_PREDICT_H

#include "buf.h"
#include "replay.h"

struct stream;

#include <stddef.h>
#include <stdint.h>

typedef struct predict_obj {
    uint64_t addr;          /* the object */
    uint64_t type;          /* its type object's address */
    int64_t before;         /* its refcount before the step (0 if created in it) */
    int64_t delta;          /* the net change over the step (freed: -before) */
    uint8_t created;        /* made during the step */
    uint8_t freed;          /* freed during the step */
} predict_obj;

typedef struct predict_answer {
    uint64_t step;          /* the step it answers for */
    uint64_t end;           /* predict_answer_model: the position its statement ends at */
    predict_obj *objs;      /* every object a REF, OBJ_NEW or OBJ_FREE of the
                               step names, in order of first mention */
    size_t n, cap;
} predict_answer;

/* What step (1 … the last) does, from the end of step - 1 to its end.
 * Reads the session from its start (the object graph before the step).  Returns 0, or -1 with a one-line reason in err (a step out of
 * range, a damaged session); *a is then empty. */
int predict_answer_step(replay *r, uint64_t step, predict_answer *a, buf *err);
/* The same answer for the statement that starts at the stream's position:
 * its step, and the steps of the functions it calls (a __del__, say) up to
 * the next step in its frame or an outer one (a->end), from the stream's
 * model there and those events (the app asks before it moves).  The
 * position must be the end of a step before the last.  Returns 0, or -1
 * with a one-line reason in err (*a is then empty). */
int predict_answer_model(struct stream *s, predict_answer *a, buf *err);
void predict_answer_free(predict_answer *a);

/* The viewer's answer: the objects they say the step frees, and those
 * whose refcount they say it changes without freeing them. */
typedef struct predict_guess {
    const uint64_t *freed;
    size_t nfreed;
    const uint64_t *changed;
    size_t nchanged;
} predict_guess;

typedef struct predict_tally {
    size_t right;           /* said, and so */
    size_t missed;          /* so, but not said */
    size_t wrong;           /* said, but not so */
} predict_tally;

typedef struct predict_result {
    predict_tally freed;    /* objects alive before the step and freed by it */
    predict_tally changed;  /* objects that survive it with another refcount */
} predict_result;

/* Scores g against a (pre-existing objects only).  Cannot fail. */
void predict_score(const predict_answer *a, const predict_guess *g, predict_result *out);

/* One plain line for the result ("freed: 1 right, 0 missed, 0 wrong;
 * refcounts: 1 right, 1 missed, 0 wrong"), appended to out. */
void predict_describe(const predict_result *res, buf *out);

#endif
