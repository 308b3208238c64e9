/*
 * names.c — an open-addressing table from (address, slot) to text.
 *
 * Invariants:
 *   1. every entry is found by probing linearly from its key's hash, and
 *      the table is at most half full;
 *   2. texts live in `text`, NUL-terminated, at the offset an entry holds;
 *   3. (the watcher) every name in the table since the watcher began was
 *      recorded as names.h describes, once per change; every static
 *      object's value the program referred to, once (`valued`).
 */
#include "names.h"

#include "buf.h"
#include "event.h"
#include "hv.h"
#include "interp.h"
#include "map.h"
#include "session.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct entry {
    uint64_t addr;          /* 0: empty */
    uint32_t slot;
    uint32_t len;           /* text length */
    size_t off;             /* into text */
} entry;

struct names_table {
    entry *tab;
    size_t mask, count;     /* capacity - 1 (a power of two), entries */
    buf text;
};

names_table *names_new(void)
{
    names_table *n = hv_calloc(1, sizeof *n);
    n->mask = 63;
    n->tab = hv_calloc(n->mask + 1, sizeof *n->tab);
    return n;
}

void names_delete(names_table *n)
{
    if (!n)
        return;
    free(n->tab);
    buf_free(&n->text);
    free(n);
}

static size_t hash(uint64_t addr, uint32_t slot)
{
    uint64_t h = (addr ^ ((uint64_t)slot << 40 | slot)) * 0x9e3779b97f4a7c15ULL;
    return (size_t)(h ^ (h >> 29));
}

static entry *probe(const names_table *n, uint64_t addr, uint32_t slot)
{
    for (size_t i = hash(addr, slot) & n->mask;; i = (i + 1) & n->mask) {
        entry *e = &n->tab[i];
        if (!e->addr || (e->addr == addr && e->slot == slot))
            return e;
    }
}

static void grow(names_table *n)
{
    entry *old = n->tab;
    size_t cap = n->mask + 1;
    n->mask = cap * 2 - 1;
    n->tab = hv_calloc(n->mask + 1, sizeof *n->tab);
    for (size_t i = 0; i < cap; i++)
        if (old[i].addr)
            *probe(n, old[i].addr, old[i].slot) = old[i];
    free(old);
}

void names_put(names_table *n, uint64_t addr, uint32_t slot, const char *text)
{
    if (!addr || !text)
        return;
    entry *e = probe(n, addr, slot);
    size_t len = strlen(text);
    if (e->addr && e->len == len && memcmp(n->text.data + e->off, text, len) == 0)
        return;                             /* unchanged: the common case */
    if (!e->addr) {
        if ((n->count + 1) * 2 > n->mask + 1) {
            grow(n);
            e = probe(n, addr, slot);
        }
        n->count++;
    }
    *e = (entry){addr, slot, (uint32_t)len, n->text.len};
    buf_add(&n->text, text, len + 1);
}

void names_add(void *n, uint64_t addr, uint32_t slot, const char *text)
{
    names_put(n, addr, slot, text);
}

const char *names_get(const names_table *n, uint64_t addr, uint32_t slot)
{
    if (!n || !addr)
        return NULL;
    const entry *e = probe(n, addr, slot);
    return e->addr ? n->text.data + e->off : NULL;
}

/* text as repr() writes a str of it (str_repr_text), cut to fit len
 * bytes between two characters of the repr (never inside an escape or a
 * UTF-8 sequence), its closing quote kept. */
static void quote(const char *text, char *out, size_t len)
{
    buf b = BUF_INIT;
    str_repr_text(text, strlen(text), &b);
    size_t n = b.len;
    if (n >= len) {
        size_t i = 1;                   /* after the opening quote */
        n = 1;
        while (i < b.len - 1) {
            unsigned char c = (unsigned char)b.data[i];
            size_t w = c == '\\' ? (b.data[i + 1] == 'x' ? 4 : b.data[i + 1] == 'u' ? 6
                                     : b.data[i + 1] == 'U' ? 10 : 2)
                     : c < 0x80 ? 1 : c < 0xe0 ? 2 : c < 0xf0 ? 3 : 4;
            if (i + w > len - 2)
                break;
            i += w;
            n = i;
        }
        b.data[n++] = b.data[b.len - 1];
    }
    memcpy(out, b.data, n);
    out[n] = 0;
    buf_free(&b);
}

const char *names_value(const names_table *n, uint64_t addr, char *out, size_t len)
{
    const char *v = names_get(n, addr, NAMES_VALUE), *self;
    if (v || len < 8 || !(self = names_get(n, addr, NAMES_SELF)))
        return v;
    quote(self, out, len);
    return out;
}

size_t names_count(const names_table *n)
{
    return n ? n->count : 0;
}

/* ---- the watcher ------------------------------------------------------------- */

struct names_watch {
    names_table *n;
    session *rec;           /* NULL: not recording */
    interp *in;             /* NULL: nobody to ask */
    int stale;              /* objects that bring names appeared since the last sync */
    hv_ring *ring;          /* NULL, or the ring that calls the watcher (names_watch_use_ring) */
    uint64_t interned_seen; /* the interned strs as of the last sync (interp_names_since) */
    map dirty;              /* addresses whose names changed in this sync → 1 */
    map valued;             /* static addresses whose value was recorded → 1 */
    uint64_t lo, hi;        /* the range of addresses with a value (lo > hi: none) */
    uint64_t seen[256];     /* addresses record_value has looked at, by bits 4-11
                               (a cache; the values are fixed once attached) */
    uint64_t *plain;        /* types named, and not type, function or code, by
                               hv_ring_type_slot (a cache of the names_get and
                               the compares names_watch_event makes on an
                               OBJ_NEW; emptied when a name changes): own_plain,
                               or the ring's type_seen */
    uint64_t own_plain[HV_RING_TYPES];
};

names_watch *names_watch_new(names_table *n, session *rec)
{
    names_watch *w = hv_calloc(1, sizeof *w);
    w->n = n;
    w->rec = rec;
    w->stale = 1;
    w->interned_seen = VMNAMES_ALL;
    w->lo = UINT64_MAX;
    w->plain = w->own_plain;
    return w;
}

/* Stale or not; the ring shows the watcher its STEPs only while stale. */
static void set_stale(names_watch *w, int stale)
{
    w->stale = stale;
    if (w->ring && stale)
        atomic_fetch_or_explicit(&w->ring->watch, 1u << EV_STEP, memory_order_relaxed);
    else if (w->ring)
        atomic_fetch_and_explicit(&w->ring->watch, ~(1u << EV_STEP), memory_order_relaxed);
}

void names_watch_delete(names_watch *w)
{
    if (!w)
        return;
    map_free(&w->dirty);
    map_free(&w->valued);
    free(w);
}

/* interp_values' callback: a static object's value, recorded when the
 * program first refers to it (record_value). */
static void learn_value(void *ud, uint64_t addr, uint32_t slot, const char *text)
{
    names_watch *w = ud;
    names_put(w->n, addr, slot, text);
    w->lo = addr < w->lo ? addr : w->lo;
    w->hi = addr > w->hi ? addr : w->hi;
}

void names_watch_attach(names_watch *w, interp *in)
{
    w->in = in;
    w->interned_seen = VMNAMES_ALL;
    if (in)
        interp_values(in, learn_value, w);
}

/* A reference to addr was made: the first one to a static object with a
 * value records the value (names.h: kind "value"). */
static void record_value(names_watch *w, uint64_t addr)
{
    const char *text;
    uint64_t *seen = &w->seen[addr >> 4 & 255];
    if (addr < w->lo || addr > w->hi || *seen == addr)
        return;
    *seen = addr;
    if (map_get(&w->valued, addr, NULL) || !(text = names_get(w->n, addr, NAMES_VALUE)))
        return;
    map_put(&w->valued, addr, 1);
    session_symbol(w->rec, addr, "value", text);
}

/* Records addr's names: its own, or a code object's with its locals. */
static void record(names_watch *w, uint64_t addr)
{
    const char *self = names_get(w->n, addr, NAMES_SELF);
    if (!w->rec || !self)
        return;
    if (!names_get(w->n, addr, 0)) {
        session_symbol(w->rec, addr, "name", self);
        return;
    }
    buf text = BUF_INIT;
    buf_adds(&text, self);
    const char *local;
    for (uint32_t slot = 0; (local = names_get(w->n, addr, slot)) != NULL; slot++)
        buf_printf(&text, "\n%s", local);
    session_symbol(w->rec, addr, "code", buf_str(&text));
    buf_free(&text);
}

/* interp_names' callback: a new or changed name joins the table and is
 * marked for recording. */
static void learn(void *ud, uint64_t addr, uint32_t slot, const char *text)
{
    names_watch *w = ud;
    const char *old = names_get(w->n, addr, slot);
    if (old && strcmp(old, text) == 0)
        return;
    names_put(w->n, addr, slot, text);
    map_put(&w->dirty, addr, 1);
    memset(w->plain, 0, HV_RING_TYPES * sizeof *w->plain);
}

static void flush(names_watch *w)
{
    size_t pos = 0;
    uint64_t addr, one;
    while (map_next(&w->dirty, &pos, &addr, &one))
        record(w, addr);
    map_free(&w->dirty);
}

void names_watch_values(const names_watch *w, uint64_t *lo, uint64_t *hi)
{
    *lo = w->lo;
    *hi = w->hi;
}

void names_watch_sync(names_watch *w)
{
    set_stale(w, 0);
    if (w->in)
        interp_names_since(w->in, &w->interned_seen, learn, w);
    flush(w);
}

void names_watch_use_ring(names_watch *w, hv_ring *r)
{
    memcpy(r->type_seen, w->plain, HV_RING_TYPES * sizeof *r->type_seen);
    w->plain = r->type_seen;
    w->ring = r;
    set_stale(w, w->stale);
}

void names_watch_event(names_watch *w, const hv_event *ev)
{
    if (ev->kind == EV_REF || ev->kind == EV_REF_MOVE) {
        if (w->rec && (ev->kind == EV_REF_MOVE || ev->u.ref.delta > 0))
            record_value(w, ev->u.ref.target);
    } else if (ev->kind == EV_OBJ_NEW && w->in) {
        uint64_t type = ev->u.obj.type, *plain = &w->plain[hv_ring_type_slot(type)];
        if (*plain == type && type)
            return;
        const char *known = names_get(w->n, type, NAMES_SELF), *name;
        if (!known && type && (name = interp_type_name(w->in, type)) != NULL) {
            learn(w, type, NAMES_SELF, name);
            flush(w);
            known = names_get(w->n, type, NAMES_SELF);
        }
        if (!known || strcmp(known, "type") == 0 || strcmp(known, "function") == 0 || strcmp(known, "code") == 0)
            set_stale(w, 1);
        else
            *plain = type;
    } else if (ev->kind == EV_STEP && ev->u.step.what != STEP_GC_PHASE && w->stale) {
        names_watch_sync(w);                /* during a collection the lists are being moved: wait */
    }
}

/* session_symbols' callback (names.h: the two kinds). */
static void load_symbol(void *ud, uint64_t addr, const char *kind, const char *text)
{
    names_table *n = ud;
    if (strcmp(kind, "value") == 0) {
        names_put(n, addr, NAMES_VALUE, text);
        return;
    }
    if (strcmp(kind, "code") != 0) {
        names_put(n, addr, NAMES_SELF, text);
        return;
    }
    buf line = BUF_INIT;
    uint32_t slot = NAMES_SELF;
    for (const char *p = text;; slot = slot == NAMES_SELF ? 0 : slot + 1) {
        const char *nl = strchr(p, '\n');
        size_t len = nl ? (size_t)(nl - p) : strlen(p);
        buf_clear(&line);
        buf_add(&line, p, len);
        names_put(n, addr, slot, buf_str(&line));
        if (!nl)
            break;
        p = nl + 1;
    }
    buf_free(&line);
}

int names_load(names_table *n, store *st, int64_t id, buf *err)
{
    return session_symbols(st, id, load_symbol, n, err);
}
