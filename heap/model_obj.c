/*
 * model_obj.c — the object half of the heap model: objects, the references
 * between them, the frame stack, and the blocks parked on free lists, kept
 * by the object events of event.h.
 *
 *   OBJ_NEW ──▶ objs[] (creation order) + the interpreter's first reference
 *   REF / REF_MOVE ──▶ edges (holder, target, label) with a count
 *   SHIFT ──▶ the labels of a run of one holder's edges (no history: the
 *             event says how to move them back)
 *   OBJ_FREE ──▶ dead in objs[]; freelist set: its block parked
 *   OBJ_NEW with freelist set ──▶ the parked block taken back
 *   OBJ_FREE of a parked block (no object lives there) ──▶ the free list
 *                                releases it (shutdown, free-list clearing)
 *   TRACK ──▶ an object's generation     FRAME_PUSH / FRAME_POP ──▶ frames[]
 *   BLOCK_OWNER ──▶ owners (block → object, role) and owned (object, role → block)
 *
 * Static objects.  None, True, small ints, builtin types… are statically
 * allocated in CPython: no OBJ_NEW names them, and they lie below both
 * heaps (model_is_static).  References to them are edges like any other;
 * they have no object record, so no refcount of their own.
 *
 * Undo.  An edge that drops to count 0 is removed, a freed object is only
 * marked dead, an entry taken off a free list is removed; each pushes what
 * it destroyed on the object history, and unapplying pops it.  New objects
 * and edges take the next serial, so undoing one must find it last.
 *
 * Invariants (model_obj_check):
 *   1. the object history holds one record per object killed, edge removed,
 *      free-list entry taken and TRACK applied since the history was last
 *      dropped, in application order, and undo gets the events in exact
 *      reverse;
 *   2. byaddr maps exactly the live objects; serials increase along objs[]
 *      and none exceeds obj_serial; dead records exist only while history
 *      does (model_obj_drop_history compacts them);
 *   3. every edge in use has count > 0, label 0 when its holder is the
 *      interpreter (0), a target that is a live object or static, a serial
 *      ≤ edge_serial, no two the same; byedge, its holder's list (which
 *      starts in interp_out for the interpreter, else in outs) and its
 *      target's list (which starts in the target's record, or in ins for a
 *      static target) find it;
 *   4. a live object's refcnt is the sum of the counts of its incoming edges;
 *   5. a parked address is not a live object's, and parkidx maps exactly
 *      the parked entries;
 *   6. tracked[g] is the number of live objects of generation g (0..2, or
 *      GC_PERMANENT: frozen);
 *   7. every owned block is in use and its owner is a live object (or
 *      static); owners and owned are each other's inverse; a live
 *      object's `owns` has bit r - 1 set exactly when it owns a block in
 *      role r (OWN_NONE has none).
 *
 * BLOCK_OWNER needs no history: the event carries the owner before and
 * after, and applying checks the model had the one before.
 */
#include "model.h"
#include "model_int.h"

#include "buf.h"
#include "hv.h"

#include <stdlib.h>
#include <string.h>

int model_is_static(const model *m, uint64_t addr)
{
    uint64_t low = m->prof->raw_base < m->prof->arena_base ? m->prof->raw_base : m->prof->arena_base;
    return addr && addr < low;
}

void model_obj_init(mobjects *ob)
{
    memset(ob, 0, sizeof *ob);
    ob->edgefree = ENIL;
    ob->interp_out = ENIL;
}

void model_obj_free_all(mobjects *ob)
{
    free(ob->objs);
    free(ob->edges);
    free(ob->frames);
    free(ob->parks);
    free(ob->hist);
    free(ob->moving);
    map_free(&ob->byaddr);
    map_free(&ob->byedge);
    map_free(&ob->outs);
    map_free(&ob->ins);
    map_free(&ob->parkidx);
    map_free(&ob->owners);
    map_free(&ob->owned);
    model_obj_init(ob);
}

/* The bytes of each kind of record before its variable field (model_int.h). */
static const uint8_t hist_fixed[4] = {[OH_OBJ_DEAD] = 0, [OH_EDGE_GONE] = 8, [OH_UNPARKED] = 16, [OH_TRACKED] = 0};

/* v's eight bytes, little-endian (in one store where the host is). */
static void put_le64(uint8_t *p, uint64_t v)
{
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    memcpy(p, &v, 8);
#else
    for (unsigned i = 0; i < 8; i++)
        p[i] = (uint8_t)(v >> 8 * i);
#endif
}

static uint64_t get_le(const uint8_t *p, unsigned n)
{
    uint64_t v = 0;
    for (unsigned i = 0; i < n; i++)
        v |= (uint64_t)p[i] << 8 * i;
    return v;
}

enum { HIST_MAX = 16 + 8 + 1 };            /* the longest record: UNPARKED's */

/* Pushes a record of kind what: hist_fixed[what] bytes of fixed0 and
 * fixed1 (little-endian), var in as few bytes as it needs (at least one),
 * the tag.  One is pushed for most events, so it writes var's eight bytes
 * at once (those past its width are overwritten by the tag or lie above
 * the top: never read). */
static void hist_push(mobjects *ob, unsigned what, uint64_t fixed0, uint64_t fixed1, uint64_t var)
{
    unsigned f = hist_fixed[what], w = var ? (unsigned)(71 - __builtin_clzll(var)) / 8 : 1;
    if (ob->nhist + HIST_MAX > ob->histcap)
        hv_grow(&ob->hist, &ob->histcap, ob->nhist + HIST_MAX, 1, 4096);
    uint8_t *p = ob->hist + ob->nhist;
    if (f) {
        put_le64(p, fixed0);
        if (f > 8)
            put_le64(p + 8, fixed1);
    }
    put_le64(p + f, var);
    p[f + w] = (uint8_t)(what | (w - 1) << 2);
    ob->nhist += f + w + 1;
}

/* Reads the top record into *h if it is of kind what: 1, else 0. */
static int hist_top(const mobjects *ob, unsigned what, ohist *h)
{
    if (!ob->nhist || (ob->hist[ob->nhist - 1] & 3) != what)
        return 0;
    unsigned w = (ob->hist[ob->nhist - 1] >> 2 & 7) + 1, f = hist_fixed[what];
    const uint8_t *p = ob->hist + ob->nhist - 1 - w - f;
    *h = (ohist){.what = (uint8_t)what, .var = get_le(p + f, w), .len = f + w + 1};
    if (what == OH_EDGE_GONE)
        h->key = get_le(p, 8);
    if (what == OH_UNPARKED)
        h->park = (mpark){get_le(p, 8), get_le(p + 8, 8), (uint32_t)h->var};
    return 1;
}

/* Pops the top record, read by hist_top into *h. */
static void hist_pop(mobjects *ob, const ohist *h)
{
    ob->nhist -= h->len;
}

static mobj *live_obj(const mobjects *ob, uint64_t addr)
{
    const uint64_t *i = addr ? map_find(&ob->byaddr, addr) : NULL;
    return i ? &ob->objs[*i] : NULL;
}

static model_obj obj_view(const mobj *o)
{
    return (model_obj){o->addr, o->type, o->size, o->site, o->refcnt, o->gen, o->freelist, o->serial};
}

static int obj_alive(const mobj *o)
{
    return o->refcnt >= 0;
}

/* ---- edges --------------------------------------------------------------- */

static uint64_t edge_key(uint64_t holder, uint64_t target, uint64_t label)
{
    uint64_t h = (holder + 0x632be59bd9b4e019ULL) * 0x9e3779b97f4a7c15ULL;
    h = (h ^ (h >> 29) ^ target) * 0xbf58476d1ce4e5b9ULL;
    h = (h ^ (h >> 32) ^ label) * 0x94d049bb133111ebULL;
    return (h ^ (h >> 31)) | 1;             /* map keys are nonzero */
}

/* The slot of edge (holder, target, label), whose key is key: ≥ 0, ENIL
 * if there is none, or -1 if another edge has its key (a 64-bit
 * collision: refused). */
static int64_t find_edge_key(const mobjects *ob, uint64_t key, uint64_t holder, uint64_t target, uint64_t label)
{
    const uint64_t *i = map_find(&ob->byedge, key);
    if (!i)
        return ENIL;
    const model_ref *r = &ob->edges[*i].r;
    return r->holder == holder && r->target == target && r->label == label ? (int64_t)*i : -1;
}

static int64_t find_edge(const mobjects *ob, uint64_t holder, uint64_t target, uint64_t label)
{
    return find_edge_key(ob, edge_key(holder, target, label), holder, target, label);
}

/* Keeps a map the model grows by events at most half full (map.c lets
 * one fill to three quarters): a lookup of a big model's map is a cache
 * miss or two, and the probes of a fuller table cross more lines.  Call it
 * before map_slot or map_put may add a key (it may move the slots). */
static void sparse(map *m)
{
    if ((m->count + 1) * 2 > m->mask + 1)
        map_reserve(m, m->count + 1);
}

/* Where the head of a list is kept: the interpreter's (holder 0, key 1:
 * the holder of most references) in interp_out; another holder's (key
 * holder + 1) in outs; a target's in its object record rec (the caller
 * looked it up: a reference's target is looked up once), or in ins when
 * the target is static (no record, rec NULL).  The field, if the list's
 * head has one, else NULL with *heads the map. */
#define INTERP_KEY 1
static uint32_t *list_home(const mobjects *ob, uint64_t key, int by_holder, mobj *rec, const map **heads)
{
    *heads = by_holder ? &ob->outs : &ob->ins;
    if (by_holder)
        return key == INTERP_KEY ? (uint32_t *)&ob->interp_out : NULL;
    return rec ? &rec->in : NULL;
}

/* The first slot of a list, ENIL if it is empty. */
static uint32_t list_head(const mobjects *ob, uint64_t key, int by_holder)
{
    const map *heads;
    const uint32_t *field = list_home(ob, key, by_holder, by_holder ? NULL : live_obj(ob, key), &heads);
    uint64_t h;
    return field ? *field : map_get(heads, key, &h) ? (uint32_t)h : ENIL;
}

/* Links slot i at the head of its list by holder or by target (key, its
 * record rec: list_home). */
static void list_link(mobjects *ob, uint64_t key, uint32_t i, int by_holder, mobj *rec)
{
    const map *heads;
    uint32_t *field = list_home(ob, key, by_holder, rec, &heads);
    uint32_t h;
    if (field) {
        h = *field;
        *field = i;
    } else {
        int added;
        sparse((map *)heads);
        uint64_t *head = map_slot((map *)heads, key, &added);
        h = added ? ENIL : (uint32_t)*head;
        *head = i;
    }
    medge *e = &ob->edges[i];
    if (by_holder) {
        e->hprev = ENIL;
        e->hnext = h;
        if (h != ENIL)
            ob->edges[h].hprev = i;
    } else {
        e->tprev = ENIL;
        e->tnext = h;
        if (h != ENIL)
            ob->edges[h].tprev = i;
    }
}

static void list_unlink(mobjects *ob, uint64_t key, uint32_t i, int by_holder, mobj *rec)
{
    medge *e = &ob->edges[i];
    uint32_t prev = by_holder ? e->hprev : e->tprev, next = by_holder ? e->hnext : e->tnext;
    if (prev != ENIL) {
        *(by_holder ? &ob->edges[prev].hnext : &ob->edges[prev].tnext) = next;
    } else {
        const map *heads;
        uint32_t *field = list_home(ob, key, by_holder, rec, &heads);
        if (field)
            *field = next;
        else if (next != ENIL)
            map_put((map *)heads, key, next);
        else
            map_del((map *)heads, key);
    }
    if (next != ENIL)
        *(by_holder ? &ob->edges[next].hprev : &ob->edges[next].tprev) = prev;
}

/* A new edge whose byedge slot is *slot (map_slot's; NULL: found here),
 * to the live object rec (NULL: a static target). */
static uint32_t new_edge_at(mobjects *ob, const model_ref *r, uint64_t serial, uint64_t *slot, mobj *rec)
{
    uint32_t i;
    if (ob->edgefree != ENIL) {
        i = ob->edgefree;
        ob->edgefree = ob->edges[i].hnext;
    } else {
        hv_grow(&ob->edges, &ob->edgecap, ob->nslots + 1, sizeof *ob->edges, 256);
        i = (uint32_t)ob->nslots++;
    }
    ob->edges[i].r = *r;
    ob->edges[i].serial = serial;
    if (!slot) {
        sparse(&ob->byedge);
        slot = map_slot(&ob->byedge, edge_key(r->holder, r->target, r->label), NULL);
    }
    *slot = i;
    list_link(ob, r->holder + 1, i, 1, NULL);
    list_link(ob, r->target, i, 0, rec);
    ob->nedges++;
    return i;
}

/* Removes the edge in slot i, whose key is key, to rec (NULL: static). */
static void delete_edge(mobjects *ob, uint32_t i, uint64_t key, mobj *rec)
{
    model_ref *r = &ob->edges[i].r;
    map_del(&ob->byedge, key);
    list_unlink(ob, r->holder + 1, i, 1, NULL);
    list_unlink(ob, r->target, i, 0, rec);
    r->count = 0;
    ob->edges[i].hnext = ob->edgefree;
    ob->edgefree = i;
    ob->nedges--;
}

/* A reference change of delta (any int8: the interpreter's net change
 * over several references, event.h) through (holder, label) to target.
 * Applying, a count reaching 0 removes the edge (history keeps it, not
 * its count: the event being undone says it) and a new edge takes the
 * next serial with the count delta; undoing, the reverse.  A count may
 * not fall below 0; delta 0 changes nothing.  0, or -1 with nothing
 * changed. */
static int ref_change_to(model *m, uint64_t holder, uint64_t target, mobj *o, uint64_t label, int delta,
                         int undo);

static int ref_change(model *m, uint64_t holder, uint64_t target, uint64_t label, int delta, int undo)
{
    int is_static = model_is_static(m, target); /* never an object's address: no lookup */
    mobj *o = is_static ? NULL : live_obj(&m->ob, target);
    if (!o && !is_static)
        return -1;                          /* a reference to a freed or unknown object */
    return ref_change_to(m, holder, target, o, label, delta, undo);
}

/* ref_change to target's record o (NULL: target is static), looked up. */
static int ref_change_to(model *m, uint64_t holder, uint64_t target, mobj *o, uint64_t label, int delta,
                         int undo)
{
    mobjects *ob = &m->ob;
    if (!holder)
        label = 0;                          /* the interpreter's references carry no slot */
    if (!delta)
        return 0;
    int64_t i;
    uint64_t *slot = NULL, key = edge_key(holder, target, label);
    if (delta > 0) {                        /* found or made in one probe */
        int added;
        sparse(&ob->byedge);
        slot = map_slot(&ob->byedge, key, &added);
        const model_ref *r = added ? NULL : &ob->edges[*slot].r;
        i = added ? ENIL : r->holder == holder && r->target == target && r->label == label ? (int64_t)*slot : -1;
    } else {
        i = find_edge_key(ob, key, holder, target, label);
    }
    if (i < 0 && i != ENIL)
        return -1;
    if (delta < 0) {
        if (i == ENIL)
            return -1;
        medge *e = &ob->edges[i];
        if (e->r.count + delta < 0)
            return -1;                      /* more references dropped than held */
        if (e->r.count + delta == 0) {
            if (undo && e->serial != ob->edge_serial)
                return -1;                  /* undoing a creation: it must be the newest */
            if (undo)
                ob->edge_serial--;
            else {
                hist_push(ob, OH_EDGE_GONE, key, 0, e->serial);
            }
            delete_edge(ob, (uint32_t)i, key, o);
        } else {
            e->r.count += delta;
        }
    } else if (i != ENIL) {
        ob->edges[i].r.count += delta;
    } else if (undo) {
        ohist h;
        if (!hist_top(ob, OH_EDGE_GONE, &h) || h.key != key) {
            map_del(&ob->byedge, key);      /* the slot made above: nothing changed */
            return -1;
        }
        new_edge_at(ob, &(model_ref){holder, target, label, delta}, h.var, slot, o);
        hist_pop(ob, &h);
    } else {
        new_edge_at(ob, &(model_ref){holder, target, label, delta}, ++ob->edge_serial, slot, o);
    }
    if (o)
        o->refcnt += delta;
    return 0;
}

static int ref_event(model *m, const hv_event *ev, int undo)
{
    int d = undo ? -ev->u.ref.delta : ev->u.ref.delta;
    return ref_change(m, ev->u.ref.holder, ev->u.ref.target, ev->u.ref.label, d, undo);
}

/* holder's reference becomes to's: -1 on one edge, +1 on the other (in
 * reverse when undoing: the +1 undone first, then the -1); the first is
 * rolled back (the opposite way) if the second fails. */
static int ref_move(model *m, const hv_event *ev, int undo)
{
    uint64_t from = undo ? ev->u.ref.to : ev->u.ref.holder, to = undo ? ev->u.ref.holder : ev->u.ref.to;
    uint64_t t = ev->u.ref.target, label = ev->u.ref.label;
    if (ref_change(m, from, t, label, -1, undo))
        return -1;
    if (ref_change(m, to, t, label, +1, undo) == 0)
        return 0;
    ref_change(m, from, t, label, +1, !undo);
    return -1;
}

/* Where SHIFT sh (applied, or undone: the inverse) sends label l; 0 if
 * l is not in the run moved (*to untouched). */
static int shift_label(const hv_event *sh, int undo, uint64_t l, uint64_t *to)
{
    int64_t from = sh->u.shift.from, count = sh->u.shift.count, by = sh->u.shift.by;
    if (undo) {
        from += by;
        by = -by;
    }
    if (l < (uint64_t)from || l - (uint64_t)from >= (uint64_t)count)
        return 0;
    *to = (uint64_t)((sh->u.shift.reversed ? from + (from + count - 1 - (int64_t)l) : (int64_t)l) + by);
    return 1;
}

/* Relabels the edges ob->moving[0..n) as SHIFT sh says, in place: every
 * key leaves byedge first, so a run may move onto itself;
 * a label taken by an edge that does not move refuses the lot (-1, the
 * labels as they were). */
static int relabel(mobjects *ob, size_t n, const hv_event *sh, int undo)
{
    for (size_t k = 0; k < n; k++) {
        model_ref *r = &ob->edges[ob->moving[k]].r;
        map_del(&ob->byedge, edge_key(r->holder, r->target, r->label));
    }
    size_t done = 0;
    int rc = 0;
    for (; done < n && !rc; done++) {
        model_ref *r = &ob->edges[ob->moving[done]].r;
        uint64_t to = r->label;
        shift_label(sh, undo, r->label, &to);
        int added;
        uint64_t *slot = map_slot(&ob->byedge, edge_key(r->holder, r->target, to), &added);
        if (!added) {
            rc = -1;
            break;
        }
        *slot = ob->moving[done];
        r->label = to;
    }
    if (rc) {                               /* back: the moved keys out, the old ones in */
        for (size_t k = 0; k < done; k++) {
            model_ref *r = &ob->edges[ob->moving[k]].r;
            map_del(&ob->byedge, edge_key(r->holder, r->target, r->label));
            shift_label(sh, !undo, r->label, &r->label);
        }
        for (size_t k = 0; k < n; k++) {
            model_ref *r = &ob->edges[ob->moving[k]].r;
            map_put(&ob->byedge, edge_key(r->holder, r->target, r->label), ob->moving[k]);
        }
    }
    return rc;
}

/* SHIFT: the holder's edges in the run take their new labels.  With a
 * target (one item) the edge is found at once, else by the holder's list. */
static int shift_event(model *m, const hv_event *ev, int undo)
{
    mobjects *ob = &m->ob;
    uint64_t holder = ev->u.shift.holder;
    int64_t from = ev->u.shift.from, count = ev->u.shift.count, by = ev->u.shift.by;
    int64_t start = undo ? from + by : from;
    if (!holder || !count || from + by < 0)
        return -1;
    size_t n = 0;
    if (count == 1 && ev->u.shift.target) {
        int64_t i = find_edge(ob, holder, ev->u.shift.target, (uint64_t)start);
        if (i < 0 || i == ENIL)
            return -1;
        hv_grow(&ob->moving, &ob->movingcap, 1, sizeof *ob->moving, 64);
        ob->moving[n++] = (uint32_t)i;
    } else {
        uint64_t head, unused;
        if (!map_get(&ob->outs, holder + 1, &head))
            return -1;
        for (uint32_t i = (uint32_t)head; i != ENIL; i = ob->edges[i].hnext)
            if (shift_label(ev, undo, ob->edges[i].r.label, &unused)) {
                hv_grow(&ob->moving, &ob->movingcap, n + 1, sizeof *ob->moving, 64);
                ob->moving[n++] = i;
            }
    }
    return n == (uint64_t)count ? relabel(ob, n, ev, undo) : -1;
}

/* ---- free lists ------------------------------------------------------------ */

int model_park_add(model *m, const mpark *p)
{
    mobjects *ob = &m->ob;
    if (!p->addr || map_get(&ob->parkidx, p->addr, NULL))
        return -1;
    hv_grow(&ob->parks, &ob->parkcap, ob->nparks + 1, sizeof *ob->parks, 64);
    ob->parks[ob->nparks] = *p;
    map_put(&ob->parkidx, p->addr, ob->nparks++);
    return 0;
}

/* Takes addr's entry off the free list into *out.  -1 if not parked. */
static int unpark(mobjects *ob, uint64_t addr, mpark *out)
{
    uint64_t i;
    if (!map_get(&ob->parkidx, addr, &i))
        return -1;
    *out = ob->parks[i];
    map_del(&ob->parkidx, addr);
    if (i != --ob->nparks) {
        ob->parks[i] = ob->parks[ob->nparks];
        map_put(&ob->parkidx, ob->parks[i].addr, i);
    }
    return 0;
}

/* Apply: the entry at addr leaves its free list (history keeps it). */
static int unpark_hist(model *m, uint64_t addr)
{
    mpark p;
    if (unpark(&m->ob, addr, &p))
        return -1;
    hist_push(&m->ob, OH_UNPARKED, p.addr, p.type, p.size);
    return 0;
}

/* Undo of unpark_hist: the entry goes back. */
static int repark_hist(model *m, uint64_t addr)
{
    ohist h;
    if (!hist_top(&m->ob, OH_UNPARKED, &h) || h.park.addr != addr || model_park_add(m, &h.park))
        return -1;
    hist_pop(&m->ob, &h);
    return 0;
}

/* ---- objects ---------------------------------------------------------------- */

/* Invariant 6: an object of generation gen comes alive (+1) or goes. */
static void count_tracked(mobjects *ob, int gen, int delta)
{
    if (gen >= 0 && gen < GC_GENERATIONS)
        ob->tracked[gen] += (size_t)(ptrdiff_t)delta;
}

int model_obj_add(model *m, const model_obj *o)
{
    mobjects *ob = &m->ob;
    int added;
    if (!o->addr || model_is_static(m, o->addr))
        return -1;
    sparse(&ob->byaddr);
    uint64_t *slot = map_slot(&ob->byaddr, o->addr, &added);
    if (!added)
        return -1;
    hv_grow(&ob->objs, &ob->objcap, ob->nobjs + 1, sizeof *ob->objs, 256);
    ob->objs[ob->nobjs] = (mobj){o->addr, o->type, o->serial, 0, o->size, o->site, ENIL, o->gen, o->freelist, 0};
    *slot = ob->nobjs++;
    count_tracked(ob, o->gen, 1);
    return 0;
}

/* OBJ_NEW: the object, born with the interpreter's reference. */
static int obj_new(model *m, const hv_event *ev)
{
    mobjects *ob = &m->ob;
    uint64_t a = ev->u.obj.addr;
    if (!a || model_is_static(m, a) || live_obj(ob, a) ||
        (ev->u.obj.freelist ? !map_get(&ob->parkidx, a, NULL) : map_get(&ob->parkidx, a, NULL)))
        return -1;
    if (ev->u.obj.freelist)
        unpark_hist(m, a);
    model_obj o = {a, ev->u.obj.type, ev->u.obj.size, ev->site, 0, -1, ev->u.obj.freelist, ++ob->obj_serial};
    model_obj_add(m, &o);
    ref_change_to(m, 0, a, &ob->objs[ob->nobjs - 1], 0, +1, 0);   /* cannot fail: a is live */
    return 0;
}

static int obj_new_undo(model *m, const hv_event *ev)
{
    mobjects *ob = &m->ob;
    mobj *o = live_obj(ob, ev->u.obj.addr);
    int64_t e = find_edge(ob, 0, ev->u.obj.addr, 0);
    ohist h;
    if (!o || o != &ob->objs[ob->nobjs - 1] || o->refcnt != 1 || o->gen != -1 || e < 0 || e == ENIL ||
        ob->edges[e].serial != ob->edge_serial || ob->edges[e].r.count != 1 ||
        o->owns ||
        (ev->u.obj.freelist && (!hist_top(ob, OH_UNPARKED, &h) || h.park.addr != o->addr)))
        return -1;
    ref_change(m, 0, o->addr, 0, -1, 1);
    map_del(&ob->byaddr, o->addr);
    ob->nobjs--;
    ob->obj_serial--;
    if (ev->u.obj.freelist)
        repark_hist(m, ev->u.obj.addr);
    return 0;
}

/* OBJ_FREE of a live object: dead (and parked if freelist); of a parked
 * block where no object lives: the free list lets it go. */
static int obj_free(model *m, const hv_event *ev)
{
    mobjects *ob = &m->ob;
    uint64_t a = ev->u.obj.addr, i;
    mobj *o = live_obj(ob, a);
    if (!o)
        return ev->u.obj.freelist ? -1 : unpark_hist(m, a);
    if (o->refcnt != 0 || o->type != ev->u.obj.type || map_get(&ob->outs, a + 1, NULL) ||
        map_get(&ob->parkidx, a, NULL) || o->owns)
        return -1;                          /* still referenced, or still holding references or blocks */
    i = (uint64_t)(o - ob->objs);
    map_del(&ob->byaddr, a);
    o->refcnt = -1;
    ob->ndead++;
    count_tracked(ob, o->gen, -1);
    hist_push(ob, OH_OBJ_DEAD, 0, 0, i);
    if (ev->u.obj.freelist)
        model_park_add(m, &(mpark){a, ev->u.obj.type, ev->u.obj.size});
    return 0;
}

static int obj_free_undo(model *m, const hv_event *ev)
{
    mobjects *ob = &m->ob;
    uint64_t a = ev->u.obj.addr;
    ohist h;
    if (!hist_top(ob, OH_OBJ_DEAD, &h))
        return ev->u.obj.freelist ? -1 : repark_hist(m, a);
    mobj *o = &ob->objs[h.var];
    if (obj_alive(o) || o->addr != a || live_obj(ob, a))
        return -1;
    if (ev->u.obj.freelist) {
        mpark p;
        if (unpark(ob, a, &p))
            return -1;
    }
    o->refcnt = 0;
    ob->ndead--;
    count_tracked(ob, o->gen, 1);
    sparse(&ob->byaddr);
    map_put(&ob->byaddr, a, h.var);
    hist_pop(ob, &h);
    return 0;
}

/* OBJ_RESIZE: the object's getsizeof, checked against what the model had. */
static int resize(model *m, const hv_event *ev, int undo)
{
    mobj *o = live_obj(&m->ob, ev->u.obj.addr);
    uint32_t from = undo ? ev->u.obj.size : ev->u.obj.old_size;
    if (!o || o->type != ev->u.obj.type || o->size != from)
        return -1;
    o->size = undo ? ev->u.obj.old_size : ev->u.obj.size;
    return 0;
}

/* The generation before is not checked, and the one the model had is kept
 * in the history: the collector moves survivors to older generations with
 * events of its own (model_gc.c), which this half does not see. */
static int track(model *m, const hv_event *ev, int undo)
{
    mobj *o = live_obj(&m->ob, ev->u.obj.addr);
    if (!o || (!undo && (ev->u.obj.gen < -1 || ev->u.obj.gen > GC_PERMANENT)))
        return -1;
    if (!undo) {
        hist_push(&m->ob, OH_TRACKED, 0, 0, (uint8_t)o->gen);
        count_tracked(&m->ob, o->gen, -1);
        o->gen = ev->u.obj.gen;
        count_tracked(&m->ob, o->gen, 1);
        return 0;
    }
    ohist h;
    if (!hist_top(&m->ob, OH_TRACKED, &h) || o->gen != ev->u.obj.gen)
        return -1;
    count_tracked(&m->ob, o->gen, -1);
    o->gen = (int8_t)(uint8_t)h.var;
    hist_pop(&m->ob, &h);
    count_tracked(&m->ob, o->gen, 1);
    return 0;
}

/* ---- frames ------------------------------------------------------------------ */

void model_frame_push(model *m, const model_frame *f)
{
    mobjects *ob = &m->ob;
    hv_grow(&ob->frames, &ob->framecap, ob->nframes + 1, sizeof *ob->frames, 16);
    ob->frames[ob->nframes++] = *f;
}

static int frame_event(model *m, const hv_event *ev, int undo)
{
    mobjects *ob = &m->ob;
    int push = (ev->kind == EV_FRAME_PUSH) != undo;
    model_frame f = {ev->u.obj.addr, ev->u.obj.type};
    if (push) {
        if (!f.addr)
            return -1;
        model_frame_push(m, &f);
        return 0;
    }
    if (!ob->nframes || ob->frames[ob->nframes - 1].addr != f.addr || ob->frames[ob->nframes - 1].code != f.code)
        return -1;
    ob->nframes--;
    return 0;
}

/* ---- block owners -------------------------------------------------------------- */

#define ROLE_SHIFT 56
_Static_assert(OWN_NROLES <= 9, "mobj.owns has a bit for each role but OWN_NONE (bit role - 1)");

static uint64_t own_key(uint64_t owner, unsigned role)
{
    return ((owner * 0x9e3779b97f4a7c15ULL) ^ ((uint64_t)role << 1)) | 1;   /* map keys are nonzero */
}

static int owner_of(const mobjects *ob, uint64_t block, model_owner *o)
{
    uint64_t v;
    if (!block || !map_get(&ob->owners, block, &v))
        return 0;
    *o = (model_owner){block, v & (((uint64_t)1 << ROLE_SHIFT) - 1), (uint8_t)(v >> ROLE_SHIFT)};
    return 1;
}

/* The block of (owner, role), 0 if none (a hash collision reads as none). */
static uint64_t owned_block(const mobjects *ob, uint64_t owner, unsigned role)
{
    uint64_t b;
    model_owner o = {0};
    if (!map_get(&ob->owned, own_key(owner, role), &b) || !owner_of(ob, b, &o) || o.owner != owner ||
        o.role != role)
        return 0;
    return b;
}

static int block_in_use(const model *m, uint64_t addr)
{
    pymalloc_block b;
    return model_block_info(m, addr, &b) == 0 && (b.state == BLOCK_USED || b.state == BLOCK_RAW);
}

int model_owner_add(model *m, const model_owner *o)
{
    mobjects *ob = &m->ob;
    if (!o->block || !o->owner || o->owner >> ROLE_SHIFT || o->role == OWN_NONE || o->role >= OWN_NROLES ||
        map_get(&ob->owners, o->block, NULL) || map_get(&ob->owned, own_key(o->owner, o->role), NULL))
        return -1;
    map_put(&ob->owners, o->block, o->owner | (uint64_t)o->role << ROLE_SHIFT);
    map_put(&ob->owned, own_key(o->owner, o->role), o->block);
    mobj *rec = live_obj(ob, o->owner);
    if (rec)
        rec->owns |= (uint8_t)(1u << (o->role - 1));
    return 0;
}

static void owner_drop(mobjects *ob, const model_owner *o)
{
    map_del(&ob->owners, o->block);
    map_del(&ob->owned, own_key(o->owner, o->role));
    mobj *rec = live_obj(ob, o->owner);
    if (rec)
        rec->owns &= (uint8_t)~(1u << (o->role - 1));
}

/* BLOCK_OWNER: (from_owner, from_role) → (to_owner, to_role), checked
 * first so a refused event changes nothing. */
static int own_event(model *m, const hv_event *ev, int undo)
{
    mobjects *ob = &m->ob;
    uint64_t block = ev->u.own.addr;
    uint64_t from = undo ? ev->u.own.owner : ev->u.own.old_owner, to = undo ? ev->u.own.old_owner : ev->u.own.owner;
    unsigned from_role = undo ? ev->u.own.role : ev->u.own.old_role, to_role = undo ? ev->u.own.old_role : ev->u.own.role;
    model_owner now = {0};
    int has = owner_of(ob, block, &now);
    if (!block || (from == 0) != (from_role == OWN_NONE) || (to == 0) != (to_role == OWN_NONE) ||
        from_role >= OWN_NROLES || to_role >= OWN_NROLES || has != (from != 0) ||
        (has && (now.owner != from || now.role != from_role)) || !block_in_use(m, block))
        return -1;
    if (to && (to >> ROLE_SHIFT || (!live_obj(ob, to) && !model_is_static(m, to)) ||
               (owned_block(ob, to, to_role) && !(to == from && to_role == from_role))))
        return -1;
    if (has)
        owner_drop(ob, &now);
    if (to)
        model_owner_add(m, &(model_owner){block, to, (uint8_t)to_role});
    return 0;
}

int model_block_owned(const model *m, uint64_t addr)
{
    return m->ob.owners.count && map_get(&m->ob.owners, addr, NULL);
}

int model_block_owner(const model *m, uint64_t addr, model_owner *o)
{
    model_owner x;
    int has = owner_of(&m->ob, addr, &x);
    if (has && o)
        *o = x;
    return has;
}

size_t model_obj_blocks(const model *m, uint64_t addr, model_owner *out, size_t max)
{
    size_t n = 0;
    for (unsigned role = OWN_NONE + 1; addr && role < OWN_NROLES; role++) {
        uint64_t b = owned_block(&m->ob, addr, role);
        if (b && n < max)
            out[n] = (model_owner){b, addr, (uint8_t)role};
        n += b != 0;
    }
    return n;
}

int model_obj_block(const model *m, uint64_t addr, pymalloc_block *b)
{
    static const unsigned preheader[] = {0, 16, 32};
    for (size_t i = 0; addr && i < sizeof preheader / sizeof *preheader; i++)
        if (model_block_info(m, addr - preheader[i], b) == 0 && (b->state == BLOCK_USED || b->state == BLOCK_RAW))
            return 0;
    return -1;
}

size_t model_obj_all_blocks(const model *m, uint64_t addr, uint64_t *out, size_t max)
{
    size_t n = 0;
    pymalloc_block b;
    if (model_obj_block(m, addr, &b) == 0 && n < max)
        out[n++] = b.addr;
    model_owner o[OWN_NROLES];
    size_t k = model_obj_blocks(m, addr, o, OWN_NROLES);
    for (size_t i = 0; i < k && n < max; i++)
        out[n++] = o[i].block;
    return n;
}

size_t model_owned_count(const model *m)
{
    return m->ob.owners.count;
}

int model_owners_each(const model *m, int (*fn)(void *ud, const model_owner *o), void *ud)
{
    size_t pos = 0;
    uint64_t block, v;
    int rc = 0;
    while (!rc && map_next(&m->ob.owners, &pos, &block, &v))
        rc = fn(ud, &(model_owner){block, v & (((uint64_t)1 << ROLE_SHIFT) - 1), (uint8_t)(v >> ROLE_SHIFT)});
    return rc;
}

/* Invariant 7. */
static int check_owners(const model *m, buf *why)
{
    const mobjects *ob = &m->ob;
    size_t pos = 0;
    uint64_t block, v;
    while (map_next(&ob->owners, &pos, &block, &v)) {
        model_owner o = {0};
        owner_of(ob, block, &o);
        if (!block_in_use(m, block) || (!live_obj(ob, o.owner) && !model_is_static(m, o.owner)) ||
            o.role == OWN_NONE || o.role >= OWN_NROLES || owned_block(ob, o.owner, o.role) != block)
            FAIL("block %#llx: owner %#llx (%s) is gone, or the block is free", (unsigned long long)block,
                 (unsigned long long)o.owner, event_block_role_name(o.role));
    }
    if (ob->owned.count != ob->owners.count)
        FAIL("block owners: %zu blocks, %zu owner entries", (size_t)ob->owners.count, (size_t)ob->owned.count);
    uint8_t *owns = hv_calloc(ob->nobjs + 1, 1);  /* the roles each record should say */
    uint64_t k;
    for (pos = 0; map_next(&ob->owners, &pos, &block, &v);)
        if (map_get(&ob->byaddr, v & (((uint64_t)1 << ROLE_SHIFT) - 1), &k))
            owns[k] |= (uint8_t)(1u << ((v >> ROLE_SHIFT) - 1));
    for (k = 0; k < ob->nobjs && ob->objs[k].owns == owns[k]; k++)
        ;
    if (k < ob->nobjs) {
        unsigned had = ob->objs[k].owns, want = owns[k];
        free(owns);
        FAIL("object %#llx: owns roles %#x, its blocks say %#x", (unsigned long long)ob->objs[k].addr, had, want);
    }
    free(owns);
    return 0;
}

/* ---- dispatch and history ------------------------------------------------------ */

int model_obj_event(model *m, const hv_event *ev, int undo)
{
    switch (ev->kind) {
    case EV_OBJ_NEW: return undo ? obj_new_undo(m, ev) : obj_new(m, ev);
    case EV_OBJ_FREE: return undo ? obj_free_undo(m, ev) : obj_free(m, ev);
    case EV_REF: return ref_event(m, ev, undo);
    case EV_REF_MOVE: return ref_move(m, ev, undo);
    case EV_TRACK: return track(m, ev, undo);
    case EV_OBJ_RESIZE: return resize(m, ev, undo);
    case EV_FRAME_PUSH: case EV_FRAME_POP: return frame_event(m, ev, undo);
    case EV_BLOCK_OWNER: return own_event(m, ev, undo);
    case EV_SHIFT: return shift_event(m, ev, undo);
    default: return -1;
    }
}

void model_obj_drop_history(mobjects *ob)
{
    ob->nhist = 0;
    if (ob->ndead <= ob->nobjs / 2)
        return;                             /* amortized: compact when half is dead */
    size_t n = 0;
    for (size_t i = 0; i < ob->nobjs; i++)
        if (obj_alive(&ob->objs[i])) {
            ob->objs[n] = ob->objs[i];
            map_put(&ob->byaddr, ob->objs[n].addr, n);
            n++;
        }
    ob->nobjs = n;
    ob->ndead = 0;
}

int model_edge_add(model *m, const model_ref *r, uint64_t serial)
{
    mobjects *ob = &m->ob;
    int is_static = model_is_static(m, r->target), added;
    mobj *o = is_static ? NULL : live_obj(ob, r->target);
    if (r->count <= 0 || (!r->holder && r->label) || (!o && !is_static))
        return -1;
    uint64_t *slot = map_slot(&ob->byedge, edge_key(r->holder, r->target, r->label), &added);
    if (!added)
        return -1;                          /* there already, or a 64-bit key collision */
    new_edge_at(ob, r, serial, slot, o);
    if (o)
        o->refcnt += r->count;
    return 0;
}

void model_prefetch(const model *m, const hv_event *ev)
{
    const mobjects *ob = &m->ob;
    switch (ev->kind) {
    case EV_OBJ_NEW: case EV_OBJ_FREE: case EV_OBJ_RESIZE: case EV_TRACK:
        map_prefetch(&ob->byaddr, ev->u.obj.addr);
        if (ev->kind == EV_OBJ_FREE || ev->kind == EV_OBJ_NEW)  /* the interpreter's reference: */
            map_prefetch(&ob->byedge, edge_key(0, ev->u.obj.addr, 0));     /* its edge, or where it goes */
        break;
    case EV_REF: case EV_REF_MOVE: {
        uint64_t h = ev->u.ref.holder, t = ev->u.ref.target, label = h ? ev->u.ref.label : 0;
        map_prefetch(&ob->byaddr, t);
        map_prefetch(&ob->byedge, edge_key(h, t, label));
        if (ev->kind == EV_REF_MOVE)
            map_prefetch(&ob->byedge, edge_key(ev->u.ref.to, t, ev->u.ref.to ? ev->u.ref.label : 0));
        break;
    }
    default:
        break;
    }
}

/* The records behind the map slots model_prefetch fetched: read from
 * those slots (in the cache by now, if it was called far enough ahead),
 * so it costs no wait of its own. */
void model_prefetch_records(const model *m, const hv_event *ev)
{
    const mobjects *ob = &m->ob;
    const uint64_t *i;
    switch (ev->kind) {
    case EV_OBJ_FREE: case EV_OBJ_RESIZE: case EV_TRACK:
        if ((i = map_find(&ob->byaddr, ev->u.obj.addr)) != NULL)
            __builtin_prefetch(&ob->objs[*i]);
        break;
    case EV_REF: case EV_REF_MOVE: {
        uint64_t h = ev->u.ref.holder, t = ev->u.ref.target, label = h ? ev->u.ref.label : 0;
        if ((i = map_find(&ob->byaddr, t)) != NULL)
            __builtin_prefetch(&ob->objs[*i]);
        if ((i = map_find(&ob->byedge, edge_key(h, t, label))) != NULL)
            __builtin_prefetch(&ob->edges[*i]);
        break;
    }
    default:
        break;
    }
}

enum { AHEAD = 12 };                        /* entries fetched ahead of the one added */

int model_obj_add_all(model *m, const model_obj *o, size_t n, size_t *bad)
{
    model_obj_reserve(m, n, 0);
    for (size_t i = 0; i < n; i++) {
        if (i + AHEAD < n)
            map_prefetch(&m->ob.byaddr, o[i + AHEAD].addr);
        if (model_obj_add(m, &o[i])) {
            *bad = i;
            return -1;
        }
    }
    return 0;
}

int model_edge_add_all(model *m, const model_ref *r, const uint64_t *serial, size_t n, size_t *bad)
{
    mobjects *ob = &m->ob;
    model_obj_reserve(m, 0, n);
    for (size_t i = 0; i < n; i++) {
        if (i + AHEAD < n) {
            const model_ref *a = &r[i + AHEAD];
            map_prefetch(&ob->byaddr, a->target);
            map_prefetch(&ob->byedge, edge_key(a->holder, a->target, a->label));
            map_prefetch(&ob->outs, a->holder + 1);
        }
        if (model_edge_add(m, &r[i], serial[i])) {
            *bad = i;
            return -1;
        }
    }
    return 0;
}

void model_obj_reserve(model *m, size_t objects, size_t edges)
{
    mobjects *ob = &m->ob;
    hv_grow(&ob->objs, &ob->objcap, ob->nobjs + objects, sizeof *ob->objs, 256);
    hv_grow(&ob->edges, &ob->edgecap, ob->nslots + edges, sizeof *ob->edges, 256);
    map_reserve(&ob->byaddr, ob->byaddr.count + objects);
    map_reserve(&ob->byedge, ob->byedge.count + edges);
    size_t live = ob->byaddr.count + 64, ends = edges < live ? edges : live;  /* holders: objects mostly */
    map_reserve(&ob->outs, ob->outs.count + ends);     /* (targets' lists start in their records) */
}

/* ---- queries ------------------------------------------------------------------ */

/* model_visits(): the queries count what they touch.  The counter lives in
 * the model the caller owns (never a const object), so the cast is sound. */
static void visited(const model *m, uint64_t n)
{
    ((model *)m)->ob.visits += n;
}

uint64_t model_visits(const model *m)
{
    return m->ob.visits;
}

void model_carry_visits(model *m, const model *from)
{
    m->ob.visits = from->ob.visits;
}

void model_tracked(const model *m, size_t out[GC_GENERATIONS])
{
    memcpy(out, m->ob.tracked, sizeof m->ob.tracked);
}

size_t model_obj_count(const model *m)
{
    return m->ob.byaddr.count;
}

int model_obj_info(const model *m, uint64_t addr, model_obj *o)
{
    const mobj *x = live_obj(&m->ob, addr);
    visited(m, 1);
    if (x && o)
        *o = obj_view(x);
    return x != NULL;
}

int model_obj_each(const model *m, int (*fn)(void *ud, const model_obj *o), void *ud)
{
    for (size_t i = 0; i < m->ob.nobjs; i++) {
        model_obj o = obj_view(&m->ob.objs[i]);
        int rc = obj_alive(&m->ob.objs[i]) ? fn(ud, &o) : 0;
        if (rc) {
            visited(m, i + 1);
            return rc;
        }
    }
    visited(m, m->ob.nobjs);
    return 0;
}

static int cmp_serial(const void *a, const void *b)
{
    uint64_t x = (*(const medge *const *)a)->serial, y = (*(const medge *const *)b)->serial;
    return (x > y) - (x < y);
}

/* Calls fn on the edges of one list (by holder or by target), oldest first. */
static int each_edge(const model *m, uint64_t key, int by_holder, int (*fn)(void *ud, const model_ref *r),
                     void *ud)
{
    const mobjects *ob = &m->ob;
    uint32_t head = list_head(ob, key, by_holder);
    if (head == ENIL)
        return 0;
    const medge **list = NULL;
    size_t n = 0, cap = 0;
    for (uint32_t i = (uint32_t)head; i != ENIL; i = by_holder ? ob->edges[i].hnext : ob->edges[i].tnext) {
        hv_grow(&list, &cap, n + 1, sizeof *list, 16);
        list[n++] = &ob->edges[i];
    }
    visited(m, n);
    if (n)
        qsort(list, n, sizeof *list, cmp_serial);
    int rc = 0;
    for (size_t i = 0; i < n && !rc; i++)
        rc = fn(ud, &list[i]->r);
    free(list);
    return rc;
}

int model_refs_from(const model *m, uint64_t holder, int (*fn)(void *ud, const model_ref *r), void *ud)
{
    return each_edge(m, holder + 1, 1, fn, ud);
}

int model_refs_to(const model *m, uint64_t target, int (*fn)(void *ud, const model_ref *r), void *ud)
{
    return target ? each_edge(m, target, 0, fn, ud) : 0;
}

int model_refs_each(const model *m, int (*fn)(void *ud, const model_ref *r), void *ud)
{
    const mobjects *ob = &m->ob;
    visited(m, ob->nslots);
    const medge **list = hv_malloc((ob->nedges + 1) * sizeof *list);
    size_t n = 0;
    for (size_t i = 0; i < ob->nslots; i++)
        if (ob->edges[i].r.count > 0)
            list[n++] = &ob->edges[i];
    qsort(list, n, sizeof *list, cmp_serial);
    int rc = 0;
    for (size_t i = 0; i < n && !rc; i++)
        rc = fn(ud, &list[i]->r);
    free(list);
    return rc;
}

/* Up to max edges of one list, head (newest) first. */
static size_t newest_edges(const model *m, uint64_t key, int by_holder, model_ref *out, size_t max, int *more)
{
    const mobjects *ob = &m->ob;
    size_t n = 0;
    uint32_t i = list_head(ob, key, by_holder);
    for (; i != ENIL && n < max; i = by_holder ? ob->edges[i].hnext : ob->edges[i].tnext)
        out[n++] = ob->edges[i].r;
    visited(m, n);
    if (more)
        *more = i != ENIL;
    return n;
}

size_t model_refs_from_newest(const model *m, uint64_t holder, model_ref *out, size_t max, int *more)
{
    return newest_edges(m, holder + 1, 1, out, max, more);
}

size_t model_refs_to_newest(const model *m, uint64_t target, model_ref *out, size_t max, int *more)
{
    if (!target) {
        if (more)
            *more = 0;
        return 0;
    }
    return newest_edges(m, target, 0, out, max, more);
}

int model_obj_next(const model *m, uint64_t addr, int dir, model_obj *o)
{
    const mobjects *ob = &m->ob;
    uint64_t at;
    long i;
    if (addr == 0)
        i = dir > 0 ? 0 : (long)ob->nobjs - 1;
    else if (map_get(&ob->byaddr, addr, &at))
        i = (long)at + (dir > 0 ? 1 : -1);
    else
        return 0;
    for (; i >= 0 && (size_t)i < ob->nobjs; i += dir > 0 ? 1 : -1) {
        visited(m, 1);
        if (obj_alive(&ob->objs[i])) {
            *o = obj_view(&ob->objs[i]);
            return 1;
        }
    }
    return 0;
}

static int cmp_parked(const void *a, const void *b)
{
    uint64_t x = ((const model_parked *)a)->addr, y = ((const model_parked *)b)->addr;
    return (x > y) - (x < y);
}

size_t model_parked_blocks(const model *m, model_parked *out, size_t max)
{
    const mobjects *ob = &m->ob;
    if (!out || max < ob->nparks) {         /* a partial copy still comes in address order */
        model_parked *all = hv_malloc((ob->nparks + 1) * sizeof *all);
        size_t n = model_parked_blocks(m, all, ob->nparks);
        if (out)
            memcpy(out, all, (max < n ? max : n) * sizeof *out);
        free(all);
        return n;
    }
    for (size_t i = 0; i < ob->nparks; i++)
        out[i] = (model_parked){ob->parks[i].addr, ob->parks[i].type, ob->parks[i].size};
    qsort(out, ob->nparks, sizeof *out, cmp_parked);
    return ob->nparks;
}

size_t model_frames(const model *m, model_frame *out, size_t max)
{
    for (size_t i = 0; i < m->ob.nframes && i < max; i++)
        out[i] = m->ob.frames[i];
    return m->ob.nframes;
}

/* ---- the checker ------------------------------------------------------------ */

/* Invariant 2. */
static int check_objects(const model *m, buf *why)
{
    const mobjects *ob = &m->ob;
    size_t alive = 0, tracked[GC_GENERATIONS] = {0};
    uint64_t serial = 0, i;
    for (size_t k = 0; k < ob->nobjs; k++) {
        const mobj *o = &ob->objs[k];
        if (o->serial <= serial || o->serial > ob->obj_serial)
            FAIL("object %#llx: serial %llu out of order", (unsigned long long)o->addr,
                 (unsigned long long)o->serial);
        serial = o->serial;
        if (!obj_alive(o))
            continue;
        alive++;
        if (o->gen >= 0 && o->gen < GC_GENERATIONS)
            tracked[o->gen]++;
        if (!map_get(&ob->byaddr, o->addr, &i) || i != k)
            FAIL("object %#llx: not indexed", (unsigned long long)o->addr);
    }
    if (alive != ob->byaddr.count || ob->nobjs - alive != ob->ndead)
        FAIL("objects: %zu alive, %zu indexed, %zu dead of %zu", alive, (size_t)ob->byaddr.count, ob->ndead,
             ob->nobjs);
    for (int g = 0; g < GC_GENERATIONS; g++)    /* invariant 6 */
        if (tracked[g] != ob->tracked[g])
            FAIL("generation %d: %zu objects tracked, %zu counted", g, tracked[g], ob->tracked[g]);
    return 0;
}

/* Invariant 3 for the edge in slot i. */
static int check_edge(const model *m, uint32_t i, buf *why)
{
    const mobjects *ob = &m->ob;
    const medge *e = &ob->edges[i];
    if ((!e->r.holder && e->r.label) || e->serial == 0 || e->serial > ob->edge_serial ||
        find_edge(ob, e->r.holder, e->r.target, e->r.label) != i)
        FAIL("reference %#llx -> %#llx: label %llu, serial %llu", (unsigned long long)e->r.holder,
             (unsigned long long)e->r.target, (unsigned long long)e->r.label, (unsigned long long)e->serial);
    if (!live_obj(ob, e->r.target) && !model_is_static(m, e->r.target))
        FAIL("reference %#llx -> %#llx: the target is not alive", (unsigned long long)e->r.holder,
             (unsigned long long)e->r.target);
    return 0;
}

/* Invariants 3 and 4: every edge, then every list and the sums. */
static int check_edges(const model *m, buf *why)
{
    const mobjects *ob = &m->ob;
    size_t used = 0, listed = 0;
    int64_t *sum = hv_calloc(ob->nobjs + 1, sizeof *sum);
    int rc = 0;
    for (uint32_t i = 0; i < ob->nslots && !rc; i++) {
        const medge *e = &ob->edges[i];
        if (e->r.count < 0 || (e->r.count > 0 && (used++, check_edge(m, i, why))))
            rc = -1;
        uint64_t k;
        if (!rc && e->r.count > 0 && map_get(&ob->byaddr, e->r.target, &k))
            sum[k] += e->r.count;
    }
    size_t pos = 0, inlisted = 0;
    uint64_t key, head;
    int stray = 0;                          /* a list holding another's edge, or a freed object's */
    for (uint32_t i = ob->interp_out; !rc && !stray && i != ENIL && listed <= used; i = ob->edges[i].hnext)
        listed++, stray = ob->edges[i].r.holder != 0;
    while (!rc && map_next(&ob->outs, &pos, &key, &head))
        for (uint32_t i = (uint32_t)head; i != ENIL && listed <= used; i = ob->edges[i].hnext)
            listed++;
    for (pos = 0; !rc && !stray && map_next(&ob->ins, &pos, &key, &head);) {
        stray = !model_is_static(m, key);   /* an object's list starts in its record */
        for (uint32_t i = (uint32_t)head; !stray && i != ENIL && inlisted <= used; i = ob->edges[i].tnext)
            inlisted++, stray = ob->edges[i].r.target != key;
    }
    for (size_t k = 0; !rc && !stray && k < ob->nobjs; k++) {
        const mobj *o = &ob->objs[k];
        stray = !obj_alive(o) && o->in != ENIL;
        for (uint32_t i = o->in; !stray && i != ENIL && inlisted <= used; i = ob->edges[i].tnext)
            inlisted++, stray = ob->edges[i].r.target != o->addr;
    }
    if (stray) {
        free(sum);
        FAIL("references: a list holds another's, or a freed object has one");
    }
    for (size_t k = 0; !rc && k < ob->nobjs; k++)
        if (obj_alive(&ob->objs[k]) && ob->objs[k].refcnt != sum[k]) {
            if (why)
                buf_printf(why, "object %#llx: refcount %lld, incoming references %lld",
                           (unsigned long long)ob->objs[k].addr, (long long)ob->objs[k].refcnt,
                           (long long)sum[k]);
            rc = -1;
        }
    free(sum);
    if (!rc && (used != ob->nedges || listed != used || inlisted != used || ob->byedge.count != used))
        FAIL("references: %zu in use, %zu counted, %zu listed, %zu indexed", used, ob->nedges, listed,
             (size_t)ob->byedge.count);
    return rc;
}

/* Invariant 5. */
static int check_parks(const model *m, buf *why)
{
    const mobjects *ob = &m->ob;
    uint64_t k;
    for (size_t i = 0; i < ob->nparks; i++)
        if (live_obj(ob, ob->parks[i].addr) || !map_get(&ob->parkidx, ob->parks[i].addr, &k) || k != i)
            FAIL("free-list entry %#llx: alive or not indexed", (unsigned long long)ob->parks[i].addr);
    if (ob->parkidx.count != ob->nparks)
        FAIL("free lists: %zu entries, %zu indexed", ob->nparks, (size_t)ob->parkidx.count);
    return 0;
}

int model_obj_check(const model *m, buf *why)
{
    if (check_objects(m, why) || check_edges(m, why) || check_parks(m, why) || check_owners(m, why))
        return -1;
    for (size_t i = 0; i < m->ob.nframes; i++)
        if (!m->ob.frames[i].addr)
            FAIL("frame %zu: no address", i);
    return 0;
}
