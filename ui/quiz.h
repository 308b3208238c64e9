/*
 * quiz.h — prediction mode in the app: before a step runs, the viewer
 * marks what they think it will do to the objects listed (by letter:
 * freed, refcount changes, or no change); then the step runs and the
 * screen says, object by object, what was right and wrong, with a running
 * score.  The answer key is predict.h's, taken from the stream's events.
 *
 *   IDLE ──quiz_ask() (a step worth asking about)──▶ ASKING
 *   ASKING ──letters: marks; Enter──▶ (the app runs the step) quiz_check() ──▶ RESULT
 *   ASKING ──Esc: skip (not scored)──▶ IDLE
 *   RESULT ──any key──▶ IDLE
 *
 * A question covers a statement: its step and those of the functions it
 * calls (a __del__ runs inside `del x`), up to quiz_end().
 *
 * Which steps: a demo's `#?` lines (demo.h) if it has any; otherwise
 * every step that frees an object alive before it.  The objects listed
 * are those alive before the step that it touches — which includes ones
 * whose count goes up and down again — and, so that the list does not
 * give the answer away, a few named objects it leaves alone; at most
 * QUIZ_MAX, in address order.
 */
#ifndef HV_QUIZ_H
#define HV_QUIZ_H

#include "backend.h"
#include "buf.h"
#include "canvas.h"
#include "demo.h"
#include "stream.h"
#include "theme.h"

#include <stdint.h>

enum { QUIZ_MAX = 12 };

enum quiz_state { QUIZ_IDLE, QUIZ_ASKING, QUIZ_RESULT };

/* What a key did while asking. */
enum quiz_key { QUIZ_IGNORED, QUIZ_EDITED, QUIZ_SUBMIT, QUIZ_SKIP };

typedef struct quiz quiz;

/* A quiz on the captions' questions (d borrowed, may be NULL).  Cannot fail. */
quiz *quiz_new(const demo *d);
void quiz_delete(quiz *q);
enum quiz_state quiz_state(const quiz *q);

/* At the end of a step: if the next step is one to ask about (and some
 * object alive before it can be listed), prepares the question and
 * returns 1 (state ASKING); else 0 and the state does not change. */
int quiz_ask(quiz *q, stream *s);
/* Where the statement asked about ends: the position the app moves to
 * when the answer is in. */
uint64_t quiz_end(const quiz *q);
/* A key while ASKING: a letter cycles its object's mark (freed → changes →
 * no change), Enter submits, Esc skips. */
enum quiz_key quiz_key(quiz *q, const backend_event *ev);
/* After the step ran: scores the marks (state RESULT, score updated). */
void quiz_check(quiz *q);
/* Back to IDLE (skipped, or the result read). */
void quiz_close(quiz *q);

/* The running score: objects judged right, objects asked about, steps. */
typedef struct quiz_score {
    unsigned right, asked, steps;
} quiz_score;
quiz_score quiz_get_score(const quiz *q);
/* "score 5/7 over 2 steps" (or "no score yet"), appended to out. */
void quiz_describe_score(const quiz *q, buf *out);

/* Draws the question or the result as a box over area r. */
void quiz_draw(const quiz *q, canvas *cv, const theme *th, canvas_rect r);

#endif
