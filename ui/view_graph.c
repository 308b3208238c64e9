/*
 * view_graph.c — the object graph (see view_graph.h for what it shows).
 *
 * Every draw rebuilds the graph from the model (roots, objects in creation
 * order, their references grouped by slot; above FULL_GRAPH live objects
 * only a window of them, graph_window.h, so a key costs the same on a
 * million objects as on a thousand), lays it out with
 * graph_layout.h (which remembers slots, so nothing jumps), scrolls so the
 * selection is on screen, and draws only what intersects the screen:
 *
 *   model ──▶ build(): nodes, slot rows, edges ──▶ graph_layout_run()
 *        ──▶ draw: edges (lines, arrowheads) then boxes, clipped; info rows
 *
 * Screen: a title row, the graph in a frame, then two rows: the selection
 * (address, line, sizes) and either why it is alive or the legend.
 * Selection is kept by node id (an object's creation serial), so it
 * survives stepping; keys act on the graph last drawn.
 */
#include "view_graph.h"

#include "buf.h"
#include "dict.h"
#include "stream.h"
#include "graph_layout.h"
#include "graph_window.h"
#include "map.h"
#include "narrate.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum {
    MAX_ROWS = 8,           /* slot rows shown in a box; the last says "+N more" */
    LABEL_W = 16,           /* columns of a slot label */
    MIN_BOX_W = 8, MAX_BOX_W = 30,
    COMPACT_LABEL_W = 15,   /* ...in the compact layout (titles stay whole) */
    MIN_W = 40, MIN_H = 10,
    SHORT_H = 20,           /* a panel lower than this: the title in the frame, one info row */
    MAX_PATH = 64,          /* why-alive steps shown */
    FULL_GRAPH = 4000,      /* live objects up to which the whole graph is laid out */
    WINDOW_NODES = 300,     /* above: the objects of the window (graph_window.h) */
    FANOUT = 24,            /* ...the references of each holder it follows */
    SIZE_BUDGET = 10000,    /* ...the objects its deep and retained sizes visit */
};

#define ID_INTERP (1ULL << 62)
#define ID_FRAME (3ULL << 62)
#define ID_HIDDEN (2ULL << 62)

enum node_kind { NODE_INTERP, NODE_FRAME, NODE_HIDDEN, NODE_OBJECT };
enum { MAX_KINDS = 32 };    /* hidden objects counted by type, for the summary box */

typedef struct hidden_kind {
    uint64_t type;
    size_t n;               /* hidden objects of that type */
} hidden_kind;

typedef struct gnode {
    uint8_t kind;           /* enum node_kind */
    uint8_t globals;        /* a module's namespace (it has a __name__ key) */
    uint8_t outermost;      /* the first frame (module level) */
    uint64_t addr;          /* the object or frame; 0 for the interpreter */
    uint64_t code;          /* a frame's code object */
    model_obj obj;          /* an object's model record */
    uint32_t first_row;     /* its slot labels: rows[first_row ..] */
    uint32_t nrows;         /* rows shown */
    uint32_t nslots;        /* distinct slots it holds references in */
    uint32_t title;         /* its title's offset in the graph's text */
    uint8_t cut;            /* window: some of its references are not shown */
    uint8_t garbage;        /* program mode: no root reaches it (counted on the whole model) */
} gnode;

/* The graph built from the model for one draw. */
typedef struct graph {
    gnode *nodes;
    gl_node *lnodes;
    size_t n, cap;
    gl_edge *edges;
    size_t ne, ecap;
    uint32_t *rows;         /* label offsets into text */
    size_t nrows, rowcap;
    buf text;
    map index;              /* object address → node index + 1 */
    map slots;              /* label + 1 → (holder << 32 | slot), this holder's slots */
    map statics;            /* (holder << 32 | slot) → references to static objects there */
    map static_of;          /* ...→ the first of them */
    size_t nframes, nunreach;
    size_t nroots;          /* nodes before the first object: interpreter, frames, hidden box */
    int program;            /* program objects only (view_graph.h's rule); else every object */
    map shown;              /* program mode: address → 1 for the objects shown */
    map reach;              /* program mode: address → 1 for the objects a root reaches */
    map globals;            /* program mode: the module namespaces the interpreter holds */
    size_t nhidden;         /* program mode: live objects folded into the hidden box */
    hidden_kind kinds[MAX_KINDS];
    size_t nkinds;          /* the hidden ones by type (the rest: kinds_other) */
    size_t kinds_other;
    int *col_lo, *col_hi;   /* per screen column: the light vertical line drawn there */
    size_t ncols;
    int windowed;           /* more than FULL_GRAPH objects: only a window of them */
    size_t nobjects;        /* live objects in the model */
    graph_window win;
} graph;

typedef struct graph_view {
    view_context ctx;
    const names_table *names;
    graph g;
    graph_layout *gl;
    uint64_t sel;           /* selected node id (0: none yet) */
    uint64_t sel_addr;      /* the selected object's address (0: a root or none) */
    int chosen;             /* the user chose it; until then the step's object is selected */
    int all;                /* every object, the interpreter's plumbing included (key a) */
    int why;                /* why-alive path shown */
    int follow;             /* scroll to keep the selection in view */
    int ox, oy;             /* graph coordinates at the top-left of the screen */
    canvas_rect inner;      /* where the graph went, for the mouse */
    int fits;
    int compact;            /* the last build: 0 full, 1 compact, 2 one-line boxes (build_fitted()) */
} graph_view;

/* ---- names and labels ------------------------------------------------------ */

static const char *name_of(const graph_view *gv, uint64_t addr, uint32_t slot)
{
    return names_get(gv->names, addr, slot);
}

/* A type's name from the names table, else from the app's stream (the
 * names its recording or interpreter gave), else NULL. */
static const char *type_of(const graph_view *gv, uint64_t tp)
{
    const char *n = names_get(gv->names, tp, NAMES_SELF);
    if (!n && gv->ctx.session && gv->ctx.session->stream)
        n = stream_type_name(gv->ctx.session->stream, tp);
    return n;
}

/* "56B", "1.2K", "3.4M". */
static void short_size(char *out, size_t len, uint64_t n)
{
    if (n < 1024)
        snprintf(out, len, "%lluB", (unsigned long long)n);
    else if (n < 1024 * 1024)
        snprintf(out, len, "%.1fK", (double)n / 1024);
    else
        snprintf(out, len, "%.1fM", (double)n / (1024 * 1024));
}

static void type_name(const graph_view *gv, uint64_t tp, char *out, size_t len)
{
    const char *t = type_of(gv, tp);
    if (t)
        snprintf(out, len, "%s", t);
    else
        snprintf(out, len, "?%llx", (unsigned long long)(tp & 0xffff));
}

static uint64_t ref_in(const graph_view *gv, uint64_t holder, uint64_t label);

/* A node's title: "list rc=2 56B", "globals rc=1 184B", "frame f". */
static void node_title(const graph_view *gv, const gnode *nd, char *out, size_t len)
{
    switch (nd->kind) {
    case NODE_INTERP:
        snprintf(out, len, "interpreter");
        return;
    case NODE_HIDDEN:
        snprintf(out, len, "+%zu internals", gv->g.nhidden);
        return;
    case NODE_FRAME: {
        const char *code = name_of(gv, nd->code, NAMES_SELF);
        snprintf(out, len, "frame %s", code ? code : nd->outermost ? "<module>" : "?");
        return;
    }
    default: {
        const char *t = nd->globals ? "globals" : type_of(gv, nd->obj.type), *own = name_of(gv, nd->addr, NAMES_SELF);
        char unknown[48];
        int named = 0;                              /* a class or a function, by its name */
        if (t && own && strcmp(t, "type") == 0) {
            snprintf(unknown, sizeof unknown, "class %.40s", own);
            t = unknown;
            named = 1;
        } else if (t && strcmp(t, "function") == 0 && (own = name_of(gv, ref_in(gv, nd->addr, 5), NAMES_SELF))) {
            snprintf(unknown, sizeof unknown, "function %.32s", own);     /* by its __name__ */
            t = unknown;
            named = 1;
        } else if (!t) {
            type_name(gv, nd->obj.type, unknown, sizeof unknown);
            t = unknown;
        }
        if (gv->compact && nd->globals) {           /* compact: a namespace by its role, */
            snprintf(out, len, "globals");
            return;
        }
        if (gv->compact && named) {                 /* a class or function without its size */
            snprintf(out, len, "%s rc=%lld", t, (long long)nd->obj.refcnt);
            return;
        }
        if (nd->obj.size < 1024) {                  /* the common case: one format */
            snprintf(out, len, "%s rc=%lld %uB", t, (long long)nd->obj.refcnt, nd->obj.size);
            return;
        }
        char size[16];
        short_size(size, sizeof size, nd->obj.size);
        snprintf(out, len, "%s rc=%lld %s", t, (long long)nd->obj.refcnt, size);
    }
    }
}

/* What the index slots of the interpreter's own kinds hold, named as
 * Python names them (the heap's labels: heap/func.c, class.c, emit.c…). */
static const struct field_names {
    const char *type;
    const char *field[12];
} field_names[] = {
    {"function", {"__code__", "__globals__", "__defaults__", "__kwdefaults__", "__closure__", "__name__",
                  "__qualname__", "__module__", "__doc__", "__dict__", "__builtins__", "__annotations__"}},
    {"property", {"fget", "fset", "fdel", "__doc__", "__set_name__ name"}},
    {"staticmethod", {"__func__", "__dict__"}},
    {"classmethod", {"__func__", "__dict__"}},
    {"type", {"__dict__", "__mro__", "__bases__", "__slots__", "__qualname__", "__subclasses__", "__name__"}},
    {"code", {"co_consts", "co_names", "co_localsplusnames", "co_name", "co_qualname", "co_filename"}},
    {"cell", {"cell_contents"}},
    {"method", {"__func__", "__self__"}},
    {"builtin_function_or_method", {"__self__"}},
    {"super", {"__thisclass__", "__self__", "__self_class__"}},
    {"method-wrapper", {"__self__"}},
    {"member_descriptor", {"__objclass__", "__name__"}},
    {"getset_descriptor", {"__objclass__", "__name__"}},
    {"range", {"start", "stop", "step", "len"}},
    {"range_iterator", {"start", "step", "len"}},
    {"longrange_iterator", {"start", "step", "len"}},
    {"list_iterator", {"it_seq"}},
    {"tuple_iterator", {"it_seq"}},
    {"list_reverseiterator", {"it_seq"}},
    {"set_iterator", {"set"}},
    {"dict_keyiterator", {"dict"}},
    {"dict_valueiterator", {"dict"}},
    {"dict_itemiterator", {"dict"}},
    {"dict_keys", {"mapping"}},
    {"dict_values", {"mapping"}},
    {"dict_items", {"mapping"}},
    {"traceback", {"tb_next", "tb_frame"}},
    {"memoryview", {"mbuf"}},
    {"managedbuffer", {"obj"}},
    {"memory_iterator", {"it_seq"}},
};

static const char *field_name(const char *tname, uint64_t label)
{
    for (size_t i = 0; tname && i < HV_COUNTOF(field_names); i++)
        if (strcmp(field_names[i].type, tname) == 0)
            return label < HV_COUNTOF(field_names[i].field) ? field_names[i].field[label] : NULL;
    return NULL;
}

/* An exception's slots (heap/exc.c): by the type's name, as a class
 * deriving from one keeps its base's name out of reach here. */
static const char *exception_field(const char *tname, uint64_t label)
{
    static const char *const f[] = {"args", NULL, "__traceback__", "__context__", "__cause__", "__dict__", "value",
                                    "encoding", "object", "reason", "name", "obj", "code"};
    size_t n = tname ? strlen(tname) : 0;
    int exc = n > 5 && (strcmp(tname + n - 5, "Error") == 0 || strstr(tname, "Exception") || strstr(tname, "Exit") ||
                        strcmp(tname, "StopIteration") == 0 || strcmp(tname, "KeyboardInterrupt") == 0);
    return exc && label < HV_COUNTOF(f) ? f[label] : NULL;
}

typedef struct label_find {
    uint64_t label;
    uint64_t target;
} label_find;

static int find_label(void *ud, const model_ref *r)
{
    label_find *f = ud;
    if (r->label != f->label)
        return 0;
    f->target = r->target;
    return 1;
}

/* The object holder refers to in slot label, or 0. */
static uint64_t ref_in(const graph_view *gv, uint64_t holder, uint64_t label)
{
    label_find f = {label, 0};
    model_refs_from(gv->ctx.model, holder, find_label, &f);
    return f.target;
}

/* A __slots__ instance's slot i: the name at index i of its class's
 * __slots__ tuple (the class's slot 3), or NULL. */
static const char *slots_name(const graph_view *gv, uint64_t cls, uint64_t i)
{
    uint64_t names = ref_in(gv, cls, 3), name = names ? ref_in(gv, names, i) : 0;
    return name ? name_of(gv, name, NAMES_SELF) : NULL;
}

/* Whether type name t is a list's or a tuple's: every label an index. */
static int is_sequence(const char *t)
{
    return t && (strcmp(t, "list") == 0 || strcmp(t, "tuple") == 0);
}

/* Whether o is an instance of a list subclass: it holds its class at
 * HV_LABEL_FIELDS, its items at index labels (event.h). */
static int is_list_instance(const graph_view *gv, const model_obj *o)
{
    return ref_in(gv, o->addr, HV_LABEL_FIELDS) == o->type;
}

/* "[2]", "__code__", "name"…: index slot `label` of an object of type t
 * (its record o). */
static void index_label(const graph_view *gv, const model_obj *o, const char *t, uint64_t label, uint64_t target,
                        char *out, size_t len)
{
    const char *f = field_name(t, label);
    int seq = is_sequence(t);
    if (!f && !seq)
        f = exception_field(t, label);
    if (!f && !seq && label == 0 && target == o->type)
        f = "__class__";                    /* every instance keeps its class */
    if (!f && !seq && (f = slots_name(gv, o->type, label)) && is_list_instance(gv, o))
        f = NULL;                           /* an item: a list subclass's slots are past HV_LABEL_FIELDS */
    if (f)
        snprintf(out, len, "%s", f);
    else
        snprintf(out, len, "[%llu]", (unsigned long long)label);
}

/* A list subclass's instance's own field `i` labels past HV_LABEL_FIELDS
 * (event.h): its class, then its __slots__ members. */
static void fields_label(const graph_view *gv, const model_obj *o, uint64_t i, char *out, size_t len)
{
    const char *f = i ? slots_name(gv, o->type, i - 1) : "__class__";
    if (f)
        snprintf(out, len, "%s", f);
    else
        snprintf(out, len, "slot %llu", (unsigned long long)(i - 1));
}

/* A slot named by an object (label = its address): a dict's key, a set's
 * element; in a namespace or an instance a bare name. */
static void key_label(const graph_view *gv, const gnode *nd, const char *t, uint64_t label, char *out, size_t len)
{
    const char *key = name_of(gv, label, NAMES_SELF), *value;
    char quoted_key[64];
    model_obj k;
    int quoted = t && !nd->globals && (strcmp(t, "dict") == 0 || strcmp(t, "set") == 0 || strcmp(t, "frozenset") == 0);
    if (key && !quoted)
        snprintf(out, len, "%s", key);
    else if ((value = names_value(gv->names, label, quoted_key, sizeof quoted_key)) != NULL)
        snprintf(out, len, "%s", value);      /* a key's repr: 'b', 1, None */
    else if (model_obj_info(gv->ctx.model, label, &k) && type_of(gv, k.type))
        snprintf(out, len, "%s %s", type_of(gv, k.type), t && strcmp(t, "dict") == 0 ? "key" : "item");
    else
        snprintf(out, len, "%llx", (unsigned long long)label);
}

/* The row label of slot `label` held by nd (target: the first object it
 * holds there): an index or field, a key or attribute name, a local's
 * name. */
static void slot_label(const graph_view *gv, const gnode *nd, uint64_t label, uint64_t target, char *out, size_t len)
{
    const char *t = nd->kind == NODE_OBJECT ? type_of(gv, nd->obj.type) : NULL;
    if (nd->kind == NODE_INTERP) {
        snprintf(out, len, "held");
    } else if (nd->kind == NODE_FRAME) {
        const char *local = label < HV_LABEL_NAMES ? name_of(gv, nd->code, (uint32_t)label) : NULL;
        if (local)
            snprintf(out, len, "%s", local);
        else
            snprintf(out, len, "local %llu", (unsigned long long)label);
    } else if (label == DICT_INLINE_LABEL) {
        snprintf(out, len, "__dict__");     /* an instance's materialised dict (dict.h) */
    } else if (label >= HV_LABEL_FIELDS && label < DICT_INLINE_LABEL && is_list_instance(gv, &nd->obj)) {
        fields_label(gv, &nd->obj, label - HV_LABEL_FIELDS, out, len);
    } else if (label < HV_LABEL_NAMES || is_sequence(t) ||
               (label < HV_LABEL_FIELDS && is_list_instance(gv, &nd->obj))) {   /* a list subclass's item */
        index_label(gv, &nd->obj, t, label, target, out, len);
    } else {
        key_label(gv, nd, t, label, out, len);
    }
}

/* ---- building the graph from the model ------------------------------------- */

static int program_ref(const graph_view *gv, int kind, const model_obj *h, const model_ref *r);
static int is_set(const graph_view *gv, const model_obj *h);
static int type_is(const graph_view *gv, uint64_t tp, const char *const *names, size_t n);

/* Empties g's maps (they are rebuilt with every layout). */
static void graph_free_maps(graph *g)
{
    map_free(&g->index);
    map_free(&g->slots);
    map_free(&g->statics);
    map_free(&g->static_of);
    map_free(&g->shown);
    map_free(&g->reach);
    map_free(&g->globals);
}

static void graph_reset(graph *g)
{
    g->n = g->ne = g->nrows = 0;
    g->nframes = g->nunreach = g->nhidden = g->nkinds = g->kinds_other = 0;
    buf_clear(&g->text);
    graph_free_maps(g);
}

static void graph_free(graph *g)
{
    free(g->nodes);
    free(g->lnodes);
    free(g->edges);
    free(g->rows);
    free(g->col_lo);
    free(g->col_hi);
    buf_free(&g->text);
    graph_free_maps(g);
    graph_window_free(&g->win);
}

static size_t add_node(graph *g, const gnode *nd, uint64_t id, int root)
{
    if (g->n + 1 > g->cap) {
        size_t cap = g->cap;
        hv_grow(&g->nodes, &cap, g->n + 1, sizeof *g->nodes, 64);
        hv_grow(&g->lnodes, &g->cap, g->n + 1, sizeof *g->lnodes, 64);
    }
    g->nodes[g->n] = *nd;
    g->lnodes[g->n] = (gl_node){.id = id, .size = nd->kind == NODE_OBJECT ? nd->obj.size : 0, .root = (uint8_t)root};
    return g->n++;
}

static int add_object(void *ud, const model_obj *o)
{
    graph *g = ud;
    if (g->program && !map_get(&g->shown, o->addr, NULL))
        return 0;
    gnode nd = {.kind = NODE_OBJECT, .addr = o->addr, .obj = *o};
    nd.garbage = g->program && !map_get(&g->reach, o->addr, NULL);
    map_put(&g->index, o->addr, add_node(g, &nd, o->serial + 1, 0) + 1);
    return 0;
}

typedef struct holder_ctx {
    graph_view *gv;
    uint32_t from;          /* the holder's node */
    size_t first_edge;      /* its edges start here */
} holder_ctx;

static void add_row(graph_view *gv, gnode *nd, const char *label)
{
    graph *g = &gv->g;
    hv_grow(&g->rows, &g->rowcap, g->nrows + 1, sizeof *g->rows, 64);
    if (nd->nrows == 0)
        nd->first_row = (uint32_t)g->nrows;
    g->rows[g->nrows++] = (uint32_t)g->text.len;
    buf_add(&g->text, label, strlen(label) + 1);
    nd->nrows++;
}

/* A program's reference to an object outside the heap (a static one: a
 * small int, a cached one-character string, None, a built-in type) held
 * by a container, an instance or a frame: no box and no arrow, but a row
 * that says what it holds as repr() would ("[0] 5", "x = None", "'b': 1")
 * where the names table knows the value, else that it is static
 * ("[0] (static)"), so a list of small ints does not look empty.  A
 * namespace shows only the static objects with a value (an imported
 * module is static too, and has none). */
static void static_row(holder_ctx *hc, gnode *nd, const model_ref *r)
{
    graph *g = &hc->gv->g;
    uint64_t key = r->label + 1, v, n = 0;
    if (nd->kind == NODE_OBJECT && r->target == nd->obj.type)
        return;                                 /* its class: every object has one */
    if (!map_get(&g->slots, key, &v) || (v >> 32) != hc->from) {
        uint32_t slot = nd->nslots++;
        v = (uint64_t)hc->from << 32 | slot;
        map_put(&g->slots, key, v);
        if (slot < MAX_ROWS) {
            char label[64];
            slot_label(hc->gv, nd, r->label, r->target, label, sizeof label);
            add_row(hc->gv, nd, label);         /* finish_holder() says what it holds */
        }
    }
    if (!map_get(&g->statics, v, &n))
        map_put(&g->static_of, v, r->target);   /* the first static one it holds */
    map_put(&g->statics, v, n + 1);
}

/* How a slot's label and the value it holds join: "[0] 5", "'b': 1",
 * "x = 5"; a set's row is its element alone (NULL). */
static const char *value_joint(const graph_view *gv, const gnode *nd, const char *label)
{
    static const char *const keyed[] = {"dict"};            /* "'k': v" */
    if (nd->kind == NODE_OBJECT && is_set(gv, &nd->obj))
        return NULL;
    if (nd->kind == NODE_OBJECT && !nd->globals && type_is(gv, nd->obj.type, keyed, 1))
        return ": ";
    return label[0] == '[' ? " " : " = ";
}

/* The rows of slots holding static objects: "[0] 5", "x = None",
 * "[1] (static)", "'k': 20 static"; "[0] +2 static" when the slot
 * holds heap objects too (their arrows leave from the row). */
static void static_labels(graph_view *gv, const holder_ctx *hc)
{
    graph *g = &gv->g;
    gnode *nd = &g->nodes[hc->from];
    for (uint32_t slot = 0; slot < nd->nrows && slot < nd->nslots; slot++) {
        uint64_t key = (uint64_t)hc->from << 32 | slot, n, target;
        if (!map_get(&g->statics, key, &n) || !map_get(&g->static_of, key, &target))
            continue;
        char row[96], quoted[48];
        const char *label = g->text.data + g->rows[nd->first_row + slot];
        const char *text = names_value(gv->names, target, quoted, sizeof quoted), *joint = value_joint(gv, nd, label);
        int heap = 0;
        for (size_t e = hc->first_edge; e < g->ne && !heap; e++)
            heap = g->edges[e].port == (int)slot;
        if (heap)
            snprintf(row, sizeof row, "%.40s +%llu static", label, (unsigned long long)n);
        else if (n > 1)
            snprintf(row, sizeof row, "%.40s: %llu static", label, (unsigned long long)n);
        else if (!joint)
            continue;                       /* a set's element: its label is its value */
        else if (text)
            snprintf(row, sizeof row, "%.40s%s%.48s", label, joint, text);
        else
            snprintf(row, sizeof row, "%.40s (static)", label);
        g->rows[nd->first_row + slot] = (uint32_t)g->text.len;
        buf_add(&g->text, row, strlen(row) + 1);
    }
}

/* One reference of the holder: a new slot row, or one more edge from an
 * existing one.  References to objects outside the heap (static ones:
 * small ints, interned names, types) get a row in program mode
 * (static_row()), no arrow. */
static int add_ref(void *ud, const model_ref *r)
{
    holder_ctx *hc = ud;
    graph *g = &hc->gv->g;
    gnode *nd = &g->nodes[hc->from];
    uint64_t to, v;
    if (nd->kind == NODE_OBJECT && r->label >= HV_LABEL_NAMES && !nd->globals) {
        const char *key = name_of(hc->gv, r->label, NAMES_SELF);
        nd->globals = key && strcmp(key, "__name__") == 0;
    }
    if (g->program && !program_ref(hc->gv, nd->kind, &nd->obj, r))
        return 0;
    if (!map_get(&g->index, r->target, &to)) {
        if (g->program && nd->kind != NODE_INTERP && !model_obj_info(hc->gv->ctx.model, r->target, NULL) &&
            (!nd->globals || names_value(hc->gv->names, r->target, NULL, 0)))
            static_row(hc, nd, r);
        return 0;
    }
    uint32_t slot;
    int cls = nd->kind == NODE_OBJECT && r->target == nd->obj.type;    /* __class__ beside a slot 0 */
    uint64_t key = (r->label + 1) ^ ((uint64_t)cls << 63);
    if (map_get(&g->slots, key, &v) && (v >> 32) == hc->from) {
        slot = (uint32_t)v;
    } else {
        slot = nd->nslots++;
        map_put(&g->slots, key, (uint64_t)hc->from << 32 | slot);
        if (slot < MAX_ROWS) {
            char label[64];
            slot_label(hc->gv, nd, r->label, r->target, label, sizeof label);
            add_row(hc->gv, nd, label);
        }
    }
    hv_grow(&g->edges, &g->ecap, g->ne + 1, sizeof *g->edges, 256);
    g->edges[g->ne++] = (gl_edge){hc->from, (uint32_t)(to - 1), (int)slot};
    return 0;
}

/* The holder's slots become box rows: with more than MAX_ROWS, the last
 * row stands for the rest ("+N more") and their edges leave from it. */
static void finish_holder(graph_view *gv, const holder_ctx *hc)
{
    graph *g = &gv->g;
    gnode *nd = &g->nodes[hc->from];
    static_labels(gv, hc);
    if (nd->cut && nd->nslots < MAX_ROWS)
        add_row(gv, nd, "+ more");          /* the window left references out */
    if (nd->nslots > MAX_ROWS) {
        char more[32];
        snprintf(more, sizeof more, nd->cut ? "+%u more…" : "+%u more", nd->nslots - (MAX_ROWS - 1));
        g->rows[nd->first_row + MAX_ROWS - 1] = (uint32_t)g->text.len;
        buf_add(&g->text, more, strlen(more) + 1);
    }
    for (size_t e = hc->first_edge; e < g->ne; e++) {
        int slot = g->edges[e].port < MAX_ROWS ? g->edges[e].port : MAX_ROWS - 1;
        g->edges[e].port = 2 + slot;
    }
}

typedef struct ref_list {
    model_ref *r;
    size_t n, cap;
} ref_list;

static int gather_ref(void *ud, const model_ref *r)
{
    ref_list *l = ud;
    hv_grow(&l->r, &l->cap, l->n + 1, sizeof *l->r, 16);
    l->r[l->n++] = *r;
    return 0;
}

typedef struct ordered_ref {
    size_t order, k;        /* where its key came in; its own place */
} ordered_ref;

static int cmp_order(const void *a, const void *b)
{
    const ordered_ref *x = a, *y = b;
    return x->order != y->order ? (x->order > y->order) - (x->order < y->order) : (x->k > y->k) - (x->k < y->k);
}

static int cmp_label(const void *a, const void *b)
{
    const model_ref *x = a, *y = b;
    return (x->label > y->label) - (x->label < y->label);
}

/* A dict's references in its keys' insertion order: references come
 * oldest first, and a value replaced later is a newer reference than its
 * key, which the keys' holder took when the key was inserted (the key's
 * own reference: target = label).  Python keeps a key's place when its
 * value changes, so each value takes its key's place.  The keys' holder
 * is the dict itself, or for an instance's attributes (inline values on
 * the class's shared keys) its class: keys_of lists its references;
 * slots without a key there (__class__, __dict__) keep their place first. */
static void key_order(ref_list *l, const ref_list *keys_of)
{
    if (l->n < 2)
        return;
    map keys = MAP_INIT;                    /* label → the index of its key's reference */
    ordered_ref *o = hv_malloc((l->n + 1) * sizeof *o);
    for (size_t k = 0; k < keys_of->n; k++)
        if (keys_of->r[k].label >= HV_LABEL_NAMES && keys_of->r[k].target == keys_of->r[k].label)
            map_put(&keys, keys_of->r[k].label, k);
    size_t keyed = keys_of == l ? 0 : l->n;    /* another's keys: after the slots without one */
    for (size_t k = 0; k < l->n; k++) {
        uint64_t at;
        o[k] = (ordered_ref){map_get(&keys, l->r[k].label, &at) ? keyed + (size_t)at : k, k};
    }
    qsort(o, l->n, sizeof *o, cmp_order);
    model_ref *sorted = hv_malloc((l->n + 1) * sizeof *sorted);
    for (size_t k = 0; k < l->n; k++)
        sorted[k] = l->r[o[k].k];
    memcpy(l->r, sorted, l->n * sizeof *sorted);
    free(sorted);
    free(o);
    map_free(&keys);
}

static void collect_refs(graph_view *gv, uint32_t from, uint64_t holder)
{
    static const char *const dict[] = {"dict"};
    holder_ctx hc = {gv, from, gv->g.ne};
    const gnode *nd = &gv->g.nodes[from];
    if (!gv->g.windowed) {
        ref_list l = {NULL, 0, 0}, cls = {NULL, 0, 0};
        model_refs_from(gv->ctx.model, holder, gather_ref, &l);
        if (nd->kind == NODE_OBJECT && type_is(gv, nd->obj.type, dict, 1)) {
            key_order(&l, &l);
        } else if (nd->kind == NODE_OBJECT && is_sequence(type_of(gv, nd->obj.type))) {
            if (l.n > 1)                            /* a list's or tuple's items by index */
                qsort(l.r, l.n, sizeof *l.r, cmp_label);
        } else if (l.n > 1 && nd->kind == NODE_OBJECT && model_obj_info(gv->ctx.model, nd->obj.type, NULL)) {
            model_refs_from(gv->ctx.model, nd->obj.type, gather_ref, &cls);   /* a class of the program's */
            key_order(&l, &cls);
            free(cls.r);
        }
        for (size_t k = 0; k < l.n; k++)
            add_ref(&hc, &l.r[k]);
        free(l.r);
    } else {                                /* the window's sample of them */
        model_ref refs[FANOUT + GRAPH_WINDOW_PATH];
        int cut;
        size_t n = graph_window_refs(&gv->g.win, gv->ctx.model, holder, FANOUT, refs, &cut);
        for (size_t k = 0; k < n; k++)
            add_ref(&hc, &refs[k]);
        gv->g.nodes[from].cut = (uint8_t)cut;
    }
    finish_holder(gv, &hc);
}

/* Box sizes from titles and labels. */
static void size_boxes(graph_view *gv)
{
    graph *g = &gv->g;
    for (size_t i = 0; i < g->n; i++) {
        char title[96];
        node_title(gv, &g->nodes[i], title, sizeof title);
        g->nodes[i].title = (uint32_t)g->text.len;
        buf_add(&g->text, title, strlen(title) + 1);
        int w = canvas_text_width(title) + 3;       /* borders and the selection mark */
        int label_w = gv->compact ? COMPACT_LABEL_W : LABEL_W, max_w = MAX_BOX_W;
        for (uint32_t k = 0; k < g->nodes[i].nrows; k++) {
            int lw = canvas_text_width(g->text.data + g->rows[g->nodes[i].first_row + k]);
            if ((lw > label_w ? label_w : lw) + 4 > w)
                w = (lw > label_w ? label_w : lw) + 4;           /* borders, a space either side */
        }
        g->lnodes[i].w = w < MIN_BOX_W ? MIN_BOX_W : w > max_w ? max_w : w;
        g->lnodes[i].h = 3 + (int)g->nodes[i].nrows;
    }
}

/* Whether node i is garbage: no root reaches it.  A window's nodes are
 * all reached from a root except perhaps its focus, and when the search
 * for the focus's keeper stopped at its budget nothing is known. */
static int unreachable(const graph_view *gv, size_t i)
{
    if (gv->g.program)
        return gv->g.nodes[i].garbage;
    return graph_layout_place(gv->gl, i)->depth < 0 && !(gv->g.windowed && gv->g.win.path_unknown);
}

/* The object a windowed graph centres on: the chosen one while it lives,
 * else the newest (keep_selection() then selects it). */
static uint64_t window_focus(const graph_view *gv)
{
    model_obj o;
    if (gv->chosen && gv->sel_addr && model_obj_info(gv->ctx.model, gv->sel_addr, &o) && o.serial + 1 == gv->sel)
        return o.addr;
    return model_obj_next(gv->ctx.model, 0, -1, &o) ? o.addr : 0;
}

/* ---- program objects (the rule in view_graph.h) ------------------------------- */

/* Kinds that are the interpreter's machinery: a class or a function the
 * program reaches is one box, its references are not followed. */
static const char *const opaque_types[] = {
    "type", "function", "code", "module", "builtin_function_or_method", "method_descriptor",
    "getset_descriptor", "member_descriptor", "wrapper_descriptor", "classmethod_descriptor",
    "method-wrapper", "mappingproxy",
};

static int type_is(const graph_view *gv, uint64_t tp, const char *const *names, size_t n)
{
    const char *t = type_of(gv, tp);
    for (size_t i = 0; t && i < n; i++)
        if (strcmp(t, names[i]) == 0)
            return 1;
    return 0;
}

static int opaque(const graph_view *gv, const model_obj *o)
{
    return type_is(gv, o->type, opaque_types, HV_COUNTOF(opaque_types));
}

/* "__name__", "__doc__"… */
static int dunder(const char *s)
{
    size_t n = s ? strlen(s) : 0;
    return n > 4 && strncmp(s, "__", 2) == 0 && strcmp(s + n - 2, "__") == 0;
}

/* A function's references the program made: its defaults (a mutable
 * default is shared by every call) and its closure (the cells it keeps). */
static int function_value(const graph_view *gv, const model_obj *h, const model_ref *r)
{
    static const char *const function[] = {"function"};
    return type_is(gv, h->type, function, 1) && r->label >= 2 && r->label <= 4;
}

static int is_set(const graph_view *gv, const model_obj *h)
{
    static const char *const sets[] = {"set", "frozenset"};
    return type_is(gv, h->type, sets, 2);
}

/* Whether reference r held by a node of kind `kind` (h: the holder's
 * record when it is an object) leads to a program object and is drawn. */
static int program_ref(const graph_view *gv, int kind, const model_obj *h, const model_ref *r)
{
    if (kind == NODE_INTERP)                /* the interpreter: only its module namespaces */
        return map_get(&gv->g.globals, r->target, NULL);
    if (kind == NODE_FRAME)                 /* a frame: its locals and stack */
        return 1;
    if (opaque(gv, h))                      /* a class's internals, but a function's values */
        return function_value(gv, h, r);
    if (r->target == h->type)
        return 0;                           /* an instance's ob_type */
    static const char *const dict[] = {"dict"};
    if (r->label >= HV_LABEL_NAMES && r->target == r->label && r->count == 1 && type_is(gv, h->type, dict, 1))
        return 0;                           /* a dict's key: its row's label says it (count 2: {k: k}) */
    const char *key = r->label >= HV_LABEL_NAMES ? name_of(gv, r->label, NAMES_SELF) : NULL;
    if (!map_get(&gv->g.globals, h->addr, NULL))
        return 1;
    model_obj t;                            /* a namespace: no dunders, no imported modules */
    static const char *const module[] = {"module"};
    return !dunder(key) && !(model_obj_info(gv->ctx.model, r->target, &t) && type_is(gv, t.type, module, 1));
}

/* A breadth-first walk over live objects, marking them in `seen`. */
typedef struct walk {
    graph_view *gv;
    map *seen;
    int program;            /* follow program_ref() references only */
    int kind;               /* the holder being expanded */
    const model_obj *holder;
    uint64_t *q;
    size_t n, cap;
} walk;

static void walk_visit(walk *w, uint64_t addr)
{
    if (!addr || map_get(w->seen, addr, NULL) || !model_obj_info(w->gv->ctx.model, addr, NULL))
        return;
    map_put(w->seen, addr, 1);
    hv_grow(&w->q, &w->cap, w->n + 1, sizeof *w->q, 256);
    w->q[w->n++] = addr;
}

static int walk_ref(void *ud, const model_ref *r)
{
    walk *w = ud;
    if (!w->program || program_ref(w->gv, w->kind, w->holder, r))
        walk_visit(w, r->target);
    return 0;
}

static void walk_from(walk *w, uint64_t holder, int kind, const model_obj *h)
{
    w->kind = kind;
    w->holder = h;
    model_refs_from(w->gv->ctx.model, holder, walk_ref, w);
}

/* Expands everything queued (a program walk through program_ref()'s
 * references only). */
static void walk_run(walk *w)
{
    for (size_t head = 0; head < w->n; head++) {
        model_obj o;
        model_obj_info(w->gv->ctx.model, w->q[head], &o);
        walk_from(w, o.addr, NODE_OBJECT, &o);
    }
    free(w->q);
}

static int has_name_key(void *ud, const model_ref *r)
{
    const char *key = r->label >= HV_LABEL_NAMES ? name_of(ud, r->label, NAMES_SELF) : NULL;
    return key && strcmp(key, "__name__") == 0;
}

static int note_globals(void *ud, const model_ref *r)
{
    graph_view *gv = ud;
    if (model_refs_from(gv->ctx.model, r->target, has_name_key, gv))
        map_put(&gv->g.globals, r->target, 1);
    return 0;
}

static int seed_garbage(void *ud, const model_obj *o)
{
    walk *w = ud;
    if (!map_get(&w->gv->g.reach, o->addr, NULL))
        walk_visit(w, o->addr);
    return 0;
}

static int count_hidden(void *ud, const model_obj *o)
{
    graph *g = ud;
    if (map_get(&g->shown, o->addr, NULL))
        return 0;
    g->nhidden++;
    for (size_t k = 0; k < g->nkinds; k++)
        if (g->kinds[k].type == o->type) {
            g->kinds[k].n++;
            return 0;
        }
    if (g->nkinds < MAX_KINDS)
        g->kinds[g->nkinds++] = (hidden_kind){o->type, 1};
    else
        g->kinds_other++;
    return 0;
}

/* Program mode: which objects a root reaches at all (g->reach), which are
 * the program's (g->shown), and the rest counted by kind. */
static void program_select(graph_view *gv, const model_frame *frames, size_t nf)
{
    graph *g = &gv->g;
    const model *m = gv->ctx.model;
    model_refs_from(m, 0, note_globals, gv);
    walk all = {.gv = gv, .seen = &g->reach};
    walk_from(&all, 0, NODE_INTERP, NULL);
    for (size_t i = 0; i < nf; i++)
        walk_from(&all, frames[i].addr, NODE_FRAME, NULL);
    walk_run(&all);
    walk prog = {.gv = gv, .seen = &g->shown, .program = 1};
    walk_from(&prog, 0, NODE_INTERP, NULL);
    for (size_t i = 0; i < nf; i++)
        walk_from(&prog, frames[i].addr, NODE_FRAME, NULL);
    model_obj_each(m, seed_garbage, &prog);
    walk_run(&prog);
    model_obj_each(m, count_hidden, g);
}

static int by_count(const void *a, const void *b)
{
    size_t x = ((const hidden_kind *)a)->n, y = ((const hidden_kind *)b)->n;
    return x < y ? 1 : x > y ? -1 : 0;
}

/* Kinds the hidden box lists by name: all but the last rows on a tall
 * panel, fewer on a short one (a presenter's 80×24). */
static size_t hidden_kind_rows(const graph_view *gv)
{
    int h = gv->inner.h;
    size_t room = h >= 30 ? MAX_ROWS - 2 : h > 13 ? (size_t)(h - 10) / 3 : 1;
    return room < MAX_ROWS - 2 ? room : MAX_ROWS - 2;
}

/* The hidden box's rows: the hidden objects' count by kind, the key that
 * shows them, and (holds) the row its arrows leave from; returns that
 * row's port. */
static int hidden_rows(graph_view *gv, size_t i, int holds)
{
    graph *g = &gv->g;
    if (gv->compact)
        return 1;                           /* its title only: the arrows leave from it */
    qsort(g->kinds, g->nkinds, sizeof g->kinds[0], by_count);
    size_t room = hidden_kind_rows(gv);
    size_t shown = g->nkinds <= room + 1 ? g->nkinds : room, rest = g->kinds_other;
    char row[64];
    for (size_t k = 0; k < g->nkinds; k++) {
        if (k >= shown) {
            rest += g->kinds[k].n;
            continue;
        }
        char t[32];
        type_name(gv, g->kinds[k].type, t, sizeof t);
        snprintf(row, sizeof row, "%zu %s", g->kinds[k].n, t);
        add_row(gv, &g->nodes[i], row);
    }
    if (rest) {
        snprintf(row, sizeof row, "%zu other", rest);
        add_row(gv, &g->nodes[i], row);
    }
    add_row(gv, &g->nodes[i], "a: show all");
    if (holds)
        add_row(gv, &g->nodes[i], "and they hold:");
    return 1 + (int)g->nodes[i].nrows;
}

/* Marks what node i reaches through the drawn edges (out[start[u] ..
 * start[u+1]) per node u) in seen, i included, using q. */
static void mark_reach(const uint32_t *start, const uint32_t *out, uint8_t *seen, uint32_t *q, uint32_t i)
{
    size_t head = 0, tail = 0;
    seen[i] = 1;
    for (q[tail++] = i; head < tail; head++)
        for (uint32_t k = start[q[head]]; k < start[q[head] + 1]; k++)
            if (!seen[out[k]]) {
                seen[out[k]] = 1;
                q[tail++] = out[k];
            }
}

/* Program mode: a shown object alive in the model (a root reaches it)
 * that no drawn reference from a root reaches is held by the hidden
 * objects (a code object's constant, an interned name): an arrow from the
 * hidden box to each such object no other shown live object refers to
 * (pass 0), then to the first of each group left (a cycle), so that only
 * garbage is drawn as unreachable.  Returns how many arrows. */
static size_t hidden_edges(graph_view *gv, uint32_t hidden)
{
    graph *g = &gv->g;
    size_t ne = g->ne, added = 0;
    uint32_t *start = hv_calloc(g->n + 1, sizeof *start), *out = hv_malloc((ne + 1) * sizeof *out);
    uint32_t *q = hv_malloc((g->n + 1) * sizeof *q), *fill = hv_malloc((g->n + 1) * sizeof *fill);
    uint8_t *seen = hv_calloc(g->n + 1, 1), *held = hv_calloc(g->n + 1, 1);
    for (size_t e = 0; e < ne; e++) {
        start[g->edges[e].from + 1]++;
        if (g->edges[e].from >= g->nroots && !g->nodes[g->edges[e].from].garbage && g->edges[e].from != g->edges[e].to)
            held[g->edges[e].to] = 1;           /* another live object refers to it */
    }
    for (size_t i = 0; i < g->n; i++)
        start[i + 1] += start[i];
    memcpy(fill, start, (g->n + 1) * sizeof *fill);
    for (size_t e = 0; e < ne; e++)
        out[fill[g->edges[e].from]++] = g->edges[e].to;
    for (uint32_t i = 0; i < g->nroots; i++)
        if (i != hidden)
            mark_reach(start, out, seen, q, i);
    for (int pass = 0; pass < 2; pass++)
        for (uint32_t i = (uint32_t)g->nroots; i < g->n; i++) {
            if (seen[i] || g->nodes[i].garbage || (pass == 0 && held[i]))
                continue;
            hv_grow(&g->edges, &g->ecap, g->ne + 1, sizeof *g->edges, 256);
            g->edges[g->ne++] = (gl_edge){hidden, i, 0};
            added++;
            mark_reach(start, out, seen, q, i);
        }
    free(held);
    free(seen);
    free(fill);
    free(q);
    free(out);
    free(start);
    return added;
}

static void add_objects(graph_view *gv)
{
    graph *g = &gv->g;
    if (!g->windowed) {
        model_obj_each(gv->ctx.model, add_object, g);
        return;
    }
    graph_window_build(&g->win, gv->ctx.model, window_focus(gv), WINDOW_NODES, FANOUT);
    for (size_t i = 0; i < g->win.n; i++)
        add_object(g, &g->win.objs[i]);
}

/* Removes node i and the edges at it. */
static void drop_node(graph *g, uint32_t i)
{
    size_t k = 0;
    for (size_t e = 0; e < g->ne; e++) {
        gl_edge ed = g->edges[e];
        if (ed.from == i || ed.to == i)
            continue;
        ed.from -= ed.from > i;
        ed.to -= ed.to > i;
        g->edges[k++] = ed;
    }
    g->ne = k;
    memmove(&g->nodes[i], &g->nodes[i + 1], (g->n - i - 1) * sizeof *g->nodes);
    memmove(&g->lnodes[i], &g->lnodes[i + 1], (g->n - i - 1) * sizeof *g->lnodes);
    g->n--;
    g->nroots -= i < g->nroots;
}

static int holds_any(const graph *g, uint32_t i)
{
    for (size_t e = 0; e < g->ne; e++)
        if (g->edges[e].from == i)
            return 1;
    return 0;
}

/* The compact layout's roots (program mode): the module namespaces stand
 * for the interpreter that holds them (one column less), and a frame or
 * the internals box that holds nothing drawn takes no room (the title
 * still counts the frames). */
static void compact_roots(graph_view *gv)
{
    graph *g = &gv->g;
    int namespaces = 0;
    for (size_t e = 0; e < g->ne; e++)
        if (g->nodes[g->edges[e].from].kind == NODE_INTERP) {
            g->lnodes[g->edges[e].to].root = 1;
            namespaces = 1;
        }
    for (uint32_t i = (uint32_t)g->nroots; i-- > 0;)
        if ((g->nodes[i].kind == NODE_INTERP && namespaces) ||
            ((g->nodes[i].kind == NODE_FRAME || g->nodes[i].kind == NODE_HIDDEN) && !holds_any(g, i)))
            drop_node(g, i);
    map_free(&g->index);
    for (size_t i = 0; i < g->n; i++)
        if (g->nodes[i].kind == NODE_OBJECT)
            map_put(&g->index, g->nodes[i].addr, i + 1);
}

/* The tightest layout: an object's box is its title alone, its arrows
 * leave from it; the roots keep their rows (the names). */
static void one_line_boxes(graph *g)
{
    for (size_t e = 0; e < g->ne; e++)
        if (g->nodes[g->edges[e].from].kind == NODE_OBJECT && !g->nodes[g->edges[e].from].globals)
            g->edges[e].port = 1;
    for (size_t i = 0; i < g->n; i++)
        if (g->nodes[i].kind == NODE_OBJECT && !g->nodes[i].globals)
            g->nodes[i].nrows = 0;
}

/* Roots first (the interpreter, then frames outermost first), then every
 * live object in creation order (above FULL_GRAPH objects: the window's,
 * graph_window.h); then everyone's references. */
static void build(graph_view *gv)
{
    graph *g = &gv->g;
    const model *m = gv->ctx.model;
    graph_reset(g);
    g->nobjects = model_obj_count(m);
    g->windowed = g->nobjects > FULL_GRAPH;
    g->program = !gv->all && !g->windowed;
    gnode interp = {.kind = NODE_INTERP};
    add_node(g, &interp, ID_INTERP, 1);
    size_t nf = model_frames(m, NULL, 0);
    model_frame *frames = hv_calloc(nf + 1, sizeof *frames);
    model_frames(m, frames, nf);
    for (size_t i = 0; i < nf; i++) {
        gnode fr = {.kind = NODE_FRAME, .outermost = i == 0, .addr = frames[i].addr, .code = frames[i].code};
        add_node(g, &fr, ID_FRAME ^ frames[i].addr, 1);
    }
    g->nframes = nf;
    if (g->program)
        program_select(gv, frames, nf);
    if (g->nhidden) {
        gnode box = {.kind = NODE_HIDDEN};
        add_node(g, &box, ID_HIDDEN, 1);
    }
    g->nroots = g->n;
    add_objects(gv);
    collect_refs(gv, 0, 0);
    for (size_t i = 0; i < nf; i++)
        collect_refs(gv, (uint32_t)(1 + i), frames[i].addr);
    for (size_t i = g->nroots; i < g->n; i++)
        collect_refs(gv, (uint32_t)i, g->nodes[i].addr);
    free(frames);
    if (g->nhidden) {                       /* the box after the frames: its rows, its arrows */
        uint32_t hidden = (uint32_t)(1 + nf);
        size_t first = g->ne, n = hidden_edges(gv, hidden);
        int port = hidden_rows(gv, hidden, n > 0);
        for (size_t e = first; e < g->ne; e++)
            g->edges[e].port = port;
    }
    if (gv->compact && g->program)
        compact_roots(gv);
    if (gv->compact > 1)
        one_line_boxes(g);
    size_boxes(gv);
    graph_layout_run(gv->gl, g->lnodes, g->n, g->edges, g->ne);
    for (size_t i = g->nroots; i < g->n; i++)
        g->nunreach += unreachable(gv, i);
}

/* ---- selection ----------------------------------------------------------- */


/* The selected node's index in the graph last built, or -1. */
static long selected(const graph_view *gv)
{
    return gv->sel ? graph_layout_find(gv->gl, gv->sel) : -1;
}

static void select_node(graph_view *gv, long i)
{
    if (i >= 0 && (size_t)i < gv->g.n) {
        gv->sel = gv->g.lnodes[i].id;
        gv->sel_addr = gv->g.nodes[i].kind == NODE_OBJECT ? gv->g.nodes[i].addr : 0;
        gv->follow = 1;
    }
}

/* What the step is about, as a subject: a container or an instance
 * rather than a string or a number it holds. */
static int subject_score(const graph_view *gv, const gnode *nd)
{
    static const char *const atoms[] = {"str", "int", "float", "bool", "bytes", "complex"};
    return !type_is(gv, nd->obj.type, atoms, HV_COUNTOF(atoms));
}

/* The best-scoring shown object of addrs[0..n) (the first of equals) into
 * *best, if it beats *score. */
static void best_subject(const graph_view *gv, const uint64_t *addrs, size_t n, long *best, int *score)
{
    for (size_t k = 0; k < n; k++) {
        uint64_t v;
        if (!map_get(&gv->g.index, addrs[k], &v))
            continue;
        int sc = subject_score(gv, &gv->g.nodes[v - 1]);
        if (sc > *score) {
            *best = (long)v - 1;
            *score = sc;
        }
    }
}

/* The shown object the current step is about: of the objects its events
 * touched (created, resized, their count changed…: view_session.changes,
 * narrate.h), the first container or instance; else the first object that
 * had a value stored in it (`self.name = name`: the instance, whose own
 * count need not change); else the first touched; -1 when the step
 * touched none that is shown. */
static long step_subject(const graph_view *gv)
{
    const narrate_changes *ch = gv->ctx.session ? gv->ctx.session->changes : NULL;
    long best = -1;
    int score = -1;
    if (ch)
        best_subject(gv, ch->objects, ch->nobjects, &best, &score);
    if (ch && score < 1)
        best_subject(gv, ch->holders, ch->nholders, &best, &score);
    return best;
}

/* The innermost frame's node (the last root when no frame is drawn). */
static long innermost_frame(const graph *g)
{
    long last = (long)g->nroots - 1;
    for (size_t i = 0; i < g->nroots; i++)
        if (g->nodes[i].kind == NODE_FRAME)
            last = (long)i;
    return last < 0 ? 0 : last;
}

/* After a rebuild: until the user chooses, and when the chosen object
 * died, the object the step is about is selected, else the newest shown
 * (the innermost frame when no object is shown). */
static void keep_selection(graph_view *gv)
{
    const graph *g = &gv->g;
    if ((gv->chosen && selected(gv) >= 0) || g->n == 0)
        return;
    long s = step_subject(gv);
    if (s < 0)
        s = g->n > g->nroots ? (long)g->n - 1 : innermost_frame(g);
    if (g->lnodes[s].id != gv->sel)
        select_node(gv, s);
    gv->chosen = 0;
}

/* ---- drawing -------------------------------------------------------------- */

static canvas_style style(const graph_view *gv, enum theme_role r)
{
    return theme_style(gv->ctx.th, r);
}


/* What the why-alive path marks: its nodes and the edges between them. */
typedef struct path {
    uint32_t node[MAX_PATH];
    long edge[MAX_PATH];    /* edge[k] leads into node[k] (edge[0] = -1) */
    size_t len;
    uint8_t *on_node, *on_edge;
} path;

static void path_find(graph_view *gv, path *p)
{
    p->len = 0;
    p->on_node = hv_calloc(gv->g.n + 1, 1);
    p->on_edge = hv_calloc(gv->g.ne + 1, 1);
    long s = selected(gv);
    if (s < 0)
        return;
    size_t len = graph_layout_path(gv->gl, (size_t)s, p->node, MAX_PATH);
    p->len = len < MAX_PATH ? len : MAX_PATH;
    for (size_t k = 0; k < p->len; k++) {
        p->edge[k] = graph_layout_parent(gv->gl, p->node[k]);
        if (!gv->why)
            continue;
        p->on_node[p->node[k]] = 1;
        if (p->edge[k] >= 0)
            p->on_edge[p->edge[k]] = 1;
    }
}

static void path_free(path *p)
{
    free(p->on_node);
    free(p->on_edge);
}

static int route_visible(const gl_route *r, int ox, int oy, int w, int h)
{
    int x0 = r->pt[0].x, x1 = x0, y0 = r->pt[0].y, y1 = y0;
    for (int i = 1; i < r->n; i++) {
        x0 = r->pt[i].x < x0 ? r->pt[i].x : x0;
        x1 = r->pt[i].x > x1 ? r->pt[i].x : x1;
        y0 = r->pt[i].y < y0 ? r->pt[i].y : y0;
        y1 = r->pt[i].y > y1 ? r->pt[i].y : y1;
    }
    return x1 >= ox && x0 < ox + w && y1 >= oy && y0 < oy + h;
}

/* A segment's span [*a, *b] cut to the screen's [lo, hi) plus one cell on
 * each side: the cells on screen keep the arms they would have had. */
static int clip_span(int *a, int *b, int lo, int hi)
{
    if (*a > *b) {
        int t = *a;
        *a = *b;
        *b = t;
    }
    if (*b < lo - 1 || *a > hi)
        return 0;
    *a = *a < lo - 1 ? lo - 1 : *a;
    *b = *b > hi ? hi : *b;
    return 1;
}

/* Whether a light vertical line over rows [lo, hi] of screen column col
 * adds anything: not when the line already drawn there covers it (many
 * references share a track: their runs would redraw the same cells). */
static int new_vertical(graph *g, int col, int lo, int hi)
{
    int *l = &g->col_lo[col], *h = &g->col_hi[col];
    if (*l <= lo && hi <= *h)
        return 0;
    if (lo <= *h && hi >= *l) {             /* overlapping: the union is drawn */
        *l = lo < *l ? lo : *l;
        *h = hi > *h ? hi : *h;
    } else {
        *l = lo;
        *h = hi;
    }
    return 1;
}

static void draw_segment(graph_view *gv, canvas *cv, gl_point a, gl_point b, unsigned how, canvas_style st)
{
    const canvas_rect *in = &gv->inner;
    int dx = in->x - gv->ox, dy = in->y - gv->oy;
    a.x += dx, a.y += dy, b.x += dx, b.y += dy;
    if (a.y == b.y) {
        if (a.y >= in->y && a.y < in->y + in->h && clip_span(&a.x, &b.x, in->x, in->x + in->w))
            canvas_hline(cv, a.x, a.y, b.x - a.x + 1, how, st);
    } else if (a.x >= in->x && a.x < in->x + in->w && clip_span(&a.y, &b.y, in->y, in->y + in->h)) {
        if (how == CANVAS_LIGHT && !new_vertical(&gv->g, a.x - in->x, a.y, b.y))
            return;
        canvas_vline(cv, a.x, a.y, b.y - a.y + 1, how, st);
    }
}

static int box_shown(const graph_view *gv, size_t i);

static void draw_edge(graph_view *gv, canvas *cv, size_t e, int heavy)
{
    gl_route r;
    if (!graph_layout_route(gv->gl, e, &r) || !route_visible(&r, gv->ox, gv->oy, gv->inner.w, gv->inner.h))
        return;
    canvas_style st = style(gv, heavy ? THEME_FRAME_FOCUS : THEME_MUTED);
    unsigned how = heavy ? CANVAS_HEAVY : CANVAS_LIGHT;
    for (int i = 1; i < r.n; i++)
        draw_segment(gv, cv, r.pt[i - 1], r.pt[i], how, st);
    gl_point end = r.pt[r.n - 1];
    if (box_shown(gv, gv->g.edges[e].to))   /* no arrowhead into a box out of view */
        canvas_text(cv, gv->inner.x - gv->ox + end.x, gv->inner.y - gv->oy + end.y, "▶", st);
}

static void draw_box(graph_view *gv, canvas *cv, size_t i, int on_path)
{
    const gl_place *p = graph_layout_place(gv->gl, i);
    const gl_node *ln = &gv->g.lnodes[i];
    if (!box_shown(gv, i))
        return;
    const gnode *nd = &gv->g.nodes[i];
    int garbage = unreachable(gv, i), sel = gv->g.lnodes[i].id == gv->sel;
    canvas_rect r = {gv->inner.x - gv->ox + p->x, gv->inner.y - gv->oy + p->y, ln->w, ln->h};
    enum theme_role frame = garbage ? THEME_WARNING : on_path ? THEME_FRAME_FOCUS : THEME_FRAME;
    canvas_fill(cv, (canvas_rect){r.x + 1, r.y + 1, r.w - 2, r.h - 2}, NULL, style(gv, THEME_TEXT));
    canvas_box(cv, r, garbage || on_path || sel ? CANVAS_HEAVY : CANVAS_LIGHT, style(gv, frame));
    if (garbage)                            /* said in its border too: a selected one shows ▸ */
        view_put(cv, r.x + (r.w >= 14 ? 2 : 1), r.y + r.h - 1, r.x + r.w - 1, r.w >= 14 ? "✗ garbage" : "✗",
                 style(gv, frame));
    const char *title = gv->g.text.data + nd->title;
    canvas_style tst = nd->kind == NODE_OBJECT ? style(gv, THEME_TEXT) : style(gv, THEME_TITLE);
    if (sel)
        tst = view_style_over(tst, style(gv, THEME_SELECTION));
    int end = r.x + r.w - 1;
    int x = view_put(cv, r.x + 1, r.y + 1, end, sel ? "▸" : garbage ? "✗" : " ", tst);
    x = view_put(cv, x, r.y + 1, end, title, tst);
    if (sel)
        canvas_restyle(cv, (canvas_rect){x, r.y + 1, end - x, 1}, tst);
    for (uint32_t k = 0; k < nd->nrows; k++) {
        const char *row = gv->g.text.data + gv->g.rows[nd->first_row + k];
        int cut = canvas_text_width(row) > end - 1 - (r.x + 2);   /* a space before the border */
        int rx = view_put(cv, r.x + 2, r.y + 2 + (int)k, cut ? end - 2 : end, row, style(gv, THEME_MUTED));
        if (cut)
            view_put(cv, rx, r.y + 2 + (int)k, end, "…", style(gv, THEME_MUTED));
    }
}

static long keeper(const graph_view *gv, long s);

/* A box's rectangle in graph coordinates. */
static canvas_rect box_of(const graph_view *gv, size_t i)
{
    const gl_place *p = graph_layout_place(gv->gl, i);
    return (canvas_rect){p->x, p->y, gv->g.lnodes[i].w, gv->g.lnodes[i].h};
}

enum { MAX_FOCUS = 64 };     /* boxes the window tries to show around the selection */

/* The boxes the window centres on, most important first, with what each
 * weighs: the selection (8), the box that keeps it alive (4), the objects
 * the step touched (2), then the selection's other neighbours (1).
 * Returns how many (≤ MAX_FOCUS). */
static size_t focus_boxes(const graph_view *gv, long s, uint32_t *out, int *weight)
{
    size_t n = 0;
    weight[n] = 8;
    out[n++] = (uint32_t)s;
    long k = keeper(gv, s);
    if (k >= 0) {
        weight[n] = 4;
        out[n++] = (uint32_t)k;
    }
    const narrate_changes *ch = gv->ctx.session ? gv->ctx.session->changes : NULL;
    for (size_t j = 0; ch && j < ch->nobjects && n < MAX_FOCUS; j++) {
        uint64_t v;
        if (map_get(&gv->g.index, ch->objects[j], &v)) {
            weight[n] = 2;
            out[n++] = (uint32_t)(v - 1);
        }
    }
    for (size_t e = 0; e < gv->g.ne && n < MAX_FOCUS; e++) {
        weight[n] = 1;
        if (gv->g.edges[e].from == (uint32_t)s)
            out[n++] = gv->g.edges[e].to;
        else if (gv->g.edges[e].to == (uint32_t)s)
            out[n++] = gv->g.edges[e].from;
    }
    return n;
}

/* Whether box b lies wholly in the window whose top-left is (ox, oy). */
static int inside_x(const graph_view *gv, canvas_rect b, int ox)
{
    return b.x >= ox && b.x + b.w <= ox + gv->inner.w;
}

static int inside_y(const graph_view *gv, canvas_rect b, int oy)
{
    return b.y >= oy && b.y + b.h <= oy + gv->inner.h;
}

/* Whether box i is drawn: only whole boxes are (invariant of the window). */
static int box_shown(const graph_view *gv, size_t i)
{
    canvas_rect b = box_of(gv, i);
    return inside_x(gv, b, gv->ox) && inside_y(gv, b, gv->oy);
}

/* The left edge: the start of a column of boxes (a layer) that shows the
 * selection whole and as much of the focus boxes' weight as any other, the
 * leftmost of those (the roots stay in view when they can). */
static int choose_ox(const graph_view *gv, const uint32_t *focus, const int *weight, size_t nf)
{
    int best = 0, best_score = -1;
    canvas_rect sel = box_of(gv, focus[0]);
    for (size_t i = 0; i <= gv->g.n; i++) {
        int ox = i < gv->g.n ? box_of(gv, i).x : 0;
        if (!inside_x(gv, sel, ox))
            continue;
        int score = 0;
        for (size_t k = 0; k < nf; k++)
            score += weight[k] * inside_x(gv, box_of(gv, focus[k]), ox);
        if (score > best_score || (score == best_score && ox < best)) {
            best = ox;
            best_score = score;
        }
    }
    return best;
}

/* Boxes of the columns in view that the window's top or bottom edge
 * would cut at oy. */
static int cut_boxes(const graph_view *gv, int ox, int oy)
{
    int n = 0;
    for (size_t i = 0; i < gv->g.n; i++) {
        canvas_rect b = box_of(gv, i);
        if (!inside_x(gv, b, ox) || inside_y(gv, b, oy))
            continue;
        n += b.y < oy + gv->inner.h && b.y + b.h > oy;     /* partly in view */
    }
    return n;
}

/* The top edge: a row where a box starts (or one that ends a box at the
 * bottom edge) that shows the selection whole, then as much focus weight
 * as can be, then cuts the fewest boxes, then centres the selection. */
static int choose_oy(const graph_view *gv, int ox, const uint32_t *focus, const int *weight, size_t nf, int bottom)
{
    canvas_rect sel = box_of(gv, focus[0]);
    int h = gv->inner.h, last = bottom - h > 0 ? bottom - h : 0;
    int best = 0;
    long best_score = LONG_MIN;
    for (size_t i = 0; i <= 2 * gv->g.n; i++) {
        canvas_rect b = i < 2 * gv->g.n ? box_of(gv, i / 2) : (canvas_rect){0, GRAPH_LAYOUT_GAP, 0, 0};
        int oy = i % 2 ? b.y + b.h + GRAPH_LAYOUT_GAP - h : b.y - GRAPH_LAYOUT_GAP;
        oy = oy < 0 ? 0 : oy > last ? last : oy;
        if (!inside_y(gv, sel, oy))
            continue;
        long score = 0, centre = sel.y + sel.h / 2 - (oy + h / 2);
        for (size_t k = 0; k < nf; k++)
            score += weight[k] * (inside_y(gv, box_of(gv, focus[k]), oy) && inside_x(gv, box_of(gv, focus[k]), ox));
        score = score * 100000 - cut_boxes(gv, ox, oy) * 1000 - (centre < 0 ? -centre : centre);
        if (score > best_score) {
            best = oy;
            best_score = score;
        }
    }
    return best;
}

/* Scrolls so the selection is on screen.  The window shows whole boxes
 * only: a box its edges would cut is left out (the frame's border counts
 * what is out of view: draw_out_of_view()).  A drawing that fits the panel does not
 * scroll; a larger one, while the view follows the selection, starts at a
 * column of boxes (the leftmost that shows the selection and most of
 * focus_boxes()) and at a row where a box starts or ends (the one showing
 * most of them with the fewest boxes cut, the selection centred).  The
 * result depends only on the drawing and the selection, so stepping back
 * and forth redraws the same screen. */
static void scroll_to_selection(graph_view *gv)
{
    long s = selected(gv);
    int right, bottom;
    graph_layout_extent(gv->gl, &right, &bottom);
    if (s >= 0 && gv->follow) {
        uint32_t focus[MAX_FOCUS];
        int weight[MAX_FOCUS];
        size_t nf = focus_boxes(gv, s, focus, weight);
        gv->ox = right <= gv->inner.w ? 0 : choose_ox(gv, focus, weight, nf);
        gv->oy = bottom <= gv->inner.h ? 0 : choose_oy(gv, gv->ox, focus, weight, nf, bottom);
        return;
    }
    if (gv->ox > right - gv->inner.w)
        gv->ox = right - gv->inner.w;
    if (gv->oy > bottom - gv->inner.h)
        gv->oy = bottom - gv->inner.h;
    if (gv->ox < 0)
        gv->ox = 0;
    if (gv->oy < 0)
        gv->oy = 0;
}

/* What the window leaves out, said on the frame's bottom border: "← 2
 * roots" (roots to the left), "↑ 1 root · 3 more" (above), "↓ 4 more"
 * (below), "2 more →" (to the right). */
static void draw_out_of_view(graph_view *gv, canvas *cv, canvas_rect frame)
{
    int roots[4] = {0}, others[4] = {0};     /* left, above, below, right */
    for (size_t i = 0; i < gv->g.n; i++) {
        if (box_shown(gv, i))
            continue;
        canvas_rect b = box_of(gv, i);
        int d = b.x < gv->ox ? 0 : !inside_x(gv, b, gv->ox) ? 3 : b.y < gv->oy ? 1 : 2;
        if (gv->g.lnodes[i].root)
            roots[d]++;
        else
            others[d]++;
    }
    static const char *const arrow[4] = {"←", "↑", "↓", "→"};
    buf b = BUF_INIT;
    for (int d = 0; d < 4; d++) {
        if (!roots[d] && !others[d])
            continue;
        buf_printf(&b, " %s", d < 3 ? arrow[d] : "");
        if (roots[d])
            buf_printf(&b, " %d root%s%s", roots[d], roots[d] == 1 ? "" : "s", others[d] ? " ·" : "");
        if (others[d])
            buf_printf(&b, " %d more", others[d]);
        buf_adds(&b, d < 3 ? " " : " → ");
    }
    view_put(cv, frame.x + 1, frame.y + frame.h - 1, frame.x + frame.w - 1, buf_str(&b), style(gv, THEME_TITLE));
    buf_free(&b);
}

/* The title row, or on a short panel the frame's top border (at x, y,
 * not past end). */
static void draw_title(graph_view *gv, canvas *cv, int x, int y, int end, int in_border)
{
    char s[160];
    size_t nobj = gv->g.nobjects;
    int n = snprintf(s, sizeof s, "%sObjects · %zu live · %zu frame%s", in_border ? " " : "", nobj, gv->g.nframes, gv->g.nframes == 1 ? "" : "s");
    if (gv->g.windowed)
        n += snprintf(s + n, sizeof s - (size_t)n, " · showing %zu near the roots and the selection",
                      gv->g.n - gv->g.nroots);
    else if (gv->g.program)
        n += snprintf(s + n, sizeof s - (size_t)n, " · the program's %zu (a: all)", gv->g.n - gv->g.nroots);
    if (gv->g.nunreach)
        n += snprintf(s + n, sizeof s - (size_t)n, " · ✗ %zu unreachable", gv->g.nunreach);
    if (in_border)
        snprintf(s + n, sizeof s - (size_t)n, " ");
    view_put_cut(cv, x, y, end, s, style(gv, THEME_TITLE), style(gv, THEME_TITLE));
}

/* Builds the graph for the panel: the full layout; when it does not fit,
 * the compact one (compact_roots(), shorter titles, narrower boxes); when
 * that does not fit either but is not much larger than the panel,
 * one-line object boxes (one_line_boxes()) if they make it fit.  A
 * drawing that fits at no level is compact (and scrolls). */
/* Builds at compact level `level`: 1 if the drawing fits the panel; *big
 * says whether it is more than twice the panel either way. */
static int build_at(graph_view *gv, int level, int *big)
{
    int w, h;
    gv->compact = level;
    build(gv);
    graph_layout_extent(gv->gl, &w, &h);
    *big = w > 2 * gv->inner.w || h > 2 * gv->inner.h;
    return w <= gv->inner.w && h <= gv->inner.h;
}

static void build_fitted(graph_view *gv)
{
    int big;
    if (build_at(gv, 0, &big) || build_at(gv, 1, &big) || big || build_at(gv, 2, &big))
        return;
    build_at(gv, 1, &big);
}

static void human(char *out, size_t len, uint64_t n)
{
    if (n < 1024)
        snprintf(out, len, "%llu B", (unsigned long long)n);
    else
        snprintf(out, len, "%.1f KiB", (double)n / 1024);
}

/* The selection's three sizes, the long way ("shallow 56 B · deep 3.0 KiB
 * (5 obj) · retained 248 B (2 obj)"), the short way (brief: "shallow 56 B
 * · deep 3.0 KiB · keeps 248 B") or the shortest (brief > 1: "56 B · deep
 * 3.0 KiB · keeps 248 B"), into b. */
static void size_words(const graph_view *gv, long s, const view_graph_sizes *sz, int brief, buf *b)
{
    char sh[24], dp[24], rt[24];
    human(sh, sizeof sh, sz->shallow);
    human(dp, sizeof dp, sz->deep);
    human(rt, sizeof rt, sz->retained);
    buf_printf(b, "%s%s · deep %s%s", brief > 1 ? "" : "shallow ", sh, sz->bounded ? "≥ " : "", dp);
    if (!brief)
        buf_printf(b, " (%zu%s obj)", sz->deep_count, sz->bounded ? "+" : "");
    if (sz->reachable && sz->bounded)
        buf_adds(b, brief ? " · keeps ?" : " · retained: too many objects to count");
    else if (sz->reachable && brief)
        buf_printf(b, " · keeps %s", rt);
    else if (sz->reachable)
        buf_printf(b, " · retained %s (%zu obj)", rt, sz->retained_count);
    else if (!unreachable(gv, (size_t)s))
        buf_printf(b, brief ? " · keeper not found" : " · who keeps it alive: not found within %d objects",
                   GRAPH_WINDOW_WHY);
    else
        buf_adds(b, brief ? " · ✗ garbage" : " · ✗ unreachable: garbage only the cyclic collector frees");
}

/* The selection: what, its sizes, then where (line, generation, address)
 * as far as the row has room.  The sizes always show: at a narrow width
 * in their short form. */
static void draw_info(graph_view *gv, canvas *cv, int x, int y, int end)
{
    long s = selected(gv);
    char line[320], title[96];
    if (s < 0) {
        view_put(cv, x, y, end, "nothing selected", style(gv, THEME_MUTED));
        return;
    }
    node_title(gv, &gv->g.nodes[s], title, sizeof title);
    view_graph_sizes sz;
    if (gv->g.nodes[s].kind == NODE_HIDDEN) {
        snprintf(line, sizeof line, "%s: the interpreter's own objects (types' slots, code and constants, caches) · a shows them", title);
        view_put(cv, x, y, end, line, style(gv, THEME_TEXT));
        return;
    }
    if (view_graph_selected_sizes(gv, &sz) != 0) {
        snprintf(line, sizeof line, "%s · a root: what it holds is alive", title);
        view_put(cv, x, y, end, line, style(gv, THEME_TEXT));
        return;
    }
    const model_obj *o = &gv->g.nodes[s].obj;
    buf b = BUF_INIT;
    for (int brief = 0; brief < 3 && (brief == 0 || canvas_text_width(buf_str(&b)) > end - x); brief++) {
        buf_clear(&b);                      /* the narrowest: the box marked ▸ says what it is */
        buf_printf(&b, "%s%s", brief < 2 ? title : "▸ ", brief < 2 ? " · " : "");
        size_words(gv, s, &sz, brief, &b);
    }
    char where[3][48];
    if (o->site)
        snprintf(where[0], sizeof where[0], " · line %u", o->site);
    else
        snprintf(where[0], sizeof where[0], " · no line");     /* compiling, start-up or the end */
    static const char *const gens[GC_GENERATIONS] = {"gen 0", "gen 1", "gen 2", "frozen"};
    snprintf(where[1], sizeof where[1], " · %s", o->gen < 0 || o->gen > GC_PERMANENT ? "untracked" : gens[o->gen]);
    snprintf(where[2], sizeof where[2], " · at %llx", (unsigned long long)o->addr);
    for (int k = 0; k < 3; k++)
        if (canvas_text_width(buf_str(&b)) + canvas_text_width(where[k]) <= end - x)
            buf_adds(&b, where[k]);
    view_put(cv, x, y, end, buf_str(&b), style(gv, THEME_TEXT));
    buf_free(&b);
}

/* "blocks: own 7f…40 (64 B, pool 3 of arena 0) · item array 7f…c0 (128 B,
 * pool 7 of arena 0)": where the selection lives on the heap map. */
static void draw_blocks(graph_view *gv, canvas *cv, int x, int y, int end)
{
    uint64_t addr = view_graph_selected(gv), blocks[OWN_NROLES];
    if (!addr)
        return;
    size_t n = model_obj_all_blocks(gv->ctx.model, addr, blocks, OWN_NROLES);
    pymalloc_block own;
    int has_own = model_obj_block(gv->ctx.model, addr, &own) == 0;
    x = view_put(cv, x, y, end, "blocks: ", style(gv, THEME_TITLE));
    if (!n)
        view_put(cv, x, y, end, "none of its own (a free list's, or static)", style(gv, THEME_MUTED));
    buf s = BUF_INIT;
    for (size_t i = 0; i < n; i++) {
        pymalloc_block b;
        model_owner o = {0};
        model_block_info(gv->ctx.model, blocks[i], &b);
        model_block_owner(gv->ctx.model, blocks[i], &o);
        buf_clear(&s);
        buf_printf(&s, "%s%s %llx (%llu B, ", i ? " · " : "", i == 0 && has_own ? "own" : event_block_role_name(o.role),
                   (unsigned long long)blocks[i], (unsigned long long)b.size);
        narrate_where(gv->ctx.prof, blocks[i], &s);
        buf_adds(&s, ")");
        x = view_put_cut(cv, x, y, end, buf_str(&s), style(gv, THEME_TEXT), style(gv, THEME_TITLE));
    }
    buf_free(&s);
}

static void draw_why_or_legend(graph_view *gv, canvas *cv, int x, int y, int end)
{
    if (gv->why) {
        char why[512];
        view_graph_why(gv, why, sizeof why);
        x = view_put(cv, x, y, end, "why alive: ", style(gv, THEME_TITLE));
        view_put_cut(cv, x, y, end, why, style(gv, THEME_TEXT), style(gv, THEME_TITLE));
        return;
    }
    view_put(cv, x, y, end, "▶ reference  ▸ selected  ✗ unreachable  ━ why-alive path   Tab next  → follow  ← back  w why alive",
        style(gv, THEME_LEGEND));
}

static void reset_columns(graph *g, int w)
{
    if ((size_t)w > g->ncols) {
        g->ncols = (size_t)w;
        g->col_lo = hv_realloc(g->col_lo, g->ncols * sizeof *g->col_lo);
        g->col_hi = hv_realloc(g->col_hi, g->ncols * sizeof *g->col_hi);
    }
    for (int i = 0; i < w; i++) {
        g->col_lo[i] = 1;                   /* empty: lo > hi */
        g->col_hi[i] = 0;
    }
}

/* The rows under the graph: the selection, its blocks and the legend or
 * why-alive line; a shorter panel drops the blocks (a presenter's 80×24),
 * a panel shorter still (a presenter's 80×24) keeps one: why-alive when
 * it is on, else the selection. */
static int info_rows(canvas_rect a)
{
    return a.h >= 24 ? 3 : a.h >= SHORT_H ? 2 : 1;
}

/* "╌╌ ✗ unreachable … ╌╌" across the graph, on the row above band 1: the
 * line (label 0) under the arrows, its words (label 1) over them. */
static void draw_separator(graph_view *gv, canvas *cv, int label)
{
    int y = graph_layout_garbage_top(gv->gl);
    if (y < gv->oy || y >= gv->oy + gv->inner.h)
        return;
    y += gv->inner.y - gv->oy;
    canvas_style st = style(gv, THEME_WARNING);
    for (int x = gv->inner.x; !label && x < gv->inner.x + gv->inner.w; x++)
        canvas_text(cv, x, y, "╌", st);
    if (label)
        view_put(cv, gv->inner.x + 2, y, gv->inner.x + gv->inner.w,
                 " ✗ unreachable: no root reaches these objects (garbage) ", st);
}

static void graph_draw(void *v, canvas *cv, canvas_rect a)
{
    graph_view *gv = v;
    canvas_rect old = canvas_set_clip(cv, a);
    canvas_fill(cv, a, NULL, style(gv, THEME_TEXT));
    gv->fits = a.w >= MIN_W && a.h >= MIN_H;
    if (!gv->fits) {
        view_too_small(cv, gv->ctx.th, a, MIN_W, MIN_H);
        canvas_set_clip(cv, old);
        return;
    }
    int below = info_rows(a), top = a.h >= SHORT_H;     /* short: the title in the frame's border */
    canvas_rect frame = {a.x, a.y + top, a.w, a.h - top - below};
    gv->inner = (canvas_rect){frame.x + 1, frame.y + 1, frame.w - 2, frame.h - 2};
    graph_layout_set_panel(gv->gl, gv->inner.w, gv->inner.h);
    build_fitted(gv);
    if (gv->chosen && selected(gv) < 0 && gv->g.program && gv->sel_addr &&
        model_obj_info(gv->ctx.model, gv->sel_addr, NULL)) {
        gv->all = 1;                        /* chosen (a find) among the hidden: show them */
        build_fitted(gv);
    }
    keep_selection(gv);
    if (gv->ctx.session)                    /* a selection the viewer made: the heap map marks its blocks */
        gv->ctx.session->selected = gv->chosen ? view_graph_selected(gv) : 0;
    scroll_to_selection(gv);
    canvas_box(cv, frame, CANVAS_LIGHT, style(gv, THEME_FRAME));
    draw_title(gv, cv, a.x + !top, a.y, a.x + a.w - !top, !top);
    path p;
    path_find(gv, &p);
    canvas_set_clip(cv, gv->inner);
    reset_columns(&gv->g, gv->inner.w);
    draw_separator(gv, cv, 0);
    for (size_t e = 0; e < gv->g.ne; e++)
        draw_edge(gv, cv, e, p.on_edge[e]);
    draw_separator(gv, cv, 1);
    for (size_t i = 0; i < gv->g.n; i++)
        draw_box(gv, cv, i, p.on_node[i]);
    canvas_set_clip(cv, a);
    draw_out_of_view(gv, cv, frame);
    path_free(&p);
    int y = a.y + a.h - below;
    if (below > 1 || !gv->why)
        draw_info(gv, cv, a.x, y++, a.x + a.w);
    if (below > 2)
        draw_blocks(gv, cv, a.x, y++, a.x + a.w);
    if (below > 1 || gv->why)
        draw_why_or_legend(gv, cv, a.x, y, a.x + a.w);
    canvas_set_clip(cv, old);
}

/* ---- queries ---------------------------------------------------------------- */

int view_graph_selected_sizes(void *v, view_graph_sizes *out)
{
    graph_view *gv = v;
    long s = selected(gv);
    if (s < 0 || gv->g.nodes[s].kind != NODE_OBJECT)
        return -1;
    *out = (view_graph_sizes){.shallow = gv->g.nodes[s].obj.size};
    if (gv->g.windowed || gv->g.program) {  /* from the model (the graph drawn leaves objects out) */
        graph_window_sizes ws;
        out->reachable = gv->g.program ? !gv->g.nodes[s].garbage : graph_layout_place(gv->gl, (size_t)s)->depth >= 0;
        graph_window_sizes_of(gv->ctx.model, gv->g.nodes[s].addr, out->reachable, SIZE_BUDGET, &ws);
        out->deep = ws.deep;
        out->deep_count = ws.deep_count;
        out->retained = ws.retained;
        out->retained_count = ws.retained_count;
        out->bounded = ws.bounded;
        return 0;
    }
    out->deep = graph_layout_deep(gv->gl, (size_t)s, &out->deep_count);
    out->retained = graph_layout_retained(gv->gl, (size_t)s, &out->retained_count);
    out->reachable = graph_layout_place(gv->gl, (size_t)s)->depth >= 0;
    return 0;
}

int view_graph_why(void *v, char *out, size_t len)
{
    graph_view *gv = v;
    long s = selected(gv);
    if (len)
        out[0] = 0;
    if (s < 0)
        return -1;
    uint32_t nodes[MAX_PATH];
    size_t n = graph_layout_path(gv->gl, (size_t)s, nodes, MAX_PATH);
    if (n == 0 && gv->g.windowed && gv->g.win.path_unknown) {
        snprintf(out, len, "no chain from a root found within %d objects searched backwards", GRAPH_WINDOW_WHY);
        return 0;
    }
    if (n == 0 && gv->g.program && gv->g.nodes[s].kind == NODE_OBJECT && !gv->g.nodes[s].garbage) {
        snprintf(out, len, "held through the interpreter's own objects (a: show all of them)");
        return 0;
    }
    if (n == 0) {
        snprintf(out, len, "unreachable: no root holds it (a reference cycle: gc.collect() frees it)");
        return 0;
    }
    buf b = BUF_INIT;
    for (size_t k = 0; k < n && k < MAX_PATH; k++) {
        char title[96];
        node_title(gv, &gv->g.nodes[nodes[k]], title, sizeof title);
        long e = k ? graph_layout_parent(gv->gl, nodes[k]) : -1;
        if (e >= 0) {
            const gnode *from = &gv->g.nodes[gv->g.edges[e].from];
            int row = gv->g.edges[e].port - 2;
            buf_printf(&b, " ─%s→ ", row < (int)from->nrows ? gv->g.text.data + gv->g.rows[from->first_row + (uint32_t)row] : "");
        }
        buf_adds(&b, title);
    }
    snprintf(out, len, "%s", buf_str(&b));
    buf_free(&b);
    return (int)n - 1;
}

size_t view_graph_boxes(const void *v, view_graph_box *out, size_t max, canvas_rect *panel)
{
    const graph_view *gv = v;
    *panel = gv->inner;
    for (size_t i = 0; i < gv->g.n && i < max; i++) {
        canvas_rect b = box_of(gv, i);
        out[i] = (view_graph_box){{gv->inner.x - gv->ox + b.x, gv->inner.y - gv->oy + b.y, b.w, b.h},
                                  box_shown(gv, i), gv->g.lnodes[i].root, gv->g.lnodes[i].id == gv->sel};
    }
    return gv->g.n;
}

uint64_t view_graph_selected(const void *v)
{
    const graph_view *gv = v;
    long s = selected(gv);
    return s >= 0 && gv->g.nodes[s].kind == NODE_OBJECT ? gv->g.nodes[s].addr : 0;
}

uint64_t view_graph_selected_block(const void *v)
{
    const graph_view *gv = v;
    uint64_t addr = view_graph_selected(v);
    pymalloc_block b;
    return addr && model_obj_block(gv->ctx.model, addr, &b) == 0 ? b.addr : 0;
}

int view_graph_select(void *v, uint64_t addr)
{
    graph_view *gv = v;
    model_obj o;
    if (!addr || !model_obj_info(gv->ctx.model, addr, &o))
        return -1;
    gv->sel = o.serial + 1;
    gv->sel_addr = o.addr;
    gv->chosen = 1;
    gv->follow = 1;
    return 0;
}

void view_graph_set_names(void *v, const names_table *n)
{
    ((graph_view *)v)->names = n;
}

void view_graph_show_all(void *v, int all)
{
    graph_view *gv = v;
    gv->all = all != 0;
    gv->follow = 1;
}

int view_graph_showing_all(const void *v)
{
    return ((const graph_view *)v)->all;
}

/* ---- keys and mouse -------------------------------------------------------------- */

enum action { ACT_NEXT, ACT_PREV, ACT_CHILD, ACT_PARENT, ACT_UP, ACT_DOWN, ACT_FIRST, ACT_LAST, ACT_WHY, ACT_RELAYOUT };

static const struct binding {
    enum backend_key key;
    const char *text;
    enum action act;
} bindings[] = {
    {BKEY_TAB, NULL, ACT_NEXT}, {BKEY_BACKTAB, NULL, ACT_PREV},
    {BKEY_RIGHT, NULL, ACT_CHILD}, {BKEY_TEXT, "l", ACT_CHILD},
    {BKEY_LEFT, NULL, ACT_PARENT}, {BKEY_TEXT, "h", ACT_PARENT},
    {BKEY_UP, NULL, ACT_UP}, {BKEY_TEXT, "k", ACT_UP},
    {BKEY_DOWN, NULL, ACT_DOWN}, {BKEY_TEXT, "j", ACT_DOWN},
    {BKEY_HOME, NULL, ACT_FIRST}, {BKEY_END, NULL, ACT_LAST},
    {BKEY_TEXT, "w", ACT_WHY}, {BKEY_TEXT, "r", ACT_RELAYOUT},
};

/* The node in s's layer nearest above (dir < 0) or below it, or -1. */
static long neighbour(const graph_view *gv, long s, int dir)
{
    const gl_place *p = graph_layout_place(gv->gl, (size_t)s);
    long best = -1;
    int best_row = 0;
    for (size_t i = 0; i < gv->g.n; i++) {
        const gl_place *q = graph_layout_place(gv->gl, i);
        if (q->layer != p->layer || (dir < 0 ? q->row >= p->row : q->row <= p->row))
            continue;
        if (best < 0 || (dir < 0 ? q->row > best_row : q->row < best_row)) {
            best = (long)i;
            best_row = q->row;
        }
    }
    return best;
}

/* The first edge from s, or -1. */
static long first_child(const graph_view *gv, long s)
{
    for (size_t e = 0; e < gv->g.ne; e++)
        if (gv->g.edges[e].from == (uint32_t)s && !gv->g.lnodes[gv->g.edges[e].to].root)
            return gv->g.edges[e].to;
    return -1;
}

/* Who keeps s alive: its why-alive predecessor, else its first referrer. */
static long keeper(const graph_view *gv, long s)
{
    long e = graph_layout_parent(gv->gl, (size_t)s);
    if (e >= 0)
        return gv->g.edges[e].from;
    for (size_t k = 0; k < gv->g.ne; k++)
        if (gv->g.edges[k].to == (uint32_t)s)
            return gv->g.edges[k].from;
    return -1;
}

static long target_of(const graph_view *gv, long s, enum action act)
{
    long n = (long)gv->g.n;
    switch (act) {
    case ACT_NEXT: return s + 1 < n ? s + 1 : 0;
    case ACT_PREV: return s > 0 ? s - 1 : n - 1;
    case ACT_CHILD: return first_child(gv, s);
    case ACT_PARENT: return keeper(gv, s);
    case ACT_UP: return neighbour(gv, s, -1);
    case ACT_DOWN: return neighbour(gv, s, 1);
    case ACT_FIRST: return (long)gv->g.nroots < n ? (long)gv->g.nroots : 0;
    case ACT_LAST: return n - 1;
    default: return -1;
    }
}

/* A windowed graph: Tab, Shift-Tab, Home and End walk every live object
 * in creation order, not only the window's (the next draw shows the one
 * chosen).  1 if it chose one; 0: the window's own order decides. */
static int window_walk(graph_view *gv, long s, enum action act)
{
    const model *m = gv->ctx.model;
    int obj = gv->g.nodes[s].kind == NODE_OBJECT, last_root = s + 1 == (long)gv->g.nroots;
    model_obj o;
    int found = 0;
    if (act == ACT_NEXT)
        found = obj ? model_obj_next(m, gv->sel_addr, 1, &o) : last_root && model_obj_next(m, 0, 1, &o);
    else if (act == ACT_PREV)
        found = obj && model_obj_next(m, gv->sel_addr, -1, &o);
    else if (act == ACT_FIRST || act == ACT_LAST)
        found = model_obj_next(m, 0, act == ACT_FIRST ? 1 : -1, &o);
    if (!found || o.addr == gv->sel_addr)
        return 0;
    view_graph_select(gv, o.addr);
    return 1;
}

static unsigned do_action(graph_view *gv, enum action act)
{
    if (act == ACT_WHY) {
        gv->why = !gv->why;
        return VIEW_HANDLED | VIEW_REDRAW;
    }
    if (act == ACT_RELAYOUT) {
        graph_layout_forget(gv->gl);
        gv->follow = 1;
        return VIEW_HANDLED | VIEW_REDRAW;
    }
    long s = selected(gv);
    if (s < 0 || gv->g.n == 0)
        return VIEW_HANDLED | VIEW_BELL;
    if (gv->g.windowed && window_walk(gv, s, act))
        return VIEW_HANDLED | VIEW_REDRAW;
    long t = target_of(gv, s, act);
    if (t < 0 || t == s)
        return VIEW_HANDLED | VIEW_BELL;
    select_node(gv, t);
    gv->chosen = 1;
    return VIEW_HANDLED | VIEW_REDRAW;
}

static unsigned mouse(graph_view *gv, const backend_event *ev)
{
    if (!gv->fits)
        return VIEW_IGNORED;
    if (ev->mouse == BMOUSE_WHEEL_UP || ev->mouse == BMOUSE_WHEEL_DOWN) {
        gv->oy += ev->mouse == BMOUSE_WHEEL_UP ? -3 : 3;
        gv->follow = 0;
        return VIEW_HANDLED | VIEW_REDRAW;
    }
    if (ev->mouse != BMOUSE_PRESS)
        return VIEW_HANDLED;
    const canvas_rect *r = &gv->inner;
    if (ev->x < r->x || ev->x >= r->x + r->w || ev->y < r->y || ev->y >= r->y + r->h)
        return VIEW_IGNORED;
    int gx = ev->x - r->x + gv->ox, gy = ev->y - r->y + gv->oy;
    for (size_t i = 0; i < gv->g.n; i++) {
        const gl_place *p = graph_layout_place(gv->gl, i);
        if (gx >= p->x && gx < p->x + gv->g.lnodes[i].w && gy >= p->y && gy < p->y + gv->g.lnodes[i].h) {
            select_node(gv, (long)i);
            gv->chosen = 1;
            gv->follow = 0;                 /* it is on screen already */
            return VIEW_HANDLED | VIEW_REDRAW;
        }
    }
    return VIEW_HANDLED;
}

static unsigned graph_key(void *v, const backend_event *ev)
{
    graph_view *gv = v;
    if (ev->type == BEV_MOUSE)
        return mouse(gv, ev);
    if (ev->type != BEV_KEY || (ev->mod & (BMOD_CTRL | BMOD_ALT)))
        return VIEW_IGNORED;
    for (size_t i = 0; i < HV_COUNTOF(bindings); i++)
        if (bindings[i].key == ev->key && (ev->key != BKEY_TEXT || strcmp(bindings[i].text, ev->text) == 0))
            return do_action(gv, bindings[i].act);
    return VIEW_IGNORED;
}

/* ---- life cycle -------------------------------------------------------------------- */

static void *graph_init(const view_context *ctx)
{
    graph_view *gv = hv_calloc(1, sizeof *gv);
    gv->ctx = *ctx;
    gv->gl = graph_layout_new();
    gv->follow = 1;
    return gv;
}

static void graph_fini(void *v)
{
    graph_view *gv = v;
    if (!gv)
        return;
    graph_free(&gv->g);
    graph_layout_delete(gv->gl);
    free(gv);
}

static void graph_resize(void *v, int cols, int rows)
{
    (void)cols;
    (void)rows;
    ((graph_view *)v)->follow = 1;
}

const view_ops view_graph_ops = {
    .name = "graph",
    .init = graph_init,
    .fini = graph_fini,
    .draw = graph_draw,
    .key = graph_key,
    .resize = graph_resize,
};
