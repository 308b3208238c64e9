/*
 * view_program.h — the program (`--view program`, key 1): the script's
 * source with the current line marked, and beside every line the memory
 * it has allocated and freed so far (as a line-by-line memory profiler
 * shows it, counted from the block events' `site`); below, what the
 * program printed by this position; at the bottom, in live mode, the
 * `>>>` console.
 *
 *    ┌ source ──────────────────────────────────────────────┐
 *      3   +1.2K    -64 │ xs = [i * 2 for i in range(50)]
 *    ▶ 4     +64        │ del ys
 *    ├ output ──────────────────────────────────────────────┤
 *      [0, 2, 4]
 *    >>> x = 1█
 *
 * Keys: Up/Down (k/j) scroll the source, PageUp/PageDown by pages, Home
 * follows the current line again.  Without a session (render of a bare
 * model) it says there is no program.
 */
#ifndef HV_VIEW_PROGRAM_H
#define HV_VIEW_PROGRAM_H

#include "view.h"

extern const view_ops view_program_ops;

#endif
