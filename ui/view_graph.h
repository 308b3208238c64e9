/*
 * view_graph.h — the object graph (`--view graph`, key 3): roots on the
 * left (the interpreter's own references, then the frames, outermost
 * first), objects as boxes titled with type, refcount and size and one row
 * per reference slot they hold (an index, a key, a local's name), the
 * references as box-drawn arrows.  Laid out by graph_layout.h: layers by
 * distance from the roots, garbage apart, an object keeping its row while
 * its distance stays the same, and stepping back and forth giving the
 * same picture.
 *
 *   ┌interpreter┐          ┌globals rc=1 184B┐          ┌list rc=2 88B┐
 *   │held       ├─────────▶│a                ├─────────▶│[0]          ├──▶ …
 *   └───────────┘          │b                ├───┐      └─────────────┘
 *                          └─────────────────┘   └─────▶┌list rc=1 64B┐
 *
 * Rows say what each slot is as Python names it: a key or attribute name
 * (quoted in a dict), a local's name, a __slots__ slot's name, a field of
 * the interpreter's own kinds (__class__, __func__, __self__, __closure__,
 * cell_contents, __mro__, co_consts…), a tuple's index, and "items" for a
 * list (its references carry no index: heap/list.c).
 *
 * The drawing is laid out for the panel (graph_layout_set_panel()); one
 * that fits does not scroll.  A larger one, while the view follows the
 * selection, shows the selection with what keeps it alive, the objects
 * the step touched and its other neighbours (as many as fit): as far left
 * as shows them, centred vertically, starting with whole boxes at the top
 * and left edges when that still shows them.
 *
 * A heap of more than a few thousand live objects is shown as a window
 * (graph_window.h): the objects the roots reach through the newest
 * references of each holder, the selection and a chain of references that
 * keeps it alive; a holder with references left out says "+ more", Tab,
 * Home and End still walk every object, and deep and retained sizes are
 * counted up to a budget (then "≥").
 *
 * What it shows: by default the program's objects (key a: every object).
 * The rule, on the model's data:
 *   1. Seeds: the module namespaces the interpreter holds (a dict with a
 *      `__name__` key, titled "globals"), every reference a frame on the
 *      stack holds (locals, values on its stack), and every live object no
 *      root (the interpreter's references, the frames) reaches at all:
 *      garbage, the point of the cycles demo.
 *   2. Program objects: what the seeds reach through program references,
 *      which are all references except an object's reference to its own
 *      type, a dict's reference to a key string that names its row, a
 *      namespace's dunder entries (`__builtins__`, `__doc__`…) and
 *      imported modules, and anything held by an opaque kind: a type
 *      (a class), a function, a code object, a module, a descriptor, a
 *      built-in method.  An opaque object the program reaches is one box
 *      (a class shows as "type rc=5 920B" named by its global) and its
 *      references are not followed.  The interpreter's root box holds the
 *      namespaces only.
 *   3. The rest (types' slots and dicts, code objects and constants, the
 *      interned strings, caches such as print()'s keyword-names tuple, the
 *      subclass registry's weak references) is one root-side box,
 *      "+N internals", counting them by type (as many kinds as the panel has
 *      room for), and drawing an arrow to each program object they keep
 *      alive that no root's drawn references reach (a code object's
 *      constant, an interned name), so only garbage looks unreachable.  They stay in the
 *      model, in the counts and on the heap map.
 * Sizes then come from the model (graph_window_sizes_of: exact below its
 * budget), not from the drawing, and "unreachable" from a walk of every
 * reference.  A windowed graph (above) shows every kind of object.
 * Until the viewer chooses, the selection is the object the step is about
 * (of the objects its events touched, view_session.changes: a container
 * or an instance before a string or a number), else the newest shown.
 *
 * Unreachable objects (no root reaches them: cyclic garbage) are drawn
 * apart, under a separator row that says so in words (graph_layout.h's
 * band 1), with a heavy border, a ✗ before the title and "✗ garbage" in
 * the bottom border (so neither colour nor the selection mark hides it).  The selected object is marked ▸ and reversed; its
 * sizes show under the graph: shallow (sys.getsizeof when created), deep
 * (everything reachable from it, shared objects once) and retained (what
 * its death would free: the objects it dominates — every path from a root
 * to them goes through it).  `w` draws why it is alive: a shortest path of
 * references from a root, in heavy lines, spelled out under the graph.
 *
 * Keys: Tab / Shift-Tab next and previous object (creation order); → or l
 * follows the selected object's first reference, ← or h goes back to the
 * object that keeps it alive (one step up the why-alive path), ↑ ↓ or k j
 * the box above or below in the same column; Home / End the first and
 * last object; w why-alive on/off; r re-lays out from scratch (closes the
 * holes freed objects left); a (the app's key) every object or the
 * program's.  A click selects a box; the wheel scrolls.
 */
#ifndef HV_VIEW_GRAPH_H
#define HV_VIEW_GRAPH_H

#include "names.h"
#include "view.h"

extern const view_ops view_graph_ops;

/* Uses n (kept, not copied) for type and variable names; NULL shows
 * addresses.  The app sets it after init and whenever the table changes. */
void view_graph_set_names(void *v, const names_table *n);
/* The selected object's address (id(); its block is the one the heap map
 * should highlight: view_heap_goto), or 0 when a root or nothing is
 * selected. */
uint64_t view_graph_selected(const void *v);
/* The address of the pymalloc block (or large block) holding the selected
 * object, for the heap map (view_heap_goto); 0 when it has none of its
 * own.  Only the object's own block: a list's item array or a dict's keys
 * table are separate blocks the event stream does not tie to their
 * object. */
uint64_t view_graph_selected_block(const void *v);
/* Selects the live object at addr: 0, or -1 if there is none (one the
 * program mode hides switches the view to every object). */
int view_graph_select(void *v, uint64_t addr);
/* Every object (all != 0), or the program's only (the default; the rule
 * above).  The app's key a toggles it. */
void view_graph_show_all(void *v, int all);
int view_graph_showing_all(const void *v);

/* One box of the graph last drawn: where it is in canvas cells (the
 * layout's place moved by the scroll: it may lie partly or wholly outside
 * the panel), and whether it was drawn (only boxes wholly inside the
 * panel are). */
typedef struct view_graph_box {
    canvas_rect r;
    int drawn;
    int root;               /* a root of the drawing (layer 0) */
    int selected;
} view_graph_box;

/* The boxes of the graph last drawn into out (room for max); returns how
 * many there are (which may be more than max).  *panel gets the panel the
 * drawing is shown in (inside the frame).  Tests and tools check the
 * window with it. */
size_t view_graph_boxes(const void *v, view_graph_box *out, size_t max, canvas_rect *panel);

/* What the info line says about the selection (tests and the app's
 * narration use it too). */
typedef struct view_graph_sizes {
    uint64_t shallow;           /* sys.getsizeof() when created */
    uint64_t deep;              /* reachable from it, itself included */
    size_t deep_count;
    uint64_t retained;          /* dominated by it (0 when unreachable) */
    size_t retained_count;
    int reachable;              /* a root reaches it */
    int bounded;                /* a heap too big to count whole: deep is a lower bound,
                                   retained unknown (0) */
} view_graph_sizes;

/* The selection's sizes on the graph last drawn: 0, or -1 if no object is
 * selected.  Sizes are the model's (sys.getsizeof when each object was
 * made). */
int view_graph_selected_sizes(void *v, view_graph_sizes *out);
/* Why the selection is alive (on the graph last drawn): the path from a root, one name per step
 * ("interpreter → globals [a] → list"), into out (a NUL-terminated string
 * of at most len bytes).  Returns the path's length in references (0 with
 * "unreachable" when no root reaches it; -1 when nothing is selected). */
int view_graph_why(void *v, char *out, size_t len);

#endif
