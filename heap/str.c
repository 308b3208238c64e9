/*
 * str.c — str and bytes objects, sized as CPython 3.11's PEP 393 strings:
 *
 *   ASCII           48 (PyASCIIObject) + len + 1
 *   other kinds     72 (PyCompactUnicodeObject) + (len + 1) × kind,
 *                   kind 1 (latin-1), 2 (UCS-2) or 4 (UCS-4)
 *   bytes           33 + len
 *
 * "", every one-character latin-1 string, b"" and every one-byte bytes are
 * static singletons.  Interned strings (sys.intern, identifier-like
 * constants) are kept in a table that holds no reference: CPython's interned
 * dict holds two and subtracts them (SSTATE_INTERNED_MORTAL), which comes to
 * the same counts.  The host keeps the text as UTF-8.
 */
#include "types.h"

#include "hv.h"

#include <string.h>

/* Code points and the widest of them in valid UTF-8 text. */
static size_t scan_utf8(const char *s, size_t n, uint32_t *maxcp, uint32_t *first)
{
    size_t len = 0;
    uint32_t max = 0;
    for (size_t i = 0; i < n; len++) {
        unsigned char c = (unsigned char)s[i];
        uint32_t cp;
        int k = c < 0x80 ? 1 : c < 0xe0 ? 2 : c < 0xf0 ? 3 : 4;
        cp = k == 1 ? c : k == 2 ? c & 0x1f : k == 3 ? c & 0x0f : c & 0x07;
        for (int j = 1; j < k && i + j < n; j++)
            cp = (cp << 6) | ((unsigned char)s[i + j] & 0x3f);
        if (len == 0)
            *first = cp;
        max = cp > max ? cp : max;
        i += (size_t)k;
    }
    *maxcp = max;
    return len;
}

static uint64_t str_alloc_size(size_t len, uint32_t maxcp)
{
    if (maxcp < 0x80)
        return 48 + len + 1;
    unsigned kind = maxcp < 0x100 ? 1 : maxcp < 0x10000 ? 2 : 4;
    return 72 + (len + 1) * kind;
}

static uint64_t str_sizeof(vm *v, object *o)
{
    const strobj *s = STR(o);
    return s->ascii ? 48 + s->len + 1 : 72 + (s->len + 1) * s->kind;
}

static void fill(strobj *s, const char *p, size_t n, size_t len, uint32_t maxcp)
{
    memcpy(s->data, p, n);
    s->data[n] = 0;
    s->nbytes = n;
    s->len = len;
    s->ascii = maxcp < 0x80;
    s->kind = maxcp < 0x100 ? 1 : maxcp < 0x10000 ? 2 : 4;
    s->hash = -1;
}

object *str_from_utf8(vm *v, const char *p, size_t n)
{
    uint32_t maxcp = 0, first = 0;
    size_t len = scan_utf8(p, n, &maxcp, &first);
    if (len == 0)
        return obj_incref(v, v->empty_str);
    if (len == 1 && first < 256)
        return obj_incref(v, v->latin1[first]);
    object *o = obj_new_sized(v, v->types[T_STR], str_alloc_size(len, maxcp), n + 1);
    if (!o)
        return NULL;
    fill(STR(o), p, n, len, maxcp);
    return o;
}

object *str_from_cstr(vm *v, const char *s)
{
    return str_from_utf8(v, s, strlen(s));
}

int str_eq(const object *a, const object *b)
{
    return a == b || (STR(a)->nbytes == STR(b)->nbytes &&
                      memcmp(STR(a)->data, STR(b)->data, STR(a)->nbytes) == 0);
}

/* The interned table's own hash (not Python's hash()). */
static uint64_t text_key(const object *s)
{
    uint64_t h = 1469598103934665603ULL;
    for (size_t i = 0; i < STR(s)->nbytes; i++)
        h = (h ^ (unsigned char)STR(s)->data[i]) * 1099511628211ULL;
    return h | 1;                           /* map keys are nonzero */
}

object *str_intern(vm *v, object *s)
{
    if (STR(s)->interned)
        return obj_incref(v, s);
    uint64_t key = text_key(s), head;
    if (map_get(&v->interned, key, &head))
        for (object *o = (object *)(uintptr_t)head; o; o = STR(o)->next_interned)
            if (str_eq(o, s))
                return obj_incref(v, o);
    STR(s)->interned = 1;
    STR(s)->next_interned = map_get(&v->interned, key, &head) ? (object *)(uintptr_t)head : NULL;
    map_put(&v->interned, key, (uint64_t)(uintptr_t)s);
    return obj_incref(v, s);
}

object *str_static_interned(vm *v, const char *name)
{
    size_t n = strlen(name);
    object *probe = vm_static_object(v, T_STR, 0, n + 1);
    uint32_t maxcp = 0, first = 0;
    fill(STR(probe), name, n, scan_utf8(name, n, &maxcp, &first), maxcp);
    uint64_t key = text_key(probe), head;
    if (map_get(&v->interned, key, &head))
        for (object *o = (object *)(uintptr_t)head; o; o = STR(o)->next_interned)
            if (str_eq(o, probe)) {
                obj_host_free(probe);
                return o;
            }
    probe->addr = vm_static_addr(v, (uint32_t)str_alloc_size(STR(probe)->len, maxcp));
    STR(probe)->interned = 1;
    STR(probe)->next_interned = map_get(&v->interned, key, &head) ? (object *)(uintptr_t)head : NULL;
    map_put(&v->interned, key, (uint64_t)(uintptr_t)probe);
    hv_grow(&v->static_strs, &v->static_strcap, v->nstatic_strs + 1, sizeof *v->static_strs, 64);
    v->static_strs[v->nstatic_strs++] = probe;
    return probe;
}

static void unintern(vm *v, object *s)
{
    uint64_t key = text_key(s), head;
    if (!map_get(&v->interned, key, &head))
        return;
    object *first = (object *)(uintptr_t)head;
    if (first == s) {
        first = STR(s)->next_interned;
    } else {
        object *o = first;
        while (STR(o)->next_interned && STR(o)->next_interned != s)
            o = STR(o)->next_interned;
        if (STR(o)->next_interned == s)
            STR(o)->next_interned = STR(s)->next_interned;
    }
    if (first)
        map_put(&v->interned, key, (uint64_t)(uintptr_t)first);
    else
        map_del(&v->interned, key);
}

static void str_dealloc(vm *v, object *o)
{
    if (STR(o)->interned)
        unintern(v, o);
    obj_free(v, o);
}

/* FNV-1a over the UTF-8 text, never -1.  (CPython uses SipHash-1-3 with a
 * random key; only set iteration order of strings could show the
 * difference, and that is random in CPython too.) */
int64_t str_hash(object *s)
{
    strobj *t = STR(s);
    if (t->hash == -1) {
        int64_t h = (int64_t)(text_key(s) >> 1);
        t->hash = h == -1 ? -2 : h;
    }
    return t->hash;
}

static int str_hash_slot(vm *v, object *o, int64_t *out)
{
    *out = str_hash(o);
    return 0;
}

static int str_truth(vm *v, object *o)
{
    return STR(o)->len != 0;
}

static object *str_str(vm *v, object *o)
{
    return obj_incref(v, o);
}


/* ---- bytes --------------------------------------------------------------- */

static uint64_t bytes_sizeof(vm *v, object *o)
{
    return 33 + BYTES(o)->n;
}

object *bytes_new(vm *v, const void *p, size_t n)
{
    if (n == 0)
        return obj_incref(v, v->empty_bytes);
    if (n == 1)
        return obj_incref(v, v->bytes1[*(const unsigned char *)p]);
    object *o = obj_new_sized(v, v->types[T_BYTES], 33 + n, n + 1);
    if (!o)
        return NULL;
    memcpy(BYTES(o)->data, p, n);
    BYTES(o)->n = n;
    BYTES(o)->hash = -1;
    return o;
}

static int bytes_truth(vm *v, object *o)
{
    return BYTES(o)->n != 0;
}


/* ---- singletons ------------------------------------------------------------ */

void str_make_singletons(vm *v)
{
    v->empty_str = vm_static_object(v, T_STR, 49, 1);
    fill(STR(v->empty_str), "", 0, 0, 0);
    for (unsigned c = 0; c < 256; c++) {
        char u[3];
        size_t n = c < 0x80 ? 1 : 2;
        if (n == 1)
            u[0] = (char)c;
        else {
            u[0] = (char)(0xc0 | (c >> 6));
            u[1] = (char)(0x80 | (c & 0x3f));
        }
        v->latin1[c] = vm_static_object(v, T_STR, (uint32_t)str_alloc_size(1, c), n + 1);
        fill(STR(v->latin1[c]), u, n, 1, c);
    }
    v->empty_bytes = vm_static_object(v, T_BYTES, 33, 1);
    for (unsigned c = 0; c < 256; c++) {
        v->bytes1[c] = vm_static_object(v, T_BYTES, 34, 2);
        BYTES(v->bytes1[c])->n = 1;
        BYTES(v->bytes1[c])->data[0] = (unsigned char)c;
        BYTES(v->bytes1[c])->hash = -1;
    }
}

/* ---- repr ------------------------------------------------------------------
 * unicode_repr: single quotes unless the text has ' and no ", then double;
 * \\, the quote, \t \n \r escaped; other non-printable code points as \xhh,
 * \uhhhh or \Uhhhhhhhh.  Printable follows Py_UNICODE_ISPRINTABLE: every
 * code point except categories Cc, Cf, Cs, Co, Cn, Zl, Zp and Zs other than
 * the space.  Exact below U+0100; above, the format, separator, space,
 * surrogate and private-use blocks are known, and unassigned code points
 * are taken as printable (a documented approximation). */

static int printable(uint32_t c)
{
    if (c < 0x100)
        return (c >= 0x20 && c < 0x7f) || (c >= 0xa1 && c != 0xad);
    static const uint32_t ranges[][2] = {
        {0x034f, 0x034f}, {0x061c, 0x061c}, {0x1680, 0x1680}, {0x180e, 0x180e},
        {0x2000, 0x200f}, {0x2028, 0x202f}, {0x205f, 0x2064}, {0x2066, 0x206f},
        {0x3000, 0x3000}, {0xd800, 0xf8ff}, {0xfeff, 0xfeff}, {0xfff0, 0xfffb},
        {0xfffe, 0xffff}, {0xe0000, 0xe0fff}, {0xf0000, 0x10ffff},
    };
    for (size_t i = 0; i < HV_COUNTOF(ranges); i++)
        if (c >= ranges[i][0] && c <= ranges[i][1])
            return 0;
    return 1;
}

/* Decodes the code point at s[*i] (valid UTF-8) and advances *i. */
uint32_t str_decode_at(const char *s, size_t *i)
{
    unsigned char c = (unsigned char)s[*i];
    int k = c < 0x80 ? 1 : c < 0xe0 ? 2 : c < 0xf0 ? 3 : 4;
    uint32_t cp = k == 1 ? c : k == 2 ? c & 0x1f : k == 3 ? c & 0x0f : c & 0x07;
    for (int j = 1; j < k; j++)
        cp = (cp << 6) | ((unsigned char)s[*i + j] & 0x3f);
    *i += (size_t)k;
    return cp;
}

void str_repr_to(const object *o, buf *out)
{
    const strobj *s = STR(o);
    int single = memchr(s->data, '\'', s->nbytes) != NULL, dbl = memchr(s->data, '"', s->nbytes) != NULL;
    char quote = single && !dbl ? '"' : '\'';
    buf_addc(out, quote);
    for (size_t i = 0; i < s->nbytes;) {
        size_t start = i;
        uint32_t c = str_decode_at(s->data, &i);
        if (c == (uint32_t)quote || c == '\\')
            buf_printf(out, "\\%c", (char)c);
        else if (c == '\t')
            buf_adds(out, "\\t");
        else if (c == '\n')
            buf_adds(out, "\\n");
        else if (c == '\r')
            buf_adds(out, "\\r");
        else if (printable(c))
            buf_add(out, s->data + start, i - start);
        else if (c < 0x100)
            buf_printf(out, "\\x%02x", c);
        else if (c < 0x10000)
            buf_printf(out, "\\u%04x", c);
        else
            buf_printf(out, "\\U%08x", c);
    }
    buf_addc(out, quote);
}

static object *str_repr(vm *v, object *o)
{
    buf b = BUF_INIT;
    str_repr_to(o, &b);
    object *r = str_from_utf8(v, buf_str(&b), b.len);
    buf_free(&b);
    return r;
}

/* bytes_repr: b'…' with the same quote choice; \t \n \r, \\ and the quote
 * escaped, bytes outside 0x20..0x7e as \xhh. */
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

const type tmpl_str = {
    .dealloc = str_dealloc,
    .hash = str_hash_slot,
    .repr = str_repr,
    .str = str_str,
    .truth = str_truth,
    .size_of = str_sizeof,
    .host_size = sizeof(strobj),
};

const type tmpl_bytes = {
    .dealloc = obj_dealloc_plain,
    .repr = bytes_repr,
    .truth = bytes_truth,
    .size_of = bytes_sizeof,
    .host_size = sizeof(bytesobj),
};

/* BUILD_STRING: the concatenation of n str objects (f-strings). */
object *str_join_stack(vm *v, object *const *parts, size_t n)
{
    buf b = BUF_INIT;
    for (size_t i = 0; i < n; i++)
        buf_add(&b, STR(parts[i])->data, STR(parts[i])->nbytes);
    object *r = str_from_utf8(v, buf_str(&b), b.len);
    buf_free(&b);
    return r;
}
