/*
 * demo_cmd.h — `heapviz demos` and `heapviz --demo NAME`.
 *
 * On a terminal, --demo opens the interactive app (interactive.h); without
 * one (a pipe, a file, a script), it plays the demo as narrated text:
 * the program runs as under `heapviz run` (with the demo's #% profile and
 * collector, recorded as session "demo:NAME" unless --no-record), and each
 * caption is printed, as "# " lines, when its line of code first runs.
 * The recorded session is what `heapviz replay` and `export --format
 * asciicast` then show, captions included (they come from its source).
 */
#ifndef HV_DEMO_CMD_H
#define HV_DEMO_CMD_H

#include "cli.h"
#include "demo.h"

/* `heapviz demos`: the names and descriptions on stdout.  Returns 0. */
int demo_cmd_list(void);

/* `heapviz --demo NAME` as narrated text.  Returns the exit status: the program's (0, or 1
 * for an uncaught exception), or 2 with one line on stderr for an unknown
 * NAME (listing the names) or a database that cannot record. */
int demo_cmd_play(const cli_opts *o);

/* The options demo d asks for (its #% lines): o's, with its `profile`
 * unless --profile was given, and its `collector` unless --collector was
 * given.  When --profile overrides the demo's, one line saying so goes
 * into notice (left empty otherwise).  0, or -1 after a one-line message
 * on stderr (an unknown profile). */
int demo_cmd_options(const demo *d, const cli_opts *o, cli_opts *out, buf *notice);

#endif
