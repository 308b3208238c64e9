/*
 * warn.h — PyErr_WarnEx for a warning the default filters ignore: the
 * objects _warnings.c makes and drops, and the __warningregistry__ it
 * leaves in the frame's globals.  heapviz has no warnings module and
 * prints no warning: the one caller is a relative import's ImportWarning
 * (builtins.c), which python3's release build ignores.
 */
#ifndef HV_WARN_H
#define HV_WARN_H

#include "eval.h"

/* PyErr_WarnEx(category, text, 1) from C code called by frame f, for a
 * category an "ignore" filter catches: the message str, f's frame object
 * (made if it has none), the globals' __warningregistry__ (made, holding
 * 'version': 0, on the first warning), the warning instance, its lineno
 * and the registry key, each dropped as warn_explicit drops them.  0, or
 * -1 with MemoryError. */
int warn_ignored(vm *v, frame *f, const char *text);

#endif
