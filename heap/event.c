/*
 * event.c — names of event kinds and states, for logs, narration and tests.
 */
#include "event.h"

#include <string.h>

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
    [EV_GC_PHASE] = "gc-phase",
    [EV_GC_REFS] = "gc-refs",
    [EV_GC_MOVE] = "gc-move",
    [EV_GC_COLOR] = "gc-color",
    [EV_OBJ_RESIZE] = "obj-resize",
    [EV_GC_CONFIG] = "gc-config",
    [EV_BLOCK_OWNER] = "block-owner",
    [EV_GC_VISIT] = "gc-visit",
    [EV_SHIFT] = "shift",
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

const char *event_gc_phase_name(unsigned phase)
{
    static const char *const names[GCP_NPHASES] = {
        "idle", "start", "update_refs", "subtract_refs", "move_unreachable", "mark_roots",
        "mark", "sweep", "untrack_tuples", "untrack_dicts", "promote", "finalize",
        "resurrect_update_refs", "resurrect_subtract_refs", "resurrect_move",
        "resurrect_promote", "clear", "clear_freelists", "find_held",
    };
    return phase < GCP_NPHASES ? names[phase] : "?";
}

const char *event_gc_root_name(unsigned root)
{
    static const char *const names[GCR_NKINDS] = {
        "none", "__main__", "module", "builtins", "frame", "exception", "static", "held by C",
    };
    return root < GCR_NKINDS ? names[root] : "?";
}

int event_gc_collector_named(const char *name)
{
    return name && strcmp(name, "mark-sweep") == 0 ? COLLECTOR_MARK_SWEEP : COLLECTOR_GENERATIONAL;
}

const char *event_gc_list_name(unsigned list)
{
    static const char *const names[GCL_NLISTS] = {
        "none", "young", "reachable", "unreachable", "resurrected", "collectable",
    };
    return list < GCL_NLISTS ? names[list] : "?";
}

const char *event_gc_colour_name(unsigned colour)
{
    static const char *const names[] = {"white", "gray", "black"};
    return colour < 3 ? names[colour] : "?";
}

const char *event_block_role_name(unsigned role)
{
    static const char *const names[OWN_NROLES] = {
        "block", "item array", "keys table", "values", "hash table", "shared keys", "inline values",
        "UTF-8 copy", "buffer",
    };
    return role < OWN_NROLES ? names[role] : "?";
}

void hv_ring_emit(void *ud, const hv_event *ev)
{
    hv_ring *r = ud;
    hv_event *slot = hv_ring_reserve(r);
    *slot = *ev;
    hv_ring_commit(r, slot);
}
