/*
 * interactive.h — the interactive commands: `heapviz [SCRIPT.py]` (live)
 * and `heapviz replay [SESSION]`, and opening a recorded session as a
 * stream (also for `heapviz render --session`).
 *
 * Live mode runs the script to its end first, in-process, with every event
 * appended to the stream (and recorded, unless --no-record), then opens
 * the screen at step 0: stepping moves through what was recorded, and the
 * `>>>` console runs in the program's __main__ at the end state (the
 * screen says so while the position is earlier).  Without a script the
 * console starts on an empty heap.
 *
 * No terminal on stdin/stdout, or a TERM the backend cannot use, gives one
 * line suggesting `heapviz run` and exit status 2; nothing is recorded.
 */
#ifndef HV_INTERACTIVE_H
#define HV_INTERACTIVE_H

#include "buf.h"
#include "cli.h"
#include "stream.h"

struct store;

/* `heapviz [SCRIPT]`: the exit status (0; 2 with a one-line message). */
int interactive_live(const cli_opts *o);
/* `heapviz --demo NAME` on a terminal: the bundled demo live, its #:
 * captions leading the narration, its #% profile and collector unless
 * given; recorded as session "demo:NAME" (without a terminal, main plays
 * it as narrated text: demo_cmd.h).  The exit status. */
int interactive_demo(const cli_opts *o);
/* `heapviz replay [SESSION]`: the exit status. */
int interactive_replay(const cli_opts *o);

/* Opens --db (read-only) and the session `spec` (NULL: the latest) as a
 * stream; *st must be closed after the stream is deleted.  NULL with
 * "<file>: <what>" in err. */
stream *interactive_open_session(const cli_opts *o, const char *spec, struct store **st, buf *err);

#endif
