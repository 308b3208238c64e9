/*
 * vm.c — creating a simulated interpreter: its heap, its copies of the
 * builtin types, its singletons, its collector state; and the current
 * exception.
 *
 * Static objects (builtin types, None, True, False, small ints, one-
 * character strings, one-byte bytes, the empty tuple) live outside pymalloc
 * in CPython, in the binary's data segment; here they get addresses from a
 * static region just below the raw heap, so id() of them looks as it does in
 * CPython and never collides with a heap address.
 */
#include "vm.h"
#include "textio.h"

#include "hv.h"
#include "abstract.h"
#include "attr.h"
#include "builtins.h"
#include "loader.h"
#include "class.h"
#include "eval.h"
#include "gc.h"
#include "number.h"
#include "structseq.h"
#include "traceback.h"
#include "tracemalloc.h"
#include "typedict.h"
#include "types.h"
#include "weakref.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define STATIC_REGION_SIZE 0x2000000ULL     /* 32 MiB below the raw heap */

#include "staticnames.inc"
#include "staticnames_tm.inc"
#include "staticrefs.inc"
#include "staticrefs_tm.inc"
#include "staticobjs.inc"
#include "staticobjs_tm.inc"

static int compare_name(const void *key, const void *entry)
{
    return strcmp(key, ((const struct staticref_name *)entry)->text);
}

/* Which static object o is, by identity: the singletons, then the small
 * ints and the one-character strs and bytes (a linear look: this runs
 * once per sys.getrefcount call).  Its table (enum static_kind) and its
 * index there, or SK_NONE. */
enum static_kind { SK_NONE, SK_SINGLE, SK_INT, SK_CHR, SK_BYTE };

static enum static_kind static_index(vm *v, const object *o, int *at)
{
    if (o->addr < v->static_first || o->addr >= v->static_next)
        return SK_NONE;
    const object *single[STATICREF_NSINGLE] = {
        [STATICREF_NONE] = v->none, [STATICREF_TRUE] = v->true_, [STATICREF_FALSE] = v->false_,
        [STATICREF_ELLIPSIS] = v->ellipsis, [STATICREF_NOTIMPL] = v->notimpl,
        [STATICREF_EMPTY_STR] = v->empty_str, [STATICREF_EMPTY_BYTES] = v->empty_bytes,
        [STATICREF_EMPTY_TUPLE] = v->empty_tuple,
    };
    for (*at = 0; *at < STATICREF_NSINGLE; ++*at)
        if (single[*at] == o)
            return SK_SINGLE;
    for (*at = 0; *at <= SMALL_INT_MAX - SMALL_INT_MIN; ++*at)
        if (v->small_ints[*at] == o)
            return SK_INT;
    for (*at = 0; *at < 256; ++*at)
        if (v->latin1[*at] == o)
            return SK_CHR;
        else if (v->bytes1[*at] == o)
            return SK_BYTE;
    return SK_NONE;
}

/* The names table's row for text, or NULL. */
static const struct staticref_name *startup_name(const char *text)
{
    return bsearch(text, staticrefs_name, HV_COUNTOF(staticrefs_name), sizeof staticrefs_name[0],
                   compare_name);
}

/* The reference count _PyObject_IMMORTAL_INIT gives CPython's static
 * strs (_Py_ID, _Py_STR). */
#define STATIC_ID_REFCNT 999999999

/* The row for text in the table of what `import tracemalloc` adds to the
 * names, once the program has imported it; else NULL. */
static const struct staticref_name *tm_name(const vm *v, const char *text)
{
    if (!tm_imported(v))
        return NULL;
    return bsearch(text, staticrefs_tm_name, HV_COUNTOF(staticrefs_tm_name), sizeof staticrefs_tm_name[0],
                   compare_name);
}

/* The "value:" key of o when sys or gc holds it (its first name there)
 * and it is one of start-up's simple values, else 0. */
static int module_value_key(vm *v, const object *o, char *key, size_t size)
{
    static const enum builtin_type kinds[] = {T_INT, T_STR, T_LIST, T_TEXTIO, T_SYS_VERSION_INFO, T_SYS_FLOAT_INFO,
                                              T_SYS_INT_INFO, T_SYS_HASH_INFO, T_SYS_THREAD_INFO, T_SYS_FLAGS,
                                              T_NAMESPACE};
    int kind = 0;
    for (size_t i = 0; i < HV_COUNTOF(kinds); i++)
        kind |= o->type == v->types[kinds[i]];
    for (size_t m = 0; m < 2 && kind; m++) {
        const char *name = module_attr_name(v, v->modules[m], o);
        if (name) {
            int n = snprintf(key, size, "value:%s.%s", MODULE(v->modules[m])->name, name);
            return n > 0 && (size_t)n < size;
        }
    }
    return 0;
}

/* The objects table's key for o when it is a static built-in type, builtin
 * function or module, a module's str, __main__'s name or loader: "type:"
 * and its tp_name, "func:" and module.name ("builtins" for a builtin's,
 * the type's name for a type's static method),
 * "module:" and its name, "modattr:" and module.__name__ or
 * module.__doc__, "value:" and module.name of a value sys or gc holds
 * (sys.maxsize, sys.stdout, gc.garbage) or "sys.argv[0]", "main:__name__", "loader:__main__" and its ".name";
 * else 0. */
static int object_key(vm *v, const object *o, char *key, size_t size)
{
    int n = 0;
    if (o == v->main_name) {                /* sys.modules' key (its count: the table's) */
        n = snprintf(key, size, "main:__name__");
    } else if (!vm_is_static(v, o)) {
        return 0;
    } else if (o->type == v->types[T_TYPE] && o != &v->types[T_TM_CLASS]->ob) {
        n = snprintf(key, size, "type:%s", ((const type *)o)->name);
    } else if (o->type == v->types[T_MODULE]) {
        n = snprintf(key, size, "module:%s", MODULE(o)->name);
    } else if (o->type == v->types[T_BUILTIN]) {
        const object *self = DESCR(o)->self;       /* a type's static method: "func:str.maketrans" */
        const char *mod = self && self->type == v->types[T_MODULE] ? MODULE(self)->name
                          : self && self->type == v->types[T_TYPE] ? ((const type *)self)->name : "builtins";
        n = snprintf(key, size, "func:%s.%s", mod, DESCR(o)->def->name);
    } else if (o == v->sys_argv0) {
        n = snprintf(key, size, "value:sys.argv[0]");
    } else if (module_value_key(v, o, key, size)) {
        n = (int)strlen(key);
    } else if (o->type == v->types[T_SOURCE_LOADER]) {
        n = snprintf(key, size, "loader:__main__");
    } else if (o->type == v->types[T_STR] && v->main_loader && o == LOADER(v->main_loader)->name) {
        n = snprintf(key, size, "loader:__main__.name");
    } else if (o->type == v->types[T_STR]) {
        object *const mods[] = {v->builtins_module, v->modules[0], v->modules[1], v->modules[2], v->modules[3]};
        for (size_t i = 0; i < HV_COUNTOF(mods) && !n; i++) {
            const moduleobj *m = MODULE(mods[i]);
            if (o == m->name_str || o == m->doc_str)
                n = snprintf(key, size, "modattr:%s.%s", m->name, o == m->doc_str ? "__doc__" : "__name__");
        }
    }
    return n > 0 && (size_t)n < size;
}

/* The objects tables' count for key: startup's row and, once the program
 * has imported tracemalloc, the row of what its import adds. */
static int64_t objects_row(vm *v, const char *key)
{
    const struct staticref_name *n = bsearch(key, staticrefs_obj, HV_COUNTOF(staticrefs_obj),
                                             sizeof staticrefs_obj[0], compare_name);
    const struct staticref_name *tn = !tm_imported(v) ? NULL :
        bsearch(key, staticrefs_tm_obj, HV_COUNTOF(staticrefs_tm_obj), sizeof staticrefs_tm_obj[0],
                compare_name);
    return (n ? n->refs : 0) + (tn ? tn->refs : 0);
}

/* The references CPython holds to o when it has a key (object_key). */
static int64_t object_refs(vm *v, const object *o)
{
    char key[128];
    return object_key(v, o, key, sizeof key) ? objects_row(v, key) : 0;
}

/* What a module's first import adds to its interned name (sys.modules'
 * key, the spec, the module's md_name; for tracemalloc, the modules it
 * loads): the objects table's "import:" row once the program imported it. */
static int64_t import_refs(vm *v, const object *name)
{
    const char *text = STR(name)->data;
    int imported = !strcmp(text, "gc") ? v->gc_imported : !strcmp(text, "tracemalloc") ? tm_imported(v) : 0;
    if (!imported)
        return 0;
    char key[32];
    snprintf(key, sizeof key, "import:%s", text);
    return objects_row(v, key);
}

int vm_startup_name(const vm *v, const char *text)
{
    return startup_name(text) != NULL || tm_name(v, text) != NULL;
}

/* The references CPython's own objects hold to o: startup's (an interned
 * str is CPython's own when its text is in the names table; a built-in
 * type, builtin function or module is by its key), and those of the
 * modules `import tracemalloc` loads once the program has run it. */
int64_t vm_interp_refs(vm *v, const object *o)
{
    int name = o->type == v->types[T_STR] && STR(o)->interned;
    const struct staticref_name *n = name ? startup_name(STR(o)->data) : NULL;
    const struct staticref_name *tn = name ? tm_name(v, STR(o)->data) : NULL;
    int at;
    enum static_kind kind = static_index(v, o, &at);
    int tm = tm_imported(v);
    switch (kind) {
    case SK_SINGLE:
        return staticrefs_single[at] + (tm ? staticrefs_tm_single[at] : 0) +
               (at == STATICREF_EMPTY_BYTES ? v->environ.empty : 0);
    case SK_INT:
        return staticrefs_int[at] + (tm ? staticrefs_tm_int[at] : 0);
    case SK_CHR:                /* a one-character name: the names table's count */
        return (n ? n->refs : staticrefs_chr[at]) + (tm ? staticrefs_tm_chr[at] : 0);
    case SK_BYTE:
        return staticrefs_byte[at] + (tm ? staticrefs_tm_byte[at] : 0) + v->environ.byte[at];
    case SK_NONE:
        break;
    }
    if (o->type != v->types[T_STR])
        return object_refs(v, o);
    if (!n && !tn && str_is_static_id(v, o))
        return STATIC_ID_REFCNT - 1;        /* _PyObject_IMMORTAL_INIT's count, less our own 1 */
    if (!name)                              /* a module's __name__ or __doc__ */
        return object_refs(v, o);
    return (n ? n->refs : 0) + (tn ? tn->refs : 0) + import_refs(v, o);
}

uint64_t vm_static_addr(vm *v, uint32_t size)
{
    uint64_t a = v->static_next;
    v->static_next += ((uint64_t)size + 15) & ~(uint64_t)15;
    return a;
}

/* The allocator's events: tracemalloc sees them first, then the sink. */
static void heap_event(void *ud, const hv_event *ev)
{
    vm *v = ud;
    tm_event(v, ev);
    if (v->emit)
        v->emit(v->ud, ev);
}

/* Without tracemalloc the allocator's events go straight to the sink (a
 * call and tm_event's test less per event while recording). */
void vm_heap_listeners(vm *v, int tracing)
{
    v->tracing = tracing;
    if (tracing)
        pymalloc_set_emit(v->pm, heap_event, v, NULL);
    else
        pymalloc_set_emit(v->pm, v->emit, v->ud, v->ring);
}

/* Gives back the host memory of objects freed while on vm.unsaid (kept:
 * where each piece starts, so that nothing of the object is read). */
static void release_kept(vm *v)
{
    for (size_t i = 0; i < v->nkept; i++)
        hostmem_give(&v->host, v->kept[i]);
    v->nkept = 0;
}

void vm_say_all_now(vm *v)
{
    object **l = v->unsaid;
    size_t n = v->nunsaid;
    int say = v->emit != NULL;
    for (size_t i = 0; i < n; i++) {
        object *o = l[i];
        if (o->unsaid && say)
            vm_ref_event(v, o->addr, 0, 0, o->unsaid);  /* obj_say_now's event, inline */
        o->unsaid = 0;
        o->listed = 0;
    }
    v->nunsaid = 0;
    release_kept(v);
}

void vm_step_event(vm *v, enum step_what what)
{
    if (!v->emit)
        return;
    vm_say_all(v);
    hv_event *ev = vm_event_begin(v);
    *ev = (hv_event){.kind = EV_STEP, .site = v->line, .u.step = {.number = v->step, .what = what}};
    vm_event_commit(v, ev, EV_STEP, 0);
}

void vm_grow_unsaid(vm *v)
{
    hv_grow(&v->unsaid, &v->unsaid_cap, v->nunsaid + 1, sizeof *v->unsaid, 256);
}

void vm_keep_until_said(vm *v, void *piece)
{
    if (v->nkept == v->kept_cap)
        hv_grow(&v->kept, &v->kept_cap, v->nkept + 1, sizeof *v->kept, 64);
    v->kept[v->nkept++] = piece;
}

void vm_set_sink(vm *v, hv_emit_fn emit, void *ud, hv_ring *ring)
{
    vm_say_all(v);
    if (v->ring)
        hv_ring_publish(v->ring);           /* its last events, after the last STEP */
    v->ring = ring;
    v->emit = ring ? hv_ring_emit : emit;
    v->ud = ring ? (void *)ring : ud;
    vm_heap_listeners(v, v->tracing);
}

/* ---- roots ------------------------------------------------------------------ */

static void root(vm_root_fn fn, void *ud, object *o, int kind)
{
    if (o)
        fn(ud, o, kind);
}

static void frame_roots(frame *f, vm_root_fn fn, void *ud)
{
    root(fn, ud, &f->code->ob, GCR_FRAME);
    root(fn, ud, f->func, GCR_FRAME);
    root(fn, ud, f->globals, GCR_FRAME);
    root(fn, ud, f->locals, GCR_FRAME);
    root(fn, ud, f->gen, GCR_FRAME);
    for (uint32_t i = 0; i < f->code->nlocalsplus; i++)
        root(fn, ud, f->lp[i], GCR_FRAME);
    for (uint32_t i = 0; i < f->sp; i++)
        root(fn, ud, f->stack[i], GCR_FRAME);
}

void vm_roots(vm *v, vm_root_fn fn, void *ud)
{
    root(fn, ud, v->main_dict, GCR_MAIN);
    for (size_t i = 0; i < HV_COUNTOF(v->modules); i++)
        root(fn, ud, v->modules[i], GCR_MODULES);
    size_t pos = 0;
    uint64_t key, val;
    while (map_next(&v->builtins, &pos, &key, &val))
        root(fn, ud, (object *)(uintptr_t)val, GCR_BUILTINS);
    root(fn, ud, v->underscore, GCR_BUILTINS);
    for (size_t i = 0; i < HV_COUNTOF(v->sys_last); i++)
        root(fn, ud, v->sys_last[i], GCR_STATIC);
    for (size_t i = 0; i < v->nframes; i++)
        frame_roots(v->frames[i], fn, ud);
    root(fn, ud, v->exc, GCR_EXC);
    root(fn, ud, v->exc_tb, GCR_EXC);
    root(fn, ud, v->handling, GCR_EXC);
    for (size_t i = 0; i < v->nhandled_below; i++)
        root(fn, ud, v->handled_below[i], GCR_EXC);
    root(fn, ud, v->gc_garbage, GCR_STATIC);
    root(fn, ud, v->gc_callbacks, GCR_STATIC);
    root(fn, ud, v->sys_argv, GCR_STATIC);
    for (unsigned i = 0; i < v->gc_import.nobjs; i++)       /* the first `import gc`'s (gc.c), */
        if (v->gc_import.objs[i] && !obj_is_tracked(v->gc_import.objs[i]))  /* but the list the */
            root(fn, ud, v->gc_import.objs[i], GCR_STATIC);                 /* collector meets */
    root(fn, ud, v->repr_dict, GCR_STATIC);
    root(fn, ud, v->print_kwtuple, GCR_STATIC);
    for (size_t i = 0; i < v->ncache_names; i++)
        root(fn, ud, v->cache_names[i], GCR_STATIC);
    root(fn, ud, v->linecache_entry, GCR_STATIC);
    for (unsigned i = 0; i < v->nclinic; i++)
        root(fn, ud, v->clinic[i].kwtuple, GCR_STATIC);
    for (unsigned i = 0; i < v->ndescr_qualnames; i++)
        root(fn, ud, v->descr_qualnames[i], GCR_STATIC);
    for (size_t i = 0; i < HV_COUNTOF(v->memory_errors); i++)
        root(fn, ud, v->memory_errors[i], GCR_STATIC);
}

void vm_frame_enter(vm *v, frame *f)
{
    hv_grow(&v->frames, &v->framecap, v->nframes + 1, sizeof *v->frames, 16);
    v->frames[v->nframes++] = f;
}

void vm_frame_leave(vm *v, frame *f)
{
    for (size_t i = v->nframes; i-- > 0;)
        if (v->frames[i] == f) {
            memmove(&v->frames[i], &v->frames[i + 1], (v->nframes - i - 1) * sizeof *v->frames);
            v->nframes--;
            return;
        }
}

/* bigint_ctx.check, asked inside long multiplications and divisions
 * (longobject.c's SIGCHECK): a pending SIGINT raises KeyboardInterrupt
 * there, and so does the step limit once the big-int work alone has
 * used it up (as vm_tick would at the next statement). */
static int bigint_sigcheck(void *ud)
{
    vm *v = ud;
    if (v->step_limit && v->ticks + v->bi.work / VM_BIGINT_WORK_PER_STEP > v->step_limit) {
        vm_raise(v, T_KEYBOARD_INTERRUPT, "step limit reached");
        return 1;
    }
    return eval_interrupted(v);
}

vm *vm_new(const profile *prof, uint64_t limit, hv_emit_fn emit, void *ud)
{
    vm *v = hv_calloc(1, sizeof *v);
    v->emit = emit;
    v->ud = ud;
    v->pm = pymalloc_new(prof, limit, NULL, v);
    vm_heap_listeners(v, 0);
    tm_init(v);
    v->static_first = v->static_next = prof->raw_base - STATIC_REGION_SIZE;
    v->recursion_limit = 1000;
    v->gc_enabled = 1;
    static const int64_t thresholds[NUM_GENERATIONS] = GC_DEFAULT_THRESHOLDS;
    for (int g = 0; g < NUM_GENERATIONS; g++) {
        v->gens[g].head.prev = v->gens[g].head.next = &v->gens[g].head;
        v->gens[g].threshold = thresholds[g];
    }
    v->permanent.prev = v->permanent.next = &v->permanent;
    bigint_ctx_init(&v->bi);
    v->bi.check = bigint_sigcheck;
    v->bi.check_user = v;
    v->utf8 = newlocale(LC_CTYPE_MASK, "C.UTF-8", (locale_t)0);
    types_init(v);
    number_init_types(v);
    traceback_init_types(v);
    weakref_init_types(v);
    structseq_init_types(v);
    class_init_object(v);
    attr_init(v);
    builtins_init(v);
    textio_init(v);
    class_init(v);
    v->str___name__ = str_static_interned(v, "__name__");
    return v;
}

void vm_delete(vm *v)
{
    if (!v)
        return;
    vm_say_all(v);
    vm_exc_clear(v);
    obj_xdecref(v, v->handling);
    v->handling = NULL;
    repr_state_free(v);
    textio_fini(v);                         /* sys is cleared: print() writes nothing now */
    exc_memory_errors_release(v);           /* cycles through them become garbage */
    v->gc_debug = 0;                        /* DEBUG_SAVEALL would keep the garbage below */
    if (v->gc_garbage)                      /* and what gc.garbage kept is garbage now, */
        v->types[T_LIST]->clear(v, v->gc_garbage);
    if (v->gc_callbacks)                    /* as is what gc.callbacks held (none runs now) */
        v->types[T_LIST]->clear(v, v->gc_callbacks);
    for (int round = 0; gc_collect(v, 2) > 0; round++)     /* shutdown: cycles the program left */
        if (round == 16)                    /* (their finalizers may still run, but */
            v->no_finalizers = true;        /* not forever: see vm.no_finalizers) */
    obj_xdecref(v, v->print_kwtuple);
    v->print_kwtuple = NULL;
    while (v->ncache_names)
        obj_decref(v, v->cache_names[--v->ncache_names]);
    free(v->cache_names);
    v->cache_names = NULL;
    obj_xdecref(v, v->linecache_entry);
    v->linecache_entry = NULL;
    while (v->nclinic)
        obj_decref(v, v->clinic[--v->nclinic].kwtuple);
    args_qualnames_free(v);
    class_subtables_drop(v);
    vm_say_all(v);                          /* the last events; static objects go below */
    free(v->frames);
    free(v->handled_below);                 /* empty once nothing runs */
    for (unsigned i = 0; i < v->nframe_cache; i++)     /* eval.c's reusable frames */
        free(v->frame_cache[i]);
    tm_fini(v);
    class_fini(v);
    typedict_fini(v);
    builtins_fini(v);
    attr_fini(v);
    structseq_fini_types(v);
    exc_forget_singleton_tracebacks(v);     /* they may name static strings */
    for (size_t i = 0; i < v->nstatic_strs; i++)
        obj_host_free(v->static_strs[i]);
    free(v->static_strs);
    free(v->static_ids);
    types_fini(v);
    map_free(&v->interned);
    map_free(&v->weakrefs);                 /* the lists of static referents (types, modules) */
    free(v->repr_stack);
    buf_free(&v->out);
    buf_free(&v->err);
    bigint_ctx_free(&v->bi);
    if (v->utf8)
        freelocale(v->utf8);
    pymalloc_delete(v->pm);
    gc_free(v);
    v->nunsaid = 0;                         /* said above; what was listed since needs no event */
    release_kept(v);
    free(v->unsaid);
    free(v->kept);
    obj_host_cache_free(v);
    free(v);
}

/* ---- exceptions ----------------------------------------------------------- */

object *vm_handled(vm *v)
{
    if (v->handling && v->handling != v->none)
        return v->handling;
    for (size_t i = v->nhandled_below; i-- > 0;)
        if (v->handled_below[i] && v->handled_below[i] != v->none)
            return v->handled_below[i];
    return NULL;
}

void vm_handled_push(vm *v, object **item)
{
    hv_grow(&v->handled_below, &v->handled_below_cap, v->nhandled_below + 1, sizeof *v->handled_below, 8);
    v->handled_below[v->nhandled_below++] = v->handling;
    v->handling = *item;
    *item = NULL;
}

void vm_handled_pop(vm *v, object **item)
{
    *item = v->handling;
    v->handling = v->handled_below[--v->nhandled_below];
}

object *vm_raise_object(vm *v, object *exc)
{
    vm_exc_clear(v);
    v->exc = exc;
    return NULL;
}

object *vm_raise_value(vm *v, enum builtin_type t, object *value)
{
    if (vm_handled(v)) {        /* _PyErr_SetObject normalizes it now, for __context__ */
        object *exc = exc_from_value(v, v->types[t], value);
        if (!exc)
            return NULL;        /* MemoryError is set instead */
        exc_chain(v, exc);      /* exc.c: __context__ */
        return vm_raise_object(v, exc);
    }
    vm_exc_clear(v);
    v->exc = obj_incref(v, value ? value : v->none);
    v->exc_raw = v->types[t];
    return NULL;
}

object *vm_raise_str(vm *v, enum builtin_type t, object *msg)
{
    return vm_raise_value(v, t, msg);
}

object *vm_raise_made(vm *v, enum builtin_type t, object *msg)
{
    if (msg) {
        vm_raise_value(v, t, msg);
        obj_decref(v, msg);
    }
    return NULL;
}

object *vm_raise_key_error(vm *v, object *key)
{
    object *args = tuple_pack(v, 1, key);
    if (args) {
        vm_raise_value(v, T_KEY, args);
        obj_decref(v, args);
    }
    return NULL;
}

int vm_tick(vm *v)
{
    if (++v->ticks + v->bi.work / VM_BIGINT_WORK_PER_STEP <= v->step_limit)
        return 0;
    vm_raise(v, T_KEYBOARD_INTERRUPT, "step limit reached");
    return -1;
}

object *vm_raise(vm *v, enum builtin_type t, const char *fmt, ...)
{
    char text[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(text, sizeof text, fmt, ap);
    va_end(ap);
    return vm_raise_made(v, t, str_from_utf8(v, text, strlen(text)));
}

object *vm_raise_stack_full(vm *v, const char *where)
{
    return vm_raise(v, T_RECURSION, "maximum recursion depth exceeded%s (heapviz's C stack is full: "
                    "python3 crashes with a segmentation fault near this depth)", where);
}

/* The kind of argument the directive at f ('%') takes, *f moved past it:
 * 's', 'U' (%U and %R), 'd' (an int), 'l' (a long), 'z' (a size_t), 'p',
 * or 0 for none ("%%"). */
static char format_directive(const char **f)
{
    const char *p = *f + 1;
    char size = 0;
    while (*p == '.' || (*p >= '0' && *p <= '9'))
        p++;
    if (*p == 'l' || *p == 'z')
        size = *p++;
    *f = *p ? p + 1 : p;
    switch (*p) {
    case 's':
        return 's';
    case 'U':
    case 'R':
    case 'S':
        return 'U';
    case 'c':
    case 'd':
    case 'i':
    case 'x':
        return size ? size : 'd';
    case 'p':
        return 'p';
    default:
        return 0;
    }
}

object *vm_raise_format(vm *v, enum builtin_type t, const char *fmt, ...)
{
    const char *s[VM_FORMAT_MAX];
    object *u[VM_FORMAT_MAX];
    int64_t n[VM_FORMAT_MAX];
    size_t ns = 0, nu = 0, nn = 0;
    uint64_t p = 0;
    va_list ap;
    va_start(ap, fmt);
    for (const char *f = strchr(fmt, '%'); f; f = strchr(f, '%')) {
        char kind = format_directive(&f);
        if (kind == 's' && ns < VM_FORMAT_MAX)
            s[ns++] = va_arg(ap, const char *);
        else if (kind == 'U' && nu < VM_FORMAT_MAX)
            u[nu++] = va_arg(ap, object *);
        else if (kind == 'd' && nn < VM_FORMAT_MAX)
            n[nn++] = va_arg(ap, int);
        else if (kind == 'l' && nn < VM_FORMAT_MAX)
            n[nn++] = va_arg(ap, long);
        else if (kind == 'z' && nn < VM_FORMAT_MAX)
            n[nn++] = (int64_t)va_arg(ap, size_t);
        else if (kind == 'p')
            p = va_arg(ap, uint64_t);
    }
    va_end(ap);
    return vm_raise_made(v, t, str_from_format_ints(v, fmt, s, u, p, n));
}

object *vm_no_memory(vm *v)
{
    return vm_raise_object(v, exc_memory_error(v));
}

int vm_exc_matches(vm *v, enum builtin_type t)
{
    return v->exc && type_is_subtype(v->exc_raw ? v->exc_raw : v->exc->type, v->types[t]);
}

vm_err vm_exc_fetch(vm *v)
{
    vm_err e = {v->exc, v->exc_raw, v->exc_tb, v->tb, v->ntb, v->tbcap};
    v->exc = v->exc_tb = NULL;
    v->exc_raw = NULL;
    v->tb = NULL;
    v->ntb = v->tbcap = 0;
    return e;
}

/* The references a fetched exception holds, value first, as _PyErr_Restore
 * drops the old type, value and traceback. */
static void err_release(vm *v, vm_err *e)
{
    obj_xdecref(v, e->exc);
    obj_xdecref(v, e->tb);
    for (size_t i = 0; i < e->nentries; i++) {
        obj_decref(v, e->entries[i].filename);
        obj_decref(v, e->entries[i].name);
    }
    free(e->entries);
}

void vm_exc_restore(vm *v, vm_err e)
{
    vm_err old = vm_exc_fetch(v);
    v->exc = e.exc;
    v->exc_raw = e.raw;
    v->exc_tb = e.tb;
    v->tb = e.entries;
    v->ntb = e.nentries;
    v->tbcap = e.cap;
    err_release(v, &old);
}

void vm_keep_cache_name(vm *v, object *name)
{
    hv_grow(&v->cache_names, &v->cache_names_cap, v->ncache_names + 1, sizeof *v->cache_names, 8);
    v->cache_names[v->ncache_names++] = name;
}

void vm_exc_clear(vm *v)
{
    vm_err e = vm_exc_fetch(v);
    err_release(v, &e);
}
