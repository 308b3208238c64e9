/*
 * view_heap.h — the heap map (`--view heap`, key 2): pymalloc's arenas,
 * pools and blocks as the heap model holds them.
 *
 *   map    one row per arena slot, one cell per pool (glyph: how full;
 *          colour and, on wide screens or with `c`, a letter: the size
 *          class); large (raw) blocks listed apart; a legend
 *     │ Enter            ▲ Esc
 *     ▼                  │
 *   pool   the pool's blocks (in use, free, never used), the free chain
 *          in the order malloc will hand the blocks out
 *
 * Keys: arrows or h j k l move, PageUp/PageDown scroll, Home/End first and
 * last arena (first and last block when zoomed), 0 and $ the first and last
 * pool of the row, Enter zooms into a pool, Esc goes back, c switches pool
 * glyphs between fullness and size-class letters, b between small and large
 * cells (each pool a two-row cell with its class letter, blocks in use and a
 * fill bar; presenter mode starts with them), r lists the large blocks one a
 * row with what each holds (the arrows, j k, PageUp/PageDown, Home/End and
 * the wheel choose and scroll, as in the other lists; r or Esc goes back).
 * A click selects (on a large block: the list, at it); a click on the
 * selection zooms; the wheel scrolls.  Only the rows on screen are
 * laid out, so a heap of a thousand arenas costs the same as one.
 */
#ifndef HV_VIEW_HEAP_H
#define HV_VIEW_HEAP_H

#include "view.h"

extern const view_ops view_heap_ops;

/* Selects the pool (and, if addr is a pool block, zooms to that block)
 * containing simulated address addr.  Returns 0, or -1 if addr is in no
 * mapped arena (nothing changes). */
int view_heap_goto(void *v, uint64_t addr);

struct buf;
/* Appends what the block in use at addr holds: "item array of list
 * 0x7f…" for a part of an object (BLOCK_OWNER), "dict 0x7f…" for an
 * object's own block; nothing when unknown. */
void view_heap_block_whose(const view_context *ctx, uint64_t addr, struct buf *out);

/* Large cells (big != 0) or small ones; a map too small for large cells
 * keeps small ones. */
void view_heap_set_cells(void *v, int big);

#endif
