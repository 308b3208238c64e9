/*
 * keyframe.h — a heap model as the store keeps it: model_save()'s bytes
 * (sectioned, see heap/model_io.c) behind a format byte and a CRC-32, so a
 * damaged keyframe is reported rather than half loaded.
 *
 *   ┌────────┬────────────┬──────────────────────────────┐
 *   │ u8 (1) │ u32 CRC-32 │ model_save() bytes           │
 *   └────────┴────────────┴──────────────────────────────┘
 *
 * And a seeker's keyframes in memory (kfset): the models a walk forward
 * saved, by position, spaced by the model's size — after a keyframe of n
 * objects the next comes at least max(KEYFRAME_SPACING_MIN,
 * KEYFRAME_EVENTS_PER_OBJECT × n) events later, so the events a seek
 * replays after loading one cost about as much as loading it, and a big
 * heap does not fill memory with keyframes.  A replay (store/replay.c) and
 * a live stream (ui/stream.c) keep theirs the same way, so a far jump
 * costs the same in both.
 */
#ifndef HV_KEYFRAME_H
#define HV_KEYFRAME_H

#include "buf.h"
#include "model.h"

#include <stddef.h>
#include <stdint.h>

/* Appends m as a keyframe to out.  Cannot fail. */
void keyframe_encode(const model *m, buf *out);
/* Appends the keyframe of model_save()'s bytes saved[0..n) to out (what
 * keyframe_encode appends for the model they came from). */
void keyframe_wrap(const void *saved, size_t n, buf *out);
/* The model in keyframe p[0..n) for geometry prof, or NULL with a one-line
 * reason appended to why (which may be NULL). */
model *keyframe_decode(const profile *prof, const void *p, size_t n, buf *why);

/* The exchange rate between loading a keyframe and applying events:
 * model_load_own costs about 2.5 applied events per object, model_save
 * about 0.7 (bench-load's load_kf_* lines measure both).  Spacing
 * keyframes by 2 events per object keeps a first walk's saving to about
 * a third of its applying, and a far seek to about twice a load. */
enum {
    KEYFRAME_SPACING_MIN = 1 << 14,     /* events between keyframes, at least … */
    KEYFRAME_EVENTS_PER_OBJECT = 2,     /* … or this many per object of the keyframe
                                           (and the exchange rate kfset_cost uses) */
    KEYFRAME_REPLAY_PER_OBJECT = 1,     /* a replay's spacing (kfset.per_object):
                                           a cold seek replays at most half the
                                           events a live stream's does, so one
                                           at the end of a session costs at most
                                           ~1.4 times one at its start (bench-store's
                                           seek_cold_last_vs_cold_first), for
                                           twice the keyframes saved by its first walk */
    KEYFRAME_NEAR = 4096,               /* events always cheaper to apply than a keyframe to load */
};

typedef struct kfset_entry {
    uint64_t pos;           /* the model there has events [0, pos) applied */
    uint64_t objects;       /* its live objects (what loading it costs) */
    uint64_t step;          /* the last step applied there (model_step) */
    buf data;               /* model_save()'s bytes */
} kfset_entry;

/* Invariant: entries sorted by position, no two at the same one. */
typedef struct kfset {
    kfset_entry *kf;
    size_t n, cap;
    uint64_t max_spacing;   /* the widest spacing after a keyframe so far */
    uint64_t built;         /* keyframes kept */
    model *spare;           /* kfset_stash; NULL: none */
    uint64_t spare_pos, spare_base;
    unsigned per_object;    /* spacing: events per object of a keyframe
                               (0: KEYFRAME_EVENTS_PER_OBJECT) */
} kfset;

#define KFSET_INIT {NULL, 0, 0, 0, 0, NULL, 0, 0, 0}

void kfset_free(kfset *k);
/* The number of keyframes at or before position p (the last of them is
 * kf[that − 1]). */
size_t kfset_upto(const kfset *k, uint64_t p);
/* The position of the last keyframe at or before p, 0 if none (position 0
 * is an empty model). */
uint64_t kfset_at(const kfset *k, uint64_t p);
/* Where a walk forward whose last keyframe is at lastkf (0: none) keeps
 * the next one: lastkf + the spacing after it (per_object events per
 * object of that keyframe, at least KEYFRAME_SPACING_MIN). */
uint64_t kfset_next(kfset *k, uint64_t lastkf);
/* Saves m, at pos, as a keyframe if it can be saved whole (model_can_save)
 * and, with drop set, forgets m's undo history behind it (a replay keeps
 * its memory flat; a live stream keeps the history it always had, so a
 * step back never costs a keyframe).  1 if pos has a keyframe now (kept,
 * or there already), else 0. */
int kfset_keep(kfset *k, model *m, uint64_t pos, int drop);
/* What reaching p from the last keyframe at or before p costs, in events:
 * the events after it, plus its objects × KEYFRAME_EVENTS_PER_OBJECT for
 * loading it (the exchange rate the spacing uses).  A seeker applies or
 * undoes events from where its model is when that costs no more. */
uint64_t kfset_cost(const kfset *k, uint64_t p);
/* How a seeker whose model is at pos, undoable back to base, reaches p
 * when starting from a keyframe costs cost (kfset_cost): by applying
 * events forwards, by undoing them, or (KFSET_JUMP) from the spare or a
 * keyframe, whichever replays fewer events.  One rule for replay.c and a
 * live stream. */
enum kfset_way { KFSET_FORWARD, KFSET_BACKWARD, KFSET_JUMP };
enum kfset_way kfset_way(uint64_t pos, uint64_t base, uint64_t p, uint64_t cost);
/* The model of the last keyframe at or before p (model_load_own: bytes
 * this process saved), or an empty model at 0 if there is none; *kpos
 * gets its position.  NULL with the reason in why if the bytes do not
 * load (memory damaged). */
model *kfset_load(kfset *k, const profile *prof, uint64_t p, uint64_t *kpos, buf *why);

/* The spare: the model a seek set aside when it loaded another, kept so
 * that going back (to the end after a look at step 1, say) costs nothing.
 * Stashing replaces the previous spare. */
void kfset_stash(kfset *k, model *m, uint64_t pos, uint64_t base);
/* The spare, if reaching p from it (forwards, or backwards down to its
 * base) costs no more than kfset_cost(p).  The caller owns it then; *pos
 * and *base get where it is and how far back it undoes. */
model *kfset_unstash(kfset *k, uint64_t p, uint64_t *pos, uint64_t *base);

#endif
