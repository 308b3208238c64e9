/*
 * view.c — the table of views (view.h).
 */
#include "view.h"

#include "buf.h"
#include "view_heap.h"

#include <string.h>

static const view_ops *const views[] = {
    &view_heap_ops,
};

static const char *const planned[] = {"program", "heap", "graph", "gc", "stats", "timeline"};

const view_ops *view_find(const char *name)
{
    for (size_t i = 0; i < HV_COUNTOF(views); i++)
        if (strcmp(views[i]->name, name) == 0)
            return views[i];
    return NULL;
}

int view_planned(const char *name)
{
    for (size_t i = 0; i < HV_COUNTOF(planned); i++)
        if (strcmp(planned[i], name) == 0)
            return 1;
    return 0;
}

void view_names(buf *out)
{
    for (size_t i = 0; i < HV_COUNTOF(views); i++)
        buf_printf(out, "%s%s", i ? ", " : "", views[i]->name);
}
