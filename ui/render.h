/*
 * render.h — `heapviz render`: one screen of a view as plain text, through
 * the text backend, exactly as the interactive UI would draw it.
 */
#ifndef HV_RENDER_H
#define HV_RENDER_H

#include "cli.h"

/* Runs `heapviz render` with options o; returns the exit status (0, or 2
 * with a one-line message on stderr for a bad view, theme or option).
 * Until sessions come from the store it draws the demo heap (demoheap.h). */
int render_command(const cli_opts *o);

#endif
