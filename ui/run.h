/*
 * run.h — the headless `heapviz run` command.
 */
#ifndef HV_RUN_H
#define HV_RUN_H

#include "buf.h"
#include "cli.h"

/* Runs o->script; returns the exit status (0, 1 for an uncaught
 * exception, 2 for an unusable file). */
int run_script(const cli_opts *o);
/* sys.stdout's buffering (enum interp_stdout) as python3 would choose it
 * here: PYTHONUNBUFFERED set and non-empty (python3 -u) writes through, a
 * terminal is line-buffered, a file or pipe block-buffered. */
int run_stdout_mode(void);
/* sys.stdout's encoding and error handler (enum textio_stdio flags) as
 * python3 would choose them here: from the LC_CTYPE locale the
 * environment names (LC_ALL, LC_CTYPE, LANG), PYTHONUTF8 and
 * PYTHONCOERCECLOCALE (textio_stdio_policy).  heapviz's own locale is
 * left as it was. */
int run_stdio(void);
/* interp_options' environ_empty_bytes for this process's environment:
 * python3's convertenviron makes each variable's name and value bytes, an
 * empty one the b'' singleton, and drops a name seen before. */
int64_t run_environ_empty_bytes(void);
/* FileIO._blksize of fd as python3 would open it: the file's st_blksize,
 * or 0 when fstat fails (python3 then uses io.DEFAULT_BUFFER_SIZE). */
size_t run_blksize(int fd);
/* Appends the whole file at path to b (`heapviz run` and the interactive
 * app read scripts this way).  0, or -1 after a one-line message on
 * stderr (a directory, unreadable, a read error). */
int run_read_script(const char *path, buf *b);

#endif
