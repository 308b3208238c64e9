/*
 * textio.h — sys.stdout and sys.stderr as python3 keeps them: the
 * simulated side of io.TextIOWrapper (CPython 3.11 Modules/_io/textio.c).
 *
 * print() writes each piece (an item, a separator, the end) through
 * PyFile_WriteObject: a bound `write` method made for that one call
 * (textio_writer), then TextIOWrapper.write (textio_write), which keeps the
 * text pending until a flush joins the pending pieces into one bytes object
 * for the buffer below.  What the program sees of that is heap: the bound
 * method's block and GC count, the pending list that holds every printed
 * str, the bytes each flush makes.  The text itself goes to the vm's write
 * callback at once (vm_write), so what a person sees and its order with
 * stderr do not depend on the mode.
 */
#ifndef HV_TEXTIO_H
#define HV_TEXTIO_H

#include "vm.h"

/* How python3 opened the stream (pylifecycle.c create_stdio).  The values
 * are interp_options.stdout_mode's. */
enum textio_mode {
    TEXTIO_WRITE_THROUGH,   /* PYTHONUNBUFFERED or -u: every write flushed */
    TEXTIO_LINE,            /* a terminal (stdout), or stderr: flushed at \n and \r */
    TEXTIO_BLOCK,           /* a file or pipe: flushed at 8192 pending bytes */
};

/* How python3 encodes sys.stdout (interp_options.stdio's flags): 0 is
 * UTF-8 with 'surrogateescape', as under the C, POSIX and C.UTF-8 locales.
 * sys.stderr has the same encoding, always with 'backslashreplace'. */
enum textio_stdio {
    TEXTIO_STRICT = 1,      /* errors='strict': another locale, outside UTF-8 mode */
    TEXTIO_ASCII = 2,       /* the C locale's ASCII, kept (LC_ALL set) outside UTF-8 mode */
    TEXTIO_LATIN1 = 4,      /* an ISO-8859-1 locale outside UTF-8 mode */
    TEXTIO_UTF8_MODE = 8,   /* python3's UTF-8 mode (sys.flags.utf8_mode), whatever the locale */
};

/* TextIOWrapper's _CHUNK_SIZE: the most bytes kept pending. */
#define TEXTIO_CHUNK_SIZE 8192
/* io.DEFAULT_BUFFER_SIZE: a BufferedWriter's size when the file has no
 * st_blksize above 1. */
#define TEXTIO_BUFFER_SIZE 8192

/* sys.stdout and sys.stderr's type, _io.TextIOWrapper: write, flush,
 * fileno, writable, and the getters encoding, errors, name,
 * line_buffering, write_through, closed; `mode` is in the instance's
 * __dict__.  methods[0] is write.  Its bases, _io._TextIOBase and
 * _io._IOBase (whose getset __dict__ is). */
extern const type tmpl_textio, tmpl_textiobase, tmpl_iobase;
/* Frees the host memory of sys.stdout or sys.stderr (a static object) and
 * of its __dict__. */
void textio_stream_free(object *o);
/* 1 when o is the __dict__ of sys.stdout or sys.stderr (static, and
 * untracked in python3 too: its one value is a str). */
int textio_is_dict(vm *v, const object *o);

/* 1 when o is sys.stdout (vm.sys_stdout), 2 when it is sys.stderr, else 0. */
int textio_fd(vm *v, object *o);
/* "stderr" for sys.stderr, else "stdout" (for messages). */
const char *textio_name(vm *v, object *o);

/* A Buffered object's raw call of n bytes (_bufferedwriter_raw_write's
 * FileIO.write, _bufferedreader_raw_read's FileIO.readinto): the bytes
 * wrapped by PyMemoryView_FromBuffer (a managedbuffer, then the memoryview),
 * the call's int result (n), the memoryview freed, then the int.  0, or -1
 * with MemoryError. */
int textio_raw_io(vm *v, size_t n);
/* Sets up both streams write-through (vm_new calls it).  Cannot fail. */
void textio_init(vm *v);
/* Puts stdout in mode (enum textio_mode) and stderr as python3 does:
 * write-through when stdout is, else line-buffered.  Unless write-through,
 * each has a BufferedWriter of its file's st_blksize (out_blksize,
 * err_blksize; 0 or 1: TEXTIO_BUFFER_SIZE).  Before the program runs. */
void textio_set_mode(vm *v, int mode, size_t out_blksize, size_t err_blksize);

/* How deep a line written to the stream fd (1 or 2) goes in C calls that
 * count against the recursion limit: TextIOWrapper.write, then for a
 * buffered stream the BufferedWriter's flush and the raw FileIO.write
 * (3), for a write-through one the FileIO.write that is its buffer (2). */
unsigned textio_line_depth(vm *v, int fd);
/* The enum textio_stdio flags python3 would choose from the LC_CTYPE
 * locale's name (what setlocale(LC_CTYPE, "") returned, "C" when it
 * failed) and codeset (nl_langinfo(CODESET)), and the environment's
 * LC_ALL, PYTHONUTF8 and PYTHONCOERCECLOCALE (each may be NULL).  A codeset
 * other than UTF-8, ASCII and ISO-8859-1 is taken as UTF-8 (heapviz has
 * no other codec).  PYTHONIOENCODING is not modelled. */
int textio_stdio_policy(const char *ctype, const char *codeset, const char *lc_all, const char *pythonutf8,
                        const char *coerce);
/* Gives sys.stdout and sys.stderr their encoding and error handlers
 * (enum textio_stdio flags).  Before the program runs; until then text is
 * written as UTF-8 whatever it holds. */
void textio_set_stdio(vm *v, int flags);
/* Hands host text for fd to the vm's write callback; on stderr every
 * surrogate in it is written as \udXXX ('backslashreplace').  vm_write's
 * sink; cannot fail. */
void textio_emit(vm *v, int fd, const char *p, size_t n);
/* Drops what is pending without a flush (the vm is going away). */
void textio_fini(vm *v);

/* PyObject_GetAttr(stream, "write"): a new bound builtin method (an 80-byte
 * GC block, which counts toward a collection), or NULL with MemoryError.
 * fd: 1 (stdout) or 2 (stderr). */
object *textio_writer(vm *v, int fd);
/* TextIOWrapper.write(text) on fd: the text goes out through vm_write and
 * the pending state changes as python3's does.  Returns the new int python3
 * returns (the text's length), or NULL with the exception set (the
 * simulated heap is full, or the write failed: BrokenPipeError). */
object *textio_write(vm *v, int fd, object *text);
/* TextIOWrapper.flush() on fd: joins what is pending into one bytes object,
 * hands it to the buffer, frees it, then flushes the buffer to the raw
 * file.  0, or -1 with MemoryError. */
int textio_flush(vm *v, int fd);
/* Flushes both streams (python3's flush_std_files at exit, or before a
 * traceback).  Errors are dropped, as python3 drops them there. */
void textio_flush_all(vm *v);

#endif
