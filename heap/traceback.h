/*
 * traceback.h — traceback objects and the frame objects they refer to, as
 * CPython 3.11 makes them (traceback.c).  heap/ internal: the evaluator
 * calls these where ceval.c calls PyTraceBack_Here and _PyFrame_Clear.
 */
#ifndef HV_TRACEBACK_H
#define HV_TRACEBACK_H

#include "buf.h"
#include "eval.h"

/* A frame object (PyFrameObject): made for a running frame on demand, it
 * belongs to that frame; when the frame finishes while something else
 * still refers to it, it takes over the frame's locals, function, code and
 * a reference to its caller's frame object (take_ownership). */
typedef struct frameobj {
    object ob;
    frame *running;         /* the frame it belongs to, or NULL once it owns its data */
    codeobj *code;          /* f_code once owned (a reference) */
    object *func;           /* f_func once owned (a reference), or NULL */
    object *locals;         /* f_locals of a module or class body once owned, or NULL */
    object *back;           /* f_back once owned (a reference), or NULL */
    uint32_t lineno;        /* where it stopped, once owned */
    uint32_t nlp;           /* owned localsplus slots */
    uint32_t nslots;        /* locals + stack depth: its size is 120 + 8 × nslots */
    const char *sim_func;   /* a frame heapviz runs in C (no code object): its
                               co_name, in file sim_file; else NULL */
    const char *sim_file;
    object *lp[];           /* the owned locals (NULL: unbound) */
} frameobj;

/* A traceback object: one per frame an exception passed through. */
typedef struct tbobj {
    object ob;
    object *next;           /* tb_next: the traceback of the frame it came from, or NULL */
    object *frame;          /* tb_frame (a reference) */
    uint32_t lasti;         /* the failing instruction (heapviz's index, not CPython's offset) */
    uint32_t lineno;        /* tb_lineno */
} tbobj;

#define FRAMEOBJ(o) ((frameobj *)(o))
#define TB(o) ((tbobj *)(o))

/* _PyFrame_GetFrameObject: f's frame object (borrowed), made on first use
 * (gen.gi_frame); NULL with MemoryError when the simulated heap is full. */
object *traceback_frame_object(vm *v, frame *f);
/* PyTraceBack_Here: a traceback for frame f stopped at instruction ip
 * becomes the current exception's __traceback__ (the old one its tb_next),
 * making f's frame object if it has none.  Out of simulated memory, the
 * exception keeps its traceback as it was.  Cannot fail. */
void traceback_here(vm *v, frame *f, uint32_t ip);
/* Where an exception passed frame f at instruction ip: its printed entry
 * (exc_add_traceback) and its traceback object (traceback_here).  Cannot
 * fail. */
void traceback_add(vm *v, frame *f, uint32_t ip);
/* A frame object for a Python function heapviz runs in C (tracemalloc.c's
 * simulated tracemalloc.py and _collections_abc.py): 120 + 8 × nslots
 * bytes, room for nlp locals, owning nothing and untracked while the
 * function runs.  NULL with MemoryError. */
object *traceback_sim_frame(vm *v, uint32_t nlp, uint32_t nslots);
/* take_ownership for one: it is tracked, locals[0..nlp) become its own
 * (references stolen; NULL: unbound), back (NULL: none) its f_back (a
 * new reference).  Cannot fail. */
void traceback_sim_frame_own(vm *v, object *fo, object **locals, object *back);
/* Names a simulated frame's function and file (static strings) and the
 * line it stopped at, for its repr and f_lineno (it has no f_code unless
 * given one: traceback_sim_frame_code). */
void traceback_sim_frame_name(object *fo, const char *file, const char *func, uint32_t line);
/* Gives a simulated frame the code object its f_code shows (a reference
 * taken; its f_locals then read its slots by the code's names). */
void traceback_sim_frame_code(vm *v, object *fo, object *code);
/* PyTraceBack_Here for a frame heapviz runs in C (tracemalloc.py's), whose
 * frame object is fo (borrowed): a traceback object at `line` becomes the
 * head of the current exception's chain.  0, or -1 when the simulated heap
 * is full (the exception is kept, without that traceback). */
int traceback_sim_here(vm *v, object *fo, uint32_t line);
/* tb_entry.col's end column for an instruction that ends on a later line
 * (carets to the end of the line). */
#define TB_COL_MULTILINE 0xffff
/* traceback_here's ip for a generator frame that never ran: an exception
 * thrown into it stops at its def line (co_firstlineno). */
#define TB_BEFORE_START UINT32_MAX

/* The first part of _PyFrame_Clear, for a frame about to be freed: drops
 * its frame object, which takes the frame's locals over when it is still
 * referred to (the frame's slots are then empty).  Cannot fail. */
void traceback_frame_exit(vm *v, frame *f);

/* Writes to b what CPython's PyErr_Display writes for the uncaught
 * exception exc: the exceptions it is chained to first ("During handling of
 * the above exception..."), then each one's "Traceback (most recent call
 * last):" with its frames (file, line, function, the script's source line
 * and the carets under the failing span) and its last line
 * "Type: message".  May run Python code (str(exc)); leaves no exception. */
void traceback_print(vm *v, buf *b, object *exc);

/* Line `line` of the script as _Py_DisplaySourceLine reads it (*len
 * bytes, without its line ending), or NULL when there is no such line or
 * io's readline meets a decode error first (a file that declared UTF-8
 * but holds other bytes). */
const char *traceback_script_line(vm *v, uint32_t line, size_t *len);
/* The heap work of _Py_DisplaySourceLine quoting line `line` of `file`
 * (the unraisable hook's tracebacks, the warnings a compiler shows):
 * io.open, the tokenizer's look for a coding cookie, a TextIOWrapper read
 * up to the line (the lines themselves only for the script's own text),
 * closed; a name stays in the method cache (traceback.c).  Cannot fail:
 * what the full heap refuses is skipped, as python3 skips it. */
void traceback_source_memory(vm *v, const char *file, uint32_t line);

/* A source file opened as python3's readers open one: io.open(file, "rb")
 * (a FileIO and its __dict__, a BufferedReader with its buffer of the
 * file's st_blksize and its lock), then a UTF-8 TextIOWrapper over it (its
 * encoding and errors names, the IncrementalDecoder and its instance
 * values, the IncrementalNewlineDecoder).  What the full heap refuses is
 * 0 or NULL here: python3 clears such errors and goes on. */
enum { TB_READER_FILEIO, TB_READER_READER, TB_READER_BUFFER, TB_READER_LOCK, TB_READER_WRAPPER,
       TB_READER_DECODER, TB_READER_VALUES, TB_READER_NEWLINES, TB_READER_NBLOCKS };
typedef struct traceback_reader {
    object *dict;                           /* the FileIO's __dict__ */
    object *encoding, *errors;              /* the wrapper's names */
    uint64_t block[TB_READER_NBLOCKS];      /* each part's block, 0 when not made */
} traceback_reader;

/* The length of text[0..n) cut back to a whole UTF-8 character: an
 * incremental decoder keeps a split one's bytes for the next chunk. */
size_t traceback_whole_chars(const char *text, size_t n);
/* The chunk text[0..n) decoded as the UTF-8 decoder does (utf_8_decode,
 * not final: unicode_decode_utf8 with `consumed`): a str of one ASCII
 * character a byte first, the result when every byte is ASCII; past the
 * first other byte that str is the writer's buffer, remade wider (same
 * length) at each wider character while the narrower one is still held,
 * cut at the end.  A character cut by the chunk's end is left to the next
 * chunk.  Or NULL (the error cleared). */
object *traceback_decode_chunk(vm *v, const char *text, size_t n);
/* IncrementalNewlineDecoder's seennl bits (Modules/_io/textio.c). */
enum { NL_SEEN_CR = 1, NL_SEEN_LF = 2, NL_SEEN_CRLF = 4 };
/* _PyIncrementalNewlineDecoder_decode's pass over the chunk `decoded`
 * (the str of text[0..n), whose reference it takes), translating as
 * newline=None does, *seennl its record: while only LF has been seen, a
 * memchr for the byte '\r' over the str's kind * len bytes decides, so a
 * wide character holding 0x0D (U+0D00-U+0DFF, U+010D, the snake emoji
 * U+1F40D) sends the chunk through the copy a real CR takes: a PyMem
 * buffer of kind * len bytes, the decoded str dropped, a new str made from
 * the buffer, the buffer freed.  Returns the str decoded_chars takes (CRs
 * are not translated: the readers' offsets stay the file's). */
object *traceback_newline_decode(vm *v, int *seennl, object *decoded, const char *text, size_t n);
/* The BufferedReader's buffer size: the file's st_blksize (vm.source_stat). */
size_t traceback_reader_blksize(vm *v);
/* io.open(file, "rb"), its argument tuples made and dropped.  Cannot fail. */
void traceback_reader_open(vm *v, traceback_reader *r);
/* TextIOWrapper(buffer, "utf-8") over r (textiowrapper_init); leaves a name
 * in the method cache.  Cannot fail. */
void traceback_reader_wrap(vm *v, traceback_reader *r);
/* Frees the wrapper's parts (textiowrapper_dealloc), leaving the file open. */
void traceback_reader_unwrap(vm *v, traceback_reader *r);
/* Closes r: the wrapper's parts if still there, then the buffer, reader and FileIO. */
void traceback_reader_close(vm *v, traceback_reader *r);

/* PyErr_WriteUnraisable(obj)'s default hook for the current exception
 * (which must be set): "Exception ignored in: repr(obj)" (fallback when
 * obj is NULL), its traceback and its last line (with ": " even when
 * str(exc) is empty) on stderr, with the heap work python3's hook does
 * (UnraisableHookArgs, and per source line shown the file opened through
 * io, which leaves a name in the method cache: traceback.c); the exception
 * is then dropped.  Cannot fail. */
void traceback_write_unraisable(vm *v, object *obj, const char *fallback);

/* Installs the slots of the frame and traceback types and frame's methods
 * (before attr_init builds the types' descriptors). */
void traceback_init_types(vm *v);

#endif
