/*
 * run.h — the headless `heapviz run` command.
 */
#ifndef HV_RUN_H
#define HV_RUN_H

#include "buf.h"
#include "cli.h"
#include "interp.h"

/* Runs o->script; returns the exit status (0, 1 for an uncaught
 * exception, 2 for an unusable file). */
int run_script(const cli_opts *o);
/* What python3 started here would find of its host, into opt: sys.stdout's
 * buffering (PYTHONUNBUFFERED set and non-empty writes through, a terminal
 * is line-buffered, a file or pipe block-buffered), the BufferedWriters'
 * sizes (each file's st_blksize), the encoding and error handler
 * (textio_stdio_policy, from the LC_CTYPE locale the environment names,
 * PYTHONUTF8 and PYTHONCOERCECLOCALE; heapviz's own locale is left as it
 * was), and posix.environ's references to the static bytes.  `heapviz run` and the
 * demos set them so. */
void run_host_options(interp_options *opt);
/* interp_options' environ for this process's environment, into *r:
 * python3's convertenviron makes each variable's name and value bytes, an
 * empty one the b'' singleton and a one-byte one its byte's, and drops a
 * name seen before (heap/environrefs.h).  The live screen, whose stdout
 * is its own, takes only this. */
void run_environ_refs(environ_refs *r);
/* getenv(name), of interp_options.getenv's type: the host's environment
 * as python3 reads it for sys.flags. */
const char *run_getenv(const char *name);
/* Appends the whole file at path to b (`heapviz run` and the interactive
 * app read scripts this way).  0, or -1 after a one-line message on
 * stderr (a directory, unreadable, a read error). */
int run_read_script(const char *path, buf *b);

#endif
