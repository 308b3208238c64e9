/*
 * view_gc.h — the collector (`--view gc`, key 4): CPython's generational
 * collector or the textbook tri-colour mark & sweep, phase by phase, as
 * the heap model holds it (model.h, "the collector").
 *
 *   GC · generational · collecting generation 2 · phase 3/10 subtract_refs
 *   ┌ generations ─────────────────────────────┐┌ phases ─────────────┐
 *   │ gen 0   12 tracked   threshold 700       ││ ✓ start             │
 *   │ gen 1    0 tracked   threshold 10        ││ ✓ update_refs       │
 *   │ gen 2   40 tracked   threshold 10  ◀     ││ ▶ subtract_refs     │
 *   └──────────────────────────────────────────┘│   move_unreachable  │
 *   ┌ in the collection: 14 objects ───────────┐│   …                 │
 *   │   list          gc_refs  mark   object   ││                     │
 *   │ ✗ unreachable         0  ○ W    list rc=1 56B  0x7f…  line 3    │
 *   └──────────────────────────────────────────┘└─────────────────────┘
 *   will be freed: 2 objects, 112 B (the unreachable list so far)
 *   ✓ reachable ✗ unreachable ↺ resurrected ☠ collectable · ○ W white ◐ G gray ● B black
 *
 * Every state has a glyph and a letter as well as a colour.  Between
 * collections the table lists the objects no root reaches (cyclic garbage
 * the next full collection frees), with their generations.  Thresholds
 * shown are CPython's defaults: gc.set_threshold() is not in the event
 * stream.  Keys: ↑ ↓ (j k) move, PageUp/PageDown, Home/End; a click
 * selects a row; the wheel scrolls.
 */
#ifndef HV_VIEW_GC_H
#define HV_VIEW_GC_H

#include "names.h"
#include "view.h"

extern const view_ops view_gc_ops;

/* Uses n (kept) for type names; NULL shows type addresses. */
void view_gc_set_names(void *v, const names_table *n);
/* The selected row's object address, or 0. */
uint64_t view_gc_selected(const void *v);

#endif
