/*
 * graph_layout.h — where the object graph view puts things, and the
 * reachability questions it asks: pure data in (boxes and references),
 * positions, routes and sizes out.  No model, no canvas, no terminal.
 *
 *   layer 0        channel 0      layer 1        channel 1      layer 2
 *   ┌─────────┐                   ┌─────────┐
 *   │globals  │   ┌──────────────▶│list rc=2│    ┌─────────────▶ …
 *   │a        ├───┘               │[0]      ├────┘
 *   │b        ├─────┐             └─────────┘
 *   └─────────┘     └────────────▶┌─────────┐
 *                                 │dict rc=1│
 *
 * Bands.  Band 0 holds the roots and every node they reach; band 1, drawn
 * below it under a separator row (graph_layout_garbage_top()), holds the
 * nodes no root reaches (garbage cycles and what only they hold), so the
 * drawing keeps reachable and unreachable apart and arrows into garbage
 * never run back into the roots' area.
 *
 * Layers: a root (a frame, the interpreter) is in layer 0 and every other
 * node in the layer of its breadth-first depth from the roots, so a
 * reference runs from one layer into the next (only one back to a node
 * nearer the roots, a cycle's, runs backwards).  In band 1 the depth is
 * counted from the band's own sources (its nodes no other band-1 node
 * refers to, then the first of each remaining cycle that refers on),
 * starting in layer 1, and every node is reported as unreachable.
 *
 * Slots.  Within a layer, the layout remembers the row it first gave each
 * band-0 node id there, and gives it back whenever the node is in that
 * layer again.  New nodes never move old ones: they take the free row
 * nearest the barycentre of their parents' rows, in the order the nodes
 * are given (creation order).  So a node moves only when its depth
 * changes (a reference from nearer the roots appears or goes: a name
 * bound in a frame is stored in a global) or it becomes garbage; stepping
 * back brings freed objects back with their old ids, to their old rows,
 * and going back through the same states gives the same positions (rows
 * are a function of the state and of memory, which is only added to).
 * Band 1 remembers nothing: it is laid out afresh from each state.  Two
 * nodes remembering one row (a freed object's row reused, and the object
 * back) are settled in the order given: the later one moves.  Rows only
 * order the boxes of a layer: rows no box uses take no space, so holes
 * left by freed objects close up on screen; graph_layout_forget() starts
 * afresh (a compact re-layout).
 *
 * Geometry, fitted to the panel (graph_layout_set_panel()):
 *   - x: each layer is as wide as its widest box; the channel right of a
 *     layer is as wide as the vertical tracks its lines need plus room for
 *     the arrowheads, and the width the panel has left over is shared out
 *     between the channels (at most GRAPH_LAYOUT_CHANNEL each); a drawing
 *     wider than the panel even so drops the column before each arrowhead;
 *   - y: each layer stacks its boxes in row order, a box moved down to
 *     face the port of the reference that reaches it from the layer before
 *     (a straight arrow), unless that makes the drawing taller than the
 *     panel, then packed one under the other.
 * Only a drawing larger than the panel at its tightest needs scrolling.
 *
 * Routes are orthogonal: a reference leaves its box's right side at its
 * port row, runs in the channel right of its layer, and enters the target
 * from the left at the target's first inner row, through the channel left
 * of the target's layer; references that skip layers or go back run along
 * a corridor row that no box of the layers they cross covers and no
 * corridor into another target takes (the gap row above the target when
 * it is free, else the nearest free one).  Vertical
 * runs in a channel are grouped into nets — the runs into one target (lines
 * merging into it), else the runs from one source port (a bus fanning out
 * to targets nothing else in the channel enters) — and nets are given
 * tracks greedily (interval colouring), a channel as many as its nets
 * need: two lines share a column only where they lead from one port or
 * into one box.
 *
 * Call order: graph_layout_new(), graph_layout_set_panel() when the panel
 * is known, then graph_layout_run() for each state, then the queries
 * (valid until the next run), graph_layout_delete().
 */
#ifndef HV_GRAPH_LAYOUT_H
#define HV_GRAPH_LAYOUT_H

#include <stddef.h>
#include <stdint.h>

enum {
    GRAPH_LAYOUT_CHANNEL = 10,  /* columns between two layers, at most (a panel to fill) */
    GRAPH_LAYOUT_GAP = 1,       /* rows between two rows of boxes */
    GRAPH_LAYOUT_MAX_ROUTE = 6, /* points in a route */
};

typedef struct gl_node {
    uint64_t id;            /* stable identity (an object's creation serial); unique, nonzero */
    uint64_t size;          /* bytes it takes (deep and retained sizes add these) */
    int w, h;               /* its box, in cells (w ≥ 2, h ≥ 3) */
    uint8_t root;           /* 1: a root of the graph (layer 0) */
} gl_node;

typedef struct gl_edge {
    uint32_t from, to;      /* node indexes */
    int port;               /* the row of `from`'s box it leaves from (1 .. h-2) */
} gl_edge;

typedef struct gl_place {
    int band;               /* 0: a root reaches it; 1: unreachable (drawn below) */
    int layer, row;         /* its slot in its band */
    int x, y;               /* top-left cell of its box, in graph coordinates */
    int depth;              /* references from the nearest root (-1: unreachable) */
} gl_place;

typedef struct gl_point {
    int x, y;
} gl_point;

typedef struct gl_route {
    int n;                  /* points, 2 .. GRAPH_LAYOUT_MAX_ROUTE */
    gl_point pt[GRAPH_LAYOUT_MAX_ROUTE];    /* first on the source's right border, last left of the target */
} gl_route;

typedef struct graph_layout graph_layout;

/* A layout with no memory of earlier states.  Cannot fail. */
graph_layout *graph_layout_new(void);
void graph_layout_delete(graph_layout *gl);
/* The panel the drawing should fit, in cells (0: no limit: the widest
 * channels, boxes facing their arrows).  Takes effect at the next run. */
void graph_layout_set_panel(graph_layout *gl, int w, int h);
/* Lays out nodes[0..n) and edges[0..ne) (copied; edges naming a node out
 * of range are ignored), keeping the rows remembered from earlier runs.
 * Cannot fail. */
void graph_layout_run(graph_layout *gl, const gl_node *nodes, size_t n, const gl_edge *edges, size_t ne);
/* Forgets every remembered row (the next run places nodes afresh). */
void graph_layout_forget(graph_layout *gl);

/* Node i's place (i < n of the last run). */
const gl_place *graph_layout_place(const graph_layout *gl, size_t i);
/* The node with id `id`, or -1. */
long graph_layout_find(const graph_layout *gl, uint64_t id);
/* The whole drawing's size in cells. */
void graph_layout_extent(const graph_layout *gl, int *w, int *h);
/* The separator row above band 1 (the unreachable nodes), or -1 when the
 * last run had none. */
int graph_layout_garbage_top(const graph_layout *gl);
/* Edge e's route into *r: 1, or 0 if it has none (it names a root as its
 * target, or was ignored). */
int graph_layout_route(const graph_layout *gl, size_t e, gl_route *r);

/* ---- reachability ------------------------------------------------------------ */

/* The edge through which the breadth-first search first reached node i
 * (the last step of a shortest path from a root), or -1 (a root, or
 * unreachable).  Following it back gives why node i is alive. */
long graph_layout_parent(const graph_layout *gl, size_t i);
/* Writes the nodes of a shortest path from a root to node i, root first,
 * into out (room for max) and returns its length (0 if unreachable). */
size_t graph_layout_path(const graph_layout *gl, size_t i, uint32_t *out, size_t max);
/* The sum of the sizes of every node reachable from node i, i included,
 * each counted once (the deep size).  Also the count into *count. */
uint64_t graph_layout_deep(graph_layout *gl, size_t i, size_t *count);
/* The retained size of node i: the sizes of the nodes it dominates (every
 * path from a root to them passes through i), i included; what would be
 * freed if i died.  Unreachable nodes retain nothing of their own (they
 * are garbage already): the result is 0 for them.  Count into *count. */
uint64_t graph_layout_retained(graph_layout *gl, size_t i, size_t *count);
/* The immediate dominator of reachable node i: a node index, or -1 when
 * only the set of roots dominates it (or i is a root or unreachable). */
long graph_layout_idom(graph_layout *gl, size_t i);

#endif
