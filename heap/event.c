/*
 * event.c — names of event kinds and states, for logs, narration and tests.
 */
#include "event.h"

static const char *const kind_names[EV_NKINDS] = {
    [EV_NONE] = "none",
    [EV_STEP] = "step",
    [EV_ARENA_NEW] = "arena-new",
    [EV_ARENA_FREE] = "arena-free",
    [EV_POOL_INIT] = "pool-init",
    [EV_POOL_STATE] = "pool-state",
    [EV_BLOCK_ALLOC] = "block-alloc",
    [EV_BLOCK_FREE] = "block-free",
    [EV_BLOCK_RESIZE] = "block-resize",
    [EV_RAW_ALLOC] = "raw-alloc",
    [EV_RAW_FREE] = "raw-free",
    [EV_RAW_RESIZE] = "raw-resize",
    [EV_OBJ_NEW] = "obj-new",
    [EV_OBJ_FREE] = "obj-free",
    [EV_REF] = "ref",
    [EV_REF_MOVE] = "ref-move",
    [EV_TRACK] = "track",
    [EV_FRAME_PUSH] = "frame-push",
    [EV_FRAME_POP] = "frame-pop",
};

const char *event_name(unsigned kind)
{
    return kind < EV_NKINDS && kind_names[kind] ? kind_names[kind] : "?";
}

const char *event_pool_state_name(unsigned state)
{
    static const char *const names[] = {"uncarved", "used", "full", "empty"};
    return state < 4 ? names[state] : "?";
}
