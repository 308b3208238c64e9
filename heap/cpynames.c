/*
 * cpynames.c — the public names of CPython 3.11 (cpynames.h): a sorted
 * table of "OWNER.NAME" strings, searched by bisection.
 */
#include "cpynames.h"

#include "hv.h"

#include <stdlib.h>
#include <string.h>

static const char *const names[] = {
#include "cpynames.inc"
};

static int compare(const void *key, const void *entry)
{
    return strcmp(key, *(const char *const *)entry);
}

int cpynames_has(const char *owner, const char *name)
{
    char key[160];
    size_t no = strlen(owner), nn = strlen(name);
    if (no + nn + 2 > sizeof key || name[0] == '_')
        return 0;
    memcpy(key, owner, no);
    key[no] = '.';
    memcpy(key + no + 1, name, nn + 1);
    return bsearch(key, names, HV_COUNTOF(names), sizeof names[0], compare) != NULL;
}
