/*
 * loader.c — __main__'s __loader__ (loader.h).
 */
#include "loader.h"

#include "attr.h"
#include "object.h"
#include "types.h"

#include <string.h>

object *loader_new(vm *v, object *path)
{
    /* basicsize 24 (the object and __weakref__), with the GC and
     * managed-dict pre-headers: getsizeof 56, as python3's */
    object *o = vm_static_object(v, T_SOURCE_LOADER, 56, 0);
    /* set_main_loader's "sO": a '__main__' str of its own, not the
     * module's __name__ */
    LOADER(o)->name = obj_incref(v, str_static_own(v, "__main__"));
    LOADER(o)->path = obj_incref(v, path);
    return v->main_loader = o;
}

void loader_clear(vm *v)
{
    object *o = v->main_loader;
    if (!o)
        return;
    object *name = LOADER(o)->name, *path = LOADER(o)->path;
    LOADER(o)->name = LOADER(o)->path = NULL;
    obj_xdecref(v, name);
    obj_xdecref(v, path);
}

/* name and path from its __dict__, __class__; importlib's methods and the
 * rest of the instance (__dict__, __dir__, get_filename...) are refused by
 * name rather than answered wrong. */
static object *loader_getattr(vm *v, object *o, object *name)
{
    const char *s = STR(name)->data;
    if (!strcmp(s, "name") && LOADER(o)->name)
        return obj_incref(v, LOADER(o)->name);
    if (!strcmp(s, "path") && LOADER(o)->path)
        return obj_incref(v, LOADER(o)->path);
    if (!strcmp(s, "__class__"))
        return obj_incref(v, &o->type->ob);
    return attr_refuse(v, "SourceFileLoader", s);
}

/* subtype_traverse: the values of its __dict__, then its type. */
static int loader_traverse(object *o, visitproc visit, void *arg)
{
    int r = obj_visit_pair(LOADER(o)->name, LOADER(o)->path, visit, arg);
    return r ? r : visit(&o->type->ob, arg);
}

const type tmpl_source_loader = {.getattr = loader_getattr, .traverse = loader_traverse,
                                 .host_size = sizeof(loaderobj)};
