/*
 * quiz.h — prediction mode in the app: before a step runs, the viewer is
 * asked what it will do to the objects on a small board, then the step
 * runs and every answer is marked, with a running score.
 *
 *   quiz_pose(q, s, step)      the board: up to QUIZ_MAX objects alive before
 *                              the step, numbered in creation order — the
 *                              ones the step touches and others beside them
 *   quiz_key(q, ev)            1-9 cycle an answer: · (no change) → rc (its
 *                              refcount changes) → free (it is freed) → ·
 *                              Enter: done · Esc: skip this question
 *   quiz_mark(q)               marks each answer against the step's events
 *                              (predict.h) and adds to the score
 *   quiz_draw(q, cv, area, th) the board, before and after marking
 *
 * The answer comes from the stream's recorded events, so prediction works
 * live and in a replay, forwards from any step.
 */
#ifndef HV_QUIZ_H
#define HV_QUIZ_H

#include "backend.h"
#include "canvas.h"
#include "stream.h"
#include "theme.h"

#include <stdint.h>

enum { QUIZ_MAX = 9 };

enum quiz_guess { QUIZ_SAME, QUIZ_CHANGES, QUIZ_FREED };

enum quiz_reply {
    QUIZ_IGNORED,           /* not a quiz key */
    QUIZ_REDRAW,            /* an answer changed */
    QUIZ_DONE,              /* Enter: run the step, then quiz_mark() */
    QUIZ_SKIP,              /* Esc: run the step unmarked */
};

typedef struct quiz quiz;

quiz *quiz_new(void);
void quiz_delete(quiz *q);

/* Sets up the question about step (the stream is at the step's start).
 * Returns the number of objects on the board: 0 when there is nothing alive
 * to ask about (then the step just runs). */
int quiz_pose(quiz *q, stream *s, uint64_t step);
/* A key while the question is open. */
enum quiz_reply quiz_key(quiz *q, const backend_event *ev);
/* Marks the answers; the result stays on the board until the next pose. */
void quiz_mark(quiz *q);
/* Whether answers are marked (the board shows the result). */
int quiz_marked(const quiz *q);
/* The running score: answers right and answers given, over every marked
 * question; and a sentence about the last one (empty before any). */
void quiz_score(const quiz *q, unsigned *right, unsigned *asked);
const char *quiz_summary(const quiz *q);
/* Draws the board into area. */
void quiz_draw(const quiz *q, canvas *cv, canvas_rect area, const theme *th);

#endif
