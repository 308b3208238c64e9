/*
 * store_cmds.c — sessions, stats, diff and export: read a session, seek,
 * and print.  Everything comes from the recorded stream through store/
 * (replay and the object graph); nothing re-runs a program.
 */
#include "store_cmds.h"

#include "names.h"

#include "store.h"
#include "hv.h"
#include "mallocstats.h"
#include "memtally.h"
#include "map.h"
#include "model.h"
#include "profile.h"
#include "replay.h"
#include "session.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

int store_cmd_handles(const cli_opts *o)
{
    return o->command == CMD_SESSIONS || o->command == CMD_STATS || o->command == CMD_DIFF ||
           (o->command == CMD_EXPORT && o->format && strcmp(o->format, "asciicast") != 0);
}

/* ---- opening --------------------------------------------------------------- */

typedef struct ctx {
    store *st;
    session_row row;
    replay *r;
    names_table *names;     /* the names the recording gave (names_load) */
} ctx;

static void ctx_close(ctx *c)
{
    if (c->r)
        replay_keep_keyframes(c->r, NULL);  /* for the next command: a cache, so a failure is no error */
    replay_close(c->r);
    session_row_clear(&c->row);
    store_close(c->st);
    names_delete(c->names);
}

static store *open_db(const cli_opts *o, buf *err)
{
    buf path = BUF_INIT;
    store *st = NULL;
    if (o->db)
        buf_adds(&path, o->db);
    if (o->db || store_default_path(&path, err) == 0)
        st = store_open(buf_str(&path), STORE_READ, NULL, err);
    buf_free(&path);
    return st;
}

/* The store, the session --session names (or the latest), its replay. */
static int open_session(const cli_opts *o, ctx *c, buf *err)
{
    memset(c, 0, sizeof *c);
    if (!(c->st = open_db(o, err)) || session_find(c->st, o->session, &c->row, err) ||
        !(c->r = replay_open(c->st, c->row.id, err)) || names_load(c->names = names_new(), c->st, c->row.id, err)) {
        ctx_close(c);
        return -1;
    }
    return 0;
}

/* ---- STEP: a step, `end` or a snapshot's name -------------------------------- */

enum { LISTED_SNAPSHOTS = 6 };      /* a bad STEP's message names this many */

void store_cmd_bad_at(buf *err, const char *db, int64_t id, const char *at, uint64_t last_step,
                      const char *const *snaps, size_t nsnaps)
{
    buf_clear(err);
    buf_printf(err, "%s: session %lld has no step or snapshot '%.40s' (a step is 0 to %llu or `end`; ", db,
               (long long)id, at, (unsigned long long)last_step);
    if (!nsnaps)
        buf_adds(err, "it has no snapshots)");
    for (size_t i = 0; i < nsnaps && i < LISTED_SNAPSHOTS; i++)
        buf_printf(err, "%s%.40s", i ? ", " : "snapshots: ", snaps[i]);
    if (nsnaps > LISTED_SNAPSHOTS)
        buf_printf(err, " and %zu more", nsnaps - LISTED_SNAPSHOTS);
    if (nsnaps)
        buf_addc(err, ')');
}

/* replay_snapshots' callback: is `want` one of them, and the first few names. */
typedef struct snap_look {
    const char *want;
    int found;
    char *names[LISTED_SNAPSHOTS];
    size_t n;
} snap_look;

static void look_snapshot(void *ud, const char *name, uint64_t pos)
{
    (void)pos;
    snap_look *l = ud;
    l->found |= strcmp(name, l->want) == 0;
    if (l->n < LISTED_SNAPSHOTS)
        l->names[l->n] = hv_strdup(name);
    l->n++;
}

int store_cmd_resolve(store *st, replay *r, const char *at, uint64_t *pos, buf *err)
{
    char *end;
    unsigned long long step = at ? strtoull(at, &end, 10) : 0;
    if (!at || strcmp(at, "end") == 0 || (*at >= '0' && *at <= '9' && !*end && step <= replay_last_step(r)))
        return replay_resolve(r, at, pos, err);
    snap_look look = {.want = at};
    int rc = replay_snapshots(r, look_snapshot, &look, err);
    if (!rc && look.found)
        rc = replay_resolve(r, at, pos, err);
    else if (!rc) {
        store_cmd_bad_at(err, store_path(st), replay_session(r), at, replay_last_step(r),
                         (const char *const *)look.names, look.n);
        rc = -1;
    }
    for (size_t i = 0; i < look.n && i < LISTED_SNAPSHOTS; i++)
        free(look.names[i]);
    return rc;
}

/* Seeks to --at (default: end); *pos gets the position. */
static int seek_at(ctx *c, const char *at, uint64_t *pos, buf *err)
{
    return store_cmd_resolve(c->st, c->r, at, pos, err) || replay_seek(c->r, *pos, err) ? -1 : 0;
}

/* ---- sessions --------------------------------------------------------------- */

static void format_date(int64_t ms, char *out, size_t n)
{
    time_t t = (time_t)(ms / 1000);
    struct tm tm;
    if (!ms || !localtime_r(&t, &tm) || !strftime(out, n, "%Y-%m-%d %H:%M", &tm))
        snprintf(out, n, "-");
}

static int cmd_sessions(const cli_opts *o, buf *out, buf *err)
{
    store *st = open_db(o, err);
    session_row *rows;
    size_t n;
    if (!st || session_list(st, &rows, &n, err)) {
        store_close(st);
        return 2;
    }
    buf_printf(out, "%5s  %-24s  %-16s  %8s  %10s  %s\n", "id", "name", "date", "steps", "events", "status");
    for (size_t i = 0; i < n; i++) {
        char date[32];
        format_date(rows[i].started, date, sizeof date);
        buf_printf(out, "%5lld  %-24s  %-16s  %8llu  %10llu  %s\n", (long long)rows[i].id, rows[i].name, date,
                   (unsigned long long)rows[i].nsteps, (unsigned long long)rows[i].nevents,
                   session_status_name(rows[i].status));
    }
    session_rows_free(rows, n);
    store_close(st);
    return 0;
}

/* ---- stats ------------------------------------------------------------------- */

static void name_type(ctx *c, uint64_t type, buf *out);

/* The free lists _debugmallocstats reports, from the blocks the model has
 * parked, by their type's recorded name (a tuple's size gives its length:
 * 16 bytes of GC header, 24 of header, 8 per item). */
static void count_free_lists(ctx *c, const model *m, mallocstats_freelists *fl)
{
    memset(fl, 0, sizeof *fl);
    size_t n = model_parked_blocks(m, NULL, 0);
    model_parked *pk = hv_malloc((n + 1) * sizeof *pk);
    model_parked_blocks(m, pk, n);
    buf name = BUF_INIT;
    for (size_t i = 0; i < n; i++) {
        buf_clear(&name);
        name_type(c, pk[i].type, &name);
        const char *t = buf_str(&name);
        uint32_t items = pk[i].size >= 40 ? (pk[i].size - 40) / 8 : 0;
        if (strcmp(t, "dict") == 0)
            fl->dicts++;
        else if (strcmp(t, "float") == 0)
            fl->floats++;
        else if (strcmp(t, "list") == 0)
            fl->lists++;
        else if (strcmp(t, "tuple") == 0 && items >= 1 && items < HV_COUNTOF(fl->tuples))
            fl->tuples[items]++;
    }
    buf_free(&name);
    free(pk);
}

static int cmd_stats(const cli_opts *o, buf *out, buf *err)
{
    ctx c;
    uint64_t pos;
    if (open_session(o, &c, err))
        return 2;
    int rc = seek_at(&c, o->at, &pos, err);
    if (rc == 0) {
        pymalloc_stats st;
        mallocstats_freelists fl;
        model_get_stats(replay_model(c.r), &st);
        count_free_lists(&c, replay_model(c.r), &fl);
        mallocstats_format(out, &st, &fl);
    }
    ctx_close(&c);
    return rc ? 2 : 0;
}

/* ---- diff: tracemalloc's compare_to ------------------------------------------- */

/* tracemalloc._format_size */
static void format_size(buf *out, double size, int sign)
{
    static const char *const units[] = {"B", "KiB", "MiB", "GiB", "TiB"};
    for (int u = 0;; u++) {
        double a = size < 0 ? -size : size;
        if (a < 100 && u > 0) {
            buf_printf(out, sign ? "%+.1f %s" : "%.1f %s", size, units[u]);
            return;
        }
        if (a < 10 * 1024 || u == 4) {
            buf_printf(out, sign ? "%+.0f %s" : "%.0f %s", size, units[u]);
            return;
        }
        size /= 1024;
    }
}

typedef void (*name_fn)(ctx *c, uint64_t key, buf *out);

static void name_line(ctx *c, uint64_t line, buf *out)
{
    if (line)
        buf_printf(out, "%s:%llu", c->row.name, (unsigned long long)line);
    else
        buf_adds(out, "<unknown>:0");
}

/* The name the recorder gave a type object, else "type@0x…". */
static void name_type(ctx *c, uint64_t type, buf *out)
{
    const char *n = names_get(c->names, type, NAMES_SELF);
    if (n)
        buf_adds(out, n);
    else
        buf_printf(out, "type@0x%llx", (unsigned long long)type);
}

/* StatisticDiff.__str__ for every changed entry. */
static void print_diffs(ctx *c, memtally *ts, const char *title, name_fn name, buf *out)
{
    memtally_sort_diff(ts);
    buf_printf(out, "\n%s:\n", title);
    size_t shown = 0;
    for (size_t i = 0; i < ts->n; i++) {
        const memtally_row *t = &ts->rows[i];
        if (t->bytes[0] == t->bytes[1] && t->count[0] == t->count[1])
            continue;
        name(c, t->key, out);
        buf_adds(out, ": size=");
        format_size(out, (double)t->bytes[1], 0);
        buf_adds(out, " (");
        format_size(out, (double)(t->bytes[1] - t->bytes[0]), 1);
        buf_printf(out, "), count=%lld (%+lld)", (long long)t->count[1], (long long)(t->count[1] - t->count[0]));
        if (t->count[1]) {
            buf_adds(out, ", average=");
            format_size(out, (double)t->bytes[1] / (double)t->count[1], 0);
        }
        buf_addc(out, '\n');
        shown++;
    }
    if (!shown)
        buf_adds(out, "no differences\n");
}

static int cmd_diff(const cli_opts *o, buf *out, buf *err)
{
    ctx c;
    uint64_t pos[2];
    memtally lines = MEMTALLY_INIT, types = MEMTALLY_INIT;
    if (open_session(o, &c, err))
        return 2;
    const char *at[2] = {o->from, o->to};
    int rc = store_cmd_resolve(c.st, c.r, at[0], &pos[0], err) || store_cmd_resolve(c.st, c.r, at[1], &pos[1], err);
    for (int side = 0; side < 2 && !rc; side++) {
        rc = replay_seek(c.r, pos[side], err);
        if (rc)
            break;
        memtally_model(&lines, &types, replay_model(c.r), replay_profile(c.r), side);
    }
    if (!rc) {
        buf_printf(out, "session %lld \"%s\": %s (event %llu) -> %s (event %llu)\n", (long long)c.row.id, c.row.name,
                   at[0], (unsigned long long)pos[0], at[1], (unsigned long long)pos[1]);
        print_diffs(&c, &types, "By type (objects alive, sys.getsizeof at creation)", name_type, out);
        print_diffs(&c, &lines, "By line (blocks allocated, as tracemalloc traces them)", name_line, out);
    }
    memtally_free(&lines);
    memtally_free(&types);
    ctx_close(&c);
    return rc ? 2 : 0;
}

/* ---- export ----------------------------------------------------------------- */

static void json_str(buf *out, const char *s)
{
    buf_addc(out, '"');
    for (; *s; s++) {
        unsigned char ch = (unsigned char)*s;
        if (ch == '"' || ch == '\\')
            buf_printf(out, "\\%c", ch);
        else if (ch < 0x20)
            buf_printf(out, "\\u%04x", ch);
        else
            buf_addc(out, (char)ch);
    }
    buf_addc(out, '"');
}

static void json_addr(buf *out, uint64_t a)
{
    if (a)
        buf_printf(out, "\"0x%llx\"", (unsigned long long)a);
    else
        buf_adds(out, "null");
}

static void json_stats(buf *out, const model *m)
{
    pymalloc_stats st;
    model_get_stats(m, &st);
    const struct { const char *name; uint64_t v; } f[] = {
        {"arenas_allocated_total", st.arenas_allocated_total}, {"arenas_highwater", st.arenas_highwater},
        {"arenas_current", st.arenas_current}, {"unused_pools", st.unused_pools},
        {"allocated_bytes", st.allocated_bytes}, {"available_bytes", st.available_bytes},
        {"pool_header_bytes", st.pool_header_bytes}, {"quantization", st.quantization},
        {"arena_alignment", st.arena_alignment}, {"raw_blocks", st.raw_blocks}, {"raw_bytes", st.raw_bytes},
        {"allocated_blocks", st.allocated_blocks},
    };
    buf_adds(out, "  \"stats\": {");
    for (size_t i = 0; i < HV_COUNTOF(f); i++)
        buf_printf(out, "%s\"%s\": %llu", i ? ", " : "", f[i].name, (unsigned long long)f[i].v);
    buf_adds(out, "},\n");
}

static void json_pool(buf *out, const model *m, const profile *p, uint64_t pa, unsigned k, const pymalloc_pool *pi)
{
    unsigned size = profile_class_size(p, pi->szidx);
    buf_printf(out, "{\"index\": %u, \"address\": \"0x%llx\", \"state\": \"%s\", \"class\": %u, \"block_size\": %u, "
                    "\"capacity\": %u, \"in_use\": %u, \"next\": %u, \"free_chain\": [",
               k, (unsigned long long)pa, event_pool_state_name(pi->state), pi->szidx, size, pi->nblocks, pi->count,
               pi->nextblock);
    uint64_t *chain = hv_malloc((pi->nblocks + 1) * sizeof *chain);
    size_t n = model_free_chain(m, pa, chain, pi->nblocks + 1);
    for (size_t i = 0; i < n && i <= pi->nblocks; i++)
        buf_printf(out, "%s\"0x%llx\"", i ? ", " : "", (unsigned long long)chain[i]);
    free(chain);
    buf_adds(out, "], \"blocks\": [");
    int any = 0;
    for (unsigned i = 0; i < pi->nextblock; i++) {
        pymalloc_block b;
        uint64_t ba = pa + p->pool_overhead + (uint64_t)i * size;
        if (model_block_info(m, ba, &b) || b.state != BLOCK_USED)
            continue;
        buf_printf(out, "%s{\"address\": \"0x%llx\", \"nbytes\": %llu, \"line\": %u}", any++ ? ", " : "",
                   (unsigned long long)ba, (unsigned long long)b.nbytes, b.site);
    }
    buf_adds(out, "]}");
}

static void json_arenas(buf *out, const model *m, const profile *p)
{
    buf_adds(out, "  \"arenas\": [");
    int anya = 0;
    for (unsigned s = 0; s < model_arena_slots(m); s++) {
        pymalloc_arena a;
        if (model_arena_info(m, s, &a) || !a.addr)
            continue;
        buf_printf(out, "%s\n    {\"slot\": %u, \"address\": \"0x%llx\", \"pools\": [", anya++ ? "," : "", s,
                   (unsigned long long)a.addr);
        int anyp = 0;
        for (unsigned k = 0; k < a.npools; k++) {
            pymalloc_pool pi;
            uint64_t pa = a.first_pool + (uint64_t)k * profile_pool_size(p);
            if (model_pool_info(m, pa, &pi) || pi.state == POOL_UNCARVED)
                continue;
            buf_adds(out, anyp++ ? ",\n      " : "\n      ");
            json_pool(out, m, p, pa, k, &pi);
        }
        buf_adds(out, "]}");
    }
    buf_adds(out, "],\n  \"raw_blocks\": [");
    size_t n = model_raw_blocks(m, NULL, 0);
    pymalloc_block *raw = hv_malloc((n + 1) * sizeof *raw);
    model_raw_blocks(m, raw, n);
    for (size_t i = 0; i < n; i++)
        buf_printf(out, "%s\n    {\"address\": \"0x%llx\", \"nbytes\": %llu, \"size\": %llu, \"line\": %u}",
                   i ? "," : "", (unsigned long long)raw[i].addr, (unsigned long long)raw[i].nbytes,
                   (unsigned long long)raw[i].size, raw[i].site);
    free(raw);
    buf_adds(out, "],\n");
}

typedef struct emit_ud {
    ctx *c;
    const model *m;
    buf *out;
    buf name;
    int any;
    map frames;             /* DOT: the frames' addresses */
} emit_ud;

static int json_object(void *ud, const model_obj *ob)
{
    emit_ud *e = ud;
    buf_clear(&e->name);
    name_type(e->c, ob->type, &e->name);
    buf_printf(e->out, "%s\n    {\"address\": \"0x%llx\", \"type\": ", e->any++ ? "," : "",
               (unsigned long long)ob->addr);
    json_str(e->out, buf_str(&e->name));
    buf_adds(e->out, ", \"type_address\": ");
    json_addr(e->out, ob->type);
    buf_printf(e->out, ", \"size\": %u, \"line\": %u, \"refcount\": %lld, \"generation\": ", ob->size, ob->site,
               (long long)ob->refcnt);
    if (ob->gen >= 0)
        buf_printf(e->out, "%d}", ob->gen);
    else
        buf_adds(e->out, "null}");
    return 0;
}

/* The value of the static object at addr the names table knows ("5",
 * "None"), or NULL (known: a heap object the model has; or a static one
 * without a value). */
static const char *static_value(const emit_ud *e, uint64_t addr, int known)
{
    return known ? NULL : names_get(e->c->names, addr, NAMES_VALUE);
}

/* References to objects, and those a program object or frame holds to a
 * static object with a value ("value": its repr; statics have no entry
 * in "objects"). */
static int json_ref(void *ud, const model_ref *r)
{
    emit_ud *e = ud;
    int known = model_obj_info(e->m, r->target, NULL);
    const char *value = r->holder ? static_value(e, r->target, known) : NULL;
    if (!value && !known)
        return 0;
    buf_adds(e->out, e->any++ ? ",\n    {\"from\": " : "\n    {\"from\": ");
    json_addr(e->out, r->holder);
    buf_adds(e->out, ", \"to\": ");
    json_addr(e->out, r->target);
    buf_printf(e->out, ", \"label\": %llu, \"count\": %lld", (unsigned long long)r->label, (long long)r->count);
    if (value) {
        buf_adds(e->out, ", \"value\": ");
        json_str(e->out, value);
    }
    buf_addc(e->out, '}');
    return 0;
}

static void json_objects(ctx *c, buf *out, const model *m)
{
    emit_ud e = {c, m, out, BUF_INIT, 0, MAP_INIT};
    buf_adds(out, "  \"objects\": [");
    model_obj_each(m, json_object, &e);
    buf_adds(out, "],\n  \"references\": [");
    e.any = 0;
    model_refs_each(m, json_ref, &e);
    buf_adds(out, "],\n  \"frames\": [");
    size_t nf = model_frames(m, NULL, 0);
    model_frame *f = hv_malloc((nf + 1) * sizeof *f);
    model_frames(m, f, nf);
    for (size_t i = 0; i < nf; i++) {
        buf_adds(out, i ? ", {\"address\": " : "{\"address\": ");
        json_addr(out, f[i].addr);
        buf_adds(out, ", \"code\": ");
        json_addr(out, f[i].code);
        buf_addc(out, '}');
    }
    free(f);
    buf_adds(out, "]\n");
    buf_free(&e.name);
}

static void export_json(ctx *c, uint64_t pos, buf *out)
{
    const model *m = replay_model(c->r);
    const profile *p = replay_profile(c->r);
    buf_printf(out, "{\n  \"format\": \"heapviz-heap\", \"version\": 1,\n  \"session\": {\"id\": %lld, \"name\": ",
               (long long)c->row.id);
    json_str(out, c->row.name);
    buf_adds(out, ", \"profile\": ");
    json_str(out, p->name);         /* a legacy twin's too (profile.c) */
    buf_adds(out, ", \"collector\": ");
    json_str(out, c->row.collector);
    buf_printf(out, ", \"status\": \"%s\"},\n", session_status_name(c->row.status));
    buf_printf(out, "  \"at\": {\"step\": %llu, \"event\": %llu},\n", (unsigned long long)model_step(m),
               (unsigned long long)pos);
    buf_printf(out, "  \"geometry\": {\"alignment\": %u, \"small_threshold\": %u, \"arena_size\": %u, "
                    "\"pool_size\": %u, \"pool_overhead\": %u},\n",
               profile_alignment(p), p->small_threshold, profile_arena_size(p), profile_pool_size(p),
               p->pool_overhead);
    json_stats(out, m);
    json_arenas(out, m, p);
    json_objects(c, out, m);
    buf_adds(out, "}\n");
}

/* Text inside a DOT "string": quotes and backslashes escaped, no newlines. */
static void dot_text(buf *out, const char *s)
{
    for (; *s; s++) {
        if (*s == '"' || *s == '\\')
            buf_addc(out, '\\');
        buf_addc(out, *s == '\n' ? ' ' : *s);
    }
}

static int dot_object(void *ud, const model_obj *ob)
{
    emit_ud *e = ud;
    buf_clear(&e->name);
    name_type(e->c, ob->type, &e->name);
    buf_printf(e->out, "  \"0x%llx\" [label=\"", (unsigned long long)ob->addr);
    dot_text(e->out, buf_str(&e->name));
    buf_printf(e->out, " rc=%lld\\n0x%llx\"];\n", (long long)ob->refcnt, (unsigned long long)ob->addr);
    return 0;
}

/* An edge's label: the key's or attribute's name or value (label: the
 * key object), else the index or slot number. */
static void dot_label(emit_ud *e, const model_ref *r)
{
    const char *name = r->label >= HV_LABEL_NAMES ? names_get(e->c->names, r->label, NAMES_SELF) : NULL;
    if (!name && r->label >= HV_LABEL_NAMES)
        name = names_get(e->c->names, r->label, NAMES_VALUE);
    if (name)
        dot_text(e->out, name);
    else
        buf_printf(e->out, "%llu", (unsigned long long)r->label);
    if (r->count > 1)
        buf_adds(e->out, " (x2+)");
}

/* An arrow for a reference from an object or a frame to an object, or to
 * a static object's value, drawn as a plain-text node of its own. */
static int dot_ref(void *ud, const model_ref *r)
{
    emit_ud *e = ud;
    int from_frame = r->holder && map_get(&e->frames, r->holder, NULL);
    int known = model_obj_info(e->m, r->target, NULL);
    const char *value = r->holder ? static_value(e, r->target, known) : NULL;
    if (!r->holder || (!value && !known) ||
        (!from_frame && !model_obj_info(e->m, r->holder, NULL)))
        return 0;
    if (value) {
        buf_printf(e->out, "  \"v%d\" [shape=plaintext, label=\"", e->any);
        dot_text(e->out, value);
        buf_printf(e->out, "\"];\n  \"0x%llx\" -> \"v%d\" [label=\"", (unsigned long long)r->holder, e->any++);
    } else {
        buf_printf(e->out, "  \"0x%llx\" -> \"0x%llx\" [label=\"", (unsigned long long)r->holder,
                   (unsigned long long)r->target);
    }
    dot_label(e, r);
    buf_adds(e->out, "\"];\n");
    return 0;
}

static void export_dot(ctx *c, const model *m, buf *out)
{
    emit_ud e = {c, m, out, BUF_INIT, 0, MAP_INIT};
    buf_printf(out, "digraph heap {\n  rankdir=LR;\n  node [fontname=\"monospace\"];\n");
    size_t nf = model_frames(m, NULL, 0);
    model_frame *f = hv_malloc((nf + 1) * sizeof *f);
    model_frames(m, f, nf);
    for (size_t i = 0; i < nf; i++) {
        buf_printf(out, "  \"0x%llx\" [shape=box, label=\"frame %zu\\n0x%llx\"];\n", (unsigned long long)f[i].addr, i,
                   (unsigned long long)f[i].addr);
        map_put(&e.frames, f[i].addr, i);
    }
    free(f);
    model_obj_each(m, dot_object, &e);
    model_refs_each(m, dot_ref, &e);
    buf_adds(out, "}\n");
    buf_free(&e.name);
    map_free(&e.frames);
}

static int cmd_export(const cli_opts *o, buf *out, buf *err)
{
    ctx c;
    uint64_t pos;
    if (open_session(o, &c, err))
        return 2;
    int rc = seek_at(&c, o->at, &pos, err);
    if (!rc && strcmp(o->format, "json") == 0)
        export_json(&c, pos, out);
    else if (!rc)
        export_dot(&c, replay_model(c.r), out);
    ctx_close(&c);
    return rc ? 2 : 0;
}

int store_cmd_run(const cli_opts *o, buf *out, buf *err)
{
    buf why = BUF_INIT;
    int rc;
    switch (o->command) {
    case CMD_SESSIONS: rc = cmd_sessions(o, out, &why); break;
    case CMD_STATS: rc = cmd_stats(o, out, &why); break;
    case CMD_DIFF: rc = cmd_diff(o, out, &why); break;
    default: rc = cmd_export(o, out, &why); break;
    }
    if (rc)
        buf_printf(err, "heapviz: %s\n", buf_str(&why));
    buf_free(&why);
    return rc;
}

/* ---- recording ------------------------------------------------------------- */

int store_cmd_record_begin(const cli_opts *o, const char *name, const char *source, recorder *rec, buf *err)
{
    buf path = BUF_INIT, why = BUF_INIT;
    memset(rec, 0, sizeof *rec);
    if (o->db)
        buf_adds(&path, o->db);
    if ((o->db || store_default_path(&path, &why) == 0) &&
        (rec->st = store_open(buf_str(&path), STORE_WRITE, NULL, &why)) &&
        (!o->record_limit || store_limit_growth(rec->st, o->record_limit, &why) == 0)) {
        session_meta meta = {name, o->profile ? o->profile->name : profile_default()->name,
                             o->collector ? o->collector : "generational", source};
        rec->s = session_begin(rec->st, &meta, &why);
    }
    if (!rec->s) {
        buf_printf(err, "heapviz: %s\n", buf_str(&why));
        store_close(rec->st);
        rec->st = NULL;
    }
    buf_free(&path);
    buf_free(&why);
    return rec->s ? 0 : -1;
}

int store_cmd_record_end(recorder *rec, int interrupted, buf *err)
{
    buf why = BUF_INIT;
    int rc = session_end(rec->s, interrupted ? SESSION_INTERRUPTED : SESSION_COMPLETE, &why);
    if (rc)
        buf_printf(err, "heapviz: %s\n", buf_str(&why));
    store_close(rec->st);
    memset(rec, 0, sizeof *rec);
    buf_free(&why);
    return rc;
}
