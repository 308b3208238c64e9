/*
 * view_timeline.h — the timeline (`--view timeline`, key 6): every step
 * with its line and the memory it allocated and freed, the snapshots (◆)
 * and bookmarks (★) on it, the current step (▶); below, the diff of two
 * marked steps by type and by line, as `heapviz diff` prints it.
 *
 * Keys: Up/Down (k/j), PageUp/PageDown, Home/End choose a step; Enter
 * goes there; f and t mark the selected step as the diff's FROM and TO.
 * A click selects a step, a second click on it goes there.
 */
#ifndef HV_VIEW_TIMELINE_H
#define HV_VIEW_TIMELINE_H

#include "view.h"

extern const view_ops view_timeline_ops;

#endif
