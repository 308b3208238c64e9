/*
 * objgraph.c — objects and references, from the stream.
 *
 * Invariants:
 *   1. byaddr maps exactly the live objects (alive == 1) to their index;
 *   2. an object's refcnt is the sum of the counts of the edges to it plus
 *      the references the interpreter holds (holder 0), as REF and
 *      REF_MOVE say — so a stream that keeps event.h's contract keeps it;
 *   3. byedge finds every edge by (holder, target, label) through a probe
 *      sequence starting at its hash.
 */
#include "objgraph.h"

#include "hv.h"

#include <stdlib.h>
#include <string.h>

void objgraph_init(objgraph *g)
{
    memset(g, 0, sizeof *g);
}

void objgraph_free(objgraph *g)
{
    free(g->objs);
    free(g->edges);
    free(g->frames);
    map_free(&g->byaddr);
    map_free(&g->byedge);
    memset(g, 0, sizeof *g);
}

const og_object *objgraph_find(const objgraph *g, uint64_t addr)
{
    uint64_t i;
    return addr && map_get(&g->byaddr, addr, &i) ? &g->objs[i] : NULL;
}

static uint64_t edge_hash(uint64_t holder, uint64_t target, uint64_t label)
{
    uint64_t h = holder * 0x9e3779b97f4a7c15ULL;
    h = (h ^ target) * 0xbf58476d1ce4e5b9ULL;
    h = (h ^ label) * 0x94d049bb133111ebULL;
    return (h ^ (h >> 31)) | 1;             /* map keys are nonzero */
}

/* The edge (holder, target, label), made with count 0 if new. */
static og_edge *edge(objgraph *g, uint64_t holder, uint64_t target, uint64_t label)
{
    uint64_t key = edge_hash(holder, target, label), i;
    while (map_get(&g->byedge, key, &i)) {
        og_edge *e = &g->edges[i];
        if (e->holder == holder && e->target == target && e->label == label)
            return e;
        key = (key + 2) | 1;                /* probe on */
    }
    hv_grow(&g->edges, &g->edgecap, g->nedges + 1, sizeof *g->edges, 256);
    map_put(&g->byedge, key, g->nedges);
    g->edges[g->nedges] = (og_edge){holder, target, label, 0};
    return &g->edges[g->nedges++];
}

static og_object *live(objgraph *g, uint64_t addr)
{
    uint64_t i;
    if (!map_get(&g->byaddr, addr, &i)) {
        g->anomalies++;
        return NULL;
    }
    return &g->objs[i];
}

static void obj_new(objgraph *g, const hv_event *ev)
{
    if (!ev->u.obj.addr || map_get(&g->byaddr, ev->u.obj.addr, NULL)) {
        g->anomalies++;
        return;
    }
    hv_grow(&g->objs, &g->objcap, g->nobjs + 1, sizeof *g->objs, 256);
    g->objs[g->nobjs] = (og_object){ev->u.obj.addr, ev->u.obj.type, ev->u.obj.size, ev->site, 1, -1, 1};
    map_put(&g->byaddr, ev->u.obj.addr, g->nobjs++);
    edge(g, 0, ev->u.obj.addr, 0)->count++;     /* the interpreter's first reference */
}

static void obj_free(objgraph *g, const hv_event *ev)
{
    og_object *o = live(g, ev->u.obj.addr);
    if (!o)
        return;
    if (o->refcnt != 0)
        g->anomalies++;
    o->alive = 0;
    map_del(&g->byaddr, o->addr);
}

/* Interpreter references carry no slot: one edge per target. */
static uint64_t slot(uint64_t holder, uint64_t label)
{
    return holder ? label : 0;
}

static void ref(objgraph *g, const hv_event *ev)
{
    og_object *o = live(g, ev->u.ref.target);
    if (!o)
        return;
    uint64_t h = ev->u.ref.holder;
    if (ev->kind == EV_REF) {
        o->refcnt += ev->u.ref.delta;
        edge(g, h, o->addr, slot(h, ev->u.ref.label))->count += ev->u.ref.delta;
    } else {
        edge(g, h, o->addr, slot(h, ev->u.ref.label))->count--;
        edge(g, ev->u.ref.to, o->addr, slot(ev->u.ref.to, ev->u.ref.label))->count++;
    }
}

static void frame(objgraph *g, const hv_event *ev)
{
    if (ev->kind == EV_FRAME_PUSH) {
        hv_grow(&g->frames, &g->framecap, g->nframes + 1, sizeof *g->frames, 16);
        g->frames[g->nframes++] = (og_frame){ev->u.obj.addr, ev->u.obj.type};
    } else if (g->nframes && g->frames[g->nframes - 1].addr == ev->u.obj.addr) {
        g->nframes--;
    } else {
        g->anomalies++;
    }
}

void objgraph_apply(objgraph *g, const hv_event *ev)
{
    og_object *o;
    switch (ev->kind) {
    case EV_OBJ_NEW: obj_new(g, ev); break;
    case EV_OBJ_FREE: obj_free(g, ev); break;
    case EV_REF: case EV_REF_MOVE: ref(g, ev); break;
    case EV_TRACK:
        if ((o = live(g, ev->u.obj.addr)))
            o->gen = ev->u.obj.gen;
        break;
    case EV_FRAME_PUSH: case EV_FRAME_POP: frame(g, ev); break;
    default: break;
    }
}

static void scan(void *ud, const hv_event *ev)
{
    objgraph_apply(ud, ev);
}

int objgraph_build(objgraph *g, replay *r, uint64_t position, buf *err)
{
    objgraph_init(g);
    return replay_scan(r, 0, position, scan, g, err);
}
