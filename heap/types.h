/*
 * types.h — the builtin types' constructors and accessors (heap/ internal).
 *
 * One module per type or family: types.c (object, type, None, bool, the
 * template table), int.c, float.c, str.c (str and bytes), tuple.c, list.c,
 * dict.c, set.c, exc.c.  Each exports its type templates (tmpl_*); vm.c
 * copies them into every vm.  Constructors return a new reference or NULL
 * with an exception set; "borrowed" results are said so.
 */
#ifndef HV_TYPES_H
#define HV_TYPES_H

#include "bytesmeth.h"
#include "vm.h"

#include <string.h>

/* ---- the template table (types.c) -------------------------------------- */

/* Builds v's builtin types and singletons / frees them (vm.c calls these). */
void types_init(vm *v);
void types_fini(vm *v);
/* A static object of type t (size bytes in CPython) with host_extra bytes
 * after its struct. */
object *vm_static_object(vm *v, enum builtin_type t, uint32_t size, size_t host_extra);

/* Each module's behaviour template, and its part of building a vm. */
extern const type tmpl_bool, tmpl_int, tmpl_float, tmpl_complex, tmpl_str, tmpl_bytes, tmpl_tuple,
    tmpl_list, tmpl_exc;
void int_make_singletons(vm *v);
void str_make_singletons(vm *v);
void tuple_make_singletons(vm *v);
void exc_make_singletons(vm *v);
void exc_free_singletons(vm *v);
/* The preallocated MemoryErrors forget where they passed (the names their
 * tracebacks hold): before vm_delete frees the static strings. */
void exc_forget_singleton_tracebacks(vm *v);
void list_free_freelist(vm *v);
void tuple_free_freelists(vm *v);
void float_free_freelist(vm *v);
int type_is_subtype(const type *a, const type *b);
/* _PyObject_MakeTpCall's packing of a call (to a type, a slot wrapper):
 * the positional arguments from args[from] on into *tuple (the empty one
 * with none: no block), the keywords (the last len(kwnames) of args) into
 * a presized *kwdict (NULL without keywords).  0, or -1 with MemoryError
 * and nothing left made (both NULL). */
int type_call_pack(vm *v, object *const *args, size_t nargs, object *kwnames, size_t from, object **tuple,
                   object **kwdict);
/* Whether a call of callable from a vector of arguments goes through
 * _PyObject_MakeTpCall, which packs them (type_call_pack) for its tp_call:
 * the types CPython 3.11 calls that way, instances of a class statement's
 * class (slot_tp_call) and staticmethods (sm_call).  Slot wrappers pack
 * their own (slotwrap.c, attr.c: wrapper_call, wrapperdescr_call). */
int call_packs_args(vm *v, const object *callable);

/* A static type's __name__ and __qualname__ (type_name): its tp_name past
 * the last dot ("_io.TextIOWrapper" is "TextIOWrapper"). */
const char *type_short_name(const type *t);

static inline int obj_is(vm *v, const object *o, enum builtin_type t)
{
    return o->type == v->types[t];
}

/* PyType_Check: o is a type (its type is type or a subclass of it). */
static inline int obj_is_type(const object *o)
{
    return (o->type->flags & TPF_TYPE_SUBCLASS) != 0;
}

/* PyUnicode_Check, PyTuple_Check: o's type is the builtin
 * or a subclass of it (its tp_flags' *_SUBCLASS bit). */
static inline int obj_is_str(vm *v, const object *o)
{
    return o->type == v->types[T_STR] || (o->type->flags & TPF_STR_SUBCLASS);
}

static inline int obj_is_tuple(vm *v, const object *o)
{
    return o->type == v->types[T_TUPLE] || (o->type->flags & TPF_TUPLE_SUBCLASS);
}

static inline int obj_is_bytes(vm *v, const object *o)
{
    return o->type == v->types[T_BYTES] || (o->type->flags & TPF_BYTES_SUBCLASS);
}

/* PyByteArray_Check: bytearray or a class deriving from it (no flag). */
static inline int obj_is_bytearray(vm *v, const object *o)
{
    return o->type == v->types[T_BYTEARRAY] || type_is_subtype(o->type, v->types[T_BYTEARRAY]);
}

static inline object *obj_bool(vm *v, int b)
{
    return obj_incref(v, b ? v->true_ : v->false_);
}

/* Free lists (LIFO).  push: o is parked (its block stays in use);
 * clear: every parked object is really freed (full collections);
 * trim: the newest are freed until `keep` are left;
 * release: host memory only, when the vm goes away. */
void freelist_push(freelist *fl, object *o);
void freelist_clear(vm *v, freelist *fl);
void freelist_trim(vm *v, freelist *fl, uint32_t keep);
void freelist_release(vm *v, freelist *fl);

/* sys.getsizeof(o): __sizeof__ plus the pre-header (16 for GC types, 32
 * for managed-dict types), whether or not o is tracked. */
uint64_t obj_getsizeof(vm *v, object *o);

/* Generic dealloc for objects without references (int, float, str…). */
void obj_dealloc_plain(vm *v, object *o);

/* ---- tuple (tuple.c) --------------------------------------------------------
 * Items are stored on the host after the struct; ob_size = n. */
typedef struct tupleobj {
    object ob;
    size_t n;
    object *items[];
} tupleobj;

#define TUPLE(o) ((tupleobj *)(o))

/* A tuple of n slots, all NULL: fill them with tuple_set (steals).  n == 0
 * returns the empty tuple.  The tuple is tracked (PyTuple_New). */
object *tuple_new(vm *v, size_t n);
/* Puts the interpreter's reference to item in slot i (steals it). */
void tuple_set(vm *v, object *t, size_t i, object *item);
/* A tuple of n Nones (a call's argument tuple standing for arguments
 * heapviz does not model, a result holder), or NULL with MemoryError. */
object *tuple_nones(vm *v, size_t n);
object *tuple_pack(vm *v, size_t n, ...);
/* PySequence_Tuple: a tuple as is (a new reference), a list's items copied,
 * anything else iterated into a tuple of its length hint (10 without one),
 * resized as it fills and at the end.  NULL with the error. */
object *tuple_from_iterable(vm *v, object *o);
/* _PyTuple_Resize of t, which only the caller holds: t untracked, the items
 * past n released, its block reallocated (in place, or moved: a new object
 * at a new address), then tracked again; n or the old length 0: a new
 * tuple (or the empty one).  The resized tuple, or NULL with MemoryError
 * (t released). */
object *tuple_resize(vm *v, object *t, size_t n);
void tuple_maybe_untrack(vm *v, object *t);
/* Full collections empty the free lists. */
void tuple_clear_freelists(vm *v);

/* ---- list (list.c) --------------------------------------------------------- */
typedef struct listobj {
    object ob;
    size_t n;               /* ob_size */
    size_t allocated;       /* capacity of the item array */
    uint64_t items_addr;    /* simulated address of the item array (0: none) */
    object **items;         /* host copy of the item array */
} listobj;

#define LIST(o) ((listobj *)(o))

/* PyList_New(n): an item array of exactly n NULL slots (fill with
 * list_set_fresh). */
object *list_new(vm *v, size_t n);
/* The optional start and stop (args[1], args[2]) of list.index and
 * tuple.index (_PyEval_SliceIndexNotNone): *stop holds the length on entry;
 * negative bounds count from the end, clamped at 0.  0, or -1 with a
 * TypeError. */
int index_bounds(vm *v, object *const *args, size_t nargs, int64_t *start, int64_t *stop);
/* The same from a new block, never the free list: list(sized iterable),
 * PyType_GenericAlloc then list_preallocate_exact (room for n rounded up
 * to even). */
object *list_new_alloc(vm *v, size_t n);
/* A list python3's start-up made (sys.argv): a static object, empty with
 * room for `allocated` items (list_append fills it without growing), its
 * item array a block at a static address, outside heapviz's heap
 * (obj_block_realloc).  Freed with obj_host_free after a clear. */
object *list_new_static(vm *v, size_t allocated);
void list_set_fresh(vm *v, object *l, size_t i, object *item);    /* steals */
/* list___init__(o, *args, **kw): no keywords, at most one iterable; o's
 * items dropped, then room for len(iterable) when it has a length and o
 * no item array, then list_extend.  0, or -1 with the exception. */
int list_init(vm *v, object *o, object *const *args, size_t nargs, object *kwnames);
int list_append(vm *v, object *l, object *item);                  /* borrows */
/* list_preallocate_exact + extend: the capacity rounded up to even. */
int list_extend(vm *v, object *l, object *iterable);
int list_resize(vm *v, listobj *l, size_t newsize);
object *list_as_tuple(vm *v, object *l);
/* stringlib's split lists (str and bytes split/rsplit): PyList_New(min(
 * maxsplit + 1, 12)) with no item yet, its extra slots kept allocated
 * (FIX_PREALLOC_SIZE only sets the size); NULL on MemoryError. */
object *list_split_new(vm *v, int64_t maxsplit);
/* SPLIT_ADD: item (stolen; NULL for an error already raised) into a
 * preallocated slot while there is one, then PyList_Append.  0 or -1. */
int list_split_push(vm *v, object *l, object *item);
/* PyList_SetSlice(l, lo, hi, NULL) for 0 <= lo <= hi <= len(l): the items
 * removed as list_ass_slice removes them.  0 or -1 (MemoryError). */
int list_del_slice(vm *v, object *l, int64_t lo, int64_t hi);
/* list.sort(key=key, reverse=reverse); key may be NULL.  0 or -1. */
int list_sort(vm *v, object *l, object *key, int reverse);
/* list.sort's Argument Clinic parser made now (args_parser_init), as
 * `import tracemalloc` makes it in CPython.  0 or -1. */
int list_sort_parser_init(vm *v);
/* list.reverse() (PyList_Reverse): one SHIFT event. */
void list_reverse(vm *v, object *l);
/* Sorts l's items in place with a C comparison (qsort's), as C code that
 * sorts a list it made does (no Python code runs), with the SHIFT events
 * of the moves when someone listens. */
void list_sort_c(vm *v, object *l, int (*cmp)(const void *, const void *));
/* Rich comparison of two item vectors (lists, tuples). */
object *seq_richcompare(vm *v, object *const *a, size_t na, object *const *b, size_t nb, int op);

/* Iterators over a sequence (list_iterator, tuple_iterator,
 * list_reverseiterator, bytes_iterator, str_iterator). */
typedef struct seqiterobj {
    object ob;
    int64_t index;          /* next position */
    object *seq;            /* NULL once exhausted */
} seqiterobj;

#define SEQITER(o) ((seqiterobj *)(o))

object *seqiter_new(vm *v, enum builtin_type t, object *seq, int64_t start);
void seqiter_dealloc(vm *v, object *o);
int seqiter_traverse(object *o, visitproc visit, void *arg);
/* Exhausts it: drops its sequence (a no-op when already exhausted). */
void seqiter_drop(vm *v, object *it);
/* __length_hint__ of it over a sequence of n items now: what is left, 0
 * once exhausted (or when the sequence shrank below the index). */
int64_t seqiter_left(const object *it, size_t n);
/* __iter__ of an iterator: itself. */
object *iter_self(vm *v, object *o);
extern const type tmpl_list_iter, tmpl_list_reviter, tmpl_tuple_iter, tmpl_str_iter,
    tmpl_bytes_iter, tmpl_seqiter;

/* ---- int (int.c) ------------------------------------------------------------ */
typedef struct intobj {
    object ob;
    int64_t size;           /* ob_size: digits, negative for negative numbers */
    uint32_t alloc;         /* digits allocated (the simulated block holds them) */
    uint32_t digit[];       /* 30-bit digits, least significant first */
} intobj;

#define INT(o) ((intobj *)(o))

/* An int, as PyLong_FromLong and the arithmetic make it (a one-digit value
 * asks for 32 bytes, _PyLong_FromMedium) and as PyLong_FromSize_t does (24
 * + 4 per digit): sys.getsizeof is the same, tracemalloc's sizes are not. */
object *int_from_i64(vm *v, int64_t x);
/* A static int of value x made before the program (sys.maxsize): outside
 * the traced heap, counting only its own reference. */
object *int_new_static(vm *v, int64_t x);
/* A builtin type's __mro__ (mro 1) or __bases__ (0): the type's own static
 * tuple, the same object at each read (its base chain; `object.__bases__`
 * is the empty tuple).  For types_lineage_known types.  A new reference. */
object *types_lineage(vm *v, type *t, int mro);
/* Whether types_lineage answers for t: a builtin type whose bases heapviz
 * has as CPython has them (not tracemalloc.py's classes, not the io and
 * importlib types whose intermediate bases it lacks). */
int types_lineage_known(vm *v, const type *t);
object *int_from_u64(vm *v, uint64_t x);
/* long_to_decimal_string writing int o's digits straight into a bytes
 * writer (_PyLong_FormatBytesWriter, base 10): its scratch int made and
 * freed, sys.set_int_max_str_digits' limit checked; no str.  0, or -1
 * with ValueError or MemoryError. */
int int_decimal_scratch(vm *v, object *o);
/* The first half of that, for a writer that makes room between: the
 * scratch int made (*scratch, for the caller to drop once the digits are
 * written) and o's decimal text appended to digits.  0, or -1 with
 * ValueError or MemoryError (no scratch left). */
int int_decimal_begin(vm *v, object *o, object **scratch, buf *digits);
/* PyLong_FromSsize_t: _PyLong_New's size even for one digit (28 bytes, not
 * the 32 of PyLong_FromLong's medium path): len(), index(), count(),
 * find(), hash(), sys.getsizeof(), enumerate's counter. */
object *int_from_ssize(vm *v, int64_t x);
/* The small int x (-5..256): borrowed. */
static inline object *int_small(vm *v, int64_t x)
{
    return v->small_ints[x - SMALL_INT_MIN];
}
/* 1 and the value if o fits an int64, else 0. */
int int_as_i64(const object *o, int64_t *x);
/* PyLong_AsSsize_t(o): 0 and o's value in *x, or -1 with TypeError "an
 * integer is required" (o no int) or OverflowError "Python int too large
 * to convert to C ssize_t". */
int int_as_ssize(vm *v, const object *o, int64_t *x);
/* _PyLong_FromByteArray: the int n bytes at p stand for (little- or
 * big-endian, two's complement when is_signed), made as _PyLong_New of
 * the digits the significant bytes need and normalized; a small value is
 * the singleton, the made int freed (maybe_small_long).  NULL on
 * MemoryError. */
object *int_from_byte_array(vm *v, const unsigned char *p, size_t n, int little, int is_signed);
/* _PyLong_AsByteArray: int o as n bytes into out.  0, or -1 with
 * OverflowError ("can't convert negative int to unsigned", "int too big
 * to convert"). */
int int_as_byte_array(vm *v, const object *o, unsigned char *out, size_t n, int little, int is_signed);
/* Appends the decimal text of int o to out. */
void int_to_decimal(const object *o, buf *out);
/* Appends o in base 2, 8 or 16 with its prefix, as bin/oct/hex do. */
void int_to_base(const object *o, unsigned base, buf *out);

/* ---- float (float.c) -------------------------------------------------------- */
typedef struct floatobj {
    object ob;
    double value;
} floatobj;

#define FLOAT(o) (((floatobj *)(o))->value)

object *float_new(vm *v, double x);

/* ---- str (str.c) ------------------------------------------------- */
typedef struct strobj {
    object ob;
    size_t len;             /* code points */
    size_t nbytes;          /* UTF-8 bytes in data */
    uint8_t kind;           /* 1 (ASCII or latin-1), 2 (UCS-2), 4 (UCS-4) */
    uint8_t ascii;          /* all code points < 128 */
    uint8_t interned;
    int64_t hash;           /* -1 until computed */
    object *next_interned;  /* chain in the interned table */
    uint64_t utf8;          /* block of the UTF-8 cache (OWN_UTF8), 0 if none */
    uint64_t text;          /* a str subclass instance's text block (OWN_BUFFER: not compact,
                             * (len + 1) * kind bytes), 0 for a str */
    char data[];            /* UTF-8, NUL-terminated */
} strobj;

#define STR(o) ((strobj *)(o))

/* Whether str s is the text c (_PyUnicode_EqualToASCIIString): all of
 * it, so a name holding a NUL ("name\0x") is not "name" as strcmp says. */
static inline int str_is(const object *s, const char *c)
{
    size_t n = strlen(c);
    return STR(s)->nbytes == n && memcmp(STR(s)->data, c, n) == 0;
}

/* A str from UTF-8 text (valid UTF-8 assumed); one-character latin-1 strings
 * and "" are the static singletons. */
object *str_from_utf8(vm *v, const char *s, size_t n);
/* PyUnicode_FromObject of a str or a subclass's instance: o itself when
 * exact, else a new exact copy (_PyUnicode_Copy).  NULL on MemoryError. */
object *str_exact(vm *v, object *o);
object *str_from_cstr(vm *v, const char *s);
/* A str of s made and dropped at once: the name CPython makes to look
 * something up by (_PyDict_GetItemStringWithError).  0, or -1 with
 * MemoryError. */
int str_probe(vm *v, const char *s);
/* The str arguments a[from..to) of fname (NULL: not given), read as C
 * strings (the 's' and clinic 'str' converters: a TypeError for another
 * type, then PyUnicode_AsUTF8AndSize and a strlen test, ValueError for a
 * NUL): 0, or -1 with the error set. */
int str_cstring_args(vm *v, const char *fname, const char *const *names, object *const *a, size_t from, size_t to);
/* PyUnicode_AsUTF8AndSize's cache: a str that is not ASCII keeps a copy
 * of its UTF-8 in a block of its own (unicode_fill_utf8: encoded through
 * a bytes writer, then copied into the block) until it dies; getsizeof
 * counts it.  0 (also when the str is ASCII or has one already), or -1
 * with UnicodeEncodeError for a lone surrogate, or MemoryError (bytes.c). */
int str_fill_utf8(vm *v, object *s);
/* The first occurrence of needle in hay (hay itself for an empty needle),
 * or NULL: the search of str and bytes. */
const char *find_bytes(const char *hay, size_t nh, const char *needle, size_t nn);
/* Whether a three-way comparison result c (<0, 0, >0) satisfies op (CMP_*). */
int cmp_holds(int c, int op);
/* A new ASCII str even for one character (PyUnicode_New and a copy, as
 * int-to-str conversions make theirs: str(5) is not str(5)). */
object *str_fresh_ascii(vm *v, const char *p, size_t n);
/* getattr's and hasattr's name: lookups want it interned, but
 * PyObject_GetAttr leaves it as it is (setattr interns it).  The interned
 * str equal to s (a new reference; s itself, interned for the lookup, when
 * there is none: *refs then says its count); str_name_done drops it and
 * takes a name interned just for the lookup out of the table again, unless
 * something kept a reference to it meanwhile. */
object *str_name_lookup(vm *v, object *s, int32_t *refs);
void str_name_done(vm *v, object *name, int32_t refs);
/* Whether PyUnicode_Append(&left, right) resizes left (resize_compact)
 * rather than making a new str: CPython's unicode_modifiable (one
 * reference, its owner's: the caller dropped its own; never hashed nor
 * interned; an exact str), right a str no wider than left (nor non-ASCII
 * after ASCII), neither empty. */
int str_appendable(vm *v, object *left, object *right);
/* That resize, when str_appendable and PyObject_Realloc keeps the block:
 * left grown by right, in a new host struct that replaces it
 * (obj_resize_in_place).  NULL when the block would move, nothing changed:
 * the caller then concatenates into a new str and drops left, as one
 * realloc (tm_realloc around it). */
object *str_append_in_place(vm *v, object *left, object *right);
/* PyUnicode_Append(&left, right), left stolen: left grown where it lies
 * when it can, else left + right in a new str and left dropped (one
 * realloc to tracemalloc).  NULL on MemoryError. */
object *str_append(vm *v, object *left, object *right);
/* _PyUnicodeWriter (str % args, list and tuple reprs): the text goes
 * into a str object of its own, made at the first write (the length
 * needed, plus a quarter while overallocating, at least min_length),
 * grown by realloc or remade wider, cut to its length at the end; a whole
 * str written into an empty writer that no longer overallocates is taken
 * as the result itself (read-only).  Fields are str.c's but overallocate,
 * which the caller clears before its last write, and min_length, which a
 * decoder's error handler raises. */
typedef struct str_writer {
    object *buffer;         /* the str written into, or a read-only str, or NULL */
    size_t size;            /* its length, in code points */
    uint32_t maxchar;       /* the widest its kind holds: 127, 255, 0xffff, 0x10ffff (0: none) */
    size_t pos;             /* code points written */
    size_t min_length;      /* the least a buffer is made with */
    int overallocate;       /* grow by a quarter more than asked */
    int readonly;           /* buffer is a str that was written whole */
    buf text;               /* the text written, UTF-8 */
} str_writer;
/* Starts an empty, overallocating writer.  Cannot fail. */
void str_writer_init(str_writer *w, size_t min_length);
/* _PyUnicodeWriter_WriteStr, WriteASCIIString, WriteChar: 0, or -1 with
 * MemoryError. */
int str_writer_write_str(vm *v, str_writer *w, object *s);
int str_writer_write_ascii(vm *v, str_writer *w, const char *p, size_t n);
int str_writer_write_char(vm *v, str_writer *w, uint32_t ch);
/* _PyUnicodeWriter_WriteSubstring of n bytes of UTF-8 text (not a whole
 * str), or _PyUnicodeWriter_Prepare and a copy of a formatter's text: room
 * made for its length as wide as its widest character.  0 or -1. */
int str_writer_write_utf8(vm *v, str_writer *w, const char *p, size_t n);
/* The decoders' writer (unicode_decode_utf8, PyUnicode_DecodeASCII): the
 * str of n characters made for the ASCII fast path, PyUnicode_New(n, 127),
 * taken as the buffer (_PyUnicodeWriter_InitWithBuffer: min_length n, no
 * overallocation) with its first `ascii` bytes of p written.  0, or -1
 * with MemoryError. */
int str_writer_init_ascii(vm *v, str_writer *w, const char *p, size_t n, size_t ascii);
/* _PyUnicodeWriter_Prepare(writer, length, maxchar): room for length more
 * code points as wide as maxchar (the decoders' error handler path sets
 * min_length and overallocate first).  0, or -1 with MemoryError. */
int str_writer_prepare(vm *v, str_writer *w, size_t length, uint32_t maxchar);
/* _PyUnicodeWriter_PrepareKind: the buffer remade (same length) as wide
 * as maxchar's kind when it is narrower.  0, or -1 with MemoryError. */
int str_writer_prepare_kind(vm *v, str_writer *w, uint32_t maxchar);
/* _PyUnicodeWriter_Finish: the result (the writer is then empty), or NULL. */
object *str_writer_finish(vm *v, str_writer *w);
/* _PyUnicodeWriter_Dealloc: drops the buffer (after an error). */
void str_writer_dealloc(vm *v, str_writer *w);
/* PyUnicode_FromFormat for ASCII formats whose directives are %s or %.Ns
 * (s_arg, at most N bytes of it, through a str of it that
 * bytes_decode_utf8 makes with "replace": a cut in a character is U+FFFD)
 * and %U (u_arg, a str): its writer (min_length the
 * format's length + 100), the last literal without overallocation.  NULL
 * on MemoryError. */
object *str_from_format(vm *v, const char *fmt, const char *s_arg, object *u_arg);
/* The same with each %s taking the next of s_args. */
object *str_from_format_s(vm *v, const char *fmt, const char *const *s_args, object *u_arg);
/* The same with each %U taking the next of u_args, and %p written as
 * glibc's sprintf writes p_arg (no str in between). */
object *str_from_format_args(vm *v, const char *fmt, const char *const *s_args, object *const *u_args,
                             uint64_t p_arg);
/* The same with %R (the repr of the next of u_args, made, written and
 * dropped; %U and %R with a precision, "%.200R", write that many code
 * points at most), %S of a str (PyObject_Str: the str itself, an exact copy
 * of a subclass instance, written and dropped),
 * "%%" and, when int_args is not NULL, %d, %i, %zd and %x with an optional
 * zero-padded width ("%02x") taking the next of int_args, and each %p too (p_arg unused). */
object *str_from_format_ints(vm *v, const char *fmt, const char *const *s_args, object *const *u_args,
                             uint64_t p_arg, const int64_t *int_args);
/* unicode_getitem (s[i], the sequence protocol's sq_item) for 0 <= i:
 * the cached character below 256, else a new str; IndexError past the
 * end. */
object *str_item(vm *v, object *o, int64_t i);
/* PyUnicode_Substring(o, from, to): "", a cached character, o itself for
 * the whole, or a new str.  NULL on MemoryError. */
object *str_sub(vm *v, object *o, size_t from, size_t to);
/* o.strip(): o itself when there is nothing to strip (str_sub's rules).
 * NULL on MemoryError. */
object *str_strip(vm *v, object *o);
/* sep.join(seq) (PyUnicode_Join), sep a str.  A new reference, or NULL. */
object *str_join(vm *v, object *sep, object *seq);
/* The concatenation of n str objects (BUILD_STRING). */
object *str_join_stack(vm *v, object *const *parts, size_t n);
/* PyUnicode_Join(sep, parts) of n exact strs: the only one itself, else
 * one new str (_PyUnicode_JoinArray).  NULL on MemoryError. */
object *str_join_items(vm *v, object *sep, object *const *parts, size_t n);
/* A static, interned str for a name the runtime knows (method and builtin
 * names): borrowed, lives as long as the vm. */
object *str_static_interned(vm *v, const char *name);
/* A static str CPython's C code names (_Py_ID, _Py_STR) and hands to the
 * program: its own object, not the interned copy of its text (3.11 leaves
 * these out of the interned dict); sys.intern interns it in place only
 * when nothing of its text is interned.  Borrowed. */
object *str_static(vm *v, const char *name);
/* A new static str of text that no one else shares (a builtin type's
 * __doc__ in its tp_dict, typedict.c): not interned, counting only its own
 * reference.  Borrowed, lives as long as the vm. */
object *str_static_own(vm *v, const char *text);
/* Whether o is one of str_static's objects. */
int str_is_static_id(vm *v, const object *o);
/* sys.intern: returns the interned equal string (a new reference). */
object *str_intern(vm *v, object *s);
/* The interned str equal to name, if one is in the interned set (startup's
 * names not made yet are not); NULL if none.  Borrowed. */
object *str_interned_find(vm *v, const char *name);
int str_eq(const object *a, const object *b);
/* Appends repr(s) / repr(b) as CPython writes them. */
void str_repr_to(const object *s, buf *out);
void bytes_repr_to(const object *b, buf *out);
/* Appends code point c to b as UTF-8. */
void str_add_codepoint(buf *b, uint32_t c);
/* The code point at text[*i] (valid UTF-8); advances *i past it. */
uint32_t str_decode_at(const char *text, size_t *i);
/* str_hash's first computation (str.c), which caches it in the str. */
int64_t str_hash_compute(object *s);
/* unicode_hash: the cached hash, computed on first use.  Inline: names are
 * hashed once and then looked up over and over. */
static inline int64_t str_hash(object *s)
{
    int64_t h = STR(s)->hash;
    return h != -1 ? h : str_hash_compute(s);
}

typedef struct bytesobj {
    object ob;
    size_t n;
    int64_t hash;
    unsigned char data[];
} bytesobj;

#define BYTES(o) ((bytesobj *)(o))

/* ---- bytearray (bytearray.c) --------------------------------------------
 * PyByteArrayObject: a fixed 56-byte object (not a GC type) and its bytes
 * in a separate block (ob_bytes, PyObject_Malloc'd: the OWN_BUFFER block)
 * of ob_alloc bytes, the data from ob_start on, a NUL after it while there
 * is room.  An empty bytearray made empty has no block at all. */
typedef struct bytearrayobj {
    object ob;
    size_t n;               /* ob_size: the bytes in use */
    size_t alloc;           /* ob_alloc: the block's size (0: no block) */
    size_t start;           /* ob_start - ob_bytes: where the data begins in it */
    uint64_t buf_addr;      /* ob_bytes' simulated address (0: none) */
    unsigned char *bytes;   /* host copy of the block (alloc bytes), or NULL */
    size_t exports;         /* ob_exports: buffers taken and not released (memoryviews'
                               managed buffers); no resize while it is not 0 */
} bytearrayobj;

#define BYTEARRAY(o) ((bytearrayobj *)(o))

/* PyByteArray_AS_STRING: the data (never NULL: "" for no block). */
static inline unsigned char *bytearray_data(object *o)
{
    static unsigned char none[1];
    return BYTEARRAY(o)->bytes ? BYTEARRAY(o)->bytes + BYTEARRAY(o)->start : none;
}

/* PyByteArray_FromStringAndSize(p, n): a new bytearray of n bytes copied
 * from p (zeros when p is NULL), its block n + 1 bytes (none for n 0).
 * NULL with MemoryError. */
object *bytearray_new(vm *v, const void *p, size_t n);
extern const type tmpl_bytearray;
/* PyByteArray_Resize(o, n): the bytes kept (zeros past them), the buffer
 * by bytearray.c's rule (invariant 3).  0, or -1 with MemoryError. */
int bytearray_resize(vm *v, object *o, size_t n);
/* bytearray.__init__(source=, encoding=, errors=) of o, a bytearray or a
 * class's instance (bytearray_init: its Argument Clinic parser, o
 * emptied, then filled).  0, or -1. */
int bytearray_init(vm *v, object *o, object *const *args, size_t nargs, object *kw);
/* The invariants of bytearray.c's header for o: 0, or -1 with what broke
 * in *why. */
int bytearray_check(vm *v, object *o, buf *why);

/* The bytes of a bytes or a bytearray (a method's self, what only those
 * two are taken for): 1 with *p and *n, or 0 for any other object. */
int bytes_view(vm *v, object *o, const unsigned char **p, size_t *n);
/* PyObject_GetBuffer(o, PyBUF_SIMPLE) where its failure is the caller's
 * to word: bytes_view's two, or a C-contiguous memoryview not released
 * (1 with *p and *n); 0 without an exception for anything else. */
int bytes_like(vm *v, object *o, const unsigned char **p, size_t *n);
/* The same raising PyObject_GetBuffer's error (a bytes-like argument):
 * 0, or -1 with "a bytes-like object is required, not 'T'", or a
 * memoryview's ValueError (released) or BufferError (not contiguous). */
int bytes_buffer_arg(vm *v, object *o, const unsigned char **p, size_t *n);
/* _Py_strhex_with_sep(p, n, sep, bytes_per_sep): the hex str (sep NULL:
 * none), or NULL with sep's error. */
object *bytes_hex_of(vm *v, const unsigned char *p, size_t n, object *sep, int64_t group);
/* The bytes methods bytearray shares (bytes_methods.c, stringlib): the
 * same C functions, their results made as bytearrays for a bytearray
 * self, their argument errors worded by self's type's method table. */
#define BYTES_PROTO(name, flags) \
    object *bytes_m_##name(vm *v, object *self, object *const *args, size_t nargs, object *kw);
BYTES_SHARED_METHODS(BYTES_PROTO)
#undef BYTES_PROTO
/* bytearray's rows of the shared methods, in BYTES_SHARED_METHODS' order
 * (its table after its own methods). */
extern const method_def *const bytearray_shared_rows;
/* The translation table of bytes.translate and bytearray.translate: to[c]
 * the byte c becomes (table NULL: itself), -1 for the bytes of del. */
void bytes_trans_table(int to[256], const unsigned char *table, const unsigned char *del, size_t ndel);
/* The count of a sequence repeat self * other (sequence_repeat's checks,
 * PyNumber_AsSsize_t): 0 with *n (negative counts as 0), 1 when other's
 * type may answer (NotImplemented), or -1 with the TypeError or
 * OverflowError. */
int bytes_repeat_count(vm *v, object *self, object *other, int64_t *n);
/* bytes_contains's search (`x in self` for bytes and bytearray): an int
 * 0..255 (an __index__ may resize self: its bytes are read after) or a
 * bytes-like object.  1, 0, or -1 with the error. */
int bytes_contains_in(vm *v, object *self, object *x);
/* bytes_repr_to over any bytes: b'…' with python3's choice of quote;
 * mutable (bytearray_repr's loop) escapes every ' whatever the quote. */
void bytes_repr_data(const unsigned char *p, size_t n, int mutable, buf *out);

/* ---- bytes (bytes.c) ---------------------------------------------------- */

/* b.decode(encoding, errors) (either NULL: the default; both str), b
 * anything bytes_like reads: the str, or NULL with LookupError or
 * UnicodeDecodeError. */
object *bytes_decode_as(vm *v, object *b, object *encoding, object *errors);
/* PyUnicode_DecodeUTF8Stateful(p, n, errors, NULL): the same decoder on
 * text that is no bytes object (errors a str, or NULL: strict). */
object *bytes_decode_utf8(vm *v, const char *p, size_t n, object *errors);
/* A bytes holding a copy of p[0..n): b"" and one-byte values are the
 * static singletons. */
object *bytes_new(vm *v, const void *p, size_t n);
/* bytes % args and bytearray % args (_PyBytes_FormatEx, str.c's
 * %-formatting over latin-1 text): a new bytes (a new bytearray),
 * NotImplemented when a is neither, or NULL with the error. */
object *bytes_percent(vm *v, object *a, object *b);
/* n zero bytes, never a one-byte singleton (PyBytes_FromStringAndSize(NULL, n)). */
object *bytes_new_zeroed(vm *v, size_t n);
void bytes_make_singletons(vm *v);
/* The one byte an int stands for (bytes() of ints, a bytearray's items:
 * _getbytevalue), or -1 with CPython's TypeError or range_msg's
 * ValueError. */
int bytes_byte_value(vm *v, object *x, const char *range_msg);
/* PyObject_Bytes(x) for what heapviz models: an exact bytes itself (a new
 * reference), a list or tuple by index, another iterable through its
 * iterator; a str or a non-iterable raises "cannot convert '%.200s'
 * object to bytes". */
object *bytes_from_object(vm *v, object *x);
/* _PyObject_LookupSpecial(x, "__bytes__") called, as bytes(), PyObject_Bytes
 * and %b's format_obj do: 1 when x's type has one (bytes' own: an exact
 * bytes itself or a copy, through its bound builtin method), *r then its
 * result (a bytes or a bytes subclass's instance) or NULL with the error
 * ("__bytes__ returned non-bytes"); 0 when the type has none. */
int bytes_special(vm *v, object *x, object **r);
/* str.encode(encoding) / bytes(s, encoding) for UTF-8, ASCII and Latin-1
 * (encoding NULL: UTF-8); LookupError or UnicodeEncodeError otherwise. */
object *str_encode(vm *v, object *s, object *encoding, object *errors);
/* The first load of unicodedata's name capsule (a `\N{...}` escape
 * compiled, the first 'namereplace'): what python3's import of
 * unicodedata keeps, as blocks, and the objects it makes for the
 * collector (compiling: the compiler's decoder loads it).  Nothing after
 * the first call; 0, or -1 with MemoryError. */
int str_ucn_import(vm *v, int compiling);
/* Frees what str_ucn_import kept (the session's end; cannot fail). */
void str_ucn_release(vm *v);
/* CPython's hash of n bytes (SipHash-1-3, PYTHONHASHSEED=0): what hash()
 * gives bytes, and str over its PEP 393 buffer. */
int64_t hash_bytes(const void *p, size_t n);

/* ---- exceptions (exc.c) ----------------------------------------------------- */
typedef struct excobj {
    object ob;
    object *args;           /* a tuple */
    object *traceback, *context, *cause, *dict, *notes;
    object *value;          /* StopIteration's: args[0] or None (StopIteration_init) */
    object *code;           /* SystemExit's: args[0] for one argument, args for more, or
                               NULL (None) for none (SystemExit_init) */
    object *u_encoding;     /* UnicodeEncodeError's and UnicodeDecodeError's fields */
    object *u_object;       /* (PyUnicodeErrorObject, set by their __init__), or NULL */
    object *u_reason;
    int64_t u_start, u_end;
    object *name, *obj;     /* NameError's name; AttributeError's name and obj (what
                               format_exc_check_arg and set_attribute_error_context
                               give them, for the report's suggestion) */
    int suppress_context;
    struct tb_entry *tb;    /* host side: the frames it passed, innermost first (eval.h) */
    uint32_t ntb, tbcap;
} excobj;

#define EXC(o) ((excobj *)(o))

/* An instance of exception type t with args (msg,) (msg borrowed; NULL:
 * no args). */
object *exc_new1(vm *v, type *t, object *msg);
/* An instance of exception type t (or of OSError's subclass for its
 * errno) keeping tuple (borrowed) as its args, as BaseException_new keeps
 * the tuple it was called with.  NULL with the exception. */
object *exc_new_packed(vm *v, type *t, object *tuple);
/* BaseException_init of self (of a plain exception type) for type_call
 * after a class's __new__: keywords (nkw) refused, the call's packed
 * tuple its args (the one BaseException_new kept released).  0 or -1. */
int exc_init_packed(vm *v, object *self, object *tuple, size_t nkw);
/* _PyErr_CreateException: an instance of t from a raw exception's value —
 * a tuple is its args, NULL or None none, anything else its one argument.
 * NULL with MemoryError. */
object *exc_from_value(vm *v, type *t, object *value);
/* make_decode_exception's and make_encode_exception's update of the
 * exception a codec made at its first error: start, end and a new str of
 * reason.  0, or -1 with MemoryError. */
int exc_unicode_update(vm *v, object *exc, int64_t start, int64_t end, const char *reason);
/* PyErr_NormalizeException on the current exception (which must be set):
 * a raw one (v->exc_raw) becomes an instance holding its traceback so far.
 * Returns it (borrowed), or NULL with the exception that failed to make it
 * raised instead (a raw exception's traceback is then dropped). */
object *exc_normalize(vm *v);
/* The current exception, normalized, given the name (and, with obj, the
 * object) a NameError or AttributeError was about: format_exc_check_arg's
 * name of a NameError (exactly that type, one without a name), and
 * set_attribute_error_context's name and obj of an AttributeError (or a
 * subclass's instance) that has neither.  Nothing for other exceptions. */
void exc_set_context(vm *v, object *name, object *obj);
/* PyException_SetCause and PyException_SetContext with the same exception
 * (_PyErr_FormatFromCause): exc's __cause__ and __context__ become cause
 * (references taken), __suppress_context__ True. */
void exc_set_cause(vm *v, object *exc, object *cause);
/* `raise x` / `raise x from cause` / bare `raise` (x NULL): sets the
 * current exception (or the TypeError CPython gives). */
void exc_raise(vm *v, object *x, object *cause);
/* Raises OSError(err, strerror(err)), as PyErr_SetFromErrno: the subclass
 * of err (EPIPE: BrokenPipeError). */
void exc_raise_errno(vm *v, int err);
/* Raises t(err, strerror(err)) as PyErr_SetFromErrno(t) does for a class
 * that is not OSError: its args the tuple (err, strerror). */
void exc_raise_errno_as(vm *v, enum builtin_type t, int err);
/* except cls: 1 if exc matches cls (a class or tuple of classes), 0, or -1
 * with TypeError. */
int exc_match(vm *v, object *exc, object *cls);
/* Implicit chaining (_PyErr_SetObject): exc, about to be raised while
 * another is handled, gets that one as __context__; a cycle through the
 * handled one's contexts is cut first.  Cannot fail. */
void exc_chain(vm *v, object *exc);
/* PyErr_SetImportError's keywords given to ImportError o: its name and
 * path (NULL: None) held, read back as e.name and e.path. */
void exc_set_import_fields(vm *v, object *o, object *name, object *path);
/* An exception's field read as an attribute (args, __traceback__,
 * __context__, __cause__, __suppress_context__, __class__, value): a new
 * reference, or NULL without an exception when name is none of them. */
object *exc_field(vm *v, object *o, object *name);
/* e.name = value (value NULL: del) on an exception: its fields with
 * CPython's checks, anything else in its __dict__.  0 or -1. */
int exc_setattr(vm *v, object *o, object *name, object *value);
/* One of the preallocated MemoryError instances (a new reference). */
object *exc_memory_error(vm *v);
/* The preallocated MemoryErrors nobody holds any more (refcount back to 1)
 * let their tracebacks go, as MemoryError_dealloc does on the way to its
 * free list: called when one is reused, after an uncaught one is
 * reported, and at finalization.  Cannot fail. */
void exc_memory_errors_settle(vm *v);
/* At shutdown, the preallocated MemoryErrors let go of everything they
 * hold, held or not: they are static and untracked, so a cycle through one
 * (its traceback's frame holding it, say) is never garbage to the
 * collector; CPython's, tracked while in use, are.  Cannot fail. */
void exc_memory_errors_release(vm *v);

#endif
