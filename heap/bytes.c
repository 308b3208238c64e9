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
#include "hv.h"
#include "slice.h"
#include "tracemalloc.h"

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
    return 33 + BYTES(o)->n;
}

/* A fresh, exact-size bytes of n bytes (zeroed), never a singleton:
 * _PyBytes_FromSize. */
static object *bytes_fresh(vm *v, size_t n)
{
    if (n == 0)
        return obj_incref(v, v->empty_bytes);
    object *o = obj_new_unzeroed(v, v->types[T_BYTES], 33 + n, n + 1);
    if (!o)
        return NULL;
    memset(BYTES(o)->data, 0, n + 1);
    BYTES(o)->n = n;
    BYTES(o)->hash = -1;
    obj_announce(v, o);                 /* sys.getsizeof counts the n bytes */
    return o;
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

/* ---- repr -------------------------------------------------------------------- */

/* bytes_repr: b'…', double quotes only when the data has ' and no ";
 * \t \n \r, \\ and the quote escaped, bytes outside 0x20..0x7e as \xhh. */
void bytes_repr_to(const object *o, buf *out)
{
    const bytesobj *b = BYTES(o);
    int single = memchr(b->data, '\'', b->n) != NULL, dbl = memchr(b->data, '"', b->n) != NULL;
    char quote = single && !dbl ? '"' : '\'';
    buf_addc(out, 'b');
    buf_addc(out, quote);
    for (size_t i = 0; i < b->n; i++) {
        unsigned c = b->data[i];
        if (c == (unsigned)quote || c == '\\')
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

static object *bytes_repr(vm *v, object *o)
{
    buf b = BUF_INIT;
    bytes_repr_to(o, &b);
    object *r = str_from_utf8(v, buf_str(&b), b.len);
    buf_free(&b);
    return r;
}

/* ---- the constructor: bytes(), bytes(n), bytes(iterable), bytes(s, enc) ----- */

/* The one byte an int stands for, or -1 with CPython's error. */
static int byte_of(vm *v, object *x, const char *range_msg)
{
    int64_t c;
    if (!type_is_subtype(x->type, v->types[T_INT])) {
        vm_raise(v, T_TYPE_ERROR, "'%s' object cannot be interpreted as an integer", x->type->name);
        return -1;
    }
    if (!int_as_i64(x, &c) || c < 0 || c > 255) {
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
        int c = byte_of(v, t->items[i], "bytes must be in range(0, 256)");
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
        int c = byte_of(v, LIST(src)->items[i], "bytes must be in range(0, 256)");
        if (c < 0) {
            buf_free(&b);
            return NULL;
        }
        buf_addc(&b, (char)c);
    }
    return bytes_from_buf(v, &b);
}

/* PyBytes_FromObject past bytes, str and int: an exact list or tuple by
 * index, anything else through its iterator (_PyBytes_FromIterator). */
static object *bytes_from_iterable(vm *v, object *src)
{
    if (src->type == v->types[T_TUPLE])
        return bytes_from_tuple(v, src);
    if (src->type == v->types[T_LIST])
        return bytes_from_list(v, src);
    object *it = obj_getiter(v, src);
    if (!it) {
        if (vm_exc_matches(v, T_TYPE_ERROR)) {
            vm_exc_clear(v);
            vm_raise(v, T_TYPE_ERROR, "cannot convert '%s' object to bytes", src->type->name);
        }
        return NULL;
    }
    buf b = BUF_INIT;
    object *x;
    while ((x = obj_iternext(v, it))) {
        int c = byte_of(v, x, "bytes must be in range(0, 256)");
        obj_decref(v, x);
        if (c < 0)
            break;
        buf_addc(&b, (char)c);
    }
    obj_decref(v, it);
    if (v->exc) {
        buf_free(&b);
        return NULL;
    }
    return bytes_from_buf(v, &b);
}

/* The codecs heapviz knows: UTF-8, ASCII and Latin-1 (and their aliases). */
enum codec { C_UTF8, C_ASCII, C_LATIN1, C_UNKNOWN };

static enum codec codec_of(vm *v, object *name)
{
    static const struct { const char *name; enum codec c; } names[] = {
        {"utf-8", C_UTF8}, {"utf8", C_UTF8}, {"utf_8", C_UTF8}, {"u8", C_UTF8},
        {"ascii", C_ASCII}, {"us-ascii", C_ASCII}, {"latin-1", C_LATIN1}, {"latin1", C_LATIN1},
        {"latin_1", C_LATIN1}, {"iso-8859-1", C_LATIN1}, {"iso8859-1", C_LATIN1},
    };
    buf low = BUF_INIT;
    for (const char *p = STR(name)->data; *p; p++)
        buf_addc(&low, (char)(*p >= 'A' && *p <= 'Z' ? *p + 32 : *p));
    enum codec c = C_UNKNOWN;
    for (size_t i = 0; i < HV_COUNTOF(names); i++)
        if (strcmp(buf_str(&low), names[i].name) == 0)
            c = names[i].c;
    buf_free(&low);
    if (c == C_UNKNOWN)
        vm_raise(v, T_LOOKUP, "unknown encoding: %s", STR(name)->data);
    return c;
}

static const char *codec_name(enum codec c)
{
    return c == C_UTF8 ? "utf-8" : c == C_ASCII ? "ascii" : "latin-1";
}

/* _PyBytesWriter_Finish of n bytes p written by an encoder that asked
 * for `alloc` bytes (_PyBytesWriter_Alloc): up to 512 they were in the
 * writer's stack buffer, and the result is a copy; past that, a bytes
 * object of alloc bytes was the buffer, cut to n at the end
 * (_PyBytes_Resize: a realloc, in place when the allocator keeps the
 * block, else a new object and the old one freed, one change for
 * tracemalloc).  NULL on MemoryError. */
static object *bytes_utf8_written(vm *v, const char *p, size_t n, size_t alloc)
{
    if (alloc <= 512 || n == alloc)
        return bytes_new(v, p, n);
    object *o = bytes_fresh(v, alloc);
    if (!o)
        return NULL;
    uint32_t old_size = obj_event_size(v, o);
    object *r = obj_resize_in_place(v, o, 33 + n, n + 1, 0);
    if (r) {
        memcpy(BYTES(r)->data, p, n);
        BYTES(r)->data[n] = 0;
        BYTES(r)->n = n;
        BYTES(r)->hash = -1;
        obj_resize_event(v, r, old_size);
        return r;
    }
    tm_realloc(v, 0);
    r = bytes_fresh(v, n);
    if (r)
        memcpy(BYTES(r)->data, p, n);
    obj_decref(v, o);
    tm_realloc(v, 1);
    return r;
}

/* The UnicodeEncodeError of the strict handler: the encoder takes the whole
 * run of characters it cannot encode (unicode_encode_ucs1's collend), and
 * UnicodeEncodeError_str names one character as \xXX, \uXXXX or
 * \UXXXXXXXX, or a run by its first and last positions.  i is the byte
 * offset just past the first bad character cp, at position pos. */
static object *encode_error(vm *v, enum codec c, const strobj *t, size_t i, uint32_t cp, size_t pos,
                            uint32_t limit)
{
    size_t end = pos + 1;
    for (size_t j = i; j < t->nbytes; end++) {
        if (str_decode_at(t->data, &j) < limit)
            break;
    }
    int range = c == C_ASCII ? 128 : 256;
    if (end > pos + 1)
        return vm_raise(v, T_UNICODE_ENCODE, "'%s' codec can't encode characters in position %zu-%zu: "
                        "ordinal not in range(%d)", codec_name(c), pos, end - 1, range);
    char esc[16];
    snprintf(esc, sizeof esc, cp <= 0xff ? "\\x%02x" : cp <= 0xffff ? "\\u%04x" : "\\U%08x", (unsigned)cp);
    return vm_raise(v, T_UNICODE_ENCODE, "'%s' codec can't encode character '%s' in position %zu: "
                    "ordinal not in range(%d)", codec_name(c), esc, pos, range);
}

/* str.encode(encoding) and bytes(s, encoding). */
object *str_encode(vm *v, object *s, object *encoding)
{
    enum codec c = encoding ? codec_of(v, encoding) : C_UTF8;
    if (c == C_UNKNOWN)
        return NULL;
    const strobj *t = STR(s);
    if (c == C_UTF8 && !t->ascii)
        return bytes_utf8_written(v, t->data, t->nbytes, t->len * (t->kind == 1 ? 2 : t->kind == 2 ? 3 : 4));
    if (c == C_UTF8 || t->ascii)
        return bytes_new(v, t->data, t->nbytes);
    buf b = BUF_INIT;
    size_t pos = 0;
    uint32_t limit = c == C_ASCII ? 0x80u : 0x100u;
    for (size_t i = 0; i < t->nbytes; pos++) {
        uint32_t cp = str_decode_at(t->data, &i);
        if (cp >= limit) {
            buf_free(&b);
            return encode_error(v, c, t, i, cp, pos, limit);
        }
        buf_addc(&b, (char)cp);
    }
    return bytes_from_buf(v, &b);
}

/* Length of the valid UTF-8 sequence at p[0..n), or 0 (CPython's rules:
 * no overlongs, no surrogates, nothing above U+10FFFF) with *why and *bad
 * the bytes the error covers (the decoder's endinpos - startinpos). */
static size_t utf8_valid_at(const unsigned char *p, size_t n, const char **why, size_t *bad)
{
    unsigned c = p[0];
    size_t k = c < 0x80 ? 1 : c >= 0xc2 && c < 0xe0 ? 2 : c >= 0xe0 && c < 0xf0 ? 3
             : c >= 0xf0 && c < 0xf5 ? 4 : 0;
    *why = "invalid start byte";
    *bad = 1;
    if (k == 0)
        return 0;
    unsigned lo = 0x80, hi = 0xbf;
    if (c == 0xe0) lo = 0xa0;
    if (c == 0xed) hi = 0x9f;
    if (c == 0xf0) lo = 0x90;
    if (c == 0xf4) hi = 0x8f;
    for (size_t j = 1; j < k; j++) {
        if (j >= n) {
            *why = "unexpected end of data";
            *bad = n;
            return 0;
        }
        unsigned d = p[j];
        if (d < (j == 1 ? lo : 0x80) || d > (j == 1 ? hi : 0xbf)) {
            *why = "invalid continuation byte";
            *bad = j;
            return 0;
        }
    }
    return k;
}

/* bytes.decode(encoding): a str, or UnicodeDecodeError as CPython words it. */
static object *bytes_decode(vm *v, object *self, enum codec c)
{
    const bytesobj *b = BYTES(self);
    buf out = BUF_INIT;
    for (size_t i = 0; i < b->n;) {
        unsigned ch = b->data[i];
        size_t k = 1, bad = 1;
        const char *why = "ordinal not in range(128)";
        if (c == C_UTF8)
            k = utf8_valid_at(b->data + i, b->n - i, &why, &bad);
        else if (c == C_ASCII && ch >= 0x80)
            k = 0;
        if (k == 0) {
            buf_free(&out);
            if (bad > 1)
                return vm_raise(v, T_UNICODE_DECODE, "'%s' codec can't decode bytes in position %zu-%zu: %s",
                                codec_name(c), i, i + bad - 1, why);
            return vm_raise(v, T_UNICODE_DECODE, "'%s' codec can't decode byte 0x%02x in position "
                            "%zu: %s", codec_name(c), ch, i, why);
        }
        if (c == C_LATIN1)
            str_add_codepoint(&out, ch);
        else
            buf_add(&out, (const char *)b->data + i, k);
        i += k;
    }
    object *r = c == C_UTF8 ? str_decode_utf8(v, buf_str(&out), out.len) : str_from_utf8(v, buf_str(&out), out.len);
    buf_free(&out);
    return r;
}

static object *bytes_vnew(vm *v, type *t, object *const *args, size_t nargs, object *kw);

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
    for (int i = 1; i < 3; i++)
        if (a[i] && !obj_is(v, a[i], T_STR))
            return vm_raise(v, T_TYPE_ERROR, "bytes() argument '%s' must be str, not %s", names[i],
                            arg_type_name(v, a[i]));
    object *src = a[0], *encoding = a[1], *errors = a[2];
    if (!src) {
        if (encoding || errors)
            return vm_raise(v, T_TYPE_ERROR, encoding ? "encoding without a string argument"
                                                      : "errors without a string argument");
        return obj_incref(v, v->empty_bytes);
    }
    if (encoding) {
        if (!obj_is(v, src, T_STR))
            return vm_raise(v, T_TYPE_ERROR, "encoding without a string argument");
        if (errors && strcmp(STR(errors)->data, "strict") != 0)
            return vm_raise(v, T_NOT_IMPLEMENTED, "heapviz does not support bytes() with errors='%s'",
                            STR(errors)->data);
        return str_encode(v, src, encoding);
    }
    if (errors)
        return vm_raise(v, T_TYPE_ERROR, obj_is(v, src, T_STR) ? "string argument without an encoding"
                                                              : "errors without a string argument");
    if (obj_is(v, src, T_STR))
        return vm_raise(v, T_TYPE_ERROR, "string argument without an encoding");
    nargs = 1;
    args = a;
    kw = NULL;
    if (obj_is(v, src, T_BYTES))
        return obj_incref(v, src);
    if (type_is_subtype(src->type, v->types[T_INT])) {
        int64_t n;
        if (!int_as_i64(src, &n))
            return vm_raise(v, T_OVERFLOW, "cannot fit 'int' into an index-sized integer");
        if (n < 0)
            return vm_raise(v, T_VALUE, "negative count");
        return bytes_fresh(v, (size_t)n);
    }
    object *r;
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
    if (!obj_is(v, a, T_BYTES))
        return obj_incref(v, v->notimpl);
    if (!obj_is(v, b, T_BYTES))
        return vm_raise(v, T_TYPE_ERROR, "can't concat %s to bytes", b->type->name);
    if (BYTES(b)->n == 0)
        return obj_incref(v, a);
    if (BYTES(a)->n == 0)
        return obj_incref(v, b);
    object *r = bytes_fresh(v, BYTES(a)->n + BYTES(b)->n);
    if (r) {
        memcpy(BYTES(r)->data, BYTES(a)->data, BYTES(a)->n);
        memcpy(BYTES(r)->data + BYTES(a)->n, BYTES(b)->data, BYTES(b)->n);
    }
    return r;
}

static object *bytes_repeat(vm *v, object *a, object *b)
{
    object *self = obj_is(v, a, T_BYTES) ? a : b, *other = self == a ? b : a;
    int64_t n;
    if (!type_is_subtype(other->type, v->types[T_INT])) {
        if (other->type->binary[NB_MULTIPLY] && other->type != self->type)
            return obj_incref(v, v->notimpl);
        return vm_raise(v, T_TYPE_ERROR, "can't multiply sequence by non-int of type '%s'",
                        other->type->name);
    }
    if (!int_as_i64(other, &n))
        return vm_raise(v, T_OVERFLOW, "cannot fit 'int' into an index-sized integer");
    size_t len = BYTES(self)->n;
    if (n <= 0 || len == 0)
        return obj_incref(v, v->empty_bytes);
    if (n == 1)
        return obj_incref(v, self);
    if ((uint64_t)n > ((uint64_t)1 << 32) / len)
        return vm_no_memory(v);
    object *r = bytes_fresh(v, len * (size_t)n);
    for (int64_t k = 0; r && k < n; k++)
        memcpy(BYTES(r)->data + (size_t)k * len, BYTES(self)->data, len);
    return r;
}

static object *bytes_richcompare(vm *v, object *a, object *b, int op)
{
    if (!obj_is(v, a, T_BYTES) || !obj_is(v, b, T_BYTES))
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

/* A bytes argument, or an int 0..255 where `allow_int` (find, count, in):
 * its bytes in p and n (a lone byte is kept in one). */
static int byte_arg(vm *v, object *x, int allow_int, unsigned char *one, const unsigned char **p,
                    size_t *n)
{
    if (obj_is(v, x, T_BYTES)) {
        *p = BYTES(x)->data;
        *n = BYTES(x)->n;
        return 0;
    }
    if (allow_int && type_is_subtype(x->type, v->types[T_INT])) {
        int c = byte_of(v, x, "byte must be in range(0, 256)");
        if (c < 0)
            return -1;
        *one = (unsigned char)c;
        *p = one;
        *n = 1;
        return 0;
    }
    vm_raise(v, T_TYPE_ERROR, allow_int ? "argument should be integer or bytes-like object, not '%s'"
                                        : "a bytes-like object is required, not '%s'", x->type->name);
    return -1;
}

static int bytes_contains(vm *v, object *o, object *x)
{
    unsigned char one;
    const unsigned char *p;
    size_t n;
    if (obj_is(v, x, T_STR)) {
        vm_raise(v, T_TYPE_ERROR, "a bytes-like object is required, not 'str'");
        return -1;
    }
    if (byte_arg(v, x, 1, &one, &p, &n))
        return -1;
    return find_in(BYTES(o)->data, BYTES(o)->n, p, n) != NULL;
}

/* ---- iterator: bytes_iterator, GC, 32 + 16 → 48 ------------------------------ */

static object *bytesiter_next(vm *v, object *it)
{
    object *seq = SEQITER(it)->seq;
    if (!seq)
        return NULL;
    if (SEQITER(it)->index < (int64_t)BYTES(seq)->n)
        return obj_incref(v, int_small(v, BYTES(seq)->data[SEQITER(it)->index++]));
    SEQITER(it)->seq = NULL;
    obj_release(v, seq, it->addr, 0);
    return NULL;
}

/* bytesiter_len (__length_hint__): what is left, 0 once exhausted; list()
 * and list.extend size their list by it. */
static int64_t bytesiter_hint(vm *v, object *it)
{
    (void)v;
    object *seq = SEQITER(it)->seq;
    int64_t left = seq ? (int64_t)BYTES(seq)->n - SEQITER(it)->index : 0;
    return left > 0 ? left : 0;
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
    M_ISSPACE, M_ISUPPER, M_ISLOWER, M_FROMHEX,
};

object *bytes_decode_as(vm *v, object *b, object *encoding, object *errors)
{
    if (errors && strcmp(STR(errors)->data, "strict") != 0)
        return vm_raise(v, T_NOT_IMPLEMENTED, "heapviz does not support decoding with errors='%s'",
                        STR(errors)->data);
    enum codec c = encoding ? codec_of(v, encoding) : C_UTF8;
    return c == C_UNKNOWN ? NULL : bytes_decode(v, b, c);
}

static object *m_decode(vm *v, object *self, object *const *args, size_t nargs, object *kw)
{
    static const char *const names[] = {"encoding", "errors"};
    static const argspec spec = {names, 2, 0, 0, 2, 0};
    object *a[2];
    if (args_unpack(v, &bytes_methods[M_DECODE], args, nargs, kw, &spec, a))
        return NULL;
    for (int i = 0; i < 2; i++)
        if (a[i] && !obj_is(v, a[i], T_STR))
            return vm_raise(v, T_TYPE_ERROR, "decode() argument '%s' must be str, not %s", names[i],
                            arg_type_name(v, a[i]));
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
static object *m_hex(vm *v, object *self, object *const *args, size_t nargs, object *kw)
{
    static const char *const names[] = {"sep", "bytes_per_sep"};
    static const argspec spec = {names, 2, 0, 0, 2, 0};
    object *a[2];
    if (args_unpack(v, &bytes_methods[M_HEX], args, nargs, kw, &spec, a))
        return NULL;
    int64_t group = 1;
    if (a[1]) {                                 /* _PyLong_AsInt */
        object *i = obj_index(v, a[1]);
        if (!i)
            return NULL;
        int ok = int_as_i64(i, &group) && group >= INT_MIN && group <= INT_MAX;
        obj_decref(v, i);
        if (!ok)
            return vm_raise(v, T_OVERFLOW, "Python int too large to convert to C int");
    }
    unsigned char sep = 0;
    if (a[0] && hex_sep(v, a[0], &sep))
        return NULL;
    size_t n = BYTES(self)->n, every = a[0] ? (size_t)(group < 0 ? -group : group) : 0;
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
        buf_addc(&b, digits[BYTES(self)->data[i] >> 4]);
        buf_addc(&b, digits[BYTES(self)->data[i] & 15]);
    }
    object *r = str_from_utf8(v, buf_str(&b), b.len);
    buf_free(&b);
    return r;
}

static int hexval(unsigned char c)
{
    return c >= '0' && c <= '9' ? c - '0' : (c | 32) >= 'a' && (c | 32) <= 'f' ? (c | 32) - 'a' + 10 : -1;
}

/* bytes.fromhex(s): a class method, pairs of hex digits, spaces between pairs. */
static object *m_fromhex(vm *v, object *self, object *const *args, size_t nargs, object *kw)
{
    if (args_exact(v, &bytes_methods[M_FROMHEX], nargs, kw, 1))
        return NULL;
    if (!obj_is(v, args[0], T_STR))
        return vm_raise(v, T_TYPE_ERROR, "fromhex() argument must be str, not %s", arg_type_name(v, args[0]));
    const strobj *s = STR(args[0]);
    const unsigned char *p = (const unsigned char *)s->data;
    buf b = BUF_INIT;
    for (size_t i = 0; i < s->nbytes;) {
        if (p[i] == ' ') {
            i++;
            continue;
        }
        int hi = hexval(p[i]), lo = i + 1 < s->nbytes ? hexval(p[i + 1]) : -1;
        if (hi < 0 || lo < 0) {
            buf_free(&b);
            return vm_raise(v, T_VALUE, "non-hexadecimal number found in fromhex() arg at position %zu",
                            hi < 0 ? i : i + 1);
        }
        buf_addc(&b, (char)(hi << 4 | lo));
        i += 2;
    }
    return bytes_from_buf(v, &b);
}

static object *recase(vm *v, object *self, object *const *args, size_t nargs, object *kw, int upper)
{
    if (args_exact(v, &bytes_methods[upper ? M_UPPER : M_LOWER], nargs, kw, 0))
        return NULL;
    object *r = bytes_fresh(v, BYTES(self)->n);
    for (size_t i = 0; r && i < BYTES(self)->n; i++) {
        unsigned char c = BYTES(self)->data[i];
        if (upper && c >= 'a' && c <= 'z')
            c = (unsigned char)(c - 32);
        else if (!upper && c >= 'A' && c <= 'Z')
            c = (unsigned char)(c + 32);
        BYTES(r)->data[i] = c;
    }
    return r;
}

static object *m_upper(vm *v, object *self, object *const *a, size_t n, object *kw) { return recase(v, self, a, n, kw, 1); }
static object *m_lower(vm *v, object *self, object *const *a, size_t n, object *kw) { return recase(v, self, a, n, kw, 0); }

static object *m_replace(vm *v, object *self, object *const *args, size_t nargs, object *kw)
{
    if (args_range(v, &bytes_methods[M_REPLACE], nargs, kw, 2, 3))
        return NULL;
    unsigned char one;
    const unsigned char *old, *new;
    size_t nold, nnew;
    int64_t count = -1;
    if (byte_arg(v, args[0], 0, &one, &old, &nold) || byte_arg(v, args[1], 0, &one, &new, &nnew))
        return NULL;
    if (nargs > 2 && !int_as_i64(args[2], &count))
        return vm_raise(v, T_TYPE_ERROR, "'%s' object cannot be interpreted as an integer",
                        args[2]->type->name);
    const bytesobj *s = BYTES(self);
    buf b = BUF_INIT;
    size_t i = 0, done = 0;
    for (; i <= s->n && (count < 0 || (int64_t)done < count); done++) {
        const unsigned char *hit = nold ? find_in(s->data + i, s->n - i, old, nold) : s->data + i;
        if (!hit || (nold == 0 && i > s->n))
            break;
        size_t at = (size_t)(hit - s->data);
        buf_add(&b, (const char *)s->data + i, at - i);
        buf_add(&b, (const char *)new, nnew);
        if (nold == 0) {
            if (at < s->n)
                buf_addc(&b, (char)s->data[at]);
            i = at + 1;
        } else {
            i = at + nold;
        }
    }
    if (done == 0 && obj_is(v, self, T_BYTES)) {
        buf_free(&b);
        return obj_incref(v, self);
    }
    if (i < s->n)
        buf_add(&b, (const char *)s->data + i, s->n - i);
    return bytes_from_buf(v, &b);
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
    const bytesobj *s = BYTES(self);
    size_t i = 0, j;
    int rc = 0;
    while (!rc && maxcount-- > 0) {
        while (i < s->n && is_ws(s->data[i]))
            i++;
        if (i == s->n)
            break;
        for (j = i++; i < s->n && !is_ws(s->data[i]);)
            i++;
        if (j == 0 && i == s->n && obj_is(v, self, T_BYTES))
            return list_split_push(v, l, obj_incref(v, self));
        rc = list_split_push(v, l, bytes_new(v, s->data + j, i - j));
    }
    if (rc || i >= s->n)
        return rc;
    while (i < s->n && is_ws(s->data[i]))       /* maxcount reached: the rest */
        i++;
    return i == s->n ? 0 : list_split_push(v, l, bytes_new(v, s->data + i, s->n - i));
}

/* stringlib's split and split_char: pieces between separators, at most
 * maxcount splits; an exact bytes where sep never occurs is its own only
 * piece. */
static int split_sep(vm *v, object *self, const unsigned char *sep, size_t nsep, object *l,
                     int64_t maxcount)
{
    const bytesobj *s = BYTES(self);
    size_t i = 0;
    int64_t count = 0;
    int rc = 0;
    while (!rc && maxcount-- > 0) {
        const unsigned char *hit = find_in(s->data + i, s->n - i, sep, nsep);
        if (!hit)
            break;
        size_t at = (size_t)(hit - s->data);
        rc = list_split_push(v, l, bytes_new(v, s->data + i, at - i));
        i = at + nsep;
        count++;
    }
    if (rc)
        return rc;
    if (count == 0 && obj_is(v, self, T_BYTES))
        return list_split_push(v, l, obj_incref(v, self));
    return list_split_push(v, l, bytes_new(v, s->data + i, s->n - i));
}

/* bytes.split(sep=None, maxsplit=-1) (bytes_split_impl): the list is
 * preallocated as stringlib's (list_split_new). */
static object *m_split(vm *v, object *self, object *const *args, size_t nargs, object *kw)
{
    static const char *const names[] = {"sep", "maxsplit"};
    static const argspec spec = {names, 2, 0, 0, 2, 0};
    object *a[2];
    if (args_unpack(v, &bytes_methods[M_SPLIT], args, nargs, kw, &spec, a))
        return NULL;
    unsigned char one;
    const unsigned char *sep = NULL;
    size_t nsep = 0;
    int64_t max = -1;
    if (a[0] && a[0] != v->none && byte_arg(v, a[0], 0, &one, &sep, &nsep))
        return NULL;
    if (a[1] && !int_as_i64(a[1], &max))
        return vm_raise(v, T_TYPE_ERROR, "'%s' object cannot be interpreted as an integer",
                        a[1]->type->name);
    if (sep && nsep == 0)
        return vm_raise(v, T_VALUE, "empty separator");
    if (max < 0)
        max = INT64_MAX;
    object *l = list_split_new(v, max);
    if (l && (sep ? split_sep(v, self, sep, nsep, l, max) : split_ws(v, self, l, max))) {
        obj_decref(v, l);
        return NULL;
    }
    return l;
}

static object *m_join(vm *v, object *self, object *const *args, size_t nargs, object *kw)
{
    if (args_exact(v, &bytes_methods[M_JOIN], nargs, kw, 1))
        return NULL;
    int seq = obj_is(v, args[0], T_LIST) || obj_is(v, args[0], T_TUPLE);
    object *it = seq ? obj_incref(v, args[0]) : obj_getiter(v, args[0]); /* PySequence_Fast */
    if (!it) {
        if (vm_exc_matches(v, T_TYPE_ERROR)) {
            vm_exc_clear(v);
            vm_raise(v, T_TYPE_ERROR, "can only join an iterable");
        }
        return NULL;
    }
    object *l = it;                             /* a list or tuple as it is */
    if (!seq) {
        l = list_new(v, 0);
        if (!l || list_extend(v, l, it)) {
            obj_xdecref(v, l);
            obj_decref(v, it);
            return NULL;
        }
        obj_decref(v, it);
    }
    size_t n = obj_is(v, l, T_TUPLE) ? TUPLE(l)->n : LIST(l)->n;
    object *const *items = obj_is(v, l, T_TUPLE) ? TUPLE(l)->items : LIST(l)->items;
    if (n == 1 && obj_is(v, items[0], T_BYTES)) {
        object *r = obj_incref(v, items[0]);
        obj_decref(v, l);
        return r;
    }
    buf b = BUF_INIT;
    for (size_t i = 0; i < n; i++) {
        object *x = items[i];
        if (!obj_is(v, x, T_BYTES)) {
            vm_raise(v, T_TYPE_ERROR, "sequence item %zu: expected a bytes-like object, %s found", i,
                     x->type->name);
            buf_free(&b);
            obj_decref(v, l);
            return NULL;
        }
        if (i)
            buf_add(&b, (const char *)BYTES(self)->data, BYTES(self)->n);
        buf_add(&b, (const char *)BYTES(x)->data, BYTES(x)->n);
    }
    obj_decref(v, l);
    return bytes_from_buf(v, &b);
}

/* find / rfind / index / rindex / count over [start, end). */
static object *search(vm *v, object *self, object *const *args, size_t nargs, object *kw, int which)
{
    if (args_range(v, &bytes_methods[which], nargs, kw, 1, 3))
        return NULL;
    unsigned char one;
    const unsigned char *p;
    size_t n;
    if (byte_arg(v, args[0], 1, &one, &p, &n))
        return NULL;
    int64_t start, end;
    if (slice_search_bounds(v, args + 1, nargs - 1, (int64_t)BYTES(self)->n, &start, &end))
        return NULL;
    const unsigned char *d = BYTES(self)->data;
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
        if (which != M_RFIND)
            break;
    }
    if (which == M_COUNT)
        return int_from_ssize(v, count);
    if (found < 0 && which == M_INDEX)
        return vm_raise(v, T_VALUE, "subsection not found");
    return int_from_ssize(v, found);
}

static object *m_find(vm *v, object *self, object *const *a, size_t n, object *kw) { return search(v, self, a, n, kw, M_FIND); }
static object *m_rfind(vm *v, object *self, object *const *a, size_t n, object *kw) { return search(v, self, a, n, kw, M_RFIND); }
static object *m_index(vm *v, object *self, object *const *a, size_t n, object *kw) { return search(v, self, a, n, kw, M_INDEX); }
static object *m_count(vm *v, object *self, object *const *a, size_t n, object *kw) { return search(v, self, a, n, kw, M_COUNT); }

static object *affix(vm *v, object *self, object *const *args, size_t nargs, object *kw, int end)
{
    const char *fn = end ? "endswith" : "startswith";
    if (args_range(v, &bytes_methods[end ? M_ENDSWITH : M_STARTSWITH], nargs, kw, 1, 3))
        return NULL;
    int64_t lo, hi;
    if (slice_search_bounds(v, args + 1, nargs - 1, (int64_t)BYTES(self)->n, &lo, &hi))
        return NULL;
    object *arg = args[0];
    object *const *opts = obj_is(v, arg, T_TUPLE) ? TUPLE(arg)->items : &arg;
    size_t nopts = obj_is(v, arg, T_TUPLE) ? TUPLE(arg)->n : 1;
    const bytesobj *s = BYTES(self);
    for (size_t k = 0; k < nopts; k++) {
        if (!obj_is(v, opts[k], T_BYTES))
            return vm_raise(v, T_TYPE_ERROR, "%s first arg must be bytes or a tuple of bytes, not %s",
                            fn, opts[k]->type->name);
        const bytesobj *t = BYTES(opts[k]);
        int64_t at = end ? hi - (int64_t)t->n : lo;
        if (lo <= hi && (int64_t)t->n <= hi - lo && memcmp(s->data + at, t->data, t->n) == 0)
            return obj_bool(v, 1);
    }
    return obj_bool(v, 0);
}

static object *m_startswith(vm *v, object *self, object *const *a, size_t n, object *kw) { return affix(v, self, a, n, kw, 0); }
static object *m_endswith(vm *v, object *self, object *const *a, size_t n, object *kw) { return affix(v, self, a, n, kw, 1); }

/* strip / lstrip / rstrip ([chars]): which 1 = left, 2 = right, 3 = both. */
static object *strip(vm *v, object *self, object *const *args, size_t nargs, object *kw, int which)
{
    int m = which == 3 ? M_STRIP : which == 1 ? M_LSTRIP : M_RSTRIP;
    if (args_range(v, &bytes_methods[m], nargs, kw, 0, 1))
        return NULL;
    unsigned char one;
    const unsigned char *set = NULL;
    size_t nset = 0;
    if (nargs && args[0] != v->none && byte_arg(v, args[0], 0, &one, &set, &nset))
        return NULL;
    const bytesobj *s = BYTES(self);
    size_t i = 0, j = s->n;
#define STRIPPED(c) (set ? memchr(set, (c), nset) != NULL : is_ws(c))
    while ((which & 1) && i < j && STRIPPED(s->data[i]))
        i++;
    while ((which & 2) && j > i && STRIPPED(s->data[j - 1]))
        j--;
#undef STRIPPED
    if (i == 0 && j == s->n && obj_is(v, self, T_BYTES))
        return obj_incref(v, self);
    return bytes_new(v, s->data + i, j - i);
}

static object *m_strip(vm *v, object *self, object *const *a, size_t n, object *kw) { return strip(v, self, a, n, kw, 3); }
static object *m_lstrip(vm *v, object *self, object *const *a, size_t n, object *kw) { return strip(v, self, a, n, kw, 1); }
static object *m_rstrip(vm *v, object *self, object *const *a, size_t n, object *kw) { return strip(v, self, a, n, kw, 2); }

/* isdigit / isalpha / isspace: every byte in the class (False when empty);
 * isupper / islower: some cased byte and none of the other case. */
static object *classify(vm *v, object *self, object *const *args, size_t nargs, object *kw, int which)
{
    if (args_exact(v, &bytes_methods[which], nargs, kw, 0))
        return NULL;
    const bytesobj *s = BYTES(self);
    int all = s->n > 0, upper = 0, lower = 0;
    for (size_t i = 0; i < s->n; i++) {
        unsigned char c = s->data[i];
        upper |= c >= 'A' && c <= 'Z';
        lower |= c >= 'a' && c <= 'z';
        int in = which == M_ISDIGIT ? c >= '0' && c <= '9'
               : which == M_ISALPHA ? (c | 32) >= 'a' && (c | 32) <= 'z' : is_ws(c);
        all &= in;
    }
    if (which == M_ISUPPER)
        return obj_bool(v, upper && !lower);
    if (which == M_ISLOWER)
        return obj_bool(v, lower && !upper);
    return obj_bool(v, all);
}

static object *m_isdigit(vm *v, object *self, object *const *a, size_t n, object *kw) { return classify(v, self, a, n, kw, M_ISDIGIT); }
static object *m_isalpha(vm *v, object *self, object *const *a, size_t n, object *kw) { return classify(v, self, a, n, kw, M_ISALPHA); }
static object *m_isspace(vm *v, object *self, object *const *a, size_t n, object *kw) { return classify(v, self, a, n, kw, M_ISSPACE); }
static object *m_isupper(vm *v, object *self, object *const *a, size_t n, object *kw) { return classify(v, self, a, n, kw, M_ISUPPER); }
static object *m_islower(vm *v, object *self, object *const *a, size_t n, object *kw) { return classify(v, self, a, n, kw, M_ISLOWER); }

/* In the order of the M_* enum. */
static const method_def bytes_methods[] = {
    {"decode", m_decode, METH_CLINIC_KW, "bytes.decode"},
    {"hex", m_hex, METH_CLINIC_KW, "bytes.hex"},
    {"upper", m_upper, METH_NOARGS, "bytes.upper"},
    {"lower", m_lower, METH_NOARGS, "bytes.lower"},
    {"replace", m_replace, METH_CLINIC, "bytes.replace"},
    {"split", m_split, METH_CLINIC_KW, "bytes.split"},
    {"join", m_join, METH_O, "bytes.join"},
    {"find", m_find, METH_VARARGS | METH_PARSE, "bytes.find"},
    {"rfind", m_rfind, METH_VARARGS | METH_PARSE, "bytes.rfind"},
    {"index", m_index, METH_VARARGS | METH_PARSE, "bytes.index"},
    {"count", m_count, METH_VARARGS | METH_PARSE, "bytes.count"},
    {"startswith", m_startswith, METH_VARARGS | METH_PARSE, "bytes.startswith"},
    {"endswith", m_endswith, METH_VARARGS | METH_PARSE, "bytes.endswith"},
    {"strip", m_strip, METH_CLINIC, "bytes.strip"},
    {"lstrip", m_lstrip, METH_CLINIC, "bytes.lstrip"},
    {"rstrip", m_rstrip, METH_CLINIC, "bytes.rstrip"},
    {"isdigit", m_isdigit, METH_NOARGS, "bytes.isdigit"},
    {"isalpha", m_isalpha, METH_NOARGS, "bytes.isalpha"},
    {"isspace", m_isspace, METH_NOARGS, "bytes.isspace"},
    {"isupper", m_isupper, METH_NOARGS, "bytes.isupper"},
    {"islower", m_islower, METH_NOARGS, "bytes.islower"},
    {"fromhex", m_fromhex, METH_CLASS | METH_O, "bytes.fromhex"},
    {NULL, NULL, 0, NULL},
};

_Static_assert(sizeof bytes_methods / sizeof bytes_methods[0] == M_FROMHEX + 2,
               "one row per M_* value, in order");

const type tmpl_bytes = {
    .dealloc = obj_dealloc_plain,
    .repr = bytes_repr,
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
