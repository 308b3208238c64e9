/*
 * eval.h — running code objects (heap/ internal).
 *
 * A frame is one activation of a code object: its local variables (and
 * cells), its value stack, where it is.  Python-to-Python calls push a frame
 * and continue in the same C loop, as CPython 3.11 does, so deep recursion
 * costs no C stack; calls from C back into Python (a __repr__ from print,
 * a key function from sorted) enter the loop again through eval_call.
 *
 * Frames have simulated addresses on a data stack (CPython keeps them in
 * mmap'd chunks, not pymalloc): a frame is the holder of its locals in REF
 * events, and a root of the object graph.
 */
#ifndef HV_EVAL_H
#define HV_EVAL_H

#include "code.h"
#include "vm.h"

typedef struct frame {
    struct frame *back;     /* the caller */
    codeobj *code;          /* a reference held by the frame */
    object *func;           /* the function, or NULL for module and class bodies */
    object *globals;        /* dict (borrowed from func or the module) */
    object *locals;         /* dict for module and class bodies (LOAD_NAME), or NULL */
    uint64_t addr;          /* simulated address on the data stack */
    uint32_t ip;            /* next instruction */
    uint32_t sp;            /* values on the stack */
    uint32_t size;          /* simulated bytes on the data stack */
    uint32_t cap;           /* host slots allocated after the struct (>= needed) */
    uint8_t entry;          /* returning from it leaves eval_frame */
    uint8_t yielded;        /* it left eval_frame by YIELD_VALUE (generators) */
    uint8_t throwing;       /* resume with v->exc raised where it stopped (gen.close) */
    uint8_t unlinked;       /* being cleared: no longer the current frame (frame_free) */
    uint64_t step0;         /* v->step when it began running (its call or a generator's
                               resumption): steps made since give its return a step */
    object *gen;            /* the generator that owns it, or NULL */
    object *kwnames;        /* the pending KW_NAMES tuple (borrowed from consts) */
    object *frame_obj;      /* its frame object (traceback.h; a reference), or NULL */
    object *fast_locals;    /* a function frame's f_locals: the dict locals() made and
                             * refills (a reference, label FRAME_LABEL_F_LOCALS), or NULL */
    object **stack;         /* [code->stacksize] */
    object *lp[];           /* localsplus: locals, cells, frees */
} frame;

/* The label of a frame's reference to its f_locals dict (beside the lp[]
 * indexes; traceback.c's frame objects hold it under the same number). */
#define FRAME_LABEL_F_LOCALS ((1u << 20) + 1)

/* A frame for `code` (a reference is taken), its locals empty, pushed on
 * the data stack.  NULL with RecursionError past the limit. */
frame *frame_new(vm *v, codeobj *code, object *func, object *globals, object *locals);
/* Releases the locals (in slot order, as _PyFrame_Clear does), the stack
 * and the code, and pops the frame off the data stack. */
void frame_free(vm *v, frame *f);

/* _PyFrame_IsIncomplete: f has not run past its prologue (MAKE_CELL,
 * COPY_FREE_VARS) yet, so tracemalloc and a traceback see its caller, and
 * an unstarted generator's frame is at its def line. */
int frame_incomplete(const frame *f);
/* Runs f to its return.  A new reference, or NULL with the exception set
 * (the frame is freed either way). */
object *eval_frame(vm *v, frame *f);
/* PyErr_CheckSignals: a pending SIGINT becomes KeyboardInterrupt (1), as
 * CPython's eval breaker turns its signal flag into one; the loop checks
 * where CPython checks it (jumps back and calls), so the traceback names
 * the same line, and long arithmetic where longobject.c's SIGCHECK does.
 * With an interrupt_check, the flag only says "look": the check says
 * whether it was a SIGINT (interp.h).  0: nothing pending. */
int eval_interrupted(vm *v);
/* Calls any callable with a vector of borrowed arguments; the last
 * len(kwnames) are keyword arguments.  New reference, or NULL. */
object *eval_call(vm *v, object *callable, object *const *args, size_t nargs, object *kwnames);
/* PyObject_Call(fn, tuple, kwargs) inside a tp_call given the arguments
 * packed (_PyObject_MakeTpCall's tuple and dict; args, nargs and kwnames
 * as the caller passed them): with keywords a vectorcall fn gets them
 * through _PyStack_UnpackDict (call_ex), a PyMem block of 1 + nargs
 * pointers and a new kwnames tuple, released after the call; without
 * them a bound method copies self and the arguments into a PyMem array
 * past 4 of them (method_vectorcall). */
object *eval_call_unpacked(vm *v, object *fn, object *const *args, size_t nargs, object *kwnames);
/* eval_call with self in front of args (a bound method's call, a class's
 * __init__ or __call__), any number of them. */
object *eval_call_self(vm *v, object *callable, object *self, object *const *args, size_t nargs,
                       object *kwnames);

/* Generators: a function whose code has CO_GENERATOR returns one of these,
 * holding the frame of the call (GC, 168 + 8 × (locals + stack depth)). */
typedef struct genobj {
    object ob;
    frame *f;               /* the suspended frame, NULL once finished */
    int started, running;
    uint32_t slots;         /* its code's co_nlocalsplus + co_stacksize (gen_sizeof) */
    object *name, *qualname;
    object *code;           /* gi_code (a reference, kept once it finished) */
    object *exc_value;      /* gi_exc_state: what its except block handles while it is
                             * suspended there (a reference), or NULL/None (vm_handled) */
} genobj;

#define GEN(o) ((genobj *)(o))

extern const type tmpl_generator;

/* next(gen) / gen.send(value): the yielded value; NULL without an exception
 * when it returned; NULL with the exception it raised otherwise. */
object *gen_send(vm *v, object *gen, object *value);
/* The same, and when it returned, *returned (if not NULL) takes the
 * returned value (a new reference; left alone otherwise): what
 * StopIteration carries. */
object *gen_send_ex(vm *v, object *gen, object *value, object **returned);
/* next(gen) as the builtin and gen.send() end it: StopIteration, carrying
 * the returned value when it is not None (it consumes `returned`), raw as
 * PyErr_SetNone and _PyGen_SetStopIterationValue leave it (a tuple or an
 * exception returned is wrapped in an instance at once). */
object *gen_stop_iteration(vm *v, object *returned);

/* Where an exception passed on its way up: one entry per frame left, as a
 * traceback lists them; kept on the exception (excobj.tb), innermost first. */
typedef struct tb_entry {
    object *filename;       /* str (a reference) */
    object *name;           /* the code's name (a reference) */
    uint32_t line;
    uint32_t col;           /* the failing instruction's columns: start | end << 16 */
} tb_entry;

/* Appends a frame to exc's traceback, or with exc NULL to the current
 * exception's (references to filename and name are taken): what
 * PyTraceBack_Here records, innermost first; a raw exception's go to v->tb
 * until it is normalized. */
void exc_add_traceback(vm *v, object *exc, object *filename, object *name, uint32_t line,
                       uint32_t col);

#endif
