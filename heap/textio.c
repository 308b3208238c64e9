/*
 * textio.c — the pending side of sys.stdout and sys.stderr (textio.h).
 *
 * One write, as _io_TextIOWrapper_write_impl does it:
 *
 *   text ──ASCII, ≤ chunk?──yes──▶ b = text (a reference)
 *                          └─no──▶ b = text encoded (a new bytes)
 *   pending NULL ─────────────────▶ pending = b
 *   count + len(b) > chunk ───────▶ flush, then pending = b
 *   pending one piece ────────────▶ pending = [old, b] (PyList_New(2))
 *   pending a list ───────────────▶ append b
 *   count ≥ chunk, or a line end in line mode, or write-through ──▶ flush
 *   a line end in line mode ──────▶ then buffer.flush()
 *
 * A flush (_textiowrapper_writeflush) makes one bytes object of what is
 * pending (a pending bytes is passed as it is), frees the pending piece or
 * list (a list goes to the list free list), hands the bytes to the buffer,
 * whose write returns the number of bytes as an int, and frees both.
 *
 * The buffer below the text layer (pylifecycle.c create_stdio, io.open):
 * write-through streams have none (their buffer is the raw FileIO, whose
 * write returns an int); the others have a BufferedWriter of the file's
 * st_blksize bytes (FileIO._blksize: 4096 for a file or pipe on Linux,
 * 1024 for a terminal).  Its write (_io_BufferedWriter_write_impl) copies
 * what fits; what does not first empties the buffer to the raw file, then
 * a piece still bigger than the buffer goes to the raw file directly.
 * Every raw write (_bufferedwriter_raw_write) wraps the bytes in a
 * memoryview (PyMemoryView_FromBuffer):
 *
 *   managedbuffer (112 + 16 bytes, tracked) ─▶ memoryview (144 + 3×8 + 16,
 *   tracked, holds the managedbuffer) ─▶ FileIO.write: int n ─▶ memoryview
 *   freed (the managedbuffer first) ─▶ the int freed
 *
 * Invariants:
 *  1. pending is NULL exactly when count is 0 and nothing is pending;
 *     otherwise it is an ASCII str, a bytes, or a list of those, and count
 *     is the sum of their lengths in bytes.
 *  2. count ≤ TEXTIO_CHUNK_SIZE after every write (a bigger piece is
 *     flushed as soon as it is written).
 *  3. The stream's references to pending are the interpreter's (obj_incref):
 *     the collector sees the list as held from outside (GCR_HELD).
 *  4. buffered ≤ bufsize, and bufsize is 0 (no BufferedWriter) exactly in
 *     write-through mode.
 */
#include "textio.h"

#include "abstract.h"
#include "attr.h"
#include "builtins.h"
#include "class.h"
#include "dict.h"
#include "hv.h"
#include "memview.h"
#include "types.h"

#include <stdlib.h>
#include <string.h>

typedef struct textio {
    int mode;               /* enum textio_mode */
    object *encoding;       /* its encoding's name: a static str ("utf-8", "ascii", "latin-1") */
    object *errors;         /* its error handler's name: a static str */
    object *stream;         /* the TextIOWrapper the bound `write` binds */
    object *pending;        /* pending_bytes: NULL, a piece, or a list of pieces */
    size_t count;           /* pending_bytes_count */
    size_t bufsize;         /* the BufferedWriter's buffer_size; 0: none (write-through) */
    size_t buffered;        /* bytes in that buffer (write_end - write_pos) */
} textio;

struct textio_set {
    textio out[2];          /* stdout, stderr */
};

static textio *stream_of(vm *v, int fd)
{
    return &v->textio->out[fd == 2];
}

int textio_fd(vm *v, object *o)
{
    return o == v->sys_stdout ? 1 : o == v->sys_stderr ? 2 : 0;
}

void textio_init(vm *v)
{
    v->textio = hv_calloc(1, sizeof *v->textio);
    v->textio->out[0].stream = v->sys_stdout;
    v->textio->out[1].stream = v->sys_stderr;
    textio_set_mode(v, TEXTIO_WRITE_THROUGH, 0, 0);
}

/* config_get_locale_encoding and config_get_stdio_errors (initconfig.c)
 * after the pre-configuration (preconfig.c): UTF-8 mode is PYTHONUTF8's
 * 0 or 1, else on exactly when LC_CTYPE is the C or POSIX locale; that
 * locale is also coerced to C.UTF-8 (pylifecycle.c _Py_CoerceLegacyLocale)
 * unless LC_ALL is set or PYTHONCOERCECLOCALE is 0.  The encoding is then
 * UTF-8 in UTF-8 mode, else the locale's codeset; the handler is
 * surrogateescape in UTF-8 mode, in the C and POSIX locales and in the
 * coercion targets (C.UTF-8, C.utf8, UTF-8), else strict. */
int textio_stdio_policy(const char *ctype, const char *codeset, const char *lc_all, const char *pythonutf8,
                        const char *coerce)
{
    static const char *const lenient[] = {"C", "POSIX", "C.UTF-8", "C.utf8", "UTF-8"};
    int legacy = !strcmp(ctype, "C") || !strcmp(ctype, "POSIX");
    int utf8_mode = pythonutf8 && !strcmp(pythonutf8, "1") ? 1 : pythonutf8 && !strcmp(pythonutf8, "0") ? 0 : legacy;
    int coerced = legacy && !(lc_all && *lc_all) && !(coerce && !strcmp(coerce, "0"));
    int flags = 0;
    if (!utf8_mode && !coerced) {
        if (!strcmp(codeset, "ANSI_X3.4-1968"))
            flags |= TEXTIO_ASCII;
        else if (!strcmp(codeset, "ISO-8859-1"))
            flags |= TEXTIO_LATIN1;
    }
    int strict = !utf8_mode;
    for (size_t i = 0; i < HV_COUNTOF(lenient); i++)
        if (!strcmp(ctype, lenient[i]))
            strict = 0;
    return flags | (strict ? TEXTIO_STRICT : 0) | (utf8_mode ? TEXTIO_UTF8_MODE : 0);
}

void textio_set_stdio(vm *v, int flags)
{
    textio *out = v->textio->out;
    out[0].encoding = str_static_interned(v, flags & TEXTIO_ASCII ? "ascii" : flags & TEXTIO_LATIN1 ? "latin-1"
                                                                                                  : "utf-8");
    out[0].errors = str_static_interned(v, flags & TEXTIO_STRICT ? "strict" : "surrogateescape");
    out[1].encoding = out[0].encoding;
    out[1].errors = str_static_interned(v, "backslashreplace");  /* create_stdio: always */
}

void textio_set_mode(vm *v, int mode, size_t out_blksize, size_t err_blksize)
{
    textio *out = v->textio->out;
    int through = mode == TEXTIO_WRITE_THROUGH;
    out[0].mode = mode;
    out[1].mode = through ? TEXTIO_WRITE_THROUGH : TEXTIO_LINE;
    out[0].bufsize = through ? 0 : out_blksize > 1 ? out_blksize : TEXTIO_BUFFER_SIZE;
    out[1].bufsize = through ? 0 : err_blksize > 1 ? err_blksize : TEXTIO_BUFFER_SIZE;
    out[0].buffered = out[1].buffered = 0;
}

unsigned textio_line_depth(vm *v, int fd)
{
    return stream_of(v, fd)->bufsize ? 3 : 2;
}

void textio_fini(vm *v)
{
    if (!v->textio)
        return;
    for (int i = 0; i < 2; i++)
        if (v->textio->out[i].pending)
            obj_decref(v, v->textio->out[i].pending);
    free(v->textio);
    v->textio = NULL;
}

object *textio_writer(vm *v, int fd)
{
    return builtin_bound(v, &tmpl_textio.methods[0], stream_of(v, fd)->stream);
}

/* The text as the pending buffer keeps it: the str itself when it is ASCII
 * and at most a chunk, else encoded by the stream's encoding and handler
 * (utf8_encode, ascii_encode, latin1_encode: a new bytes; NULL with
 * UnicodeEncodeError under strict).  *len: bytes. */
static object *encoded(vm *v, textio *t, object *text, size_t *len)
{
    strobj *s = STR(text);
    *len = s->nbytes;
    if (s->ascii && s->len <= TEXTIO_CHUNK_SIZE)
        return obj_incref(v, text);
    if (!t->encoding)                               /* before textio_set_stdio: UTF-8 as it is */
        return bytes_new(v, s->data, s->nbytes);
    object *b = str_encode(v, text, t->encoding, t->errors);
    if (b)
        *len = BYTES(b)->n;
    return b;
}

/* pending = [old, b]: PyList_New(2) (the free list's, else a new list). */
static int pend_pair(vm *v, textio *t, object *b)
{
    object *l = list_new(v, 2);
    if (!l)
        return -1;
    list_set_fresh(v, l, 0, t->pending);
    list_set_fresh(v, l, 1, b);
    t->pending = l;
    return 0;
}

static int writeflush(vm *v, textio *t);
static int buffer_flush(vm *v, textio *t);

static int pend(vm *v, textio *t, object *b, size_t len)
{
    if (!t->pending) {
        t->count = 0;
        t->pending = b;
    } else if (t->count + len > TEXTIO_CHUNK_SIZE) {
        if (writeflush(v, t)) {
            obj_decref(v, b);
            return -1;
        }
        t->pending = b;
    } else if (t->pending->type != v->types[T_LIST]) {    /* PyList_CheckExact */
        if (pend_pair(v, t, b)) {
            obj_decref(v, b);
            return -1;
        }
    } else {
        int rc = list_append(v, t->pending, b);
        obj_decref(v, b);
        if (rc)
            return -1;
    }
    t->count += len;
    return 0;
}

object *textio_write(vm *v, int fd, object *text)
{
    textio *t = stream_of(v, fd);
    strobj *s = STR(text);
    int lineend = memchr(s->data, '\n', s->nbytes) || memchr(s->data, '\r', s->nbytes);
    int needflush = t->mode == TEXTIO_LINE && lineend;
    size_t len;
    object *b = encoded(v, t, text, &len);
    if (!b)
        return NULL;
    /* what goes out: the str's own bytes, or what the encoder made */
    buf out = BUF_INIT;
    if (b != text)
        buf_add(&out, (const char *)BYTES(b)->data, len);
    if (pend(v, t, b, len)) {
        buf_free(&out);
        return NULL;
    }
    int rc = (t->count >= TEXTIO_CHUNK_SIZE || needflush || t->mode == TEXTIO_WRITE_THROUGH) && writeflush(v, t);
    rc = rc || (needflush && buffer_flush(v, t));
    rc = rc || (out.len ? vm_write(v, fd, out.data, out.len) : vm_write(v, fd, s->data, s->nbytes));
    buf_free(&out);
    if (rc)
        return NULL;
    return int_from_u64(v, s->len);                 /* PyLong_FromSsize_t: 24 + 4 per digit */
}

/* The bytes one flush hands down: a pending bytes itself, a pending str
 * copied (PyBytes_FromStringAndSize(data, n)), a list's pieces joined into
 * a fresh bytes of count bytes (PyBytes_FromStringAndSize(NULL, n): never
 * the one-byte singletons). */
static object *joined(vm *v, textio *t)
{
    object *p = t->pending;
    if (obj_is(v, p, T_BYTES))
        return obj_incref(v, p);
    if (obj_is(v, p, T_STR))
        return bytes_new(v, STR(p)->data, STR(p)->nbytes);
    object *b = bytes_new_zeroed(v, t->count);
    if (!b)
        return NULL;
    size_t pos = 0;
    for (size_t i = 0; i < LIST(p)->n; i++) {
        object *piece = LIST(p)->items[i];
        const char *src = obj_is(v, piece, T_STR) ? STR(piece)->data : (const char *)BYTES(piece)->data;
        size_t n = obj_is(v, piece, T_STR) ? STR(piece)->nbytes : BYTES(piece)->n;
        memcpy(BYTES(b)->data + pos, src, n);
        pos += n;
    }
    return b;
}

/* ---- the BufferedWriter below ------------------------------------------------ */

/* The int a write returned, dropped by its caller: 0, or -1 when making
 * it failed (MemoryError). */
static int dropped(vm *v, object *ret)
{
    if (!ret)
        return -1;
    obj_decref(v, ret);
    return 0;
}

/* The managedbuffer and the memoryview are each tracked as made (textio.h). */
int textio_raw_io(vm *v, size_t n)
{
    object *mv = memview_from_raw(v, n);            /* PyMemoryView_FromBuffer */
    if (!mv)
        return -1;
    object *ret = int_from_u64(v, n);               /* FileIO.write: PyLong_FromSsize_t */
    obj_decref(v, mv);
    return dropped(v, ret);
}

/* _bufferedwriter_flush_unlocked: what the buffer holds goes to the raw
 * file (nothing happens when it is empty). */
static int buffer_flush(vm *v, textio *t)
{
    if (!t->buffered)
        return 0;
    size_t n = t->buffered;
    t->buffered = 0;
    return textio_raw_io(v, n);       /* _bufferedwriter_raw_write */
}

/* buffer.write(b) of n bytes: the raw FileIO's write in write-through
 * mode, else _io_BufferedWriter_write_impl (the fast path copies, else the
 * buffer is emptied and a piece bigger than it goes to the raw file). */
static int buffer_write(vm *v, textio *t, size_t n)
{
    if (t->bufsize && n > t->bufsize - t->buffered) {
        if (buffer_flush(v, t))
            return -1;
        if (n > t->bufsize && textio_raw_io(v, n))
            return -1;
        t->buffered = n > t->bufsize ? 0 : n;
    } else if (t->bufsize) {
        t->buffered += n;
    }
    return dropped(v, int_from_u64(v, n));          /* PyLong_FromSsize_t(written) */
}

/* _textiowrapper_writeflush: the pending bytes joined and handed to the
 * buffer; 0, or -1 with MemoryError. */
static int writeflush(vm *v, textio *t)
{
    if (!t->pending)
        return 0;
    object *b = joined(v, t);
    if (!b)
        return -1;
    object *pending = t->pending;
    t->pending = NULL;
    t->count = 0;
    obj_decref(v, pending);
    int rc = buffer_write(v, t, BYTES(b)->n);
    obj_decref(v, b);
    return rc;
}

int textio_flush(vm *v, int fd)
{
    textio *t = stream_of(v, fd);
    return writeflush(v, t) || buffer_flush(v, t) ? -1 : 0;
}

void textio_flush_all(vm *v)
{
    for (int fd = 2; fd >= 1; fd--)
        if (textio_flush(v, fd))
            vm_exc_clear(v);
}

/* Host text for stderr as its TextIOWrapper encodes it (errors=
 * 'backslashreplace', create_stdio): each surrogate, which a str keeps as
 * three UTF-8-like bytes ED A0..BF xx, goes out as \udXXX.  Text without
 * one goes to the write callback as it is. */
void textio_emit(vm *v, int fd, const char *p, size_t n)
{
    const unsigned char *u = (const unsigned char *)p;
    size_t i = 0;
    while (fd == 2 && i + 2 < n && !(u[i] == 0xed && u[i + 1] >= 0xa0))
        i++;
    if (fd != 2 || i + 2 >= n) {
        v->write(v->write_ud, fd, p, n);
        return;
    }
    buf b = BUF_INIT;
    for (i = 0; i < n; i++) {
        if (u[i] == 0xed && i + 2 < n && u[i + 1] >= 0xa0) {
            unsigned cp = 0xd000u | (u[i + 1] & 0x3fu) << 6 | (u[i + 2] & 0x3fu);
            buf_printf(&b, "\\u%04x", cp);
            i += 2;
        } else {
            buf_addc(&b, (char)u[i]);
        }
    }
    v->write(v->write_ud, fd, b.data, b.len);
    buf_free(&b);
}

/* ---- sys.stdout and sys.stderr as objects ------------------------------------ */

/* sys.stdout or sys.stderr: the TextIOWrapper, and the __dict__ it has
 * since create_stdio set its `mode` (PyObject_SetAttr: PyDict_New, then
 * one item): {'mode': 'w'}, 'w' the one-character latin-1 str.  Made on
 * its first use, outside the simulated heap (start-up made it: its block is
 * among python3's start-up pools), held by the stream alone, untracked
 * (a str value), freed with the stream (textio_stream_free). */
typedef struct stream_obj {
    object ob;
    object *dict;
} stream_obj;

static object *stream_dict(vm *v, object *self)
{
    stream_obj *s = (stream_obj *)self;
    if (!s->dict) {
        object *key = str_static_interned(v, "mode"), *value = v->latin1['w'];
        s->dict = dict_new_static_items(v, &key, &value, 1);
    }
    return s->dict;
}

/* The stream's `mode`, borrowed: its __dict__'s, which the program cannot
 * change (tw_setattr). */
static object *stream_mode(vm *v, object *self)
{
    return dict_lookup(v, stream_dict(v, self), str_static_interned(v, "mode"));
}

const char *textio_name(vm *v, object *o)
{
    return textio_fd(v, o) == 2 ? "stderr" : "stdout";
}

int textio_is_dict(vm *v, const object *o)
{
    return o && (o == ((stream_obj *)v->sys_stdout)->dict || o == ((stream_obj *)v->sys_stderr)->dict);
}

void textio_stream_free(object *o)
{
    stream_obj *s = (stream_obj *)o;
    if (s->dict)
        dict_free_static(s->dict);
    obj_host_free(o);
}

/* PyObject_GenericGetAttr with the stream's __dict__: a data descriptor of
 * the type (a getset or member: name, encoding ...) first, then the dict,
 * then the type's other attributes (methods) and the missing name. */
static object *tw_getattr(vm *v, object *self, object *name)
{
    object *x = type_lookup_all(v, self->type, name);
    if (v->exc)
        return NULL;
    const method_def *def = x ? descr_def(v, x) : NULL;
    if (!def || !(def->flags & METH_GETTER)) {
        object *own = dict_lookup(v, stream_dict(v, self), name);
        if (own || v->exc)
            return own ? obj_incref(v, own) : NULL;
    }
    return attr_generic(v, self, name);
}

/* PyObject_GenericSetAttr: a data descriptor of the type sets (a member
 * or getset: encoding is read-only); what would go to the stream's
 * __dict__, which python3 lets a program change, is refused: the dict is
 * start-up's, outside the simulated heap. */
static int tw_setattr(vm *v, object *self, object *name, object *value)
{
    if (class_names_class(v, name))                 /* object.__class__'s setter */
        return class_set_class(v, self, value);
    object *x = type_lookup_all(v, self->type, name);
    if (v->exc)
        return -1;
    const method_def *def = x ? descr_def(v, x) : NULL;
    if (def && (def->flags & METH_GETTER))      /* _IOBase's __dict__ has no setter either */
        return descr_set(v, x, self, value);
    vm_raise(v, T_NOT_IMPLEMENTED, "heapviz does not support %s attributes of sys.%s (outside its Python "
             "subset)", value ? "setting" : "deleting", textio_name(v, self));
    return -1;
}

/* _IOBase's __iter__ and TextIOWrapper's __next__: reading is not modelled. */
static object *tw_iter(vm *v, object *self)
{
    return vm_raise(v, T_NOT_IMPLEMENTED, "heapviz does not support iterating over sys.%s (outside its "
                    "Python subset)", textio_name(v, self));
}

/* _IOBase's __dict__ getset (the instance dict every io object has). */
static object *iobase_dict(vm *v, object *self, object *const *args, size_t nargs, object *kw)
{
    if (!textio_fd(v, self))
        return vm_raise(v, T_NOT_IMPLEMENTED, "heapviz does not support io objects other than sys.stdout "
                        "and sys.stderr (outside its Python subset)");
    return obj_incref(v, stream_dict(v, self));
}

static const method_def iobase_methods[] = {
    {"__dict__", iobase_dict, METH_GETTER, NULL},
    {NULL, NULL, 0, NULL},
};

/* TextIOWrapper's bases: what heapviz models of them is _IOBase's
 * __dict__; their other names (readlines, __enter__ ...) are refused by
 * name (dirnames.inc lists them), and so is making one (python3 can). */
static object *iobase_new(vm *v, type *t, object *const *args, size_t nargs, object *kwnames)
{
    return vm_raise(v, T_NOT_IMPLEMENTED, "heapviz does not support making %s objects (outside its Python "
                    "subset)", t->name);
}

const type tmpl_iobase = {.dealloc = obj_dealloc_plain, .methods = iobase_methods, .vnew = iobase_new,
                          .host_size = sizeof(object)};
const type tmpl_textiobase = {.dealloc = obj_dealloc_plain, .vnew = iobase_new, .host_size = sizeof(object)};

/* The stream behind self, or NULL with ValueError once the vm has dropped
 * its streams (finalization: python3 has closed them by then). */
static textio *stream_at(vm *v, object *self)
{
    if (!v->textio) {
        vm_raise(v, T_VALUE, "I/O operation on closed file.");
        return NULL;
    }
    return stream_of(v, textio_fd(v, self));
}

/* TextIOWrapper.write(text) (_io_TextIOWrapper_write, METH_O): the clinic
 * refuses anything but a str by its type's name. */
static object *tw_write(vm *v, object *self, object *const *args, size_t nargs, object *kw)
{
    if (args_exact(v, &tmpl_textio.methods[0], nargs, kw, 1))
        return NULL;
    if (!obj_is(v, args[0], T_STR))
        return args_bad_argument(v, "write", "argument", "str", args[0]);
    if (!stream_at(v, self))
        return NULL;
    return textio_write(v, textio_fd(v, self), args[0]);
}

/* TextIOWrapper.flush() (_io_TextIOWrapper_flush_impl): the pending text
 * joined and written, then buffer.flush(); None. */
static object *tw_flush(vm *v, object *self, object *const *args, size_t nargs, object *kw)
{
    if (args_exact(v, &tmpl_textio.methods[1], nargs, kw, 0))
        return NULL;
    int fd = textio_fd(v, self);
    if (!stream_at(v, self) || textio_flush(v, fd) || vm_sync(v, fd))
        return NULL;
    return obj_incref(v, v->none);
}

/* fileno(): buffer.fileno(), the raw FileIO's descriptor (a small int). */
static object *tw_fileno(vm *v, object *self, object *const *args, size_t nargs, object *kw)
{
    if (args_exact(v, &tmpl_textio.methods[2], nargs, kw, 0))
        return NULL;
    return int_from_i64(v, textio_fd(v, self));
}

/* writable(): buffer.writable(), True for a stream opened "wb". */
static object *tw_writable(vm *v, object *self, object *const *args, size_t nargs, object *kw)
{
    if (args_exact(v, &tmpl_textio.methods[3], nargs, kw, 0))
        return NULL;
    return obj_incref(v, v->true_);
}

/* The getters: members of the TextIOWrapper (encoding, line_buffering,
 * write_through) and its getset (errors; name and closed, which ask the
 * buffer and the raw FileIO).  None allocates: each is an object the
 * stream holds, or a bool.  `mode` is not one: create_stdio stored it in
 * the stream's __dict__ (stream_dict). */
static object *tw_encoding(vm *v, object *self, object *const *args, size_t nargs, object *kw)
{
    textio *t = stream_at(v, self);
    return t ? obj_incref(v, t->encoding ? t->encoding : str_static_interned(v, "utf-8")) : NULL;
}

static object *tw_errors(vm *v, object *self, object *const *args, size_t nargs, object *kw)
{
    textio *t = stream_at(v, self);
    if (!t)
        return NULL;
    const char *fallback = textio_fd(v, self) == 2 ? "backslashreplace" : "surrogateescape";
    return obj_incref(v, t->errors ? t->errors : str_static_interned(v, fallback));
}

static object *tw_name(vm *v, object *self, object *const *args, size_t nargs, object *kw)
{
    return obj_incref(v, str_static(v, textio_fd(v, self) == 2 ? "<stderr>" : "<stdout>"));
}

static object *tw_line_buffering(vm *v, object *self, object *const *args, size_t nargs, object *kw)
{
    textio *t = stream_at(v, self);
    return t ? obj_incref(v, t->mode == TEXTIO_LINE ? v->true_ : v->false_) : NULL;
}

static object *tw_write_through(vm *v, object *self, object *const *args, size_t nargs, object *kw)
{
    textio *t = stream_at(v, self);
    return t ? obj_incref(v, t->mode == TEXTIO_WRITE_THROUGH ? v->true_ : v->false_) : NULL;
}

static object *tw_closed(vm *v, object *self, object *const *args, size_t nargs, object *kw)
{
    return obj_incref(v, v->false_);
}

/* PyUnicode_AppendAndDel(&res, s): PyUnicode_Append, then s dropped. */
static object *append_and_del(vm *v, object *res, object *s)
{
    object *r = str_append(v, res, s);
    obj_decref(v, s);
    return r;
}

/* " name=%R": the writer's text with the repr made inside it. */
static object *repr_field(vm *v, const char *fmt, object *value)
{
    object *r = obj_repr(v, value);
    if (!r)
        return NULL;
    object *s = str_from_format_args(v, fmt, NULL, &r, 0);
    obj_decref(v, r);
    return s;
}

/* textiowrapper_repr: "<_io.TextIOWrapper", Py_ReprEnter, " name=%R" and
 * " mode=%R" appended (PyUnicode_AppendAndDel), then "%U encoding=%R>"
 * made of that. */
static object *tw_repr(vm *v, object *self)
{
    object *res = str_from_cstr(v, "<_io.TextIOWrapper");
    if (!res)
        return NULL;
    int status = repr_enter(v, self);
    if (status != 0) {
        if (status > 0)
            vm_raise(v, T_RUNTIME, "reentrant call inside _io.TextIOWrapper.__repr__");
        obj_decref(v, res);
        return NULL;
    }
    object *name = tw_name(v, self, NULL, 0, NULL), *mode = obj_incref(v, stream_mode(v, self));
    object *s = repr_field(v, " name=%U", name);
    res = s ? append_and_del(v, res, s) : (obj_decref(v, res), NULL);
    s = res ? repr_field(v, " mode=%U", mode) : NULL;
    res = s ? append_and_del(v, res, s) : (obj_xdecref(v, res), NULL);
    object *enc = res ? tw_encoding(v, self, NULL, 0, NULL) : NULL;
    object *r = enc ? obj_repr(v, enc) : NULL;
    object *u[] = {res, r};
    s = r ? str_from_format_args(v, "%U encoding=%U>", NULL, u, 0) : NULL;
    obj_xdecref(v, r);
    obj_xdecref(v, enc);
    obj_xdecref(v, res);
    obj_decref(v, name);
    obj_decref(v, mode);
    repr_leave(v, self);
    return s;
}

static const method_def textio_methods[] = {
    {"write", tw_write, METH_O, "TextIOWrapper.write"},
    {"flush", tw_flush, METH_NOARGS, "TextIOWrapper.flush"},
    {"fileno", tw_fileno, METH_NOARGS, "TextIOWrapper.fileno"},
    {"writable", tw_writable, METH_NOARGS, "TextIOWrapper.writable"},
    {"encoding", tw_encoding, METH_GETTER | METH_MEMBER, NULL},
    {"errors", tw_errors, METH_GETTER, NULL},
    {"name", tw_name, METH_GETTER, NULL},
    {"line_buffering", tw_line_buffering, METH_GETTER | METH_MEMBER, NULL},
    {"write_through", tw_write_through, METH_GETTER | METH_MEMBER, NULL},
    {"closed", tw_closed, METH_GETTER, NULL},
    {NULL, NULL, 0, NULL},
};

const type tmpl_textio = {.dealloc = obj_dealloc_plain, .repr = tw_repr, .methods = textio_methods,
                          .getattr = tw_getattr, .getmethod = attr_getmethod_plain, .setattr = tw_setattr,
                          .iter = tw_iter, .iternext = tw_iter,
                          .host_size = sizeof(stream_obj)};
