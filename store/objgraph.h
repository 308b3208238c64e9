/*
 * objgraph.h — the object graph at a position of a recorded session:
 * objects (type, size, line, reference count, generation), the references
 * between them with their labels, and the frames that root them.
 *
 * It is built by scanning the session's object events from its start
 * (OBJ_NEW, OBJ_FREE, REF, REF_MOVE, TRACK, FRAME_PUSH, FRAME_POP), as
 * event.h defines them.  The heap model now keeps the same state (model.h,
 * "the object half", reached through replay_seek at a bounded cost):
 * sessions/stats/diff/export use it; this scan remains only for ui/predict.c
 * until that moves to the model too.
 *
 * Call order: objgraph_build(), then read the arrays, then objgraph_free().
 */
#ifndef HV_OBJGRAPH_H
#define HV_OBJGRAPH_H

#include "buf.h"
#include "map.h"
#include "replay.h"

#include <stdint.h>

typedef struct og_object {
    uint64_t addr;          /* id() */
    uint64_t type;          /* its type object's address */
    uint32_t size;          /* sys.getsizeof() when created */
    uint32_t site;          /* the script line that created it */
    int64_t refcnt;         /* references held, the interpreter's included */
    int8_t gen;             /* generation it is tracked in, -1 untracked */
    uint8_t alive;          /* 0: freed (a hole in the array) */
} og_object;

typedef struct og_edge {
    uint64_t holder;        /* an object, a frame, or 0 (the interpreter) */
    uint64_t target;
    uint64_t label;         /* the slot: an index, or a key or name object's address */
    int64_t count;          /* references through this slot (0: none left) */
} og_edge;

typedef struct og_frame {
    uint64_t addr;
    uint64_t code;          /* the code object */
} og_frame;

typedef struct objgraph {
    og_object *objs;        /* in creation order; dead ones have alive == 0 */
    size_t nobjs, objcap;
    og_edge *edges;         /* count may be 0 */
    size_t nedges, edgecap;
    og_frame *frames;       /* the frame stack, innermost last */
    size_t nframes, framecap;
    map byaddr;             /* live object address → index in objs */
    map byedge;             /* edge hash → index in edges (probed) */
    uint64_t anomalies;     /* events that did not fit (a REF to an unknown object…) */
} objgraph;

/* The graph after events [0, position) of r's session.  Returns 0, or -1
 * with a message (a damaged batch). */
int objgraph_build(objgraph *g, replay *r, uint64_t position, buf *err);
/* Applies one event (the scan's step; tests feed it directly). */
void objgraph_apply(objgraph *g, const hv_event *ev);
void objgraph_init(objgraph *g);
void objgraph_free(objgraph *g);
/* The live object at addr, or NULL. */
const og_object *objgraph_find(const objgraph *g, uint64_t addr);

#endif
