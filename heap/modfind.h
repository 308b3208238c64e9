/*
 * modfind.h — whether python3 would find a top-level module, without
 * importing it: the compiler (compile.c) refuses by name a module python3
 * has and heapviz does not simulate, and lets an import of a module
 * python3 has nowhere run, to raise ModuleNotFoundError as python3 does.
 * The facts are python3's own (heap/modnames.py).
 */
#ifndef HV_MODFIND_H
#define HV_MODFIND_H

#include <stdbool.h>
#include <stddef.h>

/* Whether python3 running the script `script` (its path as given, or a
 * name in <> for console input: the current directory) finds the
 * top-level module name[0..len): one of its built-in or frozen modules,
 * or a package directory or module file of that name in sys.path's
 * directories (the script's, PYTHONPATH's, then the standard library's
 * and site directories), as PathFinder's FileFinders look.  Cannot fail:
 * a directory it cannot read holds nothing. */
bool modfind_exists(const char *name, size_t len, const char *script);

#endif
