/*
 * run.h — the headless `heapviz run` command.
 */
#ifndef HV_RUN_H
#define HV_RUN_H

#include "cli.h"

/* Runs o->script; returns the exit status (0, 1 for an uncaught
 * exception, 2 for an unusable file). */
int run_script(const cli_opts *o);

#endif
