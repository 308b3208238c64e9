/*
 * object.h — simulated Python objects: the header every object starts with,
 * the type (a table of behaviour, as CPython's type slots), and reference
 * counting.
 *
 * Two addresses per object.  The host pointer (object *) is how C code
 * reaches it; `addr` is the simulated address, what id() returns and what
 * events name.  An object's simulated memory is the pymalloc block(s) the
 * object layer allocated for it, laid out as CPython 3.11 lays it out:
 *
 *   [values ptr][dict ptr]   16 bytes, only for MANAGED_DICT types
 *   [gc_next   ][gc_prev ]   16 bytes, only for GC types     (pre-header)
 *   [refcnt    ][type    ]   ← addr                          (PyObject)
 *   [size      ]             var-sized types                 (PyVarObject)
 *   [fields…   ]             basicsize − header, then itemsize × n
 *
 * On the host, GC objects carry a gchead in front of the struct, as CPython
 * does; the collector (gc.c) links them into generations.
 *
 * Ownership follows CPython: functions returning object * return a new
 * reference (or NULL with an exception set, see vm.h) unless their comment
 * says "borrowed".  Every reference change is an event naming its holder
 * (event.h): obj_hold/obj_release are references held by another object or
 * a frame; obj_incref/obj_decref are the interpreter's own references,
 * which are said in bulk (see "unsaid references" below).
 */
#ifndef HV_OBJECT_H
#define HV_OBJECT_H

#include "event.h"

#include <stddef.h>
#include <stdint.h>

typedef struct vm vm;
typedef struct object object;
typedef struct type type;

struct object {
    uint64_t addr;          /* simulated address: id() */
    int32_t refcnt;         /* ob_refcnt (a 1 GiB heap holds < 2^28 references) */
    int8_t unsaid;          /* the interpreter's references not yet in an event (net) */
    uint8_t listed;         /* on vm.unsaid until the step ends */
    uint8_t weakly;         /* has weak references (weakref.h: vm.weakrefs) */
    uint8_t typedict;       /* a dict that is a type's tp_dict: its every change resets
                             * the lookup cache (attr.c, vm.lookup_epoch) */
    type *type;             /* ob_type */
};

/* Collector state, in front of every object of a GC type (host memory). */
typedef struct gchead {
    struct gchead *prev, *next;     /* its generation's list, in order */
    int32_t gc_refs;                /* collector scratch (update/subtract refs); a
                                       refcount never nears 2^31 on the simulated heap */
    int8_t gen;                     /* generation while tracked, else -1 */
    uint8_t flags;                  /* GCF_* */
    uint8_t list;                   /* enum gc_list while in a collection, else 0 */
    uint8_t colour;                 /* enum gc_colour (mark & sweep) */
} gchead;

enum {
    GCF_FINALIZED = 1,      /* __del__ already ran (PEP 442) */
    GCF_COLLECTING = 2,     /* in the set being collected */
    GCF_NAMED = 128,        /* a names walk reported it (vmnames_each_since);
                               the collector's own bits are 4-64, gc.c */
};

/* Type flags, named after CPython's Py_TPFLAGS_* where they mean the same. */
enum {
    TPF_GC = 1 << 0,            /* HAVE_GC: a 16-byte GC pre-header */
    TPF_MANAGED_DICT = 1 << 1,  /* 16 more bytes of pre-header: values + dict pointers */
    TPF_HEAPTYPE = 1 << 2,      /* made by a class statement */
    TPF_BASETYPE = 1 << 3,      /* may be subclassed */
    TPF_STATIC_OBJS = 1 << 4,   /* instances made by the runtime, never freed */
    TPF_LONG_SUBCLASS = 1 << 5,
    TPF_LIST_SUBCLASS = 1 << 6,
    TPF_TUPLE_SUBCLASS = 1 << 7,
    TPF_STR_SUBCLASS = 1 << 8,
    TPF_DICT_SUBCLASS = 1 << 9,
    TPF_EXC_SUBCLASS = 1 << 10, /* BaseException and its subclasses */
    TPF_TYPE_SUBCLASS = 1 << 11, /* type and its subclasses (inherited): obj_is_type */
    TPF_CLEARS_WEAKREFS = 1 << 12,  /* its dealloc clears o's weak references itself
                                       (subtype_dealloc, type_dealloc); obj_dealloc
                                       does for the others */
    TPF_VAR_DICT = 1 << 13,     /* a class's __dict__ pointer past a var-sized base's items
                                 * (tp_dictoffset -8: int, tuple subclasses), no pre-header */
    TPF_NEW_SLOT = 1 << 14,     /* a class's tp_new is slot_tp_new: the __new__ its mro finds
                                 * first is a class's (find_dunders decides it, as
                                 * update_one_slot does, when the class is made and when a
                                 * special method is set on it or a base) */
    TPF_BYTES_SUBCLASS = 1 << 15,
};

/* Rich comparison operators, in CPython's order. */
enum { CMP_LT, CMP_LE, CMP_EQ, CMP_NE, CMP_GT, CMP_GE };

/* Binary operators, in the order of CPython 3.11's BINARY_OP (NB_*): the
 * in-place forms follow at NB_INPLACE + op. */
enum binop {
    NB_ADD, NB_AND, NB_FLOOR_DIVIDE, NB_LSHIFT, NB_MATRIX_MULTIPLY, NB_MULTIPLY,
    NB_REMAINDER, NB_OR, NB_POWER, NB_RSHIFT, NB_SUBTRACT, NB_TRUE_DIVIDE, NB_XOR,
    NB_NBINOPS,
    NB_INPLACE = NB_NBINOPS
};

enum unop { UN_NEG, UN_POS, UN_INVERT, UN_NUNOPS };

typedef int (*visitproc)(object *o, void *arg);

/* A method implemented in C: called with `self` and a vector of positional
 * arguments plus keyword names (a tuple or NULL), as vectorcall does. */
typedef object *(*cfunc)(vm *v, object *self, object *const *args, size_t nargs, object *kwnames);

typedef struct method_def {
    const char *name;       /* attribute name */
    cfunc fn;
    unsigned flags;         /* METH_* */
    const char *display;    /* name in error messages ("sys.getrefcount"); NULL: name */
} method_def;

enum {
    METH_STATIC = 1,        /* no self (staticmethod-like, e.g. dict.fromkeys) */
    METH_CLASS = 2,         /* self is the type */
    METH_GETTER = 4,        /* a data attribute (getset_descriptor, int.real):
                             * reading it calls fn(self) with no arguments */
    METH_SLOT = 8,          /* a slot wrapper (object.__setattr__): shown as one */
    METH_VARARGS = 16,      /* CPython's METH_VARARGS (| METH_KEYWORDS): each call packs
                             * the positional arguments into a tuple and any keywords
                             * into a dict, dropped in that order after fn returns
                             * (descr_invoke; fn still gets the vector, and the tuple
                             * and dict as vm.varargs) */
    METH_KEYWORDS = 32,     /* with METH_VARARGS: keywords accepted (packed into a dict);
                             * without it, fn raises before anything is packed */
    /* A method's CPython calling convention, which words its argument errors
     * (args_range, builtins.h).  `display` is then the qualified name
     * ("list.index"): the method descriptor refuses keywords with it, and
     * METH_O / METH_NOARGS count with it; the other two count with `name`. */
    METH_O = 64,            /* one argument: "T.f() takes exactly one argument (0 given)" */
    METH_NOARGS = 128,      /* none: "T.f() takes no arguments (1 given)" */
    METH_CLINIC = 256,      /* Argument Clinic, positional-only: "f expected at least 1
                             * argument, got 0" (_PyArg_CheckPositional) */
    METH_PARSE = 512,       /* PyArg_ParseTuple("O|OO:f"): "f() takes at least 1
                             * argument (0 given)" */
    METH_CLINIC_KW = 1024,  /* Argument Clinic with keywords: checked by args_unpack
                             * ("'zz' is an invalid keyword argument for f()") */
    METH_WRAPPER = 2048,    /* with METH_SLOT: the def opens a slotdef (descr.h) and fn is
                             * NULL; calling it runs its owner type's slot */
    METH_MEMBER = 4096,     /* with METH_GETTER: a member_descriptor (complex.real) */
    METH_SETTER = 8192,     /* with METH_GETTER: writable; assigning calls fn(self, value)
                             * (nargs 1), deleting fn(self, NULL); fn returns None, or
                             * NULL with the exception set */
    METH_NEW = 16384,       /* tp_new_wrapper (object.__new__): the type's dict holds a
                             * builtin_function_or_method bound to the type itself */
};

/* What a type does.  NULL slots fall back as CPython's do (object's
 * behaviour, or a TypeError naming the operation). */
struct type {
    object ob;                      /* a type is an object */
    const char *name;               /* tp_name */
    uint32_t basicsize;             /* tp_basicsize */
    uint32_t itemsize;              /* tp_itemsize */
    uint32_t flags;                 /* TPF_* */
    uint32_t host_size;             /* bytes of the host struct (before items) */
    type *base;                     /* tp_base */

    void (*dealloc)(vm *, object *);                    /* frees o; refcnt is 0 */
    int (*traverse)(object *, visitproc, void *);       /* every reference o holds */
    void (*clear)(vm *, object *);                      /* drops references (gc) */
    void (*finalize)(vm *, object *);                   /* __del__ (tp_finalize) */
    object *(*repr)(vm *, object *);
    object *(*str)(vm *, object *);
    int (*hash)(vm *, object *, int64_t *out);          /* 0, or -1 with TypeError */
    object *(*richcompare)(vm *, object *, object *, int op);
    /* Number slots get both operands in their original order (a op b) whichever
     * of the two types the slot belongs to, and answer NotImplemented when
     * they do not handle the pair. */
    object *(*binary[NB_NBINOPS])(vm *, object *, object *);
    object *(*inplace[NB_NBINOPS])(vm *, object *, object *); /* list +=, set |= … */
    object *(*unary[UN_NUNOPS])(vm *, object *);
    object *(*abs)(vm *, object *);
    int (*truth)(vm *, object *);                       /* nb_bool/sq_length; -1 error */
    int64_t (*length)(vm *, object *);                  /* -1 with error */
    object *(*getitem)(vm *, object *, object *key);
    int (*setitem)(vm *, object *, object *key, object *value); /* value NULL: del */
    int (*contains)(vm *, object *, object *);
    object *(*iter)(vm *, object *);
    object *(*iternext)(vm *, object *);                /* NULL without error: exhausted */
    int64_t (*length_hint)(vm *, object *);             /* __length_hint__; -1 with an error */
    object *(*call)(vm *, object *, object *const *args, size_t nargs, object *kwnames);
    /* Calling the type itself: t(args) (tp_new + tp_init, vectorcall). */
    object *(*vnew)(vm *, type *t, object *const *args, size_t nargs, object *kwnames);
    object *(*getattr)(vm *, object *, object *name);  /* NULL + AttributeError if absent */
    /* LOAD_METHOD for types with their own getattr (see attr.h). */
    int (*getmethod)(vm *, object *, object *name, object **out);
    int (*setattr)(vm *, object *, object *name, object *value);
    uint64_t (*size_of)(vm *, object *);                /* __sizeof__ (without pre-header) */
    const method_def *methods;      /* C methods, NULL-terminated */
    object **descrs;                /* their method descriptors (attr.c) */
    object **descr_names;           /* and interned names, in the same order */
    uint32_t ndescrs;
    uint32_t nslotw;                /* its slot wrappers (descr.c), kept apart: */
    object **slotw;                 /* wrapper descriptors, or None (list.__hash__) */
    object **slotw_names;           /* and their interned names */

    /* heap types (class statements) */
    object *dict;                   /* tp_dict: class attributes (a dict), or NULL */
    object *mro;                    /* tuple of types */
    object *bases;                  /* tuple of types */
    object *name_obj;               /* __name__ as a str object */
    struct dictkeys *cached_keys;   /* shared keys of instances (MANAGED_DICT, dict.h) */
    uint32_t nslots;                /* __slots__ entries, the bases' included */
    uint32_t slot_base;             /* index of this class's first slot */
    object *slot_names;             /* ht_slots: the sorted tuple of slot names, or NULL */
    object *qualname;               /* ht_qualname (a str), or NULL: the name */
    object *subclasses;             /* tp_subclasses of a class: {id: weakref}, or NULL */
    object **sub_keys;              /* per entry of bases: the key of this class's entry in a
                                       builtin base's tp_subclasses, or NULL (a host array) */
    object *sub_ref;                /* the weak reference those entries hold, or NULL */
    uint32_t weaklist_offset;       /* tp_weaklistoffset: its instances' __weakref__ slot, 0:
                                       none (best_base compares layouts with it) */
    uint64_t doc_addr;              /* tp_doc: a copy of a str __doc__ (a block), or 0 */
    uint32_t inst_offset;           /* where its instances' instfields start in their host
                                       struct (class.h): after the builtin base's struct */
    struct subtable {               /* list's and dict's tp_subclasses (class.c) */
        uint64_t keys_addr;         /* the keys block heapviz made for it, 0: start-up's */
        int64_t usable;             /* entries its keys table holds; 0: no table */
        uint32_t nentries, used;    /* entries taken (deleted ones too) and live */
    } subtab;

    /* a builtin type's (static types) */
    object *static_mro, *static_bases;  /* tp_mro, tp_bases: static tuples made at the first
                                           read (types_lineage), or NULL */
};

/* ---- access -------------------------------------------------------------- */

static inline gchead *obj_gc(object *o)
{
    return (gchead *)o - 1;
}

static inline int obj_is_gc(const object *o)
{
    return (o->type->flags & TPF_GC) != 0;
}

static inline int type_is_subtype_flag(const type *t, uint32_t flag)
{
    return (t->flags & flag) != 0;
}

/* t takes base's behaviour (every slot and field) but keeps its own object
 * header: its address, count and unsaid references are t's, never base's. */
static inline void type_inherit(type *t, const type *base)
{
    object head = t->ob;
    *t = *base;
    t->ob = head;
}

/* The label an instance of heap type t holds its class under: 0, or
 * HV_LABEL_FIELDS for a list subclass's (event.h). */
static inline uint64_t type_class_label(const type *t)
{
    return (t->flags & TPF_LIST_SUBCLASS) ? HV_LABEL_FIELDS : 0;
}

/* Bytes CPython puts in front of an object of type t (_PyType_PreHeaderSize). */
static inline uint32_t type_preheader(const type *t)
{
    return (t->flags & TPF_GC ? 16u : 0u) + (t->flags & TPF_MANAGED_DICT ? 16u : 0u);
}

/* ---- reference counting -------------------------------------------------
 * Every change is an event.  holder 0 means the interpreter itself (a value
 * on its way through an expression); a frame or an object otherwise.
 *
 * Unsaid references.  The interpreter takes and drops references all the
 * time (a third to a half of a program's events were its own +1 and -1,
 * mostly cancelling within a statement), so its changes to o's count are
 * not events one by one: they add up in o->unsaid and are said as one REF
 * event (holder 0, delta the net change, any int8) just before
 *   1. the next event about o (a holder dropping a reference, a move, its
 *      tracking, resize, collector state, or its freeing) but a holder's
 *      new reference, which leaves them unsaid (`x = v`, `l.append(v)`:
 *      the interpreter's +1 and -1 around it would be two events more),
 *      and
 *   2. the step's end (vm_say_all, before each STEP, snapshot and sink
 *      change, and when a run or a console input is over).
 * So a count the model shows is exact at every step's end and at every
 * event about the object but a holder's +1; between, the object may show
 * fewer (or more) of the interpreter's references than it has this
 * instant.  Never 0 while it lives: it falls only at events that leave
 * it exact (a holder's -1 says first), and a holder's +1 raises it.
 * A reference moved from the interpreter to a holder (obj_give) while o has
 * unsaid references is said as the holder's +1 (one event instead of two).
 * Objects with unsaid references are on vm.unsaid (o->listed) until the
 * step ends; one freed meanwhile keeps its host memory until then (the
 * list still points at it: obj_host_release, vm_say_all). */

/* Whether v has an event sink (defined in vm.h): with none, building an
 * event is skipped at the call site, so an unheard event costs one test. */
static inline int vm_listening(const vm *v);

/* Emit the REF and REF_MOVE events (only when vm_listening: callers test
 * it first); holder 0 adds to o's unsaid references. */
void obj_ref_event(vm *v, object *o, uint64_t holder, uint64_t label, int delta);
void obj_move_event(vm *v, object *o, uint64_t from, uint64_t to, uint64_t label);
/* The references holder holds in slots [from, from + count) move by `by`
 * (reversed: and their order reverses): a SHIFT event (event.h); item: the
 * one that moves when count is 1 (or NULL).  Nothing when count is 0, or by
 * is 0 and nothing reverses. */
void obj_shift_event(vm *v, uint64_t holder, size_t from, size_t count, int64_t by, int reversed,
                     const object *item);
void obj_dealloc(vm *v, object *o);
/* Puts o on vm.unsaid (defined in vm.h: once per object and step). */
static inline void vm_list_unsaid(vm *v, object *o);
/* Says o's unsaid references now: one REF event (out of line). */
void obj_say_now(vm *v, object *o);

/* Says o's unsaid references, if any: before an event about o. */
static inline void obj_say(vm *v, object *o)
{
    if (o->unsaid)
        obj_say_now(v, o);
}

/* The interpreter's count of o changes by d (+1 or -1), unsaid. */
static inline void obj_unsaid(vm *v, object *o, int d)
{
    if (!o->listed)
        vm_list_unsaid(v, o);
    else if (HV_UNLIKELY(o->unsaid == (d > 0 ? INT8_MAX : INT8_MIN)))
        obj_say_now(v, o);
    o->unsaid = (int8_t)(o->unsaid + d);
}

/* A new reference held by the interpreter. */
static inline object *obj_incref(vm *v, object *o)
{
    o->refcnt++;
    if (vm_listening(v))
        obj_unsaid(v, o, +1);
    return o;
}

/* Drops a reference held by the interpreter; deallocates at zero. */
static inline void obj_decref(vm *v, object *o)
{
    if (vm_listening(v))
        obj_unsaid(v, o, -1);
    if (--o->refcnt == 0)
        obj_dealloc(v, o);
}

static inline void obj_xdecref(vm *v, object *o)
{
    if (o)
        obj_decref(v, o);
}

/* A reference held by `holder` in slot `label`. */
static inline object *obj_hold(vm *v, object *o, uint64_t holder, uint64_t label)
{
    o->refcnt++;
    if (vm_listening(v))
        obj_ref_event(v, o, holder, label, +1);
    return o;
}

/* Drops the reference `holder` held in slot `label`. */
static inline void obj_release(vm *v, object *o, uint64_t holder, uint64_t label)
{
    if (vm_listening(v))
        obj_ref_event(v, o, holder, label, -1);
    if (--o->refcnt == 0)
        obj_dealloc(v, o);
}

/* The interpreter's reference to o becomes holder's (CPython "steals" it):
 * no count changes, the graph gains an edge. */
static inline void obj_give(vm *v, object *o, uint64_t holder, uint64_t label)
{
    if (vm_listening(v))
        obj_move_event(v, o, 0, holder, label);
}

/* holder's reference becomes the interpreter's (popped out of a container). */
static inline void obj_take(vm *v, object *o, uint64_t holder, uint64_t label)
{
    if (vm_listening(v))
        obj_move_event(v, o, holder, 0, label);
}

/* Clears the two fields and drops the references they held (labels 0 and
 * 1; either may be NULL), in tp_clear's order: both fields are NULL before
 * the first release, so a cascade never sees a half-cleared o. */
void obj_release_pair(vm *v, object *o, object **first, object **second);

/* Visits a and b (a NULL is skipped) as a tp_traverse of two references
 * does: the first nonzero result is returned. */
int obj_visit_pair(object *a, object *b, visitproc visit, void *arg);

/* ---- allocation -----------------------------------------------------------
 * obj_new allocates the simulated block (pre-header + basicsize + itemsize ×
 * nitems, as CPython's allocators size it) and the host struct, counts GC
 * objects in generation 0 as gc_alloc does, and emits OBJ_NEW.  The object
 * is not tracked yet (obj_track).  Returns NULL with MemoryError set when
 * the simulated heap is exhausted. */
object *obj_new(vm *v, type *t, size_t nitems);
/* obj_new without the OBJ_NEW (items zeroed): for types whose sys.getsizeof
 * reads a count the caller sets next (a tuple's length); the caller then
 * calls obj_announce exactly once, before any other event names it. */
object *obj_new_quiet(vm *v, type *t, size_t nitems);
/* The same with an explicit simulated size (types that size themselves). */
object *obj_new_sized(vm *v, type *t, uint64_t nbytes, size_t host_extra);
/* obj_new_sized without the OBJ_NEW, for the caller's obj_announce once it
 * set the count sys.getsizeof reads (an int, tuple or str subclass's). */
object *obj_new_sized_quiet(vm *v, type *t, uint64_t nbytes, size_t host_extra);
/* Frees o's simulated block and host memory (the end of a dealloc). */
void obj_free(vm *v, object *o);
/* PyObject_Realloc of o's own block to nbytes, when pymalloc keeps the
 * block where it is (BLOCK_RESIZE or RAW_RESIZE; o not tracked): o
 * again, at the same address and with the same count, in a new host struct
 * with host_extra bytes after it (the first `keep` copied), which replaces
 * o (given back: no pointer to it may remain).  The caller updates the
 * facts getsizeof reads, then emits OBJ_RESIZE (obj_resize_event).  NULL
 * when the block would move, nothing changed: the caller then makes a new
 * object and drops o, which is what the realloc's malloc, copy and free
 * come to. */
object *obj_resize_in_place(vm *v, object *o, uint64_t nbytes, size_t host_extra, size_t keep);

/* The same, the host_extra bytes left unwritten and no OBJ_NEW yet: for
 * types whose sys.getsizeof reads what the caller writes next (str length
 * and kind, int and bytes sizes).  The caller fills every host_extra byte,
 * sets those facts, then calls obj_announce exactly once, before any other
 * event names the object: OBJ_NEW then carries the size python3 reports. */
object *obj_new_unzeroed(vm *v, type *t, uint64_t nbytes, size_t host_extra);
/* Emits o's OBJ_NEW and counts a GC type's allocation (gc_alloc, which may
 * collect: o is not tracked yet).  Inline: with no sink, an object of a
 * type the collector does not count needs nothing (obj_announce_now). */
void obj_announce_now(vm *v, object *o);
static inline void obj_announce(vm *v, object *o)
{
    if (vm_listening(v) || (o->type->flags & TPF_GC))
        obj_announce_now(v, o);
}

/* Host memory for an object of type t with host_extra bytes after its
 * struct (zeroed; a gchead in front for GC types).  Cannot fail. */
void *obj_host_alloc(vm *v, type *t, size_t host_extra);
/* Frees the host memory of a static object (obj_host_alloc) only. */
void obj_host_free(object *o);
/* Gives back the host memory of an object obj_new made (a parked free-list
 * entry) to the vm's slabs, without an event. */
void obj_host_release(vm *v, object *o);
/* Frees the vm's host slabs, and with them every object obj_new made
 * (vm_delete, last). */
void obj_host_cache_free(vm *v);
/* Emits OBJ_NEW or OBJ_FREE for o (free lists call it themselves); an object
 * taken back from a free list (parked) also re-tags its tracemalloc trace. */
void obj_life_event(vm *v, unsigned kind, object *o, int parked);
/* sys.getsizeof(o) as the object events carry it. */
uint32_t obj_event_size(vm *v, object *o);
/* Emits OBJ_RESIZE when o's getsizeof is no longer old_size (a list's item
 * array, a dict's keys or values, a set's table replaced).  Containers call
 * it after any change of their tables, with obj_event_size from before. */
void obj_resize_event(vm *v, object *o, uint32_t old_size);
/* Emits BLOCK_OWNER: the block at addr passes from (old_owner, old_role)
 * to (owner, role); owner 0 with OWN_NONE: to nobody (event.h). */
void obj_block_event(vm *v, uint64_t addr, uint64_t owner, unsigned role, uint64_t old_owner, unsigned old_role);
/* pymalloc_malloc / realloc / free of a block that is part of o (its
 * `role`, enum block_role), with the BLOCK_OWNER events around them: the
 * block is o's after the allocation and nobody's before it is freed.
 * realloc and malloc return 0 when out of memory (the old block stays
 * o's). */
uint64_t obj_block_malloc(vm *v, object *o, unsigned role, uint64_t nbytes);
uint64_t obj_block_realloc(vm *v, object *o, unsigned role, uint64_t addr, uint64_t nbytes);
void obj_block_free(vm *v, object *o, unsigned role, uint64_t addr);

/* ---- the collector's lists ------------------------------------------------ */

/* Appends o to the tail of generation 0 (_PyObject_GC_TRACK); no-op if
 * tracked.  o must be of a GC type. */
void obj_track(vm *v, object *o);
/* Removes o from its generation (no-op if untracked). */
void obj_untrack(vm *v, object *o);

/* CPython's trashcan (Py_TRASHCAN_BEGIN/END, unwind level 50): a container
 * dealloc nested deeper than that is not run but deferred, LIFO, until the
 * outermost one ends, so freeing a deep structure needs no deep C stack and
 * frees blocks in CPython's order.  Call begin after untracking o (the
 * deferred list is linked through its gc header); it returns 1 when o was
 * deferred (the dealloc returns at once; it runs again later), else 0 or
 * -1 (not counted: o's type's dealloc is not `dealloc`, a subclass's is),
 * which the dealloc hands to obj_trash_end as its very last step. */
#define TRASH_UNWIND_LEVEL 50
int obj_trash_begin(vm *v, object *o, void (*dealloc)(vm *, object *));
void obj_trash_end(vm *v, int began);
int obj_is_tracked(object *o);
/* _PyObject_GC_MAY_BE_TRACKED: whether o could be tracked — a GC object,
 * except an untracked tuple and a static type (CPython's static types are
 * no GC objects: type_is_gc).  What keeps a tuple or dict tracked through
 * the collector's untracking and MAINTAIN_TRACKING. */
int obj_may_be_tracked(vm *v, object *o);
/* Emits TRACK for o moving from generation old_gen to gen (-1: untracked);
 * the collector calls it when it moves objects between generations. */
void obj_track_event(vm *v, object *o, int old_gen, int gen);

#endif
