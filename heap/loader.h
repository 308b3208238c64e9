/*
 * loader.h — __main__'s __loader__: importlib's SourceFileLoader for the
 * script, as pymain_run_file's set_main_loader makes it before the script
 * is compiled (Python/pythonrun.c).
 *
 * In python3 it is an instance of a class of the frozen
 * _frozen_importlib_external, holding the module's name and the script's
 * path in its __dict__ ({'name': '__main__', 'path': __file__}), referenced
 * by __main__'s dict only.  heapviz keeps it static, as it keeps start-up's
 * other objects, outside the object graph: its two strs are held as the
 * interpreter's references (the graph's root for what the runtime's own
 * objects hold), read back as `name` and `path`; the rest of importlib's
 * loader is refused by name.
 */
#ifndef HV_LOADER_H
#define HV_LOADER_H

#include "vm.h"

typedef struct loaderobj {
    object ob;
    object *name;           /* '__main__' (its __dict__'s 'name') */
    object *path;           /* the script's __file__ ('path') */
} loaderobj;

#define LOADER(o) ((loaderobj *)(o))

extern const type tmpl_source_loader;

/* The loader of the script whose file is path (vm.main_loader): a static
 * object holding a reference to path and to a '__main__' str of its own
 * (python3's set_main_loader makes one).  Borrowed: it lives as long as
 * the vm. */
object *loader_new(vm *v, object *path);

/* The loader's references dropped (Py_FinalizeEx: __main__ and what
 * only it held go); it answers NULL for name and path after. */
void loader_clear(vm *v);

#endif
