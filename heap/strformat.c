/*
 * strformat.c — str.format, str.format_map and the __format__ of str, int,
 * bool and float, written through _PyUnicodeWriter (str_writer) with the
 * objects CPython 3.11 makes on the way (Objects/stringlib/unicode_format.h,
 * Python/formatter_unicode.c).  num.c computes every text; this file only
 * decides which objects and buffers exist, and when.
 *
 *   "{0!r:>{w}} x".format(...)       build_string: one writer, min_length
 *        │                           len(format) + 100, overallocating
 *        ├─ literal text ──────────▶ WriteSubstring (WriteStr: the whole format)
 *        └─ field ─▶ get_field_object (args[i], kwargs[key str], .attr, [item])
 *                 ─▶ !conversion (a new str; the field object dropped)
 *                 ─▶ nested spec: build_string again (its own writer)
 *                 ─▶ render_field: exact str/int/float straight into the
 *                    writer (strformat_advanced), anything else through
 *                    PyObject_Format (format_value) and WriteStr
 *
 * Invariants:
 *  1. The writer stops overallocating before the format's last piece
 *     (a literal that ends it, or its last field), as do_markup does.
 *  2. format() and an f-string's field of a str, int or float call the
 *     type's __format__: a writer of their own that never overallocates,
 *     so a text written whole (a str, a float's ASCII) becomes the result.
 */
#include "strformat.h"

#include "abstract.h"
#include "attr.h"
#include "bigint.h"
#include "hv.h"
#include "num.h"
#include "number.h"
#include "pymalloc.h"
#include "types.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

/* format_obj: str(o) written whole, then dropped. */
static int write_str_of(vm *v, str_writer *w, object *o)
{
    object *s = obj_str(v, o);
    int rc = s ? str_writer_write_str(v, w, s) : -1;
    obj_xdecref(v, s);
    return rc;
}

/* get_locale_info(LT_CURRENT_LOCALE) for the 'n' type: a PyMem copy of
 * the C locale's grouping, "" (one byte), held until the field is
 * written (free_locale_info).  The block, 0 for other types, or 1 after a
 * MemoryError. */
static uint64_t locale_grouping(vm *v, const num_spec_facts *f)
{
    if (f->type != 'n')
        return 0;
    uint64_t block = pymalloc_malloc(v->pm, 1);
    if (!block)
        vm_no_memory(v);
    return block ? block : 1;
}

/* The field's text t written once the locale's grouping is taken
 * (locale_grouping, into *grouping: the caller gives it back after its
 * temporary str, as free_locale_info comes last). */
static int write_grouped(vm *v, str_writer *w, const num_spec_facts *f, const bigint_text *t, uint64_t *grouping)
{
    *grouping = locale_grouping(v, f);
    if (*grouping == 1) {
        *grouping = 0;
        return -1;
    }
    return str_writer_write_utf8(v, w, t->data, t->len);
}

/* format_float_internal once the text t is known: PyOS_double_to_string's
 * PyMem buffer (the bare spec's text), then either that text written as
 * ASCII (the fast path) or a str of it (unicode_tmp) made before the
 * buffer is freed and dropped after the field is written. */
static int float_internal(vm *v, str_writer *w, double d, const num_spec_facts *f, const bigint_text *t)
{
    bigint_text raw = {0};
    if (number_format_text(v, NULL, &d, f->bare, f->nbare, &raw))
        return -1;
    uint64_t block = pymalloc_malloc(v->pm, number_dtoa_buffer(raw.data, raw.len));
    int rc = -1;
    if (!block) {
        vm_no_memory(v);
    } else if (f->fast) {
        rc = str_writer_write_ascii(v, w, raw.data, raw.len);
        pymalloc_free(v->pm, block);
    } else {
        object *tmp = str_from_utf8(v, raw.data, raw.len);     /* _PyUnicode_FromASCII */
        pymalloc_free(v->pm, block);
        uint64_t grouping = 0;
        rc = tmp ? write_grouped(v, w, f, t, &grouping) : -1;
        obj_xdecref(v, tmp);
        if (grouping)
            pymalloc_free(v->pm, grouping);
    }
    bigint_text_free(&v->bi, &raw);
    return rc;
}

/* _PyLong_FormatWriter(writer, o, base, alt): base 10 through
 * long_to_decimal_string's scratch int, alive while the writer makes room
 * for the digits; the other bases straight in.  Room is always made
 * (_PyUnicodeWriter_Prepare): never a str taken whole. */
static int long_writer(vm *v, str_writer *w, object *o, uint32_t kind, int alt)
{
    buf digits = BUF_INIT;
    int rc;
    if (kind == 'd') {
        object *scratch;
        rc = int_decimal_begin(v, o, &scratch, &digits);
        if (!rc) {
            rc = str_writer_write_utf8(v, w, buf_str(&digits), digits.len);
            obj_decref(v, scratch);
        }
    } else {
        char spec[3] = {'#', (char)kind, 0};
        bigint_text t = {0};
        rc = number_format_text(v, o, NULL, alt ? spec : spec + 1, alt ? 2 : 1, &t);
        if (!rc)
            rc = str_writer_write_utf8(v, w, t.data, t.len);
        bigint_text_free(&v->bi, &t);
    }
    buf_free(&digits);
    return rc;
}

/* _PyLong_Format(o, base): the digits as a str of their own (base 10
 * through the scratch int; "0b"/"0o"/"0x" after any sign otherwise). */
static object *long_format(vm *v, object *o, uint32_t kind)
{
    if (kind == 'd' || kind == 'n') {
        object *scratch;
        buf digits = BUF_INIT;
        object *s = NULL;
        if (!int_decimal_begin(v, o, &scratch, &digits)) {
            s = str_fresh_ascii(v, buf_str(&digits), digits.len);
            obj_decref(v, scratch);
        }
        buf_free(&digits);
        return s;
    }
    char spec[3] = {'#', kind == 'X' ? 'x' : (char)kind, 0};
    bigint_text t = {0};
    object *s = number_format_text(v, o, NULL, spec, 2, &t) ? NULL : str_fresh_ascii(v, t.data, t.len);
    bigint_text_free(&v->bi, &t);
    return s;
}

/* format_long_internal (and, for float types, PyNumber_Float then
 * format_float_internal) once the text t is known. */
static int long_internal(vm *v, str_writer *w, object *o, const num_spec_facts *f, const bigint_text *t)
{
    uint32_t kind = f->type;
    uint64_t grouping = 0;
    object *tmp = NULL;
    int rc = -1;
    if (kind && strchr("eEfFgG%", (int)kind)) {
        double d;
        if (number_as_double(v, o, &d) < 0 || !(tmp = float_new(v, d)))   /* PyNumber_Float */
            return -1;
        rc = float_internal(v, w, d, f, t);
    } else if (kind == 'c') {
        int64_t x = 0;
        int_as_i64(o, &x);
        buf one = BUF_INIT;
        str_add_codepoint(&one, (uint32_t)x);
        tmp = str_from_utf8(v, buf_str(&one), one.len);             /* PyUnicode_FromOrdinal */
        buf_free(&one);
        rc = tmp ? str_writer_write_utf8(v, w, t->data, t->len) : -1;
    } else if (f->fast && obj_is(v, o, T_INT)) {
        return long_writer(v, w, o, kind, f->bare[0] == '#');
    } else {
        tmp = long_format(v, o, kind);
        rc = tmp ? write_grouped(v, w, f, t, &grouping) : -1;
    }
    obj_xdecref(v, tmp);
    if (grouping)
        pymalloc_free(v->pm, grouping);
    return rc;
}

int strformat_advanced(vm *v, str_writer *w, object *o, const char *spec, size_t n)
{
    /* a subclass's instance: its base's format with a spec, format_obj without */
    int is_str = obj_is_str(v, o), is_float = type_is_subtype(o->type, v->types[T_FLOAT]);
    if (n == 0) {
        if (obj_is(v, o, T_STR))
            return str_writer_write_str(v, w, o);
        if (obj_is(v, o, T_INT))
            return long_writer(v, w, o, 'd', 0);
        return write_str_of(v, w, o);               /* format_obj: a bool, a float */
    }
    double d = is_float ? FLOAT(o) : 0;
    bigint_text t = {0};
    num_spec_facts f;
    if (number_format_text(v, is_float ? NULL : o, is_float ? &d : NULL, spec, n, &t))
        return -1;                                  /* a bad spec: nothing made yet */
    num_spec_path(&v->bi, spec, n, is_str ? 's' : is_float ? 0 : 'd', &f);
    int rc;
    if (is_str && t.len == STR(o)->nbytes && (!t.len || !memcmp(t.data, STR(o)->data, t.len)))
        rc = str_writer_write_str(v, w, o);         /* format_string_internal's fast path */
    else if (is_str)
        rc = str_writer_write_utf8(v, w, t.data, t.len);
    else if (is_float)
        rc = float_internal(v, w, d, &f, &t);
    else
        rc = long_internal(v, w, o, &f, &t);
    bigint_text_free(&v->bi, &t);
    return rc;
}

object *strformat_dunder(vm *v, object *o, const char *spec, size_t n)
{
    str_writer w;
    str_writer_init(&w, 0);
    w.overallocate = 0;
    if (strformat_advanced(v, &w, o, spec, n)) {
        str_writer_dealloc(v, &w);
        return NULL;
    }
    return str_writer_finish(v, &w);
}

/* ---- complex.__format__ --------------------------------------------------------- */

/* number_format_text of the double x by spec, appended to out. */
static int float_text(vm *v, double x, const char *spec, size_t n, buf *out)
{
    bigint_text t = {0};
    int rc = number_format_text(v, NULL, &x, spec, n, &t);
    if (!rc)
        buf_add(out, t.data, t.len);
    bigint_text_free(&v->bi, &t);
    return rc;
}

/* The repr text of a part, its integer digits grouped by sep (0: none)
 * as calc_number_widths and fill_number do. */
static void add_grouped(buf *out, const char *text, size_t n, char sep)
{
    size_t digits = 0;
    while (digits < n && text[digits] >= '0' && text[digits] <= '9')
        digits++;
    for (size_t i = 0; i < digits; i++) {
        if (sep && i && (digits - i) % 3 == 0)
            buf_addc(out, sep);
        buf_addc(out, text[i]);
    }
    buf_add(out, text + digits, n - digits);
}

/* One part of a complex as format_complex_internal shows it, into out:
 * with sign 0 as PyOS_double_to_string writes it (the PyMem buffer's text:
 * '-' the only sign, no grouping); else with that sign convention ('+' or
 * ' ' shown on a non-negative part, '-' the default) and the grouping, as
 * calc_number_widths and fill_number lay it out.  'r' is repr without
 * the ".0" of an integral value ('#': with its point, before any exponent;
 * 'z': no '-' on a zero, Py_DTSF_NO_NEG_0). */
static int complex_part(vm *v, double x, const num_spec *c, char kind, int64_t prec, uint32_t sign, int shown,
                        buf *out)
{
    char sep = shown ? c->thousands : 0;
    if (kind == 'r') {
        char text[NUM_REPR_MAX];
        size_t n = num_float_repr(x, text);
        if (n >= 2 && !strcmp(text + n - 2, ".0"))
            n -= 2;
        char *e = strchr(text, 'e');
        size_t at = e ? (size_t)(e - text) : n;
        if (c->alternate && !memchr(text, '.', n) && text[n - 1] != 'f' && text[n - 1] != 'n') {
            memmove(text + at + 1, text + at, n - at + 1);      /* Py_DTSF_ALT: a point always */
            text[at] = '.';
            n++;
        }
        size_t neg = text[0] == '-';
        if (neg && !(c->no_neg_0 && x == 0.0))  /* Py_DTSF_NO_NEG_0: no '-' on a zero */
            buf_addc(out, '-');
        else if (shown && (sign == '+' || sign == ' '))
            buf_addc(out, (char)sign);
        add_grouped(out, text + neg, n - neg, sep);
        return 0;
    }
    char spec[48];
    int k = snprintf(spec, sizeof spec, "%s%s%s%s.%lld%c",
                     shown && (sign == '+' || sign == ' ') ? (sign == '+' ? "+" : " ") : "",
                     c->no_neg_0 ? "z" : "", c->alternate ? "#" : "",
                     sep == ',' ? "," : sep == '_' ? "_" : "", (long long)prec, kind);
    return float_text(v, x, spec, (size_t)k, out);
}

object *strformat_complex(vm *v, object *o, double re, double im, const char *spec, size_t n)
{
    if (n == 0)
        return obj_str(v, o);               /* format_obj */
    num_spec c;
    if (number_spec(v, spec, n, 0, '>', "complex", &c))
        return NULL;
    if (c.type && (c.type >= 128 || !strchr("eEfFgGn", (int)c.type)))
        return vm_raise(v, T_VALUE, c.type > 32 && c.type < 128
                                        ? "Unknown format code '%c' for object of type 'complex'"
                                        : "Unknown format code '\\x%x' for object of type 'complex'",
                        (unsigned)c.type);
    if (c.fill == '0')
        return vm_raise(v, T_VALUE, "Zero padding is not allowed in complex format specifier");
    if (c.align == '=')
        return vm_raise(v, T_VALUE, "'=' alignment flag is not allowed in complex format specifier");
    char fill[4];
    size_t nfill = hv_utf8_put(fill, c.fill);
    char kind = (char)c.type;
    int64_t prec = c.precision, default_prec = 6;
    int skip_re = 0, parens = 0;
    if (!kind) {                            /* omitted: like str(self) */
        kind = 'r';
        default_prec = 0;
        skip_re = re == 0.0 && copysign(1.0, re) == 1.0;
        parens = !skip_re;
    }
    if (kind == 'n')
        kind = 'g';
    if (prec < 0)
        prec = default_prec;
    else if (kind == 'r')
        kind = 'g';
    buf re_raw = BUF_INIT, im_raw = BUF_INIT, re_t = BUF_INIT, im_t = BUF_INIT, b = BUF_INIT;
    uint64_t re_buf = 0, im_buf = 0, grouping = 0;
    object *re_tmp = NULL, *im_tmp = NULL, *r = NULL;
    str_writer w;
    str_writer_init(&w, 0);
    w.overallocate = 0;
    /* PyOS_double_to_string's two buffers, then a str of each (_PyUnicode_FromASCII) */
    if (complex_part(v, re, &c, kind, prec, 0, 0, &re_raw) || complex_part(v, im, &c, kind, prec, 0, 0, &im_raw))
        goto done;
    if (!(re_buf = pymalloc_malloc(v->pm, number_dtoa_buffer(buf_str(&re_raw), re_raw.len))) ||
        !(im_buf = pymalloc_malloc(v->pm, number_dtoa_buffer(buf_str(&im_raw), im_raw.len)))) {
        vm_no_memory(v);
        goto done;
    }
    if (!(re_tmp = str_from_utf8(v, buf_str(&re_raw), re_raw.len)) ||
        !(im_tmp = str_from_utf8(v, buf_str(&im_raw), im_raw.len)))
        goto done;
    if (c.type == 'n' && !(grouping = pymalloc_malloc(v->pm, 1))) {    /* get_locale_info */
        vm_no_memory(v);
        goto done;
    }
    /* the imaginary part always shows its sign after a real part */
    if (complex_part(v, re, &c, kind, prec, c.sign, 1, &re_t) ||
        complex_part(v, im, &c, kind, prec, skip_re ? c.sign : '+', 1, &im_t))
        goto done;
    size_t len = (skip_re ? 0 : re_t.len) + im_t.len + 1 + 2 * (size_t)parens;
    size_t pad = c.width > (int64_t)len ? (size_t)c.width - len : 0;
    size_t lpad = c.align == '<' ? 0 : c.align == '^' ? pad / 2 : pad;
    for (size_t i = 0; i < lpad; i++)
        buf_add(&b, fill, nfill);
    buf_printf(&b, "%s%s%sj%s", parens ? "(" : "", skip_re ? "" : buf_str(&re_t), buf_str(&im_t),
               parens ? ")" : "");
    for (size_t i = lpad; i < pad; i++)
        buf_add(&b, fill, nfill);
    if (!str_writer_write_utf8(v, &w, buf_str(&b), b.len))    /* _PyUnicodeWriter_Prepare(total) */
        r = str_writer_finish(v, &w);
done:
    if (!r)
        str_writer_dealloc(v, &w);
    if (re_buf)
        pymalloc_free(v->pm, re_buf);
    if (im_buf)
        pymalloc_free(v->pm, im_buf);
    obj_xdecref(v, re_tmp);
    obj_xdecref(v, im_tmp);
    if (grouping)
        pymalloc_free(v->pm, grouping);
    buf *texts[] = {&re_raw, &im_raw, &re_t, &im_t, &b};
    for (size_t i = 0; i < HV_COUNTOF(texts); i++)
        buf_free(texts[i]);
    return r;
}

/* ---- str.format ----------------------------------------------------------------- */

typedef struct fmt_call {
    object *format;         /* the format str: its text, and its length sizes every writer */
    object *args;           /* the positional arguments, a tuple (NULL: format_map) */
    object *kwargs;         /* the keyword arguments' dict, format_map's mapping, or NULL */
    int numbering;          /* 0 not yet, 'a' automatic, 'm' manual (AutoNumber) */
    size_t next;            /* the next automatic index */
} fmt_call;

/* A field, as parse_field leaves it: byte offsets into the format. */
typedef struct fmt_field {
    size_t name, name_end;
    uint32_t conv;          /* 0, or the character after '!' */
    int has_spec;           /* a ':' (or a conversion then ':') was seen */
    size_t spec, spec_end;
    int expand;             /* the spec holds a '{' */
} fmt_field;

static const char *fmt_text(const fmt_call *c)
{
    return STR(c->format)->data;
}

/* get_integer: the value of text[from, to) as decimal digits (any Unicode
 * Nd), -1 when empty or not all digits, -2 with ValueError on overflow. */
static int64_t fmt_integer(vm *v, const char *p, size_t from, size_t to)
{
    int64_t acc = 0;
    if (from >= to)
        return -1;
    for (size_t i = from; i < to;) {
        int d = bigint_decimal_value(str_decode_at(p, &i));
        if (d < 0)
            return -1;
        if (acc > (INT64_MAX - d) / 10) {
            vm_raise(v, T_VALUE, "Too many decimal digits in format string");
            return -2;
        }
        acc = acc * 10 + d;
    }
    return acc;
}

/* SubString_new_object: text[from, to) as a str ("" and one latin-1
 * character are the cached ones). */
static object *fmt_sub(vm *v, const fmt_call *c, size_t from, size_t to)
{
    return str_from_utf8(v, fmt_text(c) + from, to - from);
}

/* field_name_split and the first lookup of get_field_object: a new
 * reference, or NULL. */
static object *fmt_first(vm *v, fmt_call *c, size_t from, size_t to)
{
    int64_t index = fmt_integer(v, fmt_text(c), from, to);
    if (index == -2)
        return NULL;
    int empty = from >= to;
    if (empty || index != -1) {
        if (c->numbering == 0)
            c->numbering = empty ? 'a' : 'm';
        if (c->numbering == 'm' && empty)
            return vm_raise(v, T_VALUE, "cannot switch from manual field specification to automatic field numbering");
        if (c->numbering == 'a' && !empty)
            return vm_raise(v, T_VALUE, "cannot switch from automatic field numbering to manual field specification");
        if (empty)
            index = (int64_t)c->next++;
    }
    if (index == -1) {
        object *key = fmt_sub(v, c, from, to);
        if (!key)
            return NULL;
        object *x = c->kwargs ? obj_getitem(v, c->kwargs, key) : NULL;    /* PyObject_GetItem */
        if (!c->kwargs)
            vm_raise_str(v, T_KEY, key);
        obj_decref(v, key);
        return x;
    }
    if (!c->args)
        return vm_raise(v, T_VALUE, "Format string contains positional fields");
    if ((uint64_t)index >= TUPLE(c->args)->n) {   /* PySequence_GetItem's error, cleared by PyErr_Format */
        vm_raise(v, T_INDEX, "tuple index out of range");
        vm_exc_clear(v);
        return vm_raise_format(v, T_INDEX, "Replacement index %zd out of range for positional args tuple",
                               (size_t)index);
    }
    return obj_incref(v, TUPLE(c->args)->items[index]);
}

/* The rest of a field name (FieldNameIterator): each .attr (getattr with
 * a str of the name) and [item] (an index of digits, else a str key)
 * applied in turn to x (consumed).  A new reference, or NULL. */
static object *fmt_rest(vm *v, fmt_call *c, object *x, size_t i, size_t to)
{
    const char *p = fmt_text(c);
    while (x && i < to) {
        char ch = p[i++];
        size_t from = i;
        if (ch == '.') {
            while (i < to && p[i] != '.' && p[i] != '[')
                i++;
        } else if (ch == '[') {
            while (i < to && p[i] != ']')
                i++;
            if (i >= to) {
                obj_decref(v, x);
                return vm_raise(v, T_VALUE, "Missing ']' in format string");
            }
        } else {
            obj_decref(v, x);
            return vm_raise(v, T_VALUE, "Only '.' or '[' may follow ']' in format field specifier");
        }
        size_t end = i;
        i += ch == '[';
        int64_t index = ch == '[' ? fmt_integer(v, p, from, end) : -1;
        if (index == -2 || from == end) {
            obj_decref(v, x);
            return index == -2 ? NULL : vm_raise(v, T_VALUE, "Empty attribute in format string");
        }
        object *item;
        if (index >= 0 && (obj_is(v, x, T_LIST) || obj_is(v, x, T_TUPLE))) {
            /* getitem_sequence: PySequence_GetItem reads a list's, a
             * tuple's or a str's item without an int object; past the
             * end, list_item raises with its static message
             * (_Py_STR(list_err)), tupleitem with a str it makes */
            int is_list = obj_is(v, x, T_LIST);
            size_t n = is_list ? LIST(x)->n : TUPLE(x)->n;
            if ((size_t)index < n)
                item = obj_incref(v, is_list ? LIST(x)->items[index] : TUPLE(x)->items[index]);
            else if (is_list)
                item = vm_raise_str(v, T_INDEX, str_static(v, "list index out of range"));
            else
                item = vm_raise(v, T_INDEX, "tuple index out of range");
        } else if (index >= 0 && obj_is(v, x, T_STR)) {
            item = str_item(v, x, index);
        } else {
            /* getitem_idx (and a class's sq_item, which heapviz reaches
             * with the key): PyLong_FromSsize_t's exactly sized int */
            object *key = index >= 0 ? int_from_ssize(v, index) : fmt_sub(v, c, from, end);
            item = !key ? NULL : ch == '.' ? abstract_getattr_str(v, x, key) : obj_getitem(v, x, key);
            obj_xdecref(v, key);
        }
        obj_decref(v, x);
        x = item;
    }
    return x;
}

/* get_field_object for text[from, to). */
static object *fmt_object(vm *v, fmt_call *c, size_t from, size_t to)
{
    const char *p = fmt_text(c);
    size_t first = from;
    while (first < to && p[first] != '.' && p[first] != '[')
        first++;
    object *x = fmt_first(v, c, from, first);
    return x ? fmt_rest(v, c, x, first, to) : NULL;
}

/* do_conversion: !r !s !a, or CPython's ValueError. */
static object *fmt_convert(vm *v, object *x, uint32_t conv)
{
    switch (conv) {
    case 'r': return obj_repr(v, x);
    case 's': return obj_str(v, x);
    case 'a': return format_ascii(v, x);
    default:
        if (conv > 32 && conv < 127)
            return vm_raise_format(v, T_VALUE, "Unknown conversion specifier %c", (int)conv);
        return vm_raise_format(v, T_VALUE, "Unknown conversion specifier \\x%x", (int)conv);
    }
}

/* render_field: an exact str, int or float formatted straight into the
 * writer; anything else through PyObject_Format with the spec as a str
 * (the expanded spec itself, a new str of the spec's text, or "" when no
 * ':' was written), its result written whole. */
static int fmt_render(vm *v, fmt_call *c, str_writer *w, object *x, const fmt_field *fd, object *expanded)
{
    const char *s = expanded ? STR(expanded)->data : fmt_text(c) + fd->spec;
    size_t n = expanded ? STR(expanded)->nbytes : fd->has_spec ? fd->spec_end - fd->spec : 0;
    if (obj_is(v, x, T_STR) || obj_is(v, x, T_INT) || obj_is(v, x, T_FLOAT) || (obj_is(v, x, T_COMPLEX) && !n))
        return strformat_advanced(v, w, x, s, n);   /* a complex's spec: not modelled (format_value) */
    object *spec = expanded ? obj_incref(v, expanded)
                 : fd->has_spec ? fmt_sub(v, c, fd->spec, fd->spec_end) : obj_incref(v, v->empty_str);
    object *r = spec ? format_value(v, x, 0, spec) : NULL;
    int rc = r ? str_writer_write_str(v, w, r) : -1;
    obj_xdecref(v, spec);
    obj_xdecref(v, r);
    return rc;
}

static object *fmt_build(vm *v, fmt_call *c, size_t from, size_t to, int depth);

/* output_markup: the field's object, its conversion, its spec expanded
 * (a str that lives until the field is written), then the text. */
static int fmt_output(vm *v, fmt_call *c, str_writer *w, const fmt_field *fd, int depth)
{
    object *x = fmt_object(v, c, fd->name, fd->name_end);
    if (x && fd->conv) {
        object *conv = fmt_convert(v, x, fd->conv);
        obj_decref(v, x);
        x = conv;
    }
    if (!x)
        return -1;
    object *expanded = NULL;
    if (fd->expand && !(expanded = fmt_build(v, c, fd->spec, fd->spec_end, depth - 1))) {
        obj_decref(v, x);
        return -1;
    }
    int rc = fmt_render(v, c, w, x, fd, expanded);
    obj_decref(v, x);
    obj_xdecref(v, expanded);
    return rc;
}

/* parse_field: the field after a '{' at *i; *i moves past it.  0, or -1
 * with CPython's ValueError. */
static int fmt_parse(vm *v, const fmt_call *c, size_t *i, size_t to, fmt_field *fd)
{
    const char *p = fmt_text(c);
    char ch = 0;
    *fd = (fmt_field){.name = *i};
    while (*i < to) {
        ch = p[(*i)++];
        if (ch == '{') {
            vm_raise(v, T_VALUE, "unexpected '{' in field name");
            return -1;
        }
        if (ch == '[') {
            while (*i < to && p[*i] != ']')
                (*i)++;
            continue;
        }
        if (ch == '}' || ch == ':' || ch == '!')
            break;
    }
    fd->name_end = *i - 1;
    if (ch != '!' && ch != ':') {
        if (ch == '}')
            return 0;
        vm_raise(v, T_VALUE, "expected '}' before end of string");
        return -1;
    }
    if (ch == '!') {
        if (*i >= to) {
            vm_raise(v, T_VALUE, "end of string while looking for conversion specifier");
            return -1;
        }
        fd->conv = str_decode_at(p, i);
        if (*i < to) {
            ch = p[(*i)++];
            if (ch == '}')
                return 0;
            if (ch != ':') {
                vm_raise(v, T_VALUE, "expected ':' after conversion specifier");
                return -1;
            }
        }
    }
    fd->has_spec = 1;
    fd->spec = *i;
    for (int count = 1; *i < to;) {
        ch = p[(*i)++];
        if (ch == '{') {
            fd->expand = 1;
            count++;
        } else if (ch == '}' && --count == 0) {
            fd->spec_end = *i - 1;
            return 0;
        }
    }
    vm_raise(v, T_VALUE, "unmatched '{' in format spec");
    return -1;
}

/* do_markup over text[from, to) (MarkupIterator_next's literal runs, with
 * "{{" and "}}" each ending a run that keeps one brace).  0 or -1. */
static int fmt_markup(vm *v, fmt_call *c, str_writer *w, size_t from, size_t to, int depth)
{
    const char *p = fmt_text(c);
    size_t i = from;
    while (i < to) {
        size_t start = i;
        char ch = 0;
        int markup = 0;
        while (i < to && !markup) {
            ch = p[i++];
            markup = ch == '{' || ch == '}';
        }
        int at_end = i >= to;
        size_t len = i - start;
        if (markup && ch == '}' && (at_end || p[i] != '}')) {
            vm_raise(v, T_VALUE, "Single '}' encountered in format string");
            return -1;
        }
        if (markup && ch == '{' && at_end) {
            vm_raise(v, T_VALUE, "Single '{' encountered in format string");
            return -1;
        }
        if (markup && p[i] == ch) {
            i++;
            markup = 0;
        } else if (markup) {
            len--;
        }
        fmt_field fd;
        if (markup && fmt_parse(v, c, &i, to, &fd))
            return -1;
        if (len) {
            if (!markup && i == to)
                w->overallocate = 0;
            int rc = start == 0 && start + len == STR(c->format)->nbytes
                         ? str_writer_write_str(v, w, c->format)
                         : str_writer_write_utf8(v, w, p + start, len);
            if (rc)
                return -1;
        }
        if (markup) {
            if (i == to)
                w->overallocate = 0;
            if (fmt_output(v, c, w, &fd, depth))
                return -1;
        }
    }
    return 0;
}

/* build_string: text[from, to) with its fields replaced, through a writer
 * of its own.  A new str, or NULL. */
static object *fmt_build(vm *v, fmt_call *c, size_t from, size_t to, int depth)
{
    if (depth <= 0)
        return vm_raise(v, T_VALUE, "Max string recursion exceeded");
    str_writer w;
    str_writer_init(&w, STR(c->format)->len + 100);
    if (fmt_markup(v, c, &w, from, to, depth)) {
        str_writer_dealloc(v, &w);
        return NULL;
    }
    return str_writer_finish(v, &w);
}

object *strformat_format(vm *v, object *format, object *args, object *kwargs)
{
    fmt_call c = {format, args, kwargs, 0, 0};
    return fmt_build(v, &c, 0, STR(format)->nbytes, 2);
}
