/*
 * bytes.c — bytes objects (Objects/bytesobject.c) and the hash CPython
 * gives bytes and str (Python/pyhash.c).
 *
 * A bytes object is one block of 33 + len bytes (PyBytesObject_SIZE: the
 * 32-byte header with ob_shash, the data, a trailing NUL):
 *
 *   [refcnt][type][ob_size][ob_shash][data … len bytes][\0]
 *
 * Invariants (as CPython 3.11):
 *   1. b"" and the 256 one-byte values are static singletons (characters[]),
 *      returned whenever a result of length 0, or of length 1 copied from
 *      existing bytes (PyBytes_FromStringAndSize(p, 1)), is made: slices,
 *      bytes([x]), b"".join([b"x"]).  Results that are *computed* into a
 *      fresh buffer (upper(), bytes(1)) are new objects even at length 1.
 *   2. Operations that would return an equal exact bytes return the operand
 *      itself: b + b"", b * 1, b[:], bytes(b), replace() without a match,
 *      strip() with nothing to strip.
 *   3. Every result is allocated at its exact size (the bytes writer's
 *      512-byte stack buffer means no over-allocation is ever seen).
 *   4. hash(b) == hash(s) for an ASCII str s with the same characters:
 *      SipHash-1-3 over the bytes (str hashes its PEP 393 buffer), with the
 *      zero key of PYTHONHASHSEED=0, which is how the corpus is measured.
 */
#include "types.h"

#include "abstract.h"
#include "attr.h"
#include "builtins.h"
#include "bytesmeth.h"
#include "class.h"
#include "codecreg.h"
#include "eval.h"
#include "gc.h"
#include "hv.h"
#include "memview.h"
#include "pymalloc.h"
#include "slice.h"
#include "tracemalloc.h"
#include "ucn.h"

#include <assert.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- the hash --------------------------------------------------------------- */

#define ROTL64(x, b) (((x) << (b)) | ((x) >> (64 - (b))))
#define HALF_ROUND(a, b, c, d, s, t) \
    a += b; c += d; b = ROTL64(b, s) ^ a; d = ROTL64(d, t) ^ c; a = ROTL64(a, 32);
#define SIP_ROUND(v0, v1, v2, v3) \
    HALF_ROUND(v0, v1, v2, v3, 13, 16); HALF_ROUND(v2, v1, v0, v3, 17, 21);

/* SipHash-1-3 with the all-zero key (CPython's `siphash13`, pyhash.c). */
static uint64_t siphash13(const unsigned char *in, size_t n)
{
    uint64_t v0 = 0x736f6d6570736575ULL, v1 = 0x646f72616e646f6dULL;
    uint64_t v2 = 0x6c7967656e657261ULL, v3 = 0x7465646279746573ULL;
    uint64_t b = (uint64_t)n << 56;
    for (; n >= 8; in += 8, n -= 8) {
        uint64_t m = 0;
        for (int i = 7; i >= 0; i--)
            m = m << 8 | in[i];
        v3 ^= m;
        SIP_ROUND(v0, v1, v2, v3);
        v0 ^= m;
    }
    for (size_t i = 0; i < n; i++)
        b |= (uint64_t)in[i] << (8 * i);
    v3 ^= b;
    SIP_ROUND(v0, v1, v2, v3);
    v0 ^= b;
    v2 ^= 0xff;
    SIP_ROUND(v0, v1, v2, v3);
    SIP_ROUND(v0, v1, v2, v3);
    SIP_ROUND(v0, v1, v2, v3);
    return (v0 ^ v1) ^ (v2 ^ v3);
}

int64_t hash_bytes(const void *p, size_t n)
{
    if (n == 0)
        return 0;
    int64_t h = (int64_t)siphash13(p, n);
    return h == -1 ? -2 : h;
}

/* ---- making bytes ------------------------------------------------------------ */

static uint64_t bytes_sizeof(vm *v, object *o)
{
    return o->type->basicsize + BYTES(o)->n;    /* a subclass's tp_basicsize */
}

/* A new bytes object of n zero bytes, even for n == 0 (bytes_repeat's
 * PyObject_Malloc does not use the empty singleton). */
static object *bytes_sized(vm *v, size_t n)
{
    object *o = obj_new_unzeroed(v, v->types[T_BYTES], 33 + n, n + 1);
    if (!o)
        return NULL;
    memset(BYTES(o)->data, 0, n + 1);
    BYTES(o)->n = n;
    BYTES(o)->hash = -1;
    obj_announce(v, o);                 /* sys.getsizeof counts the n bytes */
    return o;
}

/* A fresh, exact-size bytes of n bytes (zeroed), never a one-byte
 * singleton; b"" itself for n == 0: _PyBytes_FromSize. */
static object *bytes_fresh(vm *v, size_t n)
{
    return n == 0 ? obj_incref(v, v->empty_bytes) : bytes_sized(v, n);
}

object *bytes_new_zeroed(vm *v, size_t n)
{
    return bytes_fresh(v, n);
}

object *bytes_new(vm *v, const void *p, size_t n)
{
    if (n == 1)
        return obj_incref(v, v->bytes1[*(const unsigned char *)p]);
    object *o = bytes_fresh(v, n);
    if (o && n)
        memcpy(BYTES(o)->data, p, n);
    return o;
}

static object *bytes_from_buf(vm *v, buf *b)
{
    object *r = bytes_new(v, b->data, b->len);
    buf_free(b);
    return r;
}

void bytes_make_singletons(vm *v)
{
    v->empty_bytes = vm_static_object(v, T_BYTES, 33, 1);
    BYTES(v->empty_bytes)->hash = -1;
    for (unsigned c = 0; c < 256; c++) {
        v->bytes1[c] = vm_static_object(v, T_BYTES, 34, 2);
        BYTES(v->bytes1[c])->n = 1;
        BYTES(v->bytes1[c])->data[0] = (unsigned char)c;
        BYTES(v->bytes1[c])->hash = -1;
    }
}

/* ---- bytes-like objects ------------------------------------------------------
 * What bytes_methods.c and stringlib read through a buffer view: the bytes
 * of a bytes or a bytearray.  A method shared with bytearray makes its
 * result as self's type (like_new), and words its argument errors with
 * self's type's row of the same name (mdef). */

int bytes_view(vm *v, object *o, const unsigned char **p, size_t *n)
{
    if (obj_is_bytes(v, o)) {
        *p = BYTES(o)->data;
        *n = BYTES(o)->n;
        return 1;
    }
    if (obj_is_bytearray(v, o)) {
        *p = bytearray_data(o);
        *n = BYTEARRAY(o)->n;
        return 1;
    }
    return 0;
}

int bytes_like(vm *v, object *o, const unsigned char **p, size_t *n)
{
    return bytes_view(v, o, p, n) || memview_simple(v, o, p, n);
}

int bytes_buffer_arg(vm *v, object *o, const unsigned char **p, size_t *n)
{
    if (bytes_view(v, o, p, n))
        return 0;
    if (obj_is(v, o, T_MEMORYVIEW))
        return memview_simple_or_raise(v, o, p, n);
    vm_raise_format(v, T_TYPE_ERROR, "a bytes-like object is required, not '%.100s'", o->type->name);
    return -1;
}

/* PyObject_GetBuffer's export (delta 1) and PyBuffer_Release's (-1) for
 * a C function that runs Python code while it holds x's buffer: a
 * bytearray cannot resize, a memoryview cannot be released meanwhile. */
static void buffer_hold(vm *v, object *x, int delta)
{
    if (obj_is_bytearray(v, x))
        BYTEARRAY(x)->exports += (size_t)(int64_t)delta;
    else if (obj_is(v, x, T_MEMORYVIEW))
        memview_hold(x, delta);
}

typedef struct bview {
    const unsigned char *data;
    size_t n;
} bview;

/* self's bytes; self is a bytes or a bytearray (a method's self). */
static bview view(vm *v, object *self)
{
    bview b = {(const unsigned char *)"", 0};
    int ok = bytes_view(v, self, &b.data, &b.n);
    assert(ok);
    (void)ok;
    return b;
}

/* A result of n bytes from p as self's type makes it: a bytes
 * (PyBytes_FromStringAndSize: the singletons), or a new bytearray. */
static object *like_new(vm *v, object *self, const void *p, size_t n)
{
    return obj_is_bytearray(v, self) ? bytearray_new(v, p, n) : bytes_new(v, p, n);
}

/* A result computed into n fresh bytes (zeroed; a new object even at
 * length 1) and where to write them. */
static object *like_fresh(vm *v, object *self, size_t n, unsigned char **out)
{
    object *r = obj_is_bytearray(v, self) ? bytearray_new(v, NULL, n) : bytes_fresh(v, n);
    if (r)
        *out = obj_is_bytearray(v, r) ? bytearray_data(r) : BYTES(r)->data;
    return r;
}

/* stringlib's return_self: an exact bytes itself, a bytearray (mutable)
 * a copy. */
static object *like_self(vm *v, object *self)
{
    if (obj_is(v, self, T_BYTES))
        return obj_incref(v, self);
    bview s = view(v, self);
    return like_new(v, self, s.data, s.n);
}

/* ---- repr -------------------------------------------------------------------- */

/* bytes_repr: b'…', double quotes only when the data has ' and no ";
 * \t \n \r, \\ and the quote escaped, bytes outside 0x20..0x7e as \xhh;
 * bytearray_repr (mutable) escapes ' even inside double quotes. */
void bytes_repr_data(const unsigned char *p, size_t n, int mutable, buf *out)
{
    int single = memchr(p, '\'', n) != NULL, dbl = memchr(p, '"', n) != NULL;
    char quote = single && !dbl ? '"' : '\'';
    buf_addc(out, 'b');
    buf_addc(out, quote);
    for (size_t i = 0; i < n; i++) {
        unsigned c = p[i];
        if (c == (unsigned)quote || c == '\\' || (mutable && c == '\''))
            buf_printf(out, "\\%c", (char)c);
        else if (c == '\t')
            buf_adds(out, "\\t");
        else if (c == '\n')
            buf_adds(out, "\\n");
        else if (c == '\r')
            buf_adds(out, "\\r");
        else if (c < 0x20 || c >= 0x7f)
            buf_printf(out, "\\x%02x", c);
        else
            buf_addc(out, (char)c);
    }
    buf_addc(out, quote);
}

void bytes_repr_to(const object *o, buf *out)
{
    bytes_repr_data(BYTES(o)->data, BYTES(o)->n, 0, out);
}

static object *bytes_repr(vm *v, object *o)
{
    buf b = BUF_INIT;
    bytes_repr_to(o, &b);
    object *r = str_from_utf8(v, buf_str(&b), b.len);
    buf_free(&b);
    return r;
}

/* ---- the constructor: bytes(), bytes(n), bytes(iterable), bytes(s, enc) ----- */

int bytes_byte_value(vm *v, object *x, const char *range_msg)
{
    int64_t c;
    object *ix = obj_index(v, x);               /* PyNumber_Index (its TypeError) */
    if (!ix)
        return -1;
    int ok = int_as_i64(ix, &c) && c >= 0 && c <= 255;
    obj_decref(v, ix);
    if (!ok) {
        vm_raise(v, T_VALUE, "%s", range_msg);
        return -1;
    }
    return (int)c;
}

/* _PyBytes_FromTuple: the result is made at the tuple's size first and
 * then filled (PyBytes_FromStringAndSize(NULL, n): one byte is a new
 * object, never the singleton), and freed at a bad item. */
static object *bytes_from_tuple(vm *v, object *src)
{
    const tupleobj *t = TUPLE(src);
    object *r = bytes_fresh(v, t->n);
    for (size_t i = 0; r && i < t->n; i++) {
        int c = bytes_byte_value(v, t->items[i], "bytes must be in range(0, 256)");
        if (c < 0) {
            obj_decref(v, r);
            return NULL;
        }
        BYTES(r)->data[i] = (unsigned char)c;
    }
    return r;
}

/* _PyBytes_FromList: the items read by index (no iterator) into the bytes
 * writer, whose result of one byte is the singleton. */
static object *bytes_from_list(vm *v, object *src)
{
    buf b = BUF_INIT;
    for (size_t i = 0; i < LIST(src)->n; i++) {
        int c = bytes_byte_value(v, LIST(src)->items[i], "bytes must be in range(0, 256)");
        if (c < 0) {
            buf_free(&b);
            return NULL;
        }
        buf_addc(&b, (char)c);
    }
    return bytes_from_buf(v, &b);
}

/* _PyBytes_FromBuffer of a memoryview: PyBUF_FULL_RO, the bytes made at
 * its length (a new object even at length 1), PyBuffer_ToContiguous into
 * them. */
static object *bytes_from_memview(vm *v, object *src)
{
    size_t n;
    if (memview_buffer_len(v, src, &n))
        return NULL;
    object *r = bytes_fresh(v, n);
    if (r && n && memview_copy_to(v, src, BYTES(r)->data)) {
        obj_decref(v, r);
        return NULL;
    }
    return r;
}

static object *bytes_from_iterator(vm *v, object *it, object *src);

/* PyBytes_FromObject past bytes, str and int: a bytearray's or a
 * memoryview's buffer, an exact list or tuple by index, anything else
 * through its iterator (_PyBytes_FromIterator). */
static object *bytes_from_iterable(vm *v, object *src)
{
    const unsigned char *p;
    size_t n;
    if (bytes_view(v, src, &p, &n)) {           /* _PyBytes_FromBuffer: a new object even at length 1 */
        object *r = bytes_fresh(v, n);
        if (r && n)
            memcpy(BYTES(r)->data, p, n);
        return r;
    }
    if (obj_is(v, src, T_MEMORYVIEW))
        return bytes_from_memview(v, src);
    if (src->type == v->types[T_TUPLE])
        return bytes_from_tuple(v, src);
    if (src->type == v->types[T_LIST])
        return bytes_from_list(v, src);
    object *it = obj_getiter(v, src);
    if (!it) {
        if (vm_exc_matches(v, T_TYPE_ERROR)) {
            vm_exc_clear(v);
            vm_raise_format(v, T_TYPE_ERROR, "cannot convert '%.200s' object to bytes", src->type->name);
        }
        return NULL;
    }
    object *r = bytes_from_iterator(v, it, src);
    obj_decref(v, it);                          /* after the result: PyBytes_FromObject */
    return r;
}

object *bytes_from_object(vm *v, object *x)
{
    if (x->type == v->types[T_BYTES])
        return obj_incref(v, x);
    object *r;
    if (bytes_special(v, x, &r))                /* PyObject_Bytes: __bytes__ before the iteration */
        return r;
    if (type_is_subtype(x->type, v->types[T_STR]))     /* PyBytes_FromObject never iterates a str */
        return vm_raise_format(v, T_TYPE_ERROR, "cannot convert '%.200s' object to bytes", x->type->name);
    return bytes_from_iterable(v, x);
}

/* The codecs heapviz knows: UTF-8, ASCII and Latin-1, and UTF-16 and
 * UTF-32 with a BOM, the ones PyUnicode_AsEncodedString and
 * PyUnicode_Decode reach without the codec registry, by the names their
 * fast paths take (codec_fast).  The -LE and -BE variants only name the
 * decoders' errors (the byte order the BOM chose). */
enum codec { C_UTF8, C_ASCII, C_LATIN1, C_UTF16, C_UTF32, C_UTF16LE, C_UTF16BE, C_UTF32LE, C_UTF32BE,
             C_UNKNOWN };

/* The codecs PyUnicode_AsEncodedString and PyUnicode_Decode call without
 * the registry: the name normalized into their 11-byte buffer ("utf8" or
 * "utf_8", "utf16", "utf32", "ascii", "us_ascii", "latin1", "latin_1",
 * "iso_8859_1", "iso8859_1"); C_UNKNOWN for any other name, or one whose
 * normal form does not fit. */
static enum codec codec_fast(const char *name)
{
    static const struct { const char *name; enum codec c; } names[] = {
        {"utf8", C_UTF8}, {"utf16", C_UTF16}, {"utf32", C_UTF32}, {"ascii", C_ASCII},
        {"us_ascii", C_ASCII}, {"latin1", C_LATIN1}, {"latin_1", C_LATIN1},
        {"iso_8859_1", C_LATIN1}, {"iso8859_1", C_LATIN1},
    };
    char low[11];
    if (!codecreg_normalize(name, low, sizeof low))
        return C_UNKNOWN;
    if (!strncmp(low, "utf_", 4))                  /* "utf_8" is "utf8" */
        memmove(low + 3, low + 4, strlen(low + 4) + 1);
    for (size_t i = 0; i < HV_COUNTOF(names); i++)
        if (!strcmp(low, names[i].name))
            return names[i].c;
    return C_UNKNOWN;
}

/* The codec of a str.encode or bytes.decode name: a fast path's, else
 * C_UNKNOWN with the error: LookupError as the registry raises it for a
 * name no search function knows, or a refusal for one it knows (python3
 * imports its codec module then, or makes a CodecInfo for an alias: not
 * modelled). */
static enum codec codec_of(vm *v, object *name)
{
    enum codec c = codec_fast(STR(name)->data);
    if (c != C_UNKNOWN)
        return c;
    if (codecreg_module(STR(name)->data))
        vm_raise(v, T_NOT_IMPLEMENTED, "heapviz does not support the codec '%s' (python3 finds it through "
                 "the codec registry: encodings.search_function imports its module)", STR(name)->data);
    else
        vm_raise_format(v, T_LOOKUP, "unknown encoding: %s", STR(name)->data);
    return C_UNKNOWN;
}

static const char *codec_name(enum codec c)
{
    static const char *const names[] = {"utf-8", "ascii", "latin-1", "utf-16", "utf-32",
                                        "utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"};
    return names[c];
}

/* The width of a UTF-16 or UTF-32 code unit, and whether c is one of them. */
static size_t codec_unit(enum codec c)
{
    return c == C_UTF16 || c == C_UTF16LE || c == C_UTF16BE ? 2
         : c == C_UTF32 || c == C_UTF32LE || c == C_UTF32BE ? 4 : 0;
}

/* ---- the codecs' writers and error handlers ---------------------------------
 *
 * Encoders write into a _PyBytesWriter: the first 512 bytes go to a
 * buffer on the C stack (nothing on the heap); asking for more makes a
 * bytes object of the size asked for (a quarter more while it
 * overallocates: a replacement that is not the last write), grown by
 * realloc; the result is a copy of the stack buffer, or the bytes object
 * cut to its length (_PyBytes_Resize, another realloc).  Decoders write
 * into the str the ASCII fast path made (str_writer_init_ascii).
 *
 * An error handler is only looked up when the codec meets an error
 * (_Py_GetErrorHandler): 'ignore', 'replace', 'surrogateescape' and,
 * encoding, 'strict' (Latin-1, ASCII), 'backslashreplace',
 * 'xmlcharrefreplace' and 'surrogatepass' are written by the codec
 * itself.  The others go through the codec registry (an exception object
 * passed to the handler): heapviz models that for decoding
 * (decode_registry: 'strict', 'backslashreplace', 'surrogatepass', and the
 * TypeError of 'xmlcharrefreplace' and 'namereplace'), for the encoders'
 * handlers that raise (encode_error) and refuses 'namereplace' encoding by
 * name; a name the registry lacks is CPython's LookupError.  What a codec
 * raises is the exception object it made (codec_exception: args
 * (encoding, object, start, end, reason); its message is made only when
 * str() asks, heap/exc.c). */

enum errh { EH_STRICT, EH_SURROGATEESCAPE, EH_REPLACE, EH_IGNORE, EH_BACKSLASHREPLACE,
            EH_SURROGATEPASS, EH_XMLCHARREFREPLACE, EH_NAMEREPLACE, EH_OTHER };

static enum errh errh_of(object *errors)
{
    static const char *const names[] = {"strict", "surrogateescape", "replace", "ignore",
                                        "backslashreplace", "surrogatepass", "xmlcharrefreplace",
                                        "namereplace"};
    if (!errors)
        return EH_STRICT;
    for (size_t i = 0; i < HV_COUNTOF(names); i++)
        if (strcmp(STR(errors)->data, names[i]) == 0)
            return (enum errh)i;
    return EH_OTHER;
}

/* The handler the codec would call through the registry
 * (PyCodec_LookupError): refused when registered, else LookupError. */
static object *errh_unsupported(vm *v, object *errors, const char *what)
{
    static const char *const registered[] = {"strict", "ignore", "replace", "xmlcharrefreplace",
                                             "backslashreplace", "namereplace", "surrogateescape",
                                             "surrogatepass"};
    const char *name = STR(errors)->data;
    for (size_t i = 0; i < HV_COUNTOF(registered); i++)
        if (strcmp(name, registered[i]) == 0)
            return vm_raise(v, T_NOT_IMPLEMENTED, "heapviz does not support %s with errors='%s'", what,
                            registered[i]);
    return vm_raise(v, T_LOOKUP, "unknown error handler name '%s'", STR(errors)->data);
}

/* ---- unicodedata's name capsule ------------------------------------------------
 *
 * _PyUnicode_GetNameCAPI (a \N escape) and PyCodec_NameReplaceErrors load
 * it once: PyCapsule_Import("unicodedata._ucnhash_CAPI") imports the
 * module.  What that keeps, measured with python3's tracemalloc (3.11.2,
 * the blocks new after the first namereplace, by traceback):
 *   _distutils_hack's find_spec: 'spec_for_unicodedata' (69 B) and a
 *   locals keys table (120 B); spec_from_loader: the ModuleSpec (56 B)
 *   and its values (96 B); _imp.create_dynamic/exec_dynamic (bootstrap
 *   line 241): 61 blocks, 6114 B (the module and its dict's tables, the
 *   UCD heap type, its methods and the module's 20 functions, their
 *   names, the capsule and its PyMem_Malloc'd table); PyCapsule_Import's
 *   "unicodedata" and "_ucnhash_CAPI" strs (60 and 62 B).
 * Their order within the module's creation is not known (tracemalloc
 * does not tell it): heapviz keeps them in this order.  The import's
 * transient objects (the module lock, importlib's frames) make python3's
 * peak 1272 B above what stays, the exception and the handler's own
 * objects (188 B in heapviz) included: heapviz takes the rest, 1084 B,
 * for the time of the import.  The collector: 33 objects more in
 * generation 0 (34 once tracemalloc was imported), counted as the
 * interpreter's; 37 when the compiler's decoder loads it, before the
 * script runs (measured in several scripts; where the 4 more come from
 * is not known). */
static const uint16_t ucn_import_sizes[] = {
    69, 120, 56, 96,
    0, 16, 16, 28, 48, 52, 52, 53, 53, 54, 55, 56, 56, 56, 57, 57, 58, 58, 58, 60,
    62, 62, 62, 62, 64, 64, 64, 65, 72, 72, 72, 72, 72, 72, 72, 72, 72, 72, 72, 72,
    72, 72, 72, 72, 72, 72, 72, 72, 72, 72, 72, 72, 72, 72, 72, 72, 80, 400, 402, 768,
    1000,
    60, 62,
};
enum { UCN_IMPORT_PEAK = 1084, UCN_IMPORT_OBJECTS = 33, UCN_COMPILE_OBJECTS = 4 };
_Static_assert(HV_COUNTOF(ucn_import_sizes) <= HV_COUNTOF(((vm *)0)->ucn_blocks), "vm.ucn_blocks");

int str_ucn_import(vm *v, int compiling)
{
    if (v->ucn_imported)
        return 0;
    v->ucn_imported = 1;
    uint64_t peak = pymalloc_malloc(v->pm, UCN_IMPORT_PEAK);
    int rc = peak ? 0 : -1;
    for (size_t i = 0; !rc && i < HV_COUNTOF(ucn_import_sizes); i++) {
        uint64_t b = pymalloc_malloc(v->pm, ucn_import_sizes[i]);
        if (!b)
            rc = -1;
        else
            v->ucn_blocks[v->nucn_blocks++] = b;
    }
    if (peak)
        pymalloc_free(v->pm, peak);
    if (rc) {
        vm_no_memory(v);
        return -1;
    }
    int64_t born = 0;           /* counted, not yet given to the interpreter */
    int objects = UCN_IMPORT_OBJECTS + (v->tm && tm_imported(v)) + (compiling ? UCN_COMPILE_OBJECTS : 0);
    for (int i = 0; i < objects; i++)
        gc_interp_born(v, &born);
    gc_interp_add(v, born);
    return 0;
}

void str_ucn_release(vm *v)
{
    while (v->nucn_blocks)
        pymalloc_free(v->pm, v->ucn_blocks[--v->nucn_blocks]);
}

/* _PyBytes_Resize(&o, n) of a bytes only the writer holds: a realloc, in
 * place when the allocator keeps the block, else a new object and the old
 * one freed (one change for tracemalloc).  NULL on MemoryError. */
static object *bytes_resize(vm *v, object *o, size_t n)
{
    if (BYTES(o)->n == n)
        return o;
    uint32_t old_size = obj_event_size(v, o);
    size_t keep = n < BYTES(o)->n ? n : BYTES(o)->n;
    object *r = obj_resize_in_place(v, o, 33 + n, n + 1, 0);
    if (r) {
        BYTES(r)->data[n] = 0;
        BYTES(r)->n = n;
        BYTES(r)->hash = -1;
        obj_resize_event(v, r, old_size);
        return r;
    }
    tm_realloc(v, 0);
    r = bytes_fresh(v, n);
    if (r)
        memcpy(BYTES(r)->data, BYTES(o)->data, keep);
    obj_decref(v, o);
    tm_realloc(v, 1);
    return r;
}

/* _PyBytesWriter: the bytes written are kept on the host (text); the
 * heap holds what CPython's writer holds. */
typedef struct bwriter {
    buf text;               /* the bytes written */
    size_t allocated;       /* room: 512 in the stack buffer, else the bytes object's size */
    size_t min_size;        /* room asked for so far */
    int overallocate;       /* grow by a quarter more than asked */
    object *buffer;         /* the bytes object past the stack buffer, or NULL */
} bwriter;

/* _PyBytesWriter_Resize: room for size bytes. */
static int bw_resize(vm *v, bwriter *w, size_t size)
{
    size_t allocated = size + (w->overallocate ? size / 4 : 0);
    object *nb = w->buffer ? bytes_resize(v, w->buffer, allocated) : bytes_fresh(v, allocated);
    w->buffer = nb;
    if (!nb)
        return -1;
    w->allocated = allocated;
    return 0;
}

/* _PyBytesWriter_Prepare: room for size more bytes.  0, or -1 with MemoryError. */
static int bw_prepare(vm *v, bwriter *w, size_t size)
{
    if (size == 0)
        return 0;
    size_t new_min = w->min_size + size;
    if (new_min > w->allocated && bw_resize(v, w, new_min))
        return -1;
    w->min_size = new_min;
    return 0;
}

/* _PyBytesWriter_Init and _PyBytesWriter_Alloc(size). */
static int bw_alloc(vm *v, bwriter *w, size_t size)
{
    *w = (bwriter){.text = BUF_INIT, .allocated = 512};
    return bw_prepare(v, w, size);
}

static void bw_dealloc(vm *v, bwriter *w)
{
    obj_xdecref(v, w->buffer);
    w->buffer = NULL;
    buf_free(&w->text);
}

/* _PyBytesWriter_Finish: b"", a copy of the stack buffer, or the bytes
 * object cut to its length.  NULL on MemoryError. */
static object *bw_finish(vm *v, bwriter *w)
{
    size_t n = w->text.len;
    object *r;
    if (n == 0 || !w->buffer) {
        obj_xdecref(v, w->buffer);
        r = bytes_new(v, buf_str(&w->text), n);
    } else if ((r = bytes_resize(v, w->buffer, n))) {
        memcpy(BYTES(r)->data, w->text.data, n);
    }
    w->buffer = NULL;
    buf_free(&w->text);
    return r;
}

/* _PyBytes_FromIterator: the bytes of it's items, in a writer sized by
 * src's length hint (64 by default; past the 512-byte stack buffer a bytes
 * object, grown by a quarter more once full).  The caller still holds the
 * iterator while the result is made, as python3's peak shows.  NULL with
 * the items' error (the writer's buffer freed after it is raised). */
static object *bytes_from_iterator(vm *v, object *it, object *src)
{
    int64_t hint = obj_length_hint(v, src, 64);
    if (hint < 0)
        return NULL;
    bwriter w;
    if (bw_alloc(v, &w, (size_t)hint)) {
        bw_dealloc(v, &w);
        return NULL;
    }
    w.overallocate = 1;
    object *x;
    while ((x = obj_iternext(v, it))) {
        int c = bytes_byte_value(v, x, "bytes must be in range(0, 256)");
        obj_decref(v, x);
        if (c < 0)
            break;
        if (w.text.len >= w.allocated && bw_resize(v, &w, w.text.len + 1))
            break;
        buf_addc(&w.text, (char)c);
    }
    if (v->exc) {
        bw_dealloc(v, &w);
        return NULL;
    }
    return bw_finish(v, &w);
}

/* A str's code points, for the encoders: *n of them, in a host array the
 * caller frees. */
static uint32_t *code_points(const strobj *t, size_t *n)
{
    uint32_t *cps = hv_malloc((t->len + 1) * sizeof *cps);
    size_t k = 0;
    for (size_t i = 0; i < t->nbytes;)
        cps[k++] = str_decode_at(t->data, &i);
    *n = k;
    return cps;
}

/* PyObject_CallFunction(UnicodeDecodeError, "sy#nns", ...) and
 * (UnicodeEncodeError, "sOnns", ...): its arguments (a str of the
 * encoding, then a copy of the input p[0..n) or the str s itself, start
 * and end, a str of the reason), the call's 5-tuple, the instance holding
 * it (its __init__ reads the fields), then the arguments dropped.  NULL
 * with the error. */
static object *codec_exception(vm *v, enum codec c, object *s, const unsigned char *p, size_t n, size_t start,
                               size_t end, const char *reason)
{
    object *items[5] = {str_from_cstr(v, codec_name(c)), NULL, NULL, NULL, NULL};
    if (items[0])
        items[1] = s ? obj_incref(v, s) : bytes_new(v, p, n);
    items[2] = items[1] ? int_from_i64(v, (int64_t)start) : NULL;    /* 'n': PyLong_FromSsize_t */
    items[3] = items[2] ? int_from_i64(v, (int64_t)end) : NULL;
    items[4] = items[3] ? str_from_cstr(v, reason) : NULL;
    object *args = items[4] ? tuple_new(v, 5) : NULL;                 /* _PyObject_MakeTpCall's tuple */
    for (size_t i = 0; args && i < 5; i++)
        tuple_set(v, args, i, obj_incref(v, items[i]));
    object *exc = args ? exc_from_value(v, v->types[s ? T_UNICODE_ENCODE : T_UNICODE_DECODE], args) : NULL;
    obj_xdecref(v, args);
    for (size_t i = 0; i < 5; i++)
        obj_xdecref(v, items[i]);
    return exc;
}

/* make_encode_exception and make_decode_exception: the exception made at
 * the codec's first error (*exc), given the later errors' start, end and
 * reason.  0, or -1 with the error. */
static int codec_exception_at(vm *v, object **exc, enum codec c, object *s, const unsigned char *p, size_t n,
                              size_t start, size_t end, const char *reason)
{
    if (*exc)
        return exc_unicode_update(v, *exc, (int64_t)start, (int64_t)end, reason);
    *exc = codec_exception(v, c, s, p, n, start, end, reason);
    return *exc ? 0 : -1;
}

/* PyCodec_LookupError(errors) the first time a codec calls a handler
 * through the registry: _PyDict_GetItemStringWithError makes a str of
 * the name ("strict" for none) to look it up, then drops it.  0, or -1
 * with MemoryError. */
static int registry_probe(vm *v, object *errors)
{
    return str_probe(v, errors ? STR(errors)->data : "strict");
}

/* The UnicodeEncodeError the codec raises for s's run [start..end) that
 * it cannot encode: made (or updated) and raised by PyCodec_StrictErrors
 * (raise_encode_exception), or first through the registry for the
 * handlers that raise it themselves (unicode_encode_call_errorhandler:
 * the UTF-8 encoder's 'strict', 'surrogatepass' for an encoding it does
 * not know, 'surrogateescape' past its surrogates, which first makes the
 * bytes it would have answered).  Always -1. */
static int encode_error(vm *v, enum codec c, object *s, object **exc, object *errors, size_t start, size_t end,
                        const char *reason)
{
    enum errh h = errh_of(errors);
    int registry = c == C_UTF8 || h != EH_STRICT;
    if (registry && !*exc && registry_probe(v, errors))
        return -1;
    if (codec_exception_at(v, exc, c, s, NULL, 0, start, end, reason))
        return -1;
    object *res = NULL;
    if (h == EH_SURROGATEESCAPE && !(res = bytes_fresh(v, end - start)))   /* PyBytes_FromStringAndSize */
        return -1;
    exc_raise(v, *exc, NULL);
    obj_xdecref(v, res);
    return -1;
}

/* backslashreplace() and xmlcharrefreplace() of unicodeobject.c: room for
 * the whole replacement of cps[start..end), then its text. */
static int bw_escape(vm *v, bwriter *w, enum errh h, const uint32_t *cps, size_t start, size_t end)
{
    size_t size = 0;
    char one[16];
    for (size_t i = start; i < end; i++) {
        uint32_t ch = cps[i];
        if (h == EH_BACKSLASHREPLACE)
            size += ch < 0x100 ? 4 : ch < 0x10000 ? 6 : 10;
        else
            size += (size_t)snprintf(one, sizeof one, "&#%u;", (unsigned)ch);
    }
    if (bw_prepare(v, w, size))
        return -1;
    for (size_t i = start; i < end; i++) {
        uint32_t ch = cps[i];
        if (h == EH_XMLCHARREFREPLACE)
            snprintf(one, sizeof one, "&#%u;", (unsigned)ch);
        else
            snprintf(one, sizeof one, ch < 0x100 ? "\\x%02x" : ch < 0x10000 ? "\\u%04x" : "\\U%08x",
                     (unsigned)ch);
        buf_add(&w->text, one, strlen(one));
    }
    return 0;
}

/* PyCodec_NameReplaceErrors' text for cps[start..end): \N{name} for each
 * character the capsule names (its aliases' and named sequences' slots
 * too), else \xhh, \uhhhh or \Uhhhhhhhh. */
static void namereplace_text(buf *out, const uint32_t *cps, size_t start, size_t end)
{
    char name[UCN_BUF];
    for (size_t i = start; i < end; i++) {
        uint32_t ch = cps[i];
        if (ucn_name(ch, name))
            buf_printf(out, "\\N{%s}", name);
        else
            buf_printf(out, ch < 0x100 ? "\\x%02x" : ch < 0x10000 ? "\\u%04x" : "\\U%08x", (unsigned)ch);
    }
}

static int handler_tuple(vm *v, object *rep, size_t end);

/* The namereplace handler called through the registry
 * (unicode_encode_call_errorhandler) for cps[start..end): the handler
 * looked up by name at the first error, the exception made or updated,
 * the capsule loaded (its first call), the replacement str
 * (PyUnicode_New(size, 127)) and the (str, end) tuple dropped.  The str,
 * or NULL with the error. */
static object *namereplace_call(vm *v, enum codec c, object *errors, object *s, object **exc,
                                const uint32_t *cps, size_t start, size_t end, const char *reason)
{
    if (!*exc && registry_probe(v, errors))
        return NULL;
    if (codec_exception_at(v, exc, c, s, NULL, 0, start, end, reason) || str_ucn_import(v, 0))
        return NULL;
    buf text = BUF_INIT;
    namereplace_text(&text, cps, start, end);
    object *rep = str_fresh_ascii(v, buf_str(&text), text.len);
    buf_free(&text);
    if (rep && handler_tuple(v, rep, end)) {
        obj_decref(v, rep);
        return NULL;
    }
    return rep;
}

/* Writes the replacement of the run cps[start..end) that encoding c cannot
 * take (unicode_encode_ucs1, the UTF-8 encoder's surrogates), as the
 * handler says; the writer had room for width bytes a character.  0, or
 * -1 with the error (the writer's to free). */
static int encode_run(vm *v, bwriter *w, enum codec c, object *errors, object *s, object **exc,
                      const uint32_t *cps, size_t start, size_t end, size_t width)
{
    const char *reason = c == C_ASCII ? "ordinal not in range(128)" : c == C_LATIN1 ? "ordinal not in range(256)"
                                                                    : "surrogates not allowed";
    enum errh h = errh_of(errors);
    switch (h) {
    case EH_REPLACE:
        for (size_t i = start; i < end; i++)
            buf_addc(&w->text, '?');
        return 0;
    case EH_IGNORE:
        return 0;
    case EH_BACKSLASHREPLACE:
    case EH_XMLCHARREFREPLACE:
        w->min_size -= width * (end - start);           /* the room the run had */
        return bw_escape(v, w, h, cps, start, end);
    case EH_SURROGATEPASS:
        if (c != C_UTF8)                    /* surrogatepass_errors raises the exception itself */
            return encode_error(v, c, s, exc, errors, start, end, reason);
        for (size_t i = start; i < end; i++)
            str_add_codepoint(&w->text, cps[i]);
        return 0;
    case EH_SURROGATEESCAPE:
        for (; start < end && cps[start] >= 0xdc80 && cps[start] <= 0xdcff; start++)
            buf_addc(&w->text, (char)(cps[start] - 0xdc00));
        if (start == end)
            return 0;
        /* the handler, through the registry, raises the error for the rest */
        return encode_error(v, c, s, exc, errors, start, end, reason);
    case EH_STRICT:
        return encode_error(v, c, s, exc, errors, start, end, reason);
    case EH_NAMEREPLACE: {
        object *rep = namereplace_call(v, c, errors, s, exc, cps, start, end, reason);
        if (!rep)
            return -1;
        w->min_size -= width * (end - start);           /* the room the run had */
        int rc = bw_prepare(v, w, STR(rep)->nbytes);    /* _PyBytesWriter_WriteBytes */
        if (!rc)
            buf_add(&w->text, STR(rep)->data, STR(rep)->nbytes);
        obj_decref(v, rep);
        return rc;
    }
    case EH_OTHER:
        break;
    }
    errh_unsupported(v, errors, "encoding");
    return -1;
}

/* A code point encoding c cannot take: UTF-8's are the surrogates. */
static bool unencodable(enum codec c, uint32_t cp)
{
    return c == C_UTF8 ? cp >= 0xd800 && cp <= 0xdfff : cp >= (c == C_ASCII ? 0x80u : 0x100u);
}

/* ---- UTF-16 and UTF-32 --------------------------------------------------------
 *
 * _PyUnicode_EncodeUTF16 and _PyUnicode_EncodeUTF32 with byteorder 0: a
 * BOM, then each code point as one little-endian unit (UTF-16: two for
 * those past U+FFFF), in a bytes object made at once for all of them.  A
 * surrogate stops the unit writer: every handler is called through the
 * registry for it alone (unicode_encode_call_errorhandler), its result a
 * str of ASCII or a bytes of whole units; the bytes object is resized
 * (_PyBytes_Resize) when the result needs more units than the one it
 * replaces, and cut to its length at the end. */

/* Appends cp as one code unit of `unit` bytes, little-endian. */
static void add_unit(buf *b, uint32_t cp, size_t unit)
{
    for (size_t i = 0; i < unit; i++)
        buf_addc(b, (char)(cp >> (8 * i)));
}

/* Appends cp in UTF-16 (a surrogate pair past U+FFFF) or UTF-32. */
static void add_utf16_32(buf *b, uint32_t cp, size_t unit)
{
    if (unit == 2 && cp >= 0x10000) {
        add_unit(b, 0xd800 | ((cp - 0x10000) >> 10), 2);
        add_unit(b, 0xdc00 | ((cp - 0x10000) & 0x3ff), 2);
    } else {
        add_unit(b, cp, unit);
    }
}

/* The code unit of `unit` bytes at p, big-endian where be says. */
static uint32_t read_unit(const unsigned char *p, size_t unit, int be)
{
    uint32_t ch = 0;
    for (size_t i = 0; i < unit; i++)
        ch = ch << 8 | p[be ? i : unit - 1 - i];
    return ch;
}

/* Py_BuildValue("(On)", rep, end) as a handler returns it, dropped once
 * the caller has taken rep (unicode_encode_call_errorhandler): the tuple
 * and the int of end.  0, or -1 with MemoryError. */
static int handler_tuple(vm *v, object *rep, size_t end)
{
    object *t = tuple_new(v, 2), *e = t ? int_from_i64(v, (int64_t)end) : NULL;
    if (e) {
        tuple_set(v, t, 0, obj_incref(v, rep));
        tuple_set(v, t, 1, e);
    }
    obj_xdecref(v, t);
    return e ? 0 : -1;
}

/* What the handler `errors` answers for the surrogate cps[pos] (a new
 * reference: a str or bytes), the exception *exc made or updated first
 * (the handler looked up by name at the first error); NULL with the
 * error, the exception itself when the handler raises it. */
static object *encode_unit_handler(vm *v, enum codec c, object *errors, object *s, object **exc,
                                   uint32_t ch, size_t pos)
{
    enum errh h = errh_of(errors);
    if (h == EH_OTHER)
        return errh_unsupported(v, errors, "encoding");
    if (!*exc && registry_probe(v, errors))
        return NULL;
    if (codec_exception_at(v, exc, c, s, NULL, 0, pos, pos + 1, "surrogates not allowed"))
        return NULL;
    char text[16];
    object *rep = NULL;
    switch (h) {
    case EH_IGNORE:
        rep = obj_incref(v, v->empty_str);
        break;
    case EH_REPLACE:                            /* PyUnicode_New(1, '?') */
        rep = str_fresh_ascii(v, "?", 1);
        break;
    case EH_BACKSLASHREPLACE:
    case EH_XMLCHARREFREPLACE:
        snprintf(text, sizeof text, h == EH_BACKSLASHREPLACE ? "\\u%04x" : "&#%u;", (unsigned)ch);
        rep = str_fresh_ascii(v, text, strlen(text));
        break;
    case EH_NAMEREPLACE:                        /* a surrogate has no name: \uhhhh */
        if (str_ucn_import(v, 0))
            return NULL;
        buf name = BUF_INIT;
        namereplace_text(&name, &ch, 0, 1);
        rep = str_fresh_ascii(v, buf_str(&name), name.len);
        buf_free(&name);
        break;
    case EH_SURROGATEPASS:                      /* the surrogate as a unit of the encoding */
    case EH_SURROGATEESCAPE:                    /* U+DC80..U+DCFF as the byte 0x80..0xff */
        rep = bytes_fresh(v, h == EH_SURROGATEPASS ? codec_unit(c) : 1);
        if (!rep)
            return NULL;
        if (h == EH_SURROGATEESCAPE && (ch < 0xdc80 || ch > 0xdcff)) {
            obj_decref(v, rep);
            exc_raise(v, *exc, NULL);
            return NULL;
        }
        for (size_t i = 0; i < BYTES(rep)->n; i++)
            BYTES(rep)->data[i] = (unsigned char)(h == EH_SURROGATEPASS ? ch >> (8 * i) : ch - 0xdc00);
        break;
    default:                                    /* strict: PyCodec_StrictErrors */
        exc_raise(v, *exc, NULL);
        return NULL;
    }
    if (rep && handler_tuple(v, rep, pos + 1)) {
        obj_decref(v, rep);
        return NULL;
    }
    return rep;
}

/* Writes the handler's answer for cps[pos] into text: a bytes of whole
 * units as it is, a str's characters as units; the bytes object o grown
 * first when the answer takes more than one unit.  0, or -1 with the
 * error (raise_encode_exception for a bytes of a part of a unit). */
static int encode_unit_error(vm *v, enum codec c, object *errors, object *s, object **exc, object **o, buf *text,
                             const uint32_t *cps, size_t pos)
{
    size_t unit = codec_unit(c);
    object *rep = encode_unit_handler(v, c, errors, s, exc, cps[pos], pos);
    if (!rep)
        return -1;
    int is_bytes = obj_is_bytes(v, rep);
    size_t units = is_bytes ? BYTES(rep)->n / unit : STR(rep)->len;
    int rc = 0;
    if (is_bytes && BYTES(rep)->n % unit) {
        rc = codec_exception_at(v, exc, c, s, NULL, 0, pos, pos + 1, "surrogates not allowed");
        if (!rc)
            exc_raise(v, *exc, NULL);
        rc = -1;
    } else if (units > 1 && !(*o = bytes_resize(v, *o, BYTES(*o)->n + unit * (units - 1)))) {
        rc = -1;
    } else if (is_bytes) {
        buf_add(text, (const char *)BYTES(rep)->data, BYTES(rep)->n);
    } else {
        for (size_t i = 0; i < units; i++)
            add_unit(text, (unsigned char)STR(rep)->data[i], unit);
    }
    obj_decref(v, rep);
    return rc;
}

/* str.encode('utf-16') and ('utf-32'): the bytes, or NULL with the error. */
static object *encode_utf16_32(vm *v, object *s, enum codec c, object *errors)
{
    const strobj *t = STR(s);
    size_t n, unit = codec_unit(c), pairs = 0;
    uint32_t *cps = code_points(t, &n);
    for (size_t i = 0; unit == 2 && t->kind == 4 && i < n; i++)
        pairs += cps[i] >= 0x10000;
    object *o = bytes_fresh(v, unit * (n + pairs + 1)), *exc = NULL;
    buf text = BUF_INIT;
    add_unit(&text, 0xfeff, unit);
    int rc = o ? 0 : -1;
    for (size_t i = 0; !rc && i < n; i++) {
        if (t->kind != 1 && cps[i] >= 0xd800 && cps[i] <= 0xdfff)
            rc = encode_unit_error(v, c, errors, s, &exc, &o, &text, cps, i);
        else
            add_utf16_32(&text, cps[i], unit);
    }
    free(cps);
    if (!rc && !(o = bytes_resize(v, o, text.len)))     /* o itself when nothing was dropped */
        rc = -1;
    obj_xdecref(v, exc);
    if (rc) {
        obj_xdecref(v, o);
        o = NULL;
    } else {
        memcpy(BYTES(o)->data, text.data, text.len);
    }
    buf_free(&text);
    return o;
}

/* The encoder of a str that is not ASCII into a bytes writer (w, set up
 * here): room for one byte a character (ASCII, Latin-1:
 * unicode_encode_ucs1) or as many as the widest UTF-8 its kind needs
 * (max_char_size), each run it cannot encode replaced as the handler
 * says.  0, or -1 with the error set (w still to be deallocated). */
static int encode_text(vm *v, bwriter *w, object *s, enum codec c, object *errors)
{
    const strobj *t = STR(s);
    size_t n, width = c != C_UTF8 ? 1 : t->kind == 1 ? 2 : t->kind == 2 ? 3 : 4;   /* max_char_size */
    uint32_t *cps = code_points(t, &n);
    object *exc = NULL;                     /* the UnicodeEncodeError, once made */
    int rc = bw_alloc(v, w, n * width);
    for (size_t i = 0; !rc && i < n;) {
        if (!unencodable(c, cps[i])) {
            if (c == C_UTF8)
                str_add_codepoint(&w->text, cps[i]);
            else
                buf_addc(&w->text, (char)cps[i]);
            i++;
            continue;
        }
        size_t end = i + 1;
        while (end < n && unencodable(c, cps[end]))
            end++;
        w->overallocate = end < n;                      /* only when not the last write */
        rc = encode_run(v, w, c, errors, s, &exc, cps, i, end, width);
        i = end;
    }
    free(cps);
    obj_xdecref(v, exc);
    return rc;
}

/* str.encode(encoding, errors) and bytes(s, encoding, errors), as
 * PyUnicode_AsEncodedString: an ASCII str's bytes (and a one-byte str's
 * in Latin-1) are copied whole; otherwise encode_text writes them. */
object *str_encode(vm *v, object *s, object *encoding, object *errors)
{
    enum codec c = encoding ? codec_of(v, encoding) : C_UTF8;
    if (c == C_UNKNOWN)
        return NULL;
    if (codec_unit(c))
        return encode_utf16_32(v, s, c, errors);
    if (STR(s)->ascii)
        return bytes_new(v, STR(s)->data, STR(s)->nbytes);
    bwriter w;
    if (encode_text(v, &w, s, c, errors)) {
        bw_dealloc(v, &w);
        return NULL;
    }
    return bw_finish(v, &w);
}

int str_fill_utf8(vm *v, object *s)
{
    if (STR(s)->ascii || STR(s)->utf8)
        return 0;
    bwriter w;
    int rc = encode_text(v, &w, s, C_UTF8, NULL);       /* strict: a lone surrogate fails */
    if (!rc) {
        uint32_t old_size = obj_event_size(v, s);
        STR(s)->utf8 = obj_block_malloc(v, s, OWN_UTF8, w.text.len + 1);
        if (!STR(s)->utf8)
            rc = (vm_no_memory(v), -1);
        else if (!vm_is_static(v, s))       /* a static str ('é') has no size in the model */
            obj_resize_event(v, s, old_size);
    }
    bw_dealloc(v, &w);
    return rc;
}

/* The code point surrogatepass_errors reads at p[at..n) for codec c (0
 * when the bytes are too few or do not encode one): three bytes of
 * UTF-8, a unit of UTF-16 or UTF-32 in the byte order the name says. */
static uint32_t surrogatepass_read(enum codec c, const unsigned char *p, size_t n, size_t at, size_t *len)
{
    int be = c == C_UTF16BE || c == C_UTF32BE;
    *len = c == C_UTF8 ? 3 : codec_unit(c);
    if (n - at < *len)
        return 0;
    p += at;
    if (c == C_UTF8)
        return (p[0] & 0xf0) == 0xe0 && (p[1] & 0xc0) == 0x80 && (p[2] & 0xc0) == 0x80
             ? ((p[0] & 0x0fu) << 12) + ((p[1] & 0x3fu) << 6) + (p[2] & 0x3fu) : 0;
    return read_unit(p, *len, be);
}

/* What a registry handler answers for p[at..*newpos) (*newpos: the
 * error's end): nothing (ignore: ""), backslashreplace's \xhh for each
 * byte (backslashreplace_errors), surrogateescape's U+DC80..U+DCFF for
 * each of the first four bytes past 0x7f (*newpos after the last),
 * surrogatepass's lone surrogate when the codec's bytes at `at` encode
 * one, *newpos past them (surrogatepass_errors); NULL with the error it
 * raises otherwise: the exception exc itself (strict_errors, the others
 * when they find nothing to do), or a TypeError (xmlcharrefreplace and
 * namereplace only handle encoding errors).  replace_errors is
 * decode_registry's (its str is made after the tuple). */
static object *decode_handler_result(vm *v, enum errh h, enum codec c, object *exc, const unsigned char *p,
                                     size_t n, size_t at, size_t *newpos)
{
    char u[16];
    size_t k = 0, len;
    uint32_t ch;
    switch (h) {
    case EH_IGNORE:
        return obj_incref(v, v->empty_str);
    case EH_BACKSLASHREPLACE: {
        buf text = BUF_INIT;
        for (size_t i = at; i < *newpos; i++)
            buf_printf(&text, "\\x%02x", p[i]);
        object *rep = str_fresh_ascii(v, buf_str(&text), text.len);    /* PyUnicode_New(4 * n, 127) */
        buf_free(&text);
        return rep;
    }
    case EH_SURROGATEESCAPE:
        for (len = 0; len < 4 && at + len < *newpos && p[at + len] >= 0x80; len++)
            k += hv_utf8_put(u + k, 0xdc00u + p[at + len]);
        if (!len)
            break;
        *newpos = at + len;
        return str_from_utf8(v, u, k);                  /* PyUnicode_FromKindAndData(UCS2) */
    case EH_SURROGATEPASS:
        ch = surrogatepass_read(c, p, n, at, &len);
        if (ch < 0xd800 || ch > 0xdfff)
            break;
        *newpos = at + len;
        return str_from_utf8(v, u, hv_utf8_put(u, ch));  /* PyUnicode_FromOrdinal */
    case EH_STRICT:                                     /* PyCodec_StrictErrors */
        break;
    default:
        return vm_raise(v, T_TYPE_ERROR, "don't know how to handle UnicodeDecodeError in error callback");
    }
    exc_raise(v, exc, NULL);
    return NULL;
}

/* The widest code point rep's kind holds (PyUnicode_MAX_CHAR_VALUE). */
static uint32_t str_kind_max(const strobj *s)
{
    return s->ascii ? 127 : s->kind == 1 ? 255 : s->kind == 2 ? 0xffff : 0x10ffff;
}

/* A handler through the registry, as unicode_decode_call_errorhandler_writer
 * calls it: looked up by name (a str of it, freed), the exception *exc
 * (kept between the decoder's errors: made at the first, then given each
 * error's start, end and a new reason str) made or updated, the handler's
 * (str, end) tuple (replace_errors' "(Cn)" makes the tuple before its
 * U+FFFD); a replacement longer than one character, or an end short of
 * the error's (one byte a character assumed for the bytes taken back),
 * raises the writer's min_length and makes it overallocate from then on,
 * room made as wide as the replacement before the copy.  0 with *next
 * where decoding goes on, or -1 with the error. */
static int decode_registry(vm *v, str_writer *w, object **exc, enum errh h, object *errors, enum codec c,
                           const unsigned char *p, size_t n, size_t at, size_t bad, const char *why, size_t *next)
{
    if (!*exc && registry_probe(v, errors))
        return -1;
    if (codec_exception_at(v, exc, c, NULL, p, n, at, at + bad, why))
        return -1;
    *next = at + bad;
    object *rep = NULL, *tuple = NULL, *end = NULL;
    int rc;
    if (h == EH_REPLACE) {
        char u[4];
        rc = !(tuple = tuple_new(v, 2)) || !(rep = str_from_utf8(v, u, hv_utf8_put(u, 0xfffd)));
    } else {
        rc = !(rep = decode_handler_result(v, h, c, *exc, p, n, at, next)) || !(tuple = tuple_new(v, 2));
    }
    if (!rc && !(end = int_from_i64(v, (int64_t)*next)))
        rc = 1;
    if (!rc) {
        tuple_set(v, tuple, 0, obj_incref(v, rep));
        tuple_set(v, tuple, 1, end);
        size_t replen = STR(rep)->len, grow = replen > 1;
        if (replen > 1)
            w->min_length += replen - 1;
        if (*next < at + bad) {
            w->min_length += at + bad - *next;
            grow = 1;
        }
        if (grow) {
            w->overallocate = 1;
            rc = str_writer_prepare(v, w, w->min_length - w->pos, str_kind_max(STR(rep)));
        }
        rc = rc || str_writer_write_str(v, w, rep);
    }
    obj_xdecref(v, tuple);
    obj_xdecref(v, rep);
    return rc ? -1 : 0;
}

/* The bytes p[at..at+bad) the decoder could not decode, handled as errors
 * says (unicode_decode_utf8's and PyUnicode_DecodeASCII's switch): nothing
 * written (ignore), U+FFFD (replace), each byte as U+DC80..U+DCFF in a
 * writer made two bytes wide first (surrogateescape), or a handler of the
 * registry; *next is where decoding goes on.  0, or -1 with the error
 * (the writer's to free). */
static int decode_run(vm *v, str_writer *w, object **exc, enum codec c, object *errors,
                      const unsigned char *p, size_t n, size_t at, size_t bad, const char *why, size_t *next)
{
    enum errh h = errh_of(errors);
    *next = at + bad;
    if (h == EH_NAMEREPLACE)
        h = EH_XMLCHARREFREPLACE;           /* both raise the same TypeError here */
    if (codec_unit(c) && h != EH_OTHER)     /* the UTF-16 and UTF-32 decoders: every one */
        return decode_registry(v, w, exc, h, errors, c, p, n, at, bad, why, next);
    switch (h) {
    case EH_IGNORE:
        return 0;
    case EH_REPLACE:
        if (c == C_ASCII && str_writer_prepare_kind(v, w, 0xffff))
            return -1;
        return str_writer_write_char(v, w, 0xfffd);
    case EH_SURROGATEESCAPE:
        if (str_writer_prepare_kind(v, w, 0xffff))
            return -1;
        for (size_t i = at; i < at + bad; i++)
            if (str_writer_write_char(v, w, 0xdc00u + p[i]))
                return -1;
        return 0;
    case EH_BACKSLASHREPLACE:
    case EH_SURROGATEPASS:
    case EH_XMLCHARREFREPLACE:
    case EH_NAMEREPLACE:
    case EH_STRICT:                         /* strict_errors, through the registry too */
        return decode_registry(v, w, exc, h, errors, c, p, n, at, bad, why, next);
    case EH_OTHER:
        break;
    }
    errh_unsupported(v, errors, "decoding");
    return -1;
}

/* PyUnicode_DecodeUTF16 and PyUnicode_DecodeUTF32 without a byte order: a
 * leading BOM picks it (little-endian without one) and is skipped; the
 * writer starts with room for one ASCII character a unit
 * (_PyUnicodeWriter_Prepare(min_length, 127)), remade wider at each wider
 * character; every error goes through the registry (decode_registry),
 * named by the byte order ("utf-16-le"), at the positions of the whole
 * input.  UTF-16's errors: a lone low surrogate ("illegal encoding", its
 * two bytes), a high one not followed by a low one ("illegal UTF-16
 * surrogate", its two bytes; decoding goes on at the next unit) or at the
 * end ("unexpected end of data", to the end), an odd last byte
 * ("truncated data").  UTF-32's: a surrogate, a unit past U+10FFFF (its
 * four bytes), and fewer than four bytes left ("truncated data"). */
static object *decode_utf16_32(vm *v, const unsigned char *p, size_t n, enum codec c, object *errors)
{
    size_t unit = codec_unit(c), q = 0;
    uint32_t bom = n >= unit ? read_unit(p, unit, 0) : 0;
    int be = bom == (unit == 2 ? 0xfffeu : 0xfffe0000u);
    if (be || bom == 0xfeff)
        q = unit;
    if (q == n)
        return obj_incref(v, v->empty_str);
    c = unit == 2 ? (be ? C_UTF16BE : C_UTF16LE) : (be ? C_UTF32BE : C_UTF32LE);
    str_writer w;
    str_writer_init(&w, (n - q + unit - 1) / unit);
    w.overallocate = 0;
    object *exc = NULL;
    int rc = str_writer_prepare(v, &w, w.min_length, 127);
    while (!rc && q < n) {
        uint32_t ch = n - q >= unit ? read_unit(p + q, unit, be) : 0, lo = 0;
        const char *why = "truncated data";
        size_t bad = n - q;
        if (n - q < unit) {
            /* an odd byte: truncated data */
        } else if (unit == 4 && ch >= 0xd800 && ch <= 0xdfff) {
            why = "code point in surrogate code point range(0xd800, 0xe000)", bad = 4;
        } else if (unit == 4 && ch >= 0x110000) {
            why = "code point not in range(0x110000)", bad = 4;
        } else if (unit == 2 && ch >= 0xdc00 && ch <= 0xdfff) {
            why = "illegal encoding", bad = 2;
        } else if (unit == 2 && ch >= 0xd800 && ch <= 0xdbff && n - q < 4) {
            why = "unexpected end of data";
        } else if (unit == 2 && ch >= 0xd800 && ch <= 0xdbff &&
                   ((lo = read_unit(p + q + 2, 2, be)) < 0xdc00 || lo > 0xdfff)) {
            why = "illegal UTF-16 surrogate", bad = 2;
        } else {
            if (lo)
                ch = 0x10000 + ((ch - 0xd800) << 10) + (lo - 0xdc00);
            q += lo ? 4 : unit;
            rc = str_writer_write_char(v, &w, ch);          /* WriteCharInline: a wider one widens */
            continue;
        }
        rc = decode_run(v, &w, &exc, c, errors, p, n, q, bad, why, &q);
    }
    obj_xdecref(v, exc);
    if (rc) {
        str_writer_dealloc(v, &w);
        return NULL;
    }
    return str_writer_finish(v, &w);
}

/* bytes.decode(encoding, errors), as PyUnicode_Decode: Latin-1 never
 * fails (_PyUnicode_FromUCS1); UTF-8 and ASCII make a str of one ASCII
 * character a byte first, the result when every byte is ASCII; past the
 * first other byte that str is the writer's buffer, remade wider (same
 * length) at each wider character, cut to the length at the end. */
static object *decode_8bit(vm *v, const unsigned char *p, size_t n, enum codec c, object *errors)
{
    size_t ascii = 0;
    while (ascii < n && p[ascii] < 0x80)
        ascii++;
    if (ascii == n)                         /* the text is its own UTF-8 */
        return str_from_utf8(v, (const char *)p, n);
    if (c == C_LATIN1) {
        buf out = BUF_INIT;
        for (size_t i = 0; i < n; i++)
            str_add_codepoint(&out, p[i]);
        object *r = str_from_utf8(v, buf_str(&out), out.len);
        buf_free(&out);
        return r;
    }
    str_writer w;
    if (str_writer_init_ascii(v, &w, (const char *)p, n, ascii))
        return NULL;
    object *exc = NULL;                     /* the UnicodeDecodeError, once made */
    int rc = 0;
    for (size_t i = ascii; !rc && i < n;) {
        size_t k = 1, bad = 1;
        const char *why = "ordinal not in range(128)";
        if (c == C_UTF8)
            k = codecreg_utf8_valid(p + i, n - i, &why, &bad);
        else if (p[i] >= 0x80)
            k = 0;
        if (k == 0) {
            rc = decode_run(v, &w, &exc, c, errors, p, n, i, bad, why, &i);
            continue;
        }
        uint32_t cp = str_decode_at((const char *)p, &i);   /* WriteCharInline: a wider one widens */
        rc = str_writer_write_char(v, &w, cp);
    }
    obj_xdecref(v, exc);                    /* the exception goes before the result is made */
    if (rc) {
        str_writer_dealloc(v, &w);
        return NULL;
    }
    return str_writer_finish(v, &w);
}

static object *bytes_decode(vm *v, const unsigned char *p, size_t n, enum codec c, object *errors)
{
    if (codec_unit(c))
        return decode_utf16_32(v, p, n, c, errors);
    return decode_8bit(v, p, n, c, errors);
}

object *bytes_decode_utf8(vm *v, const char *p, size_t n, object *errors)
{
    return decode_8bit(v, (const unsigned char *)p, n, C_UTF8, errors);
}

static object *bytes_vnew(vm *v, type *t, object *const *args, size_t nargs, object *kw);
static object *bytes_dunder_bytes(vm *v, object *src);

/* bytes_vnew as a cfunc (self: the type), for obj_index_retry. */
static object *bytes_vnew_cfunc(vm *v, object *self, object *const *args, size_t nargs, object *kw)
{
    return bytes_vnew(v, (type *)self, args, nargs, kw);
}

/* bytes(source=NULL, encoding=NULL, errors=NULL), an Argument Clinic
 * function (bytes_new_impl's order of checks). */
static object *bytes_vnew(vm *v, type *t, object *const *args, size_t nargs, object *kw)
{
    static const char *const names[] = {"source", "encoding", "errors"};
    static const method_def def = {"bytes", NULL, METH_CLINIC_KW, "bytes"};
    static const argspec spec = {names, 3, 0, 0, 3, 0};
    object *a[3];
    if (args_unpack(v, &def, args, nargs, kw, &spec, a))
        return NULL;
    if (str_cstring_args(v, "bytes", names, a, 1, 3))
        return NULL;
    object *src = a[0], *encoding = a[1], *errors = a[2];
    if (!src) {
        if (encoding || errors)
            return vm_raise(v, T_TYPE_ERROR, encoding ? "encoding without a string argument"
                                                      : "errors without a string argument");
        return obj_incref(v, v->empty_bytes);
    }
    if (encoding) {
        if (!obj_is_str(v, src))           /* PyUnicode_Check */
            return vm_raise(v, T_TYPE_ERROR, "encoding without a string argument");
        return str_encode(v, src, encoding, errors);
    }
    if (errors)
        return vm_raise(v, T_TYPE_ERROR, obj_is_str(v, src) ? "string argument without an encoding"
                                                            : "errors without a string argument");
    object *r;
    if (bytes_special(v, src, &r))
        return r;
    if (obj_is_str(v, src))
        return vm_raise(v, T_TYPE_ERROR, "string argument without an encoding");
    nargs = 1;
    args = a;
    kw = NULL;
    if (type_is_subtype(src->type, v->types[T_INT])) {
        int64_t n;
        if (!int_as_i64(src, &n))
            return vm_raise(v, T_OVERFLOW, "cannot fit 'int' into an index-sized integer");
        if (n < 0)
            return vm_raise(v, T_VALUE, "negative count");
        return bytes_fresh(v, (size_t)n);
    }
    if (obj_index_retry(v, bytes_vnew_cfunc, &t->ob, args, nargs, kw, 0, &r))  /* abstract.c: __index__ */
        return r;
    return bytes_from_iterable(v, src);
}

/* ---- sequence behaviour ---------------------------------------------------- */

static int64_t bytes_length(vm *v, object *o)
{
    return (int64_t)BYTES(o)->n;
}

static int bytes_truth(vm *v, object *o)
{
    return BYTES(o)->n != 0;
}

static int bytes_hash_slot(vm *v, object *o, int64_t *out)
{
    bytesobj *b = BYTES(o);
    if (b->hash == -1)
        b->hash = hash_bytes(b->data, b->n);
    *out = b->hash;
    return 0;
}

static object *bytes_getitem(vm *v, object *o, object *key)
{
    const bytesobj *b = BYTES(o);
    if (obj_is(v, key, T_SLICE)) {
        int64_t start, stop, step;
        if (slice_unpack(v, key, &start, &stop, &step))
            return NULL;
        int64_t n = slice_adjust((int64_t)b->n, &start, &stop, step);
        if (n <= 0)
            return obj_incref(v, v->empty_bytes);
        if (step == 1 && n == (int64_t)b->n && obj_is(v, o, T_BYTES))
            return obj_incref(v, o);
        if (step == 1)
            return bytes_new(v, b->data + start, (size_t)n);
        object *r = bytes_fresh(v, (size_t)n);
        for (int64_t i = 0, k = start; r && i < n; i++, k += step)
            BYTES(r)->data[i] = b->data[k];
        return r;
    }
    int64_t i;
    if (seq_index(v, key, (int64_t)b->n, &i, "byte"))
        return NULL;
    if (i < 0 || i >= (int64_t)b->n)
        return vm_raise(v, T_INDEX, "index out of range");
    return obj_incref(v, int_small(v, b->data[i]));
}

static object *bytes_concat(vm *v, object *a, object *b)
{
    if (!obj_is_bytes(v, a))
        return obj_incref(v, v->notimpl);
    const unsigned char *pb;
    size_t nb;
    if (!bytes_like(v, b, &pb, &nb))
        return vm_raise_format(v, T_TYPE_ERROR, "can't concat %.100s to %.100s", b->type->name, a->type->name);
    if (nb == 0 && obj_is(v, a, T_BYTES))      /* an exact operand only */
        return obj_incref(v, a);
    if (BYTES(a)->n == 0 && obj_is(v, b, T_BYTES))
        return obj_incref(v, b);
    object *r = bytes_fresh(v, BYTES(a)->n + nb);
    if (r) {
        memcpy(BYTES(r)->data, BYTES(a)->data, BYTES(a)->n);
        memcpy(BYTES(r)->data + BYTES(a)->n, pb, nb);
    }
    return r;
}

int bytes_repeat_count(vm *v, object *self, object *other, int64_t *n)
{
    if (!type_is_subtype(other->type, v->types[T_INT])) {
        if (other->type->binary[NB_MULTIPLY] && other->type != self->type)
            return 1;
        vm_raise_format(v, T_TYPE_ERROR, "can't multiply sequence by non-int of type '%.200s'", other->type->name);
        return -1;
    }
    if (!int_as_i64(other, n)) {
        vm_raise(v, T_OVERFLOW, "cannot fit 'int' into an index-sized integer");
        return -1;
    }
    if (*n < 0)
        *n = 0;
    return 0;
}

static object *bytes_repeat(vm *v, object *a, object *b)
{
    object *self = obj_is_bytes(v, a) ? a : b, *other = self == a ? b : a;
    int64_t n;
    int rc = bytes_repeat_count(v, self, other, &n);
    if (rc)
        return rc > 0 ? obj_incref(v, v->notimpl) : NULL;
    size_t len = BYTES(self)->n;
    if (n > 0 && len > (uint64_t)INT64_MAX / (uint64_t)n)
        return vm_raise(v, T_OVERFLOW, "repeated bytes are too long");
    if (len * (size_t)n == len && self->type == v->types[T_BYTES])
        return obj_incref(v, self);         /* b'' * n, or n == 1 */
    if (n > 0 && (uint64_t)n > ((uint64_t)1 << 32) / len)
        return vm_no_memory(v);             /* PyObject_Malloc refuses */
    object *r = bytes_sized(v, len * (size_t)n);  /* a new object even for 0 bytes */
    for (int64_t k = 0; r && k < n; k++)
        memcpy(BYTES(r)->data + (size_t)k * len, BYTES(self)->data, len);
    return r;
}

static object *bytes_richcompare(vm *v, object *a, object *b, int op)
{
    if (!obj_is_bytes(v, a) || !obj_is_bytes(v, b))
        return obj_incref(v, v->notimpl);
    size_t na = BYTES(a)->n, nb = BYTES(b)->n;
    int c = memcmp(BYTES(a)->data, BYTES(b)->data, na < nb ? na : nb);
    if (c == 0)
        c = (na > nb) - (na < nb);
    return obj_bool(v, cmp_holds(c, op));
}

static const unsigned char *find_in(const unsigned char *hay, size_t nh, const unsigned char *needle,
                                    size_t nn)
{
    return (const unsigned char *)find_bytes((const char *)hay, nh, (const char *)needle, nn);
}

/* The last occurrence of needle (nn > 0) in hay, or NULL. */
static const unsigned char *rfind_in(const unsigned char *hay, size_t nh, const unsigned char *needle,
                                     size_t nn)
{
    for (size_t i = nh >= nn ? nh - nn + 1 : 0; i-- > 0;)
        if (memcmp(hay + i, needle, nn) == 0)
            return hay + i;
    return NULL;
}

/* A bytes-like argument, or an index 0..255 (find, count, in:
 * parse_args_finds_byte): its bytes in p and n (a lone
 * byte is kept in one).  0, or -1 with the error. */
static int byte_arg(vm *v, object *x, unsigned char *one, const unsigned char **p, size_t *n)
{
    if (bytes_view(v, x, p, n) || obj_is(v, x, T_MEMORYVIEW))
        return bytes_buffer_arg(v, x, p, n);
    if (obj_index_check(v, x)) {
        int c = bytes_byte_value(v, x, "byte must be in range(0, 256)");
        if (c < 0)
            return -1;
        *one = (unsigned char)c;
        *p = one;
        *n = 1;
        return 0;
    }
    vm_raise_format(v, T_TYPE_ERROR, "argument should be integer or bytes-like object, not '%.200s'",
                    x->type->name);
    return -1;
}

int bytes_contains_in(vm *v, object *self, object *x)
{
    const unsigned char *p;
    size_t n;
    if (obj_index_check(v, x)) {
        object *ix = obj_index(v, x);           /* PyNumber_AsSsize_t(x, NULL) */
        int64_t c;
        int ok = ix && int_as_i64(ix, &c);
        obj_xdecref(v, ix);
        if (ix && (!ok || c < 0 || c > 255)) {
            vm_raise(v, T_VALUE, "byte must be in range(0, 256)");
            return -1;
        }
        if (ix) {
            bview hay = view(v, self);          /* after __index__: it may have resized self */
            return memchr(hay.data, (int)c, hay.n) != NULL;
        }
        vm_exc_clear(v);                        /* any error: then the buffer's */
    }
    if (bytes_buffer_arg(v, x, &p, &n))
        return -1;
    bview hay = view(v, self);
    return find_in(hay.data, hay.n, p, n) != NULL;
}

static int bytes_contains(vm *v, object *o, object *x)
{
    return bytes_contains_in(v, o, x);
}

/* ---- iterator: bytes_iterator, GC, 32 + 16 → 48 ------------------------------ */

/* bytes_iterator's and bytearray_iterator's next: the byte at the index
 * of the sequence as it is now (a bytearray may have grown or shrunk). */
static object *bytesiter_next(vm *v, object *it)
{
    object *seq = SEQITER(it)->seq;
    if (!seq)
        return NULL;
    bview s = view(v, seq);
    if (SEQITER(it)->index < (int64_t)s.n)
        return obj_incref(v, int_small(v, s.data[SEQITER(it)->index++]));
    seqiter_drop(v, it);
    return NULL;
}

/* bytesiter_len (__length_hint__): what is left, 0 once exhausted; list()
 * and list.extend size their list by it. */
static int64_t bytesiter_hint(vm *v, object *it)
{
    object *seq = SEQITER(it)->seq;
    return seqiter_left(it, seq ? view(v, seq).n : 0);
}

const type tmpl_bytes_iter = {
    .dealloc = seqiter_dealloc, .traverse = seqiter_traverse, .iter = iter_self,
    .iternext = bytesiter_next, .length_hint = bytesiter_hint, .host_size = sizeof(seqiterobj),
};

static object *bytes_iter(vm *v, object *o)
{
    return seqiter_new(v, T_BYTES_ITER, o, 0);
}

/* ---- methods ------------------------------------------------------------------ */

static const method_def bytes_methods[];

enum {
    M_DECODE, M_HEX, M_UPPER, M_LOWER, M_REPLACE, M_SPLIT, M_JOIN, M_FIND, M_RFIND, M_INDEX,
    M_COUNT, M_STARTSWITH, M_ENDSWITH, M_STRIP, M_LSTRIP, M_RSTRIP, M_ISDIGIT, M_ISALPHA,
    M_ISSPACE, M_ISUPPER, M_ISLOWER, M_ISALNUM, M_ISASCII, M_ISTITLE, M_TITLE, M_SWAPCASE,
    M_CAPITALIZE, M_PARTITION, M_RPARTITION, M_CENTER, M_LJUST, M_RJUST, M_ZFILL, M_EXPANDTABS,
    M_SPLITLINES, M_RSPLIT, M_RINDEX, M_REMOVEPREFIX, M_REMOVESUFFIX, M_FROMHEX, M_MAKETRANS,
    M_TRANSLATE,                /* the shared ones above (bytesmeth.h), bytes' own below */
    M_BYTES, M_NEW,
};

/* The row of shared method `which` in the table of t (bytes, bytearray,
 * or a subclass): bytes' own, or bytearray's (bytearray_shared_rows),
 * which words its argument errors. */
static const method_def *mdef_in(vm *v, const type *t, int which)
{
    return type_is_subtype(t, v->types[T_BYTEARRAY]) ? &bytearray_shared_rows[which] : &bytes_methods[which];
}

/* The same for a method of self (a bytes or a bytearray). */
static const method_def *mdef(vm *v, object *self, int which)
{
    return mdef_in(v, self->type, which);
}

object *bytes_decode_as(vm *v, object *b, object *encoding, object *errors)
{
    bview s;
    bytes_like(v, b, &s.data, &s.n);
    if (s.n == 0)                           /* PyUnicode_FromEncodedObject: no codec looked up */
        return obj_incref(v, v->empty_str);
    enum codec c = encoding ? codec_of(v, encoding) : C_UTF8;
    return c == C_UNKNOWN ? NULL : bytes_decode(v, s.data, s.n, c, errors);
}

object *bytes_m_decode(vm *v, object *self, object *const *args, size_t nargs, object *kw)
{
    static const char *const names[] = {"encoding", "errors"};
    static const argspec spec = {names, 2, 0, 0, 2, 0};
    object *a[2];
    if (args_unpack(v, mdef(v, self, M_DECODE), args, nargs, kw, &spec, a))
        return NULL;
    if (str_cstring_args(v, "decode", names, a, 0, 2))
        return NULL;
    return bytes_decode_as(v, self, a[0], a[1]);
}

/* bytes.hex(sep=, bytes_per_sep=1)'s separator (_Py_strhex_impl): one
 * ASCII character given as a str or bytes of length 1.  0 with *c, or -1
 * with CPython's error. */
static int hex_sep(vm *v, object *sep, unsigned char *c)
{
    int64_t n = obj_length(v, sep);             /* PyObject_Length */
    if (n < 0)
        return -1;
    if (n != 1) {
        vm_raise(v, T_VALUE, "sep must be length 1.");
        return -1;
    }
    int is_str = type_is_subtype(sep->type, v->types[T_STR]);
    if (is_str || type_is_subtype(sep->type, v->types[T_BYTES])) {
        *c = is_str ? (unsigned char)STR(sep)->data[0] : BYTES(sep)->data[0];
        if (*c > 127)                           /* a str's UTF-8 lead byte, a bytes' byte */
            vm_raise(v, T_VALUE, "sep must be ASCII.");
        return *c > 127 ? -1 : 0;
    }
    vm_raise(v, T_TYPE_ERROR, "sep must be str or bytes.");
    return -1;
}

/* bytes.hex(sep=, bytes_per_sep=1) (_Py_strhex_impl): two hex digits a
 * byte, sep between groups of |bytes_per_sep| bytes counted from the right
 * (positive) or the left (negative); one ASCII str of the exact size. */
object *bytes_m_hex(vm *v, object *self, object *const *args, size_t nargs, object *kw)
{
    static const char *const names[] = {"sep", "bytes_per_sep"};
    static const argspec spec = {names, 2, 0, 0, 2, 0};
    object *a[2];
    if (args_unpack(v, mdef(v, self, M_HEX), args, nargs, kw, &spec, a))
        return NULL;
    int64_t group = 1;
    if (a[1] && obj_index_c(v, a[1], &group, INT_MIN, INT_MAX, "int"))     /* _PyLong_AsInt */
        return NULL;
    bview s = view(v, self);
    return bytes_hex_of(v, s.data, s.n, a[0], group);
}

object *bytes_hex_of(vm *v, const unsigned char *p, size_t n, object *sep_arg, int64_t group)
{
    unsigned char sep = 0;
    if (sep_arg && hex_sep(v, sep_arg, &sep))
        return NULL;
    size_t every = sep_arg ? (size_t)(group < 0 ? -group : group) : 0;
    if (every >= n)
        every = 0;
    static const char digits[] = "0123456789abcdef";
    buf b = BUF_INIT;
    for (size_t i = 0; i < n; i++) {
        /* a separator before byte i when a group ends there: counted from
         * the left for a negative group, from the right for a positive one */
        size_t from = group < 0 ? i : n - i;
        if (every && i && from % every == 0)
            buf_addc(&b, (char)sep);
        buf_addc(&b, digits[p[i] >> 4]);
        buf_addc(&b, digits[p[i] & 15]);
    }
    object *r = str_from_utf8(v, buf_str(&b), b.len);
    buf_free(&b);
    return r;
}

/* _PyBytes_FromHex's parse: pairs of hex digits, ASCII whitespace
 * (Py_ISSPACE) between pairs, into out.  0, or the position of the first
 * bad character + 1 (a code point's index: the first non-ASCII one of a
 * str that is not all ASCII). */
static size_t hex_parse(const strobj *s, buf *out)
{
    const unsigned char *p = (const unsigned char *)s->data;
    if (!s->ascii) {
        size_t k = 0;
        for (size_t i = 0; str_decode_at(s->data, &i) < 128; k++)
            ;
        return k + 1;
    }
    for (size_t i = 0; i < s->nbytes;) {
        if (p[i] == ' ' || (p[i] >= '\t' && p[i] <= '\r')) {
            i++;
            continue;
        }
        int hi = hv_hexval(p[i]), lo = i + 1 < s->nbytes ? hv_hexval(p[i + 1]) : -1;
        if (hi < 0 || lo < 0)
            return (hi < 0 ? i : i + 1) + 1;
        buf_addc(out, (char)(hi << 4 | lo));
        i += 2;
    }
    return 0;
}

/* bytes.fromhex(s) and bytearray.fromhex(s), class methods
 * (_PyBytes_FromHex's bytes writer): up to 512 bytes the result is made
 * from the writer's stack buffer at the end (PyBytes_FromStringAndSize:
 * a one-byte bytes is the singleton); past that the writer's object is
 * made first at len(s) / 2 bytes, then resized to what the pairs gave. */
object *bytes_m_fromhex(vm *v, object *self, object *const *args, size_t nargs, object *kw)
{
    int mutable = type_is_subtype((type *)self, v->types[T_BYTEARRAY]);
    if (args_exact(v, mdef_in(v, (const type *)self, M_FROMHEX), nargs, kw, 1))
        return NULL;
    if (!obj_is(v, args[0], T_STR))
        return args_bad_argument(v, "fromhex", "argument", "str", args[0]);
    size_t cap = STR(args[0])->ascii ? STR(args[0])->len / 2 : 0;
    object *big = NULL;
    if (cap > 512 && !(big = mutable ? bytearray_new(v, NULL, cap) : bytes_fresh(v, cap)))
        return NULL;
    buf b = BUF_INIT;
    size_t bad = hex_parse(STR(args[0]), &b);
    object *r = NULL;
    if (bad) {
        vm_raise_format(v, T_VALUE, "non-hexadecimal number found in fromhex() arg at position %zd", bad - 1);
        obj_xdecref(v, big);                    /* _PyBytesWriter_Dealloc, after the error */
    } else if (!big) {
        r = mutable ? bytearray_new(v, b.data, b.len) : bytes_new(v, b.data, b.len);
    } else if (mutable) {
        r = bytearray_resize(v, big, b.len) ? NULL : big;      /* the writer's object is the result */
        if (!r)
            obj_decref(v, big);
    } else if (b.len == 0) {
        obj_decref(v, big);                     /* the writer's object dropped for b"" */
        r = obj_incref(v, v->empty_bytes);
    } else {
        r = bytes_resize(v, big, b.len);        /* takes big: its host struct may change */
    }
    if (r && big && b.len)                      /* the writer's bytes (the others were made of b) */
        memcpy(mutable ? bytearray_data(r) : BYTES(r)->data, b.data, b.len);
    buf_free(&b);
    if (r && self != &v->types[mutable ? T_BYTEARRAY : T_BYTES]->ob) {
        object *exact = r;                      /* a class's fromhex: cls(result) */
        r = eval_call(v, self, &exact, 1, NULL);
        obj_decref(v, exact);
    }
    return r;
}

static int is_upper(unsigned char c)
{
    return c >= 'A' && c <= 'Z';
}

static int is_lower(unsigned char c)
{
    return c >= 'a' && c <= 'z';
}

/* upper / lower / title / swapcase / capitalize (bytes_methods.c):
 * computed into a fresh bytes (PyBytes_FromStringAndSize(NULL, len): new
 * even at length 1). */
static object *recase(vm *v, object *self, object *const *args, size_t nargs, object *kw, int which)
{
    if (args_exact(v, mdef(v, self, which), nargs, kw, 0))
        return NULL;
    bview s = view(v, self);
    unsigned char *out = NULL;
    object *r = like_fresh(v, self, s.n, &out);
    int prev_cased = 0;
    for (size_t i = 0; r && i < s.n; i++) {
        unsigned char c = s.data[i], up = is_lower(c) ? (unsigned char)(c - 32) : c,
                      low = is_upper(c) ? (unsigned char)(c + 32) : c;
        if (which == M_UPPER)
            c = up;
        else if (which == M_LOWER)
            c = low;
        else if (which == M_SWAPCASE)
            c = is_lower(c) ? up : low;
        else if (which == M_CAPITALIZE)
            c = i == 0 ? up : low;
        else if (is_lower(c) || is_upper(c))
            c = prev_cased ? low : up;
        if (which == M_TITLE)
            prev_cased = is_lower(c) || is_upper(c);
        out[i] = c;
    }
    return r;
}

object *bytes_m_upper(vm *v, object *self, object *const *a, size_t n, object *kw) { return recase(v, self, a, n, kw, M_UPPER); }
object *bytes_m_lower(vm *v, object *self, object *const *a, size_t n, object *kw) { return recase(v, self, a, n, kw, M_LOWER); }
object *bytes_m_title(vm *v, object *self, object *const *a, size_t n, object *kw) { return recase(v, self, a, n, kw, M_TITLE); }
object *bytes_m_swapcase(vm *v, object *self, object *const *a, size_t n, object *kw) { return recase(v, self, a, n, kw, M_SWAPCASE); }
object *bytes_m_capitalize(vm *v, object *self, object *const *a, size_t n, object *kw) { return recase(v, self, a, n, kw, M_CAPITALIZE); }

/* bytes.maketrans(frm, to), a static method (_Py_bytes_maketrans): both
 * buffers taken first, then their lengths compared; a new 256-byte bytes
 * of the identity with frm's bytes mapped to to's. */
object *bytes_m_maketrans(vm *v, object *self, object *const *args, size_t nargs, object *kw)
{
    (void)self;
    if (args_range(v, &bytes_methods[M_MAKETRANS], nargs, kw, 2, 2))
        return NULL;
    const unsigned char *frm, *to;
    size_t nfrm, nto;
    if (bytes_buffer_arg(v, args[0], &frm, &nfrm) || bytes_buffer_arg(v, args[1], &to, &nto))
        return NULL;
    if (nfrm != nto)
        return vm_raise_format(v, T_VALUE, "maketrans arguments must have same length");
    object *r = bytes_new_zeroed(v, 256);
    for (size_t i = 0; r && i < 256; i++)
        BYTES(r)->data[i] = (unsigned char)i;
    for (size_t i = 0; r && i < nfrm; i++)
        BYTES(r)->data[frm[i]] = to[i];
    return r;
}

/* stringlib_replace: self itself (a bytearray's copy) when nothing is to
 * be replaced or nothing was found, else a new object of the result's
 * size (PyBytes_FromStringAndSize(NULL, n): never the one-byte singleton). */
object *bytes_m_replace(vm *v, object *self, object *const *args, size_t nargs, object *kw)
{
    if (args_range(v, mdef(v, self, M_REPLACE), nargs, kw, 2, 3))
        return NULL;
    const unsigned char *old, *new;
    size_t nold, nnew;
    int64_t count = -1;
    if (bytes_buffer_arg(v, args[0], &old, &nold) || bytes_buffer_arg(v, args[1], &new, &nnew))
        return NULL;
    buffer_hold(v, args[0], 1);                 /* held while count's __index__ runs */
    buffer_hold(v, args[1], 1);
    int bad = nargs > 2 && obj_index_c(v, args[2], &count, INT64_MIN, INT64_MAX, "ssize_t");   /* Py_ssize_t */
    buffer_hold(v, args[0], -1);
    buffer_hold(v, args[1], -1);
    if (bad)
        return NULL;
    bview s = view(v, self);
    if (s.n < nold || count == 0 || (nold == 0 && nnew == 0))
        return like_self(v, self);
    buf b = BUF_INIT;
    size_t i = 0, done = 0;
    for (; i <= s.n && (count < 0 || (int64_t)done < count); done++) {
        const unsigned char *hit = nold ? find_in(s.data + i, s.n - i, old, nold) : s.data + i;
        if (!hit || (nold == 0 && i > s.n))
            break;
        size_t at = (size_t)(hit - s.data);
        buf_add(&b, (const char *)s.data + i, at - i);
        buf_add(&b, (const char *)new, nnew);
        if (nold == 0) {
            if (at < s.n)
                buf_addc(&b, (char)s.data[at]);
            i = at + 1;
        } else {
            i = at + nold;
        }
    }
    if (i < s.n)
        buf_add(&b, (const char *)s.data + i, s.n - i);
    unsigned char *out = NULL;
    object *r = done == 0 ? like_self(v, self) : like_fresh(v, self, b.len, &out);
    if (r && out)
        memcpy(out, b.data, b.len);
    buf_free(&b);
    return r;
}

static int is_ws(unsigned char c)
{
    return c == ' ' || (c >= '\t' && c <= '\r');
}

/* stringlib's split_whitespace: pieces at runs of ASCII whitespace, at most
 * maxcount of them before the rest; an exact bytes with no whitespace at
 * all is its own only piece. */
static int split_ws(vm *v, object *self, object *l, int64_t maxcount)
{
    bview s = view(v, self);
    size_t i = 0, j;
    int rc = 0;
    while (!rc && maxcount-- > 0) {
        while (i < s.n && is_ws(s.data[i]))
            i++;
        if (i == s.n)
            break;
        for (j = i++; i < s.n && !is_ws(s.data[i]);)
            i++;
        if (j == 0 && i == s.n && obj_is(v, self, T_BYTES))
            return list_split_push(v, l, obj_incref(v, self));
        rc = list_split_push(v, l, like_new(v, self, s.data + j, i - j));
    }
    if (rc || i >= s.n)
        return rc;
    while (i < s.n && is_ws(s.data[i]))         /* maxcount reached: the rest */
        i++;
    return i == s.n ? 0 : list_split_push(v, l, like_new(v, self, s.data + i, s.n - i));
}

/* stringlib's split and split_char: pieces between separators, at most
 * maxcount splits; an exact bytes where sep never occurs is its own only
 * piece. */
static int split_sep(vm *v, object *self, const unsigned char *sep, size_t nsep, object *l,
                     int64_t maxcount)
{
    bview s = view(v, self);
    size_t i = 0;
    int64_t count = 0;
    int rc = 0;
    while (!rc && maxcount-- > 0) {
        const unsigned char *hit = find_in(s.data + i, s.n - i, sep, nsep);
        if (!hit)
            break;
        size_t at = (size_t)(hit - s.data);
        rc = list_split_push(v, l, like_new(v, self, s.data + i, at - i));
        i = at + nsep;
        count++;
    }
    if (rc)
        return rc;
    if (count == 0 && obj_is(v, self, T_BYTES))
        return list_split_push(v, l, obj_incref(v, self));
    return list_split_push(v, l, like_new(v, self, s.data + i, s.n - i));
}

/* bytes.split(sep=None, maxsplit=-1) (bytes_split_impl): the list is
 * preallocated as stringlib's (list_split_new). */
object *bytes_m_split(vm *v, object *self, object *const *args, size_t nargs, object *kw)
{
    static const char *const names[] = {"sep", "maxsplit"};
    static const argspec spec = {names, 2, 0, 0, 2, 0};
    object *a[2];
    if (args_unpack(v, mdef(v, self, M_SPLIT), args, nargs, kw, &spec, a))
        return NULL;
    const unsigned char *sep = NULL;
    size_t nsep = 0;
    int64_t max = -1;
    if (a[1] && obj_index_c(v, a[1], &max, INT64_MIN, INT64_MAX, "ssize_t"))   /* the clinic's, first */
        return NULL;
    if (a[0] && a[0] != v->none && bytes_buffer_arg(v, a[0], &sep, &nsep))
        return NULL;
    if (sep && nsep == 0)
        return vm_raise(v, T_VALUE, "empty separator");
    if (max < 0)
        max = INT64_MAX;
    if (sep)
        buffer_hold(v, a[0], 1);                /* held while the parts are made */
    object *l = list_split_new(v, max);
    if (l && (sep ? split_sep(v, self, sep, nsep, l, max) : split_ws(v, self, l, max))) {
        obj_decref(v, l);
        l = NULL;
    }
    if (sep)
        buffer_hold(v, a[0], -1);
    return l;
}

#define JOIN_STATIC_BUFFERS 10     /* stringlib/join.h's NB_STATIC_BUFFERS */
#define PY_BUFFER_SIZE 80           /* sizeof(Py_buffer) */

/* join's pre-pass: every item a bytes-like object (each held, as its
 * Py_buffer holds it, until join_release), the result's size in *size.
 * 0, or -1 with the TypeError and the items checked so far in *held. */
static int join_measure(vm *v, object *const *items, size_t n, size_t nsep, size_t *size, size_t *held)
{
    *size = 0;
    for (*held = 0; *held < n; ++*held) {
        const unsigned char *p;
        size_t len;
        if (!bytes_like(v, items[*held], &p, &len)) {
            vm_raise_format(v, T_TYPE_ERROR, "sequence item %zd: expected a bytes-like object, %.80s found",
                            *held, items[*held]->type->name);
            return -1;
        }
        obj_incref(v, items[*held]);
        *size += len + (*held ? nsep : 0);
    }
    return 0;
}

/* join's end (its `done:`): the sequence dropped, then each item's buffer
 * released in order, then the buffers array freed. */
static void join_release(vm *v, object *seq, object *const *items, size_t held, uint64_t buffers)
{
    object **kept = hv_malloc((held ? held : 1) * sizeof *kept);
    memcpy(kept, items, held * sizeof *kept);   /* seq may take its item array with it */
    obj_decref(v, seq);
    for (size_t i = 0; i < held; i++)
        obj_decref(v, kept[i]);
    free(kept);
    pymalloc_free(v->pm, buffers);
}

/* stringlib's join for bytes and bytearray: PySequence_Fast's list or
 * tuple, a Py_buffer per item (a PyMem array of them past 10 items), the
 * result made at its size (a bytes of one byte is a new object, not the
 * singleton), then the buffers released. */
object *bytes_m_join(vm *v, object *self, object *const *args, size_t nargs, object *kw)
{
    if (args_exact(v, mdef(v, self, M_JOIN), nargs, kw, 1))
        return NULL;
    object *l = seq_fast(v, args[0], "can only join an iterable");
    if (!l)
        return NULL;
    size_t n = obj_is(v, l, T_TUPLE) ? TUPLE(l)->n : LIST(l)->n;
    object *const *items = obj_is(v, l, T_TUPLE) ? TUPLE(l)->items : LIST(l)->items;
    object *r = NULL;
    if (n == 0 || (n == 1 && obj_is_bytes(v, self) && obj_is(v, items[0], T_BYTES))) {   /* not when mutable */
        r = n ? obj_incref(v, items[0]) : like_new(v, self, NULL, 0);
        obj_decref(v, l);
        return r;
    }
    uint64_t buffers = n > JOIN_STATIC_BUFFERS ? pymalloc_malloc(v->pm, PY_BUFFER_SIZE * (uint64_t)n) : 0;
    if (n > JOIN_STATIC_BUFFERS && !buffers) {
        obj_decref(v, l);
        return vm_no_memory(v);
    }
    bview sep = view(v, self);
    size_t size, held;
    unsigned char *out = NULL;
    if (join_measure(v, items, n, sep.n, &size, &held) == 0 && (r = like_fresh(v, self, size, &out)))
        for (size_t i = 0, at = 0; i < n; i++) {
            bview x;
            bytes_like(v, items[i], &x.data, &x.n);
            if (i) {
                memcpy(out + at, sep.data, sep.n);
                at += sep.n;
            }
            memcpy(out + at, x.data, x.n);
            at += x.n;
        }
    join_release(v, l, items, held, buffers);
    return r;
}

/* find / rfind / index / rindex / count over [start, end). */
static object *search(vm *v, object *self, object *const *args, size_t nargs, object *kw, int which)
{
    if (args_range(v, mdef(v, self, which), nargs, kw, 1, 3))
        return NULL;
    unsigned char one;
    const unsigned char *p;
    size_t n;
    int64_t start = 0, end = INT64_MAX;     /* parse_args_finds: the bounds' __index__ first */
    if ((nargs > 1 && slice_eval_index(v, args[1], &start)) || (nargs > 2 && slice_eval_index(v, args[2], &end)))
        return NULL;
    if (byte_arg(v, args[0], &one, &p, &n))
        return NULL;
    bview s = view(v, self);                /* its length now: ADJUST_INDICES */
    slice_search_adjust((int64_t)s.n, &start, &end);
    const unsigned char *d = s.data;
    int64_t found = -1, count = 0;
    for (int64_t i = start; i + (int64_t)n <= end; i++) {
        if (memcmp(d + i, p, n) != 0)
            continue;
        if (which == M_COUNT) {
            count++;
            i += n ? (int64_t)n - 1 : 0;
            continue;
        }
        found = i;
        if (which != M_RFIND && which != M_RINDEX)
            break;
    }
    if (which == M_COUNT)
        return int_from_ssize(v, count);
    if (found < 0 && (which == M_INDEX || which == M_RINDEX))
        return vm_raise(v, T_VALUE, "subsection not found");
    return int_from_ssize(v, found);
}

object *bytes_m_find(vm *v, object *self, object *const *a, size_t n, object *kw) { return search(v, self, a, n, kw, M_FIND); }
object *bytes_m_rfind(vm *v, object *self, object *const *a, size_t n, object *kw) { return search(v, self, a, n, kw, M_RFIND); }
object *bytes_m_index(vm *v, object *self, object *const *a, size_t n, object *kw) { return search(v, self, a, n, kw, M_INDEX); }
object *bytes_m_count(vm *v, object *self, object *const *a, size_t n, object *kw) { return search(v, self, a, n, kw, M_COUNT); }
object *bytes_m_rindex(vm *v, object *self, object *const *a, size_t n, object *kw) { return search(v, self, a, n, kw, M_RINDEX); }

static object *affix(vm *v, object *self, object *const *args, size_t nargs, object *kw, int end)
{
    const char *fn = end ? "endswith" : "startswith";
    if (args_range(v, mdef(v, self, end ? M_ENDSWITH : M_STARTSWITH), nargs, kw, 1, 3))
        return NULL;
    int64_t lo = 0, hi = INT64_MAX;         /* the bounds' __index__ first, then self's length */
    if ((nargs > 1 && slice_eval_index(v, args[1], &lo)) || (nargs > 2 && slice_eval_index(v, args[2], &hi)))
        return NULL;
    bview s = view(v, self);
    slice_search_adjust((int64_t)s.n, &lo, &hi);
    object *arg = args[0];
    object *const *opts = obj_is(v, arg, T_TUPLE) ? TUPLE(arg)->items : &arg;
    size_t nopts = obj_is(v, arg, T_TUPLE) ? TUPLE(arg)->n : 1;
    for (size_t k = 0; k < nopts; k++) {
        const unsigned char *t;
        size_t nt;
        if (bytes_buffer_arg(v, opts[k], &t, &nt)) {    /* tailmatch's _getbuffer fails first */
            if (opts == &arg && vm_exc_matches(v, T_TYPE_ERROR))  /* _Py_bytes_tailmatch replaces it */
                vm_raise_format(v, T_TYPE_ERROR, "%s first arg must be bytes or a tuple of bytes, not %s", fn,
                                arg->type->name);
            return NULL;
        }
        int64_t at = end ? hi - (int64_t)nt : lo;
        if (lo <= hi && (int64_t)nt <= hi - lo && memcmp(s.data + at, t, nt) == 0)
            return obj_bool(v, 1);
    }
    return obj_bool(v, 0);
}

object *bytes_m_startswith(vm *v, object *self, object *const *a, size_t n, object *kw) { return affix(v, self, a, n, kw, 0); }
object *bytes_m_endswith(vm *v, object *self, object *const *a, size_t n, object *kw) { return affix(v, self, a, n, kw, 1); }

/* strip / lstrip / rstrip ([chars]): which 1 = left, 2 = right, 3 = both. */
static object *strip(vm *v, object *self, object *const *args, size_t nargs, object *kw, int which)
{
    int m = which == 3 ? M_STRIP : which == 1 ? M_LSTRIP : M_RSTRIP;
    if (args_range(v, mdef(v, self, m), nargs, kw, 0, 1))
        return NULL;
    const unsigned char *set = NULL;
    size_t nset = 0;
    if (nargs && args[0] != v->none && bytes_buffer_arg(v, args[0], &set, &nset))
        return NULL;
    bview s = view(v, self);
    size_t i = 0, j = s.n;
#define STRIPPED(c) (set ? memchr(set, (c), nset) != NULL : is_ws(c))
    while ((which & 1) && i < j && STRIPPED(s.data[i]))
        i++;
    while ((which & 2) && j > i && STRIPPED(s.data[j - 1]))
        j--;
#undef STRIPPED
    if (i == 0 && j == s.n && obj_is(v, self, T_BYTES))
        return obj_incref(v, self);
    return like_new(v, self, s.data + i, j - i);
}

object *bytes_m_strip(vm *v, object *self, object *const *a, size_t n, object *kw) { return strip(v, self, a, n, kw, 3); }
object *bytes_m_lstrip(vm *v, object *self, object *const *a, size_t n, object *kw) { return strip(v, self, a, n, kw, 1); }
object *bytes_m_rstrip(vm *v, object *self, object *const *a, size_t n, object *kw) { return strip(v, self, a, n, kw, 2); }

/* _Py_bytes_istitle: every upper-case byte follows an uncased one, every
 * lower-case byte a cased one, and some byte is cased. */
static int is_title(bview s)
{
    int cased = 0, prev_cased = 0;
    for (size_t i = 0; i < s.n; i++) {
        unsigned char c = s.data[i];
        if ((is_upper(c) && prev_cased) || (is_lower(c) && !prev_cased))
            return 0;
        prev_cased = is_upper(c) || is_lower(c);
        cased |= prev_cased;
    }
    return cased;
}

/* isdigit / isalpha / isalnum / isspace: every byte in the class (False
 * when empty); isascii: every byte below 0x80 (True when empty); isupper /
 * islower: some cased byte and none of the other case; istitle. */
static object *classify(vm *v, object *self, object *const *args, size_t nargs, object *kw, int which)
{
    if (args_exact(v, mdef(v, self, which), nargs, kw, 0))
        return NULL;
    bview s = view(v, self);
    int all = s.n > 0, upper = 0, lower = 0;
    for (size_t i = 0; i < s.n; i++) {
        unsigned char c = s.data[i];
        upper |= is_upper(c);
        lower |= is_lower(c);
        int digit = c >= '0' && c <= '9', alpha = is_lower(c | 32);
        int in = which == M_ISDIGIT ? digit : which == M_ISALPHA ? alpha : which == M_ISALNUM ? alpha || digit
               : which == M_ISASCII ? c < 0x80 : is_ws(c);
        all &= in;
    }
    if (which == M_ISASCII)
        return obj_bool(v, all || s.n == 0);
    if (which == M_ISTITLE)
        return obj_bool(v, is_title(s));
    if (which == M_ISUPPER)
        return obj_bool(v, upper && !lower);
    if (which == M_ISLOWER)
        return obj_bool(v, lower && !upper);
    return obj_bool(v, all);
}

object *bytes_m_isdigit(vm *v, object *self, object *const *a, size_t n, object *kw) { return classify(v, self, a, n, kw, M_ISDIGIT); }
object *bytes_m_isalpha(vm *v, object *self, object *const *a, size_t n, object *kw) { return classify(v, self, a, n, kw, M_ISALPHA); }
object *bytes_m_isspace(vm *v, object *self, object *const *a, size_t n, object *kw) { return classify(v, self, a, n, kw, M_ISSPACE); }
object *bytes_m_isupper(vm *v, object *self, object *const *a, size_t n, object *kw) { return classify(v, self, a, n, kw, M_ISUPPER); }
object *bytes_m_islower(vm *v, object *self, object *const *a, size_t n, object *kw) { return classify(v, self, a, n, kw, M_ISLOWER); }
object *bytes_m_isalnum(vm *v, object *self, object *const *a, size_t n, object *kw) { return classify(v, self, a, n, kw, M_ISALNUM); }
object *bytes_m_isascii(vm *v, object *self, object *const *a, size_t n, object *kw) { return classify(v, self, a, n, kw, M_ISASCII); }
object *bytes_m_istitle(vm *v, object *self, object *const *a, size_t n, object *kw) { return classify(v, self, a, n, kw, M_ISTITLE); }

/* stringlib's partition / rpartition: the tuple first (PyTuple_New(3)),
 * then the part before the separator, the separator object itself and the
 * part after (PyBytes_FromStringAndSize: singletons at lengths 0 and 1);
 * not found, self (a bytes subclass's instance too) and b"" twice (self
 * last for rpartition). */
/* A bytearray's partition copies the separator into a new bytearray
 * first (_PyByteArray_FromBufferObject), which the tuple holds when it is
 * found; not found, a bytearray's parts are a copy and new empty ones. */
static object *partition_by(vm *v, object *self, object *sepsrc, const unsigned char *sep, size_t nsep,
                            int which)
{
    int mutable = obj_is_bytearray(v, self);
    object *sepobj = mutable ? bytearray_new(v, sep, nsep) : obj_incref(v, sepsrc);
    object *t = !sepobj ? NULL : nsep ? tuple_new(v, 3) : vm_raise(v, T_VALUE, "empty separator");
    if (!t) {
        obj_xdecref(v, sepobj);
        return NULL;
    }
    bview s = view(v, self);
    const unsigned char *hit = which == M_PARTITION ? find_in(s.data, s.n, sep, nsep) : rfind_in(s.data, s.n, sep, nsep);
    if (!hit) {
        size_t mine = which == M_PARTITION ? 0 : 2;
        for (size_t i = 0; i < 3 && !v->exc; i++) {
            object *part = i != mine ? like_new(v, self, NULL, 0)
                         : mutable ? like_self(v, self) : obj_incref(v, self);     /* a subclass's too */
            if (part)
                tuple_set(v, t, i, part);
        }
        obj_decref(v, sepobj);                      /* the caller's, after stringlib_partition */
        if (!v->exc)
            return t;
        obj_decref(v, t);                           /* a part's MemoryError */
        return NULL;
    }
    size_t at = (size_t)(hit - s.data);
    object *before = like_new(v, self, s.data, at);
    if (!before) {
        obj_decref(v, sepobj);
        obj_decref(v, t);
        return NULL;
    }
    tuple_set(v, t, 0, before);
    tuple_set(v, t, 1, sepobj);
    object *after = like_new(v, self, hit + nsep, s.n - at - nsep);
    if (!after) {
        obj_decref(v, t);
        return NULL;
    }
    tuple_set(v, t, 2, after);
    return t;
}

/* The separator's buffer is held while the parts are made (a collection
 * they start may run a __del__ that would resize or release it). */
static object *partition(vm *v, object *self, object *const *args, size_t nargs, object *kw, int which)
{
    if (args_exact(v, mdef(v, self, which), nargs, kw, 1))
        return NULL;
    const unsigned char *sep;
    size_t nsep;
    if (bytes_buffer_arg(v, args[0], &sep, &nsep))
        return NULL;
    buffer_hold(v, args[0], 1);
    object *t = partition_by(v, self, args[0], sep, nsep, which);
    buffer_hold(v, args[0], -1);
    return t;
}

object *bytes_m_partition(vm *v, object *self, object *const *a, size_t n, object *kw) { return partition(v, self, a, n, kw, M_PARTITION); }
object *bytes_m_rpartition(vm *v, object *self, object *const *a, size_t n, object *kw) { return partition(v, self, a, n, kw, M_RPARTITION); }

/* transmogrify.h's pad: self itself (return_self) when nothing is added,
 * else a fresh bytes with left and right fill bytes around it. */
static object *pad(vm *v, object *self, int64_t left, int64_t right, unsigned char fill)
{
    bview s = view(v, self);
    if (left <= 0 && right <= 0)
        return like_self(v, self);
    left = left < 0 ? 0 : left;
    right = right < 0 ? 0 : right;
    unsigned char *out = NULL;
    object *r = like_fresh(v, self, (size_t)left + s.n + (size_t)right, &out);
    if (!r)
        return NULL;
    memset(out, fill, (size_t)left);
    memcpy(out + left, s.data, s.n);
    memset(out + left + s.n, fill, (size_t)right);
    return r;
}

/* center / ljust / rjust (width, fillchar=b' ', /): Argument Clinic's
 * Py_ssize_t and char converters. */
static object *justify(vm *v, object *self, object *const *args, size_t nargs, object *kw, int which)
{
    const method_def *def = mdef(v, self, which);
    if (args_range(v, def, nargs, kw, 1, 2))
        return NULL;
    int64_t width;
    if (obj_index_c(v, args[0], &width, INT64_MIN, INT64_MAX, "ssize_t"))
        return NULL;
    unsigned char fill = ' ';
    const unsigned char *fp;
    size_t fn;
    if (nargs > 1 && !(bytes_view(v, args[1], &fp, &fn) && fn == 1))   /* the 'c' converter */
        return args_bad_argument(v, def->name, "argument 2", "a byte string of length 1", args[1]);
    if (nargs > 1)
        fill = fp[0];
    int64_t n = (int64_t)view(v, self).n, marg = width - n;
    if (marg <= 0)
        return like_self(v, self);
    if (which == M_LJUST)
        return pad(v, self, 0, marg, fill);
    if (which == M_RJUST)
        return pad(v, self, marg, 0, fill);
    int64_t left = marg / 2 + (marg & width & 1);
    return pad(v, self, left, marg - left, fill);
}

object *bytes_m_center(vm *v, object *self, object *const *a, size_t n, object *kw) { return justify(v, self, a, n, kw, M_CENTER); }
object *bytes_m_ljust(vm *v, object *self, object *const *a, size_t n, object *kw) { return justify(v, self, a, n, kw, M_LJUST); }
object *bytes_m_rjust(vm *v, object *self, object *const *a, size_t n, object *kw) { return justify(v, self, a, n, kw, M_RJUST); }

/* zfill(width, /): zeros on the left, a leading sign moved before them. */
object *bytes_m_zfill(vm *v, object *self, object *const *args, size_t nargs, object *kw)
{
    if (args_exact(v, mdef(v, self, M_ZFILL), nargs, kw, 1))
        return NULL;
    int64_t width;
    if (obj_index_c(v, args[0], &width, INT64_MIN, INT64_MAX, "ssize_t"))
        return NULL;
    int64_t fill = width - (int64_t)view(v, self).n;
    if (fill <= 0)
        return like_self(v, self);
    object *r = pad(v, self, fill, 0, '0');
    unsigned char *d = !r ? NULL : obj_is_bytearray(v, r) ? bytearray_data(r) : BYTES(r)->data;
    if (d && (d[fill] == '+' || d[fill] == '-')) {
        d[0] = d[fill];
        d[fill] = '0';
    }
    return r;
}

/* expandtabs(tabsize=8): always a new bytes, sized by a first pass (the
 * column restarts after \n and \r). */
object *bytes_m_expandtabs(vm *v, object *self, object *const *args, size_t nargs, object *kw)
{
    static const char *const names[] = {"tabsize"};
    static const argspec spec = {names, 1, 0, 0, 1, 0};
    object *a[1];
    if (args_unpack(v, mdef(v, self, M_EXPANDTABS), args, nargs, kw, &spec, a))
        return NULL;
    int64_t tab = 8;
    if (a[0] && obj_index_c(v, a[0], &tab, INT_MIN, INT_MAX, "int"))     /* _PyLong_AsInt */
        return NULL;
    bview s = view(v, self);
    buf b = BUF_INIT;
    size_t col = 0;
    for (size_t i = 0; i < s.n; i++) {
        unsigned char c = s.data[i];
        if (c == '\t') {
            for (int64_t k = tab > 0 ? tab - (int64_t)(col % (size_t)tab) : 0; k > 0; k--, col++)
                buf_addc(&b, ' ');
            continue;
        }
        buf_addc(&b, (char)c);
        col = c == '\n' || c == '\r' ? 0 : col + 1;
    }
    unsigned char *out = NULL;
    object *r = like_fresh(v, self, b.len, &out);
    if (r && b.len)
        memcpy(out, b.data, b.len);
    buf_free(&b);
    return r;
}

/* splitlines(keepends=False) (stringlib's splitlines): a list grown by
 * append from empty (no preallocation); \r\n is one line end; an exact
 * bytes without a line end is its own only line. */
object *bytes_m_splitlines(vm *v, object *self, object *const *args, size_t nargs, object *kw)
{
    static const char *const names[] = {"keepends"};
    static const argspec spec = {names, 1, 0, 0, 1, 0};
    object *a[1];
    if (args_unpack(v, mdef(v, self, M_SPLITLINES), args, nargs, kw, &spec, a))
        return NULL;
    int64_t keep = 0;
    if (a[0] && obj_index_c(v, a[0], &keep, INT_MIN, INT_MAX, "int"))    /* _PyLong_AsInt */
        return NULL;
    bview s = view(v, self);
    int exact = obj_is(v, self, T_BYTES);
    object *l = list_new(v, 0);
    for (size_t i = 0, j = 0; l && i < s.n; j = i) {
        while (i < s.n && s.data[i] != '\n' && s.data[i] != '\r')
            i++;
        size_t eol = i;
        if (i < s.n)
            i += s.data[i] == '\r' && i + 1 < s.n && s.data[i + 1] == '\n' ? 2 : 1;
        if (keep)
            eol = i;
        int whole = exact && j == 0 && eol == s.n;
        object *line = whole ? obj_incref(v, self) : like_new(v, self, s.data + j, eol - j);
        int rc = line ? list_append(v, l, line) : -1;
        obj_xdecref(v, line);
        if (rc) {
            obj_decref(v, l);
            return NULL;
        }
        if (whole)
            break;
    }
    return l;
}

/* stringlib's rsplit_whitespace, rsplit_char and rsplit: pieces from the
 * right into the preallocated list, which is then reversed in place. */
static int rsplit_into(vm *v, object *self, const unsigned char *sep, size_t nsep, object *l, int64_t maxcount)
{
    bview s = view(v, self);
    int exact = obj_is(v, self, T_BYTES);           /* a mutable type is never its own piece */
    int64_t i = (int64_t)s.n - 1, count = 0;
    int rc = 0;
    if (!sep) {
        while (!rc && maxcount-- > 0) {
            while (i >= 0 && is_ws(s.data[i]))
                i--;
            if (i < 0)
                break;
            int64_t j = i--;
            while (i >= 0 && !is_ws(s.data[i]))
                i--;
            if (exact && j == (int64_t)s.n - 1 && i < 0)
                return list_split_push(v, l, obj_incref(v, self));
            rc = list_split_push(v, l, like_new(v, self, s.data + i + 1, (size_t)(j - i)));
        }
        while (!rc && i >= 0 && is_ws(s.data[i]))       /* maxcount reached: the rest */
            i--;
        return rc || i < 0 ? rc : list_split_push(v, l, like_new(v, self, s.data, (size_t)i + 1));
    }
    int64_t j = (int64_t)s.n;                           /* the end of the piece being cut */
    while (!rc && maxcount-- > 0) {
        const unsigned char *hit = rfind_in(s.data, (size_t)j, sep, nsep);
        if (!hit)
            break;
        int64_t at = hit - s.data;
        rc = list_split_push(v, l, like_new(v, self, s.data + at + nsep, (size_t)(j - at) - nsep));
        j = at;
        count++;
    }
    if (rc)
        return rc;
    if (count == 0 && exact)
        return list_split_push(v, l, obj_incref(v, self));
    return list_split_push(v, l, like_new(v, self, s.data, (size_t)j));
}

/* bytes.rsplit(sep=None, maxsplit=-1) (bytes_rsplit_impl). */
object *bytes_m_rsplit(vm *v, object *self, object *const *args, size_t nargs, object *kw)
{
    static const char *const names[] = {"sep", "maxsplit"};
    static const argspec spec = {names, 2, 0, 0, 2, 0};
    object *a[2];
    if (args_unpack(v, mdef(v, self, M_RSPLIT), args, nargs, kw, &spec, a))
        return NULL;
    const unsigned char *sep = NULL;
    size_t nsep = 0;
    int64_t max = -1;
    if (a[1] && obj_index_c(v, a[1], &max, INT64_MIN, INT64_MAX, "ssize_t"))
        return NULL;
    if (a[0] && a[0] != v->none && bytes_buffer_arg(v, a[0], &sep, &nsep))
        return NULL;
    if (sep && nsep == 0)
        return vm_raise(v, T_VALUE, "empty separator");
    if (max < 0)
        max = INT64_MAX;
    if (sep)
        buffer_hold(v, a[0], 1);                /* held while the parts are made */
    object *l = list_split_new(v, max);
    if (l && rsplit_into(v, self, sep, nsep, l, max)) {
        obj_decref(v, l);
        l = NULL;
    }
    if (sep)
        buffer_hold(v, a[0], -1);
    if (l)
        list_reverse(v, l);
    return l;
}

/* removeprefix / removesuffix (a bytes-like affix): what is left
 * (PyBytes_FromStringAndSize), or self when the affix is empty or absent. */
static object *remove_affix(vm *v, object *self, object *const *args, size_t nargs, object *kw, int which)
{
    if (args_exact(v, mdef(v, self, which), nargs, kw, 1))
        return NULL;
    const unsigned char *p;
    size_t n;
    if (bytes_buffer_arg(v, args[0], &p, &n))
        return NULL;
    bview s = view(v, self);
    size_t at = which == M_REMOVEPREFIX ? 0 : s.n - n;
    if (n == 0 || n > s.n || memcmp(s.data + at, p, n) != 0)
        return like_self(v, self);
    return like_new(v, self, s.data + (which == M_REMOVEPREFIX ? n : 0), s.n - n);
}

object *bytes_m_removeprefix(vm *v, object *self, object *const *a, size_t n, object *kw) { return remove_affix(v, self, a, n, kw, M_REMOVEPREFIX); }
object *bytes_m_removesuffix(vm *v, object *self, object *const *a, size_t n, object *kw) { return remove_affix(v, self, a, n, kw, M_REMOVESUFFIX); }

void bytes_trans_table(int to[256], const unsigned char *table, const unsigned char *del, size_t ndel)
{
    for (int c = 0; c < 256; c++)
        to[c] = table ? table[c] : c;
    for (size_t i = 0; i < ndel; i++)
        to[del[i]] = -1;
}

/* bytes.translate(table, /, delete=b'') (bytes_translate_impl): the
 * result is made at self's length first; self itself when no byte
 * changed, else that bytes cut to what is left after deletions
 * (_PyBytes_Resize: b"" when nothing is). */
static object *m_translate(vm *v, object *self, object *const *args, size_t nargs, object *kw)
{
    static const char *const names[] = {"", "delete"};
    static const argspec spec = {names, 2, 1, 1, 2, 0};
    object *a[2];
    if (args_unpack(v, &bytes_methods[M_TRANSLATE], args, nargs, kw, &spec, a))
        return NULL;
    const unsigned char *table = NULL, *del = NULL;
    size_t ntable = 256, ndel = 0;
    if (a[0] != v->none && bytes_buffer_arg(v, a[0], &table, &ntable))
        return NULL;
    if (ntable != 256)
        return vm_raise(v, T_VALUE, "translation table must be 256 characters long");
    if (a[1] && bytes_buffer_arg(v, a[1], &del, &ndel))
        return NULL;
    int to[256];
    bytes_trans_table(to, table, del, ndel);
    const bytesobj *s = BYTES(self);
    object *r = bytes_fresh(v, s->n);
    if (!r)
        return NULL;
    buf out = BUF_INIT;                             /* what the result holds */
    int changed = 0;
    for (size_t i = 0; i < s->n; i++) {
        int c = to[s->data[i]];
        changed |= c != s->data[i];
        if (c >= 0)
            buf_addc(&out, (char)c);
    }
    if ((!changed && obj_is(v, self, T_BYTES)) || out.len == 0) {
        obj_decref(v, r);
        buf_free(&out);
        return obj_incref(v, changed || !obj_is(v, self, T_BYTES) ? v->empty_bytes : self);
    }
    r = bytes_resize(v, r, out.len);                 /* its data is not kept */
    if (r)
        memcpy(BYTES(r)->data, out.data, out.len);
    buf_free(&out);
    return r;
}

/* bytes.__bytes__(): an exact bytes itself, a subclass's instance an
 * exact copy (PyBytes_FromStringAndSize: the singletons at lengths 0
 * and 1). */
static object *m_bytes(vm *v, object *self, object *const *args, size_t nargs, object *kw)
{
    if (args_exact(v, &bytes_methods[M_BYTES], nargs, kw, 0))
        return NULL;
    return obj_is(v, self, T_BYTES) ? obj_incref(v, self) : bytes_new(v, BYTES(self)->data, BYTES(self)->n);
}

/* bytes(x) of a bytes (a subclass's instance too): bytes_new_impl's
 * _PyObject_LookupSpecial binds __bytes__ (a builtin method made and
 * freed after its result), which gives x or a copy. */
static object *bytes_dunder_bytes(vm *v, object *src)
{
    object *m = builtin_bound_enter(v, &bytes_methods[M_BYTES], src);
    if (!m)
        return NULL;
    object *r = m_bytes(v, src, NULL, 0, NULL);
    builtin_bound_done(v, m);
    return r;
}

int bytes_special(vm *v, object *x, object **r)
{
    *r = NULL;
    if (!(x->type->flags & TPF_HEAPTYPE) && !obj_is(v, x, T_BYTES))
        return 0;                               /* no other builtin type has a __bytes__ */
    object *name = str_static_interned(v, "__bytes__");
    object *m = type_lookup(v, x->type, name);
    if (!m)
        return v->exc != NULL;
    if (obj_is(v, m, T_METHOD_DESCR) && obj_is_bytes(v, x)) {   /* bytes.__bytes__ itself */
        *r = bytes_dunder_bytes(v, x);
        return 1;
    }
    object *f = class_lookup_special(v, x, name);
    object *res = f ? eval_call(v, f, NULL, 0, NULL) : NULL;
    obj_xdecref(v, f);
    if (res && !obj_is_bytes(v, res)) {
        vm_raise_format(v, T_TYPE_ERROR, "__bytes__ returned non-bytes (type %.200s)", res->type->name);
        obj_decref(v, res);
        res = NULL;
    }
    *r = res;
    return 1;
}

/* In the order of the M_* enum. */
#define BYTES_ROW(name, flags) BYTES_SHARED_ROW("bytes", name, flags)
static const method_def bytes_methods[] = {
    BYTES_SHARED_METHODS(BYTES_ROW)
    {"translate", m_translate, METH_CLINIC_KW, "bytes.translate"},     /* bytearray's is its own */
    {"__bytes__", m_bytes, METH_NOARGS, "bytes.__bytes__"},
    {"__new__", class_new_wrapper, METH_NEW | METH_VARARGS | METH_KEYWORDS, "bytes.__new__"},
    {NULL, NULL, 0, NULL},
};
#undef BYTES_ROW

_Static_assert(sizeof bytes_methods / sizeof bytes_methods[0] == M_NEW + 2,
               "one row per M_* value, in order");

const type tmpl_bytes = {
    .dealloc = obj_dealloc_plain,
    .repr = bytes_repr,
    .str = bytes_repr,          /* bytes_str: the base repr even where a subclass overrides __repr__ */
    .hash = bytes_hash_slot,
    .richcompare = bytes_richcompare,
    .binary = {[NB_ADD] = bytes_concat, [NB_MULTIPLY] = bytes_repeat, [NB_REMAINDER] = bytes_percent},
    .truth = bytes_truth,
    .length = bytes_length,
    .getitem = bytes_getitem,
    .contains = bytes_contains,
    .iter = bytes_iter,
    .vnew = bytes_vnew,
    .size_of = bytes_sizeof,
    .methods = bytes_methods,
    .host_size = sizeof(bytesobj),
};
