/*
 * interp.h — the simulated interpreter as ui/ and store/ see it: give it a
 * program, it runs it on a simulated CPython 3.11 heap, writes what the
 * program prints through a callback, and reports every change as an event.
 *
 * heap/ does no I/O of its own: output goes through `write`, events through
 * `emit`; reading files and the terminal is ui/'s business.
 */
#ifndef HV_INTERP_H
#define HV_INTERP_H

#include "buf.h"
#include "environrefs.h"
#include "event.h"
#include "profile.h"
#include "srcstat.h"
#include "vmnames.h"

#include <signal.h>
#include <stddef.h>
#include <stdint.h>

typedef struct interp interp;

/* sys.stdout's buffering, as python3 chooses it (pylifecycle.c create_stdio). */
enum interp_stdout {
    INTERP_STDOUT_WRITE_THROUGH,    /* PYTHONUNBUFFERED non-empty, or python3 -u */
    INTERP_STDOUT_LINE,             /* stdout is a terminal */
    INTERP_STDOUT_BLOCK,            /* a file or a pipe: 8192-byte chunks */
};

typedef struct interp_options {
    const profile *prof;            /* allocator geometry */
    uint64_t heap_limit;            /* simulated bytes (0: none) */
    hv_emit_fn emit;                /* events (may be NULL) */
    void *emit_ud;
    hv_ring *ring;                  /* or: events built in this ring's slots
                                       (event.h; emit is then ignored) */
    void (*write)(void *ud, int fd, const char *p, size_t n);  /* stdout = 1, stderr = 2 */
    void *write_ud;
    /* May be NULL.  When `write` could not write to stdout it sets
     * *write_errno to the errno (EPIPE: a closed pipe); the program's write
     * then raises the OSError of it (BrokenPipeError), as python3's does,
     * and the interpreter sets it back to 0. */
    int *write_errno;
    /* Flush what `write` buffered (may be NULL; gets write_ud): python3
     * flushes its stdout when the script ends, before it prints an
     * uncaught exception (pythonrun.c's flush_io), so a file holding both
     * streams has the output first, then the traceback. */
    void (*flush)(void *ud);
    /* May be NULL: file.flush() in the program (print(..., flush=True)):
     * what `write` buffered for stdout goes out now, as python3's raw
     * write puts it in the pipe; a failure sets *write_errno (and drops
     * it, as a failed write does). */
    void (*sync)(void *ud);
    /* A named snapshot was asked for (tracemalloc.take_snapshot(), the UI's
     * S key): the recorder stores a keyframe with that name at the current
     * position.  May be NULL. */
    void (*snapshot)(void *ud, const char *name);
    void *snapshot_ud;
    /* Statements plus loop iterations (for, comprehensions, generator
     * expressions, backward jumps, every step of an iterator a builtin
     * consumes: sum(range(10**12))) plus big-int work (one step per
     * VM_BIGINT_WORK_PER_STEP digit products or division steps) the
     * program may run (0: no limit; fuzzers and tests set it so no input
     * runs forever).  Past it, every statement and iteration raises
     * KeyboardInterrupt("step limit reached"), so even a program that
     * catches it soon ends. */
    uint64_t step_limit;
    int collector;                  /* enum gc_collector (event.h): generational (0) or mark & sweep */
    /* 1: the collector starts empty (unit tests counting from zero); 0: a
     * script's first statement finds it as python3's does (gc_start_interpreter). */
    int gc_empty;
    /* 1: as `python3 -i` (the live screen, whose console follows the
     * script): an uncaught SystemExit is reported as any exception is.
     * 0: as `python3 script`: it ends the program with its code as the
     * exit status, without a traceback (_Py_HandleSystemExit). */
    int inspect;
    /* How python3 would have opened sys.stdout (enum interp_stdout).  It
     * changes no output, only the heap: what print() keeps pending (and
     * holds references to) and when it is flushed. */
    int stdout_mode;
    /* st_blksize of the files behind stdout and stderr: python3 sizes
     * their BufferedWriters by it (0: io.DEFAULT_BUFFER_SIZE). */
    size_t stdout_blksize, stderr_blksize;
    /* The script file's os.stat() (its known 0: none), which linecache's
     * first read holds while it reads (srcstat.h); its st_blksize sizes the
     * BufferedReader python3 reads the script through (linecache, and to
     * quote a line: an unraisable report, a SyntaxWarning). */
    srcstat source_stat;
    /* sys.stdout's encoding and error handler (enum textio_stdio flags,
     * textio_stdio_policy); 0: UTF-8 with 'surrogateescape'. */
    int stdio;
    /* The references python3's posix.environ holds to b'' and to the
     * one-byte bytes at start-up: one per host environment variable's
     * empty or one-byte name or value (run_environ_refs counts them).
     * sys.getrefcount(b'') and of b'1' show them; heap/ reads nothing of
     * the host itself. */
    environ_refs environ;
    /* The host's environment variable NAME, or NULL (getenv; the option
     * NULL: an empty environment): sys.flags' values as python3 reads
     * them (structseq_set_flags). */
    const char *(*getenv)(const char *name);
    /* A flag the caller's SIGINT handler sets (may be NULL): the program
     * gets KeyboardInterrupt at its next loop jump or call, and the flag
     * is cleared.  The handler should do nothing else. */
    volatile sig_atomic_t *interrupt;
    /* May be NULL.  When set, the interpreter asks it each time it finds
     * *interrupt set (and has cleared it): 1 raises KeyboardInterrupt, 0
     * goes on.  A UI that also sets the flag from a timer, to redraw while
     * a script runs, answers whether a SIGINT was among the reasons. */
    int (*interrupt_check)(void *ud);
    void *interrupt_ud;
} interp_options;

interp *interp_new(const interp_options *opt);
void interp_delete(interp *in);
/* Sends later events elsewhere (as interp_options' emit, emit_ud, ring);
 * a runner whose recording ended.  Not inside interp_run. */
void interp_set_sink(interp *in, hv_emit_fn emit, void *ud, hv_ring *ring);

/* Compiles and runs a whole program as `python3 filename` would: returns
 * 0, or 1 after writing the traceback of an uncaught exception (or the
 * SyntaxError report) to stderr, or an uncaught SystemExit's status
 * (0-255, unless interp_options.inspect), or INTERP_KILLED_BY_SIGINT after
 * the traceback of an uncaught KeyboardInterrupt (python3 then ends
 * itself with SIGINT, so its parent sees status 130: the value is not an
 * exit status, so that sys.exit(130) is not taken for it). */
#define INTERP_KILLED_BY_SIGINT (256 + 130)
int interp_run(interp *in, const char *source, size_t n, const char *filename);
/* sys.argv[0] as python3 makes it: the script's path as given on the
 * command line (interp_run takes its filename when this was not called
 * first; the console without a script '').  Once, before the program
 * runs (later calls do nothing). */
void interp_set_argv0(interp *in, const char *arg);

/* Calls fn with the address and __name__ of every builtin type (a recorder
 * names them, so tools can say "list" of a recorded type address). */
void interp_each_type(interp *in, void (*fn)(void *ud, uint64_t addr, const char *name), void *ud);

/* ---- the live console (implemented with compile's 'single' mode) --------
 *
 * Lines typed at a `>>>` prompt run in the same __main__ as the script
 * loaded before (if any), as CPython's interactive console runs them:
 * an expression statement's value is printed with repr() unless None, an
 * uncaught exception prints its traceback (filename "<stdin>") and the
 * console goes on.  Each call is one STEP_CONSOLE step.
 */
/* 1 if text is an unfinished block that needs more lines (a header ending
 * in ':', an open bracket, a continuation line), as codeop decides;
 * 0 if it is complete or definitely wrong (interp_console reports that). */
int interp_console_incomplete(interp *in, const char *text, size_t n);
/* Runs one console input (one or more lines).  Returns 0, or 1 after
 * writing a traceback or SyntaxError report to stderr. */
int interp_console(interp *in, const char *text, size_t n);

/* The collector gc.collect() and the automatic trigger run from now on
 * (enum gc_collector), as --collector chose it at start; a UI switches it
 * between statements.  interp_collector answers the current one. */
void interp_set_collector(interp *in, int collector);
int interp_collector(interp *in);
/* A full collection now, as the UI's collect key asks: one STEP_CONSOLE
 * step, then the collector's phases as gc.collect() emits them.  Returns
 * what gc.collect() would (objects found unreachable, or swept). */
int64_t interp_collect(interp *in);

/* The name of the type object at simulated address addr: a builtin type,
 * or a class the program made that is alive and tracked; NULL otherwise.
 * Read-only; the UI and the recorder call it to name OBJ_NEW's `type`. */
const char *interp_type_name(interp *in, uint64_t addr);
/* The names events do not carry (types, interned strings, code objects and
 * their locals, as vmnames.h says), for a viewer's or recorder's table.
 * Reads only; cannot fail. */
void interp_names(interp *in, vmnames_fn fn, void *ud);
/* The same, the interned strings only when they changed since *seen
 * (vmnames_each_since; start it at VMNAMES_ALL). */
void interp_names_since(interp *in, uint64_t *seen, vmnames_fn fn, void *ud);
/* The values of the static objects (vmnames_values: "5", "None"…), once
 * per interpreter.  Reads only; cannot fail. */
void interp_values(interp *in, vmnames_fn fn, void *ud);
/* Appends repr() of a str holding this UTF-8 text as python3 writes it
 * (quotes, escapes, printable characters as they are): the UI quotes
 * recorded str values with it.  Defined in str.c. */
void str_repr_text(const char *data, size_t nbytes, buf *out);

#endif
