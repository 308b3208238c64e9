/*
 * render.h — `heapviz render`: one screen of a recorded session as plain
 * text, through the text backend, exactly as the interactive UI draws it:
 * the default layout, or with --view NAME that view maximised, at --at
 * STEP (default: the end) of --session ID (default: the latest).
 */
#ifndef HV_RENDER_H
#define HV_RENDER_H

#include "cli.h"

/* Runs `heapviz render` with options o; returns the exit status (0, or 2
 * with a one-line message on stderr for a bad view, theme, session, step
 * or option). */
int render_command(const cli_opts *o);

#endif
