/*
 * view_stats.h — the stats view (`--view stats`, key 5): the simulated
 * heap's sys._debugmallocstats() table at the current position, live,
 * formatted by mallocstats.c from the model's numbers (the allocator's
 * part: the free-list lines need the object layer and are left out).
 *
 * Keys: Up/Down (k/j) and PageUp/PageDown scroll, Home/End the top and
 * the bottom.
 */
#ifndef HV_VIEW_STATS_H
#define HV_VIEW_STATS_H

#include "view.h"

extern const view_ops view_stats_ops;

#endif
