/*
 * complex.c — complex numbers: 16 + two doubles = a 32-byte block, no
 * free list, not tracked by the collector.  The arithmetic is
 * complexobject.c's, operation for operation, so results agree with
 * python3 to the last bit:
 *
 *   + - *     componentwise / the textbook product
 *   /         Smith's algorithm (_Py_c_quot): scale by the larger part of
 *             the divisor; a zero divisor is ZeroDivisionError
 *   **        an integral real exponent |n| <= 100 by repeated squaring
 *             (c_powi), otherwise polar form (_Py_c_pow)
 *   == !=     with int (through a temporary float), float and complex;
 *             ordering, //, % and divmod are TypeErrors (no slots)
 *
 * repr: the parts as repr(float) without ".0"; a real part of +0.0 is left
 * out with the parentheses ("1j", "-0j"), otherwise "(1+2j)", "(nan+infj)".
 */
#include "complex.h"

#include "abstract.h"
#include "attr.h"
#include "builtins.h"
#include "class.h"
#include "eval.h"
#include "number.h"
#include "num.h"
#include "types.h"

#include <errno.h>
#include <stdlib.h>
#include <math.h>
#include <string.h>

typedef struct cval {
    double real, imag;
} cval;

object *complex_new(vm *v, double real, double imag)
{
    object *o = obj_new(v, v->types[T_COMPLEX], 0);
    if (!o)
        return NULL;
    COMPLEX(o)->real = real;
    COMPLEX(o)->imag = imag;
    return o;
}

static object *from_cval(vm *v, cval c)
{
    return complex_new(v, c.real, c.imag);
}

/* An operand as a complex value: 1, 0 (not a number: NotImplemented), -1
 * (an int too large for a float). */
static int as_cval(vm *v, object *o, cval *out)
{
    if (obj_is(v, o, T_COMPLEX)) {
        out->real = COMPLEX(o)->real;
        out->imag = COMPLEX(o)->imag;
        return 1;
    }
    out->imag = 0.0;
    return number_as_double(v, o, &out->real);
}

/* ---- the arithmetic (complexobject.c's _Py_c_*) ---------------------------------- */

static cval c_prod(cval a, cval b)
{
    cval r = {a.real * b.real - a.imag * b.imag, a.real * b.imag + a.imag * b.real};
    return r;
}

/* _Py_c_quot; *err = EDOM for a zero divisor. */
static cval c_quot(cval a, cval b, int *err)
{
    cval r;
    double abs_breal = b.real < 0 ? -b.real : b.real;
    double abs_bimag = b.imag < 0 ? -b.imag : b.imag;
    if (abs_breal >= abs_bimag) {
        if (abs_breal == 0.0) {
            *err = EDOM;
            r.real = r.imag = 0.0;
        } else {
            double ratio = b.imag / b.real;
            double denom = b.real + b.imag * ratio;
            r.real = (a.real + a.imag * ratio) / denom;
            r.imag = (a.imag - a.real * ratio) / denom;
        }
    } else if (abs_bimag >= abs_breal) {
        double ratio = b.real / b.imag;
        double denom = b.real * ratio + b.imag;
        r.real = (a.real * ratio + a.imag) / denom;
        r.imag = (a.imag * ratio - a.real) / denom;
    } else {
        r.real = r.imag = NAN;              /* a NaN in the divisor */
    }
    return r;
}

/* _Py_c_pow: polar form. */
static cval c_pow(cval a, cval b, int *err)
{
    cval r;
    if (b.real == 0.0 && b.imag == 0.0) {
        r.real = 1.0;
        r.imag = 0.0;
    } else if (a.real == 0.0 && a.imag == 0.0) {
        if (b.imag != 0.0 || b.real < 0.0)
            *err = EDOM;
        r.real = r.imag = 0.0;
    } else {
        double vabs = hypot(a.real, a.imag);
        double len = pow(vabs, b.real);
        double at = atan2(a.imag, a.real);
        double phase = at * b.real;
        if (b.imag != 0.0) {
            len /= exp(at * b.imag);
            phase += b.imag * log(vabs);
        }
        r.real = len * cos(phase);
        r.imag = len * sin(phase);
    }
    return r;
}

/* c_powu: x ** n by repeated squaring. */
static cval c_powu(cval x, long n)
{
    cval r = {1.0, 0.0}, p = x;
    for (long mask = 1; mask > 0 && n >= mask; mask <<= 1) {
        if (n & mask)
            r = c_prod(r, p);
        p = c_prod(p, p);
    }
    return r;
}

static cval c_powi(cval x, long n, int *err)
{
    cval one = {1.0, 0.0};
    return n > 0 ? c_powu(x, n) : c_quot(one, c_powu(x, -n), err);
}

/* complex_pow: errors as python3 words them. */
static object *pow_cvals(vm *v, cval a, cval b)
{
    int err = 0;
    errno = 0;
    cval p;
    if (b.imag == 0.0 && b.real == floor(b.real) && fabs(b.real) <= 100.0)
        p = c_powi(a, (long)b.real, &err);
    else
        p = c_pow(a, b, &err);
    if (!err && errno == EDOM)
        err = EDOM;
    if (isinf(p.real) || isinf(p.imag))     /* Py_ADJUST_ERANGE2 */
        err = err ? err : ERANGE;
    if (err == EDOM)
        return vm_raise(v, T_ZERO_DIVISION, "0.0 to a negative or complex power");
    if (err == ERANGE)
        return vm_raise(v, T_OVERFLOW, "complex exponentiation");
    return from_cval(v, p);
}

object *complex_pow_real(vm *v, double a, double b)
{
    cval x = {a, 0.0}, y = {b, 0.0};
    return pow_cvals(v, x, y);
}

/* ---- the number slots ------------------------------------------------------------ */

static object *binary(vm *v, object *a, object *b, int op)
{
    cval x, y;
    int ka = as_cval(v, a, &x);
    int kb = ka > 0 ? as_cval(v, b, &y) : ka;
    if (ka < 0 || kb < 0)
        return NULL;
    if (!ka || !kb)
        return obj_incref(v, v->notimpl);
    int err = 0;
    cval r;
    switch (op) {
    case NB_ADD: r.real = x.real + y.real; r.imag = x.imag + y.imag; break;
    case NB_SUBTRACT: r.real = x.real - y.real; r.imag = x.imag - y.imag; break;
    case NB_MULTIPLY: r = c_prod(x, y); break;
    case NB_TRUE_DIVIDE:
        r = c_quot(x, y, &err);
        if (err)
            return vm_raise(v, T_ZERO_DIVISION, "complex division by zero");
        break;
    default:
        return pow_cvals(v, x, y);
    }
    return from_cval(v, r);
}

static object *c_add(vm *v, object *a, object *b) { return binary(v, a, b, NB_ADD); }
static object *c_sub(vm *v, object *a, object *b) { return binary(v, a, b, NB_SUBTRACT); }
static object *c_mul(vm *v, object *a, object *b) { return binary(v, a, b, NB_MULTIPLY); }
static object *c_div(vm *v, object *a, object *b) { return binary(v, a, b, NB_TRUE_DIVIDE); }
static object *c_power(vm *v, object *a, object *b) { return binary(v, a, b, NB_POWER); }

static object *c_neg(vm *v, object *a)
{
    return complex_new(v, -COMPLEX(a)->real, -COMPLEX(a)->imag);
}

static object *c_pos(vm *v, object *a)
{
    return obj_incref(v, a);
}

/* _Py_c_abs: infinities win over NaNs; a finite overflow is an error. */
static object *c_abs(vm *v, object *a)
{
    double re = COMPLEX(a)->real, im = COMPLEX(a)->imag, r;
    if (!isfinite(re) || !isfinite(im)) {
        if (isinf(re) || isinf(im))
            r = INFINITY;
        else
            r = NAN;
    } else {
        r = hypot(re, im);
        if (!isfinite(r))
            return vm_raise(v, T_OVERFLOW, "absolute value too large");
    }
    return float_new(v, r);
}

static int c_truth(vm *v, object *o)
{
    (void)v;
    return COMPLEX(o)->real != 0.0 || COMPLEX(o)->imag != 0.0;
}

/* complex_richcompare: only == and !=; an int is compared through a
 * temporary float of the real part when the imaginary part is 0. */
static object *c_richcompare(vm *v, object *a, object *b, int op)
{
    object *c = obj_is(v, a, T_COMPLEX) ? a : b, *w = c == a ? b : a;
    if (op != CMP_EQ && op != CMP_NE)
        return obj_incref(v, v->notimpl);
    int equal;
    if (type_is_subtype_flag(w->type, TPF_LONG_SUBCLASS)) {
        if (COMPLEX(c)->imag == 0.0) {
            object *f = float_new(v, COMPLEX(c)->real);
            object *r = f ? obj_richcompare(v, f, w, op) : NULL;
            obj_xdecref(v, f);
            return r;
        }
        equal = 0;
    } else if (obj_is(v, w, T_FLOAT)) {
        equal = COMPLEX(c)->real == FLOAT(w) && COMPLEX(c)->imag == 0.0;
    } else if (obj_is(v, w, T_COMPLEX)) {
        equal = COMPLEX(c)->real == COMPLEX(w)->real && COMPLEX(c)->imag == COMPLEX(w)->imag;
    } else {
        return obj_incref(v, v->notimpl);
    }
    return obj_bool(v, op == CMP_EQ ? equal : !equal);
}

/* complex_hash: hash(real) + 1000003 * hash(imag), -1 becoming -2. */
static int c_hash(vm *v, object *o, int64_t *out)
{
    (void)v;
    bool nan_re = false, nan_im = false;
    uint64_t re = (uint64_t)num_float_hash(COMPLEX(o)->real, &nan_re);
    uint64_t im = (uint64_t)num_float_hash(COMPLEX(o)->imag, &nan_im);
    if (nan_re)
        re = (uint64_t)hash_pointer(o->addr);
    if (nan_im)
        im = (uint64_t)hash_pointer(o->addr);
    int64_t h = (int64_t)(re + 1000003u * im);
    *out = h == -1 ? -2 : h;
    return 0;
}

/* ---- repr ---------------------------------------------------------------------- */

/* repr(float) without the ".0" it adds to integral values ('r' format
 * without Py_DTSF_ADD_DOT_0); with a sign when `sign`.  NUL-terminated. */
static size_t part(double x, int sign, char *out)
{
    char text[NUM_REPR_MAX];
    size_t n = num_float_repr(x, text), k = 0;
    if (n >= 2 && !strcmp(text + n - 2, ".0"))
        n -= 2;
    if (sign && text[0] != '-')
        out[k++] = '+';
    memcpy(out + k, text, n);
    out[k + n] = 0;
    return k + n;
}

/* complex_repr: each part in a PyOS_double_to_string buffer (the real
 * part's first, unless it is +0.0), then PyUnicode_FromFormat("%s%s%sj%s")
 * (a writer; a str of each part), the buffers freed last. */
static object *c_repr(vm *v, object *o)
{
    double re = COMPLEX(o)->real, im = COMPLEX(o)->imag;
    char re_text[NUM_REPR_MAX + 2] = "", im_text[NUM_REPR_MAX + 2];
    int whole = !(re == 0.0 && copysign(1.0, re) == 1.0);
    uint64_t pre = 0, imb = 0;
    if (whole && !(pre = pymalloc_malloc(v->pm, number_dtoa_buffer(re_text, part(re, 0, re_text)))))
        return vm_no_memory(v);
    size_t n = part(im, whole, im_text);
    object *r = NULL;
    if ((imb = pymalloc_malloc(v->pm, number_dtoa_buffer(im_text, n)))) {
        const char *args[] = {whole ? "(" : "", re_text, im_text, whole ? ")" : ""};
        r = str_from_format_s(v, "%s%s%sj%s", args, NULL);
        pymalloc_free(v->pm, imb);
    } else {
        vm_no_memory(v);
    }
    if (pre)
        pymalloc_free(v->pm, pre);
    return r;
}

/* ---- attributes and methods ------------------------------------------------------ */

static object *c_getattr(vm *v, object *o, object *name)
{
    if (!strcmp(STR(name)->data, "real"))
        return float_new(v, COMPLEX(o)->real);
    if (!strcmp(STR(name)->data, "imag"))
        return float_new(v, COMPLEX(o)->imag);
    if (!strcmp(STR(name)->data, "__class__"))
        return obj_incref(v, &o->type->ob);
    return attr_generic(v, o, name);        /* methods bound as PyObject_GenericGetAttr binds them */
}

/* complex's methods; the rows the argument errors name, at these indices. */
enum { M_COMPLEX_COMPLEX, M_COMPLEX_CONJUGATE };
static const method_def complex_methods[];

/* complex.conjugate, METH_NOARGS: its argument errors name it by
 * _PyObject_FunctionStr (args_exact). */
static object *c_conjugate(vm *v, object *self, object *const *args, size_t nargs, object *kw)
{
    (void)args;
    if (args_exact(v, &complex_methods[M_COMPLEX_CONJUGATE], nargs, kw, 0))
        return NULL;
    return complex_new(v, COMPLEX(self)->real, -COMPLEX(self)->imag);
}

/* real and imag: member descriptors (T_DOUBLE members), read through
 * c_getattr on an instance, shown as <member 'real' of 'complex' objects>. */
static object *c_real(vm *v, object *self, object *const *args, size_t nargs, object *kw)
{
    return float_new(v, COMPLEX(self)->real);
}

static object *c_imag(vm *v, object *self, object *const *args, size_t nargs, object *kw)
{
    return float_new(v, COMPLEX(self)->imag);
}

/* complex.__complex__: an exact complex is its own value. */
static object *c_complex(vm *v, object *self, object *const *args, size_t nargs, object *kw)
{
    (void)args;
    if (args_exact(v, &complex_methods[M_COMPLEX_COMPLEX], nargs, kw, 0))
        return NULL;
    return obj_incref(v, self);
}

static const method_def complex_methods[] = {
    [M_COMPLEX_COMPLEX] = {"__complex__", c_complex, METH_NOARGS, "complex.__complex__"},
    [M_COMPLEX_CONJUGATE] = {"conjugate", c_conjugate, METH_NOARGS, "complex.conjugate"},
    {"__format__", format_method, METH_O, "complex.__format__"},
    {"real", c_real, METH_GETTER | METH_MEMBER, NULL},
    {"imag", c_imag, METH_GETTER | METH_MEMBER, NULL},
    {NULL, NULL, 0, NULL},
};

/* ---- complex() ------------------------------------------------------------------ */

/* Skips ASCII whitespace (Py_ISSPACE) forwards from *p to end. */
static const char *skip_space(const char *p, const char *end)
{
    while (p < end && bigint_is_space(*p))
        p++;
    return p;
}

/* The length of the longest float literal at p (sign, digits, point,
 * exponent, or inf/nan); a sign alone counts 1. */
static size_t float_span(const char *p, const char *end)
{
    const char *q = p;
    if (q < end && (*q == '+' || *q == '-'))
        q++;
    static const char *const words[] = {"infinity", "inf", "nan"};
    for (size_t w = 0; w < HV_COUNTOF(words); w++) {
        size_t n = strlen(words[w]);
        if ((size_t)(end - q) >= n && !strncasecmp(q, words[w], n))
            return (size_t)(q + n - p);
    }
    const char *digits = q;
    while (q < end && ((*q >= '0' && *q <= '9') || *q == '_' || *q == '.'))
        q++;
    if (q == digits)
        return (size_t)(digits - p);        /* a sign alone ("-j"), or nothing */
    if (q < end && (*q == 'e' || *q == 'E')) {
        const char *e = q + 1;
        if (e < end && (*e == '+' || *e == '-'))
            e++;
        if (e < end && *e >= '0' && *e <= '9') {
            while (e < end && ((*e >= '0' && *e <= '9') || *e == '_'))
                e++;
            q = e;
        }
    }
    return (size_t)(q - p);
}

/* One float at p (at most n bytes): 0 with *out, or -1. */
static int parse_part(vm *v, const char *p, size_t n, double *out)
{
    if (num_float_from_ascii(&v->bi, p, n, out) == BIGINT_OK)
        return 0;
    vm_exc_clear(v);
    return -1;
}

/* complex_from_string_inner over text[0:n]: "[(] real [±imag j] [)]",
 * "imag j", "±j". */
static object *from_chars(vm *v, const char *text, size_t len)
{
    const char *p = text, *end = p + len;
    double re = 0.0, im = 0.0;
    int paren = 0, ok = 0;
    p = skip_space(p, end);
    if (p < end && *p == '(') {
        paren = 1;
        p = skip_space(p + 1, end);
    }
    number_strtod_reads(v, p);              /* the <float> first tried at p */
    if (v->exc)
        return NULL;
    size_t n = float_span(p, end);
    const char *after = p + n;
    if (after < end && (*after == 'j' || *after == 'J')) {            /* only an imaginary part */
        int unit = n == 0 || (n == 1 && (*p == '+' || *p == '-'));      /* "j", "+j", "-j" */
        ok = unit ? 1 : !parse_part(v, p, n, &im);
        if (unit)
            im = n && *p == '-' ? -1.0 : 1.0;
        p = after + 1;
    } else if (n && !parse_part(v, p, n, &re)) {
        ok = 1;
        p = after;
        if (p < end && (*p == '+' || *p == '-')) {                   /* and an imaginary one */
            if (!number_strtod_reads(v, p) && v->exc)
                return NULL;
            size_t m = float_span(p, end);
            const char *j = p + m;
            ok = j < end && (*j == 'j' || *j == 'J');
            if (ok && m == 1)
                im = *p == '-' ? -1.0 : 1.0;
            else if (ok)
                ok = !parse_part(v, p, m, &im);
            p = j + 1;
        }
    }
    p = skip_space(p, end);
    if (ok && paren)
        ok = p < end && *p == ')' && (p = skip_space(p + 1, end), 1);
    if (!ok || p != end)
        return vm_raise(v, T_VALUE, "complex() arg is a malformed string");
    return complex_new(v, re, im);
}

/* complex_subtype_from_string of a str: the text of
 * _PyUnicode_TransformDecimalAndSpaceToASCII (number_ascii_digits: a copy
 * when s is not ASCII, kept to the end, so Unicode digits and spaces read
 * as ASCII ones), through _Py_string_to_number_with_underscores (its copy
 * without underscores, or its own error for a misplaced one). */
static object *from_string(vm *v, object *s)
{
    size_t cut;
    object *digits = number_ascii_digits(v, s, &cut);
    if (!digits)
        return NULL;
    uint64_t dup;
    char *text = number_underscore_text(v, STR(digits)->data, &cut, "complex", s, &dup);
    object *r = text ? from_chars(v, text, cut) : NULL;
    free(text);
    pymalloc_free(v->pm, dup);
    obj_decref(v, digits);
    return r;
}

/* try_complex_special_method: x.__complex__() looked up on x's type and
 * bound first (_PyObject_LookupSpecial: a class's function becomes a
 * bound method, complex's own method a builtin method, both freed after
 * the call), or NULL without an exception when the type has none.  The
 * result must be a complex (heapviz has no complex subclasses, so python3's
 * DeprecationWarning for one never applies). */
static object *special_complex(vm *v, object *x)
{
    object *m = class_lookup_special(v, x, str_static_interned(v, "__complex__"));
    if (!m)
        return NULL;
    object *res = eval_call(v, m, NULL, 0, NULL);
    obj_decref(v, m);
    if (!res || obj_is(v, res, T_COMPLEX))
        return res;
    vm_raise_format(v, T_TYPE_ERROR, "__complex__ returned non-complex (type %.200s)", res->type->name);
    obj_decref(v, res);
    return NULL;
}

/* complex_new_impl's check of one argument's type, made for both before
 * either is converted: a complex, or a type with nb_float or nb_index (an
 * int, a float, a class with __float__ or __index__).  0, or -1 with its
 * TypeError. */
static int arg_check(vm *v, object *x, const char *which)
{
    if (obj_is(v, x, T_COMPLEX) || type_is_subtype(x->type, v->types[T_FLOAT]) ||
        type_is_subtype(x->type, v->types[T_INT]) || class_is_real(v, x))
        return 0;
    const char *s[] = {x->type->name};     /* PyErr_Format's writer */
    vm_raise_made(v, T_TYPE_ERROR, str_from_format_s(v, *which == 'f' ?
                  "complex() first argument must be a string or a number, not '%.200s'" :
                  "complex() second argument must be a number, not '%.200s'", s, NULL));
    return -1;
}

/* One argument of complex(): *c and whether it was a complex, or -1.  Any
 * other number goes through PyNumber_Float (a float as it is, an int's or
 * __index__'s value as a new float, __float__'s result), dropped at once
 * (a peak sees a new one). */
static int arg_value(vm *v, object *x, cval *c, int *is_complex)
{
    *is_complex = obj_is(v, x, T_COMPLEX);
    if (*is_complex) {
        c->real = COMPLEX(x)->real;
        c->imag = COMPLEX(x)->imag;
        return 0;
    }
    object *f = number_float(v, x);
    if (!f)
        return -1;
    c->real = FLOAT(f);
    c->imag = 0.0;
    obj_decref(v, f);
    return 0;
}

/* complex_new_impl's conversion of both arguments, r first replaced by its
 * __complex__() when its type has one (released once its parts are read). */
static int args_value(vm *v, object *r, object *i, cval *cr, int *cr_complex, cval *ci, int *ci_complex)
{
    object *own = special_complex(v, r);
    if (!own && v->exc)
        return -1;
    if (own)
        r = own;
    int rc = arg_check(v, r, "first argument") || (i && arg_check(v, i, "second argument")) ||
             arg_value(v, r, cr, cr_complex);
    obj_xdecref(v, own);
    return rc || (i && arg_value(v, i, ci, ci_complex)) ? -1 : 0;
}

/* complex(real=0, imag=0), complex(str) (complex_new_impl). */
static object *complex_vnew(vm *v, type *t, object *const *args, size_t nargs, object *kw)
{
    (void)t;
    static const char *const names[] = {"real", "imag"};
    static const method_def def = {"complex", NULL, METH_CLINIC_KW, "complex"};
    static const argspec spec = {names, 2, 0, 0, 2, 0};
    object *a[2];
    if (args_unpack(v, &def, args, nargs, kw, &spec, a))
        return NULL;
    if (!a[0] && !a[1])
        return complex_new(v, 0.0, 0.0);
    object *r = a[0] ? a[0] : int_small(v, 0), *i = a[1];      /* complex_new_impl: real 0 */
    if (obj_is(v, r, T_STR)) {
        if (i)
            return vm_raise(v, T_TYPE_ERROR, "complex() can't take second arg if first is a string");
        return from_string(v, r);
    }
    if (i && obj_is(v, i, T_STR))
        return vm_raise(v, T_TYPE_ERROR, "complex() second arg can't be a string");
    if (!i && obj_is(v, r, T_COMPLEX))
        return obj_incref(v, r);
    cval cr, ci = {0.0, 0.0};
    int cr_complex, ci_complex = 0;
    if (args_value(v, r, i, &cr, &cr_complex, &ci, &ci_complex))
        return NULL;
    if (ci_complex)
        cr.real -= ci.imag;
    if (cr_complex && i)
        ci.real += cr.imag;
    return complex_new(v, cr.real, i ? ci.real : cr.imag);
}

const type tmpl_complex = {
    .methods = complex_methods,
    .dealloc = obj_dealloc_plain,
    .host_size = sizeof(complexobj),
    .binary = {[NB_ADD] = c_add, [NB_SUBTRACT] = c_sub, [NB_MULTIPLY] = c_mul,
               [NB_TRUE_DIVIDE] = c_div, [NB_POWER] = c_power},
    .unary = {[UN_NEG] = c_neg, [UN_POS] = c_pos},
    .abs = c_abs,
    .truth = c_truth,
    .richcompare = c_richcompare,
    .hash = c_hash,
    .repr = c_repr,
    .getattr = c_getattr, .getmethod = attr_getmethod_plain,
    .vnew = complex_vnew,
};
