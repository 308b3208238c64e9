/*
 * modfind.c — the top-level modules python3 can import, by where its
 * import system looks:
 *
 *   sys.builtin_module_names, frozen modules      modnames_builtin
 *   sys.path[0]: the script's directory            its path's directory
 *   PYTHONPATH's entries                           the environment
 *   the standard library and site directories      modnames_path
 *
 * In each directory a FileFinder takes a directory of that name (a
 * package, or a namespace package's portion) or a file of that name with
 * one of modnames_suffix.  A .pth file's extra entries and the user site
 * directory are not read.
 */
#include "modfind.h"

#include "hv.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "modnames.inc"

/* A built-in or frozen module: found without a path. */
static bool modfind_builtin(const char *name, size_t len)
{
    for (size_t i = 0; i < HV_COUNTOF(modnames_builtin); i++)
        if (strlen(modnames_builtin[i]) == len && !memcmp(modnames_builtin[i], name, len))
            return true;
    return false;
}

/* What FileFinder finds in the directory dir[0..dlen) ("" is the current
 * directory, as sys.path's ''): dir/name, or dir/name + a suffix. */
static bool modfind_in(const char *dir, size_t dlen, const char *name, size_t len)
{
    char path[4096];
    struct stat st;
    if (dlen == 0)
        dir = ".", dlen = 1;
    for (size_t i = 0; i <= HV_COUNTOF(modnames_suffix); i++) {
        const char *suffix = i ? modnames_suffix[i - 1] : "";
        int n = snprintf(path, sizeof path, "%.*s/%.*s%s", (int)dlen, dir, (int)len, name, suffix);
        if (n < 0 || (size_t)n >= sizeof path || stat(path, &st) != 0)
            continue;
        if (i ? S_ISREG(st.st_mode) : S_ISDIR(st.st_mode))
            return true;
    }
    return false;
}

/* Each entry of a ':'-separated list of directories (PYTHONPATH's). */
static bool modfind_in_list(const char *list, const char *name, size_t len)
{
    while (list && *list) {
        const char *end = strchr(list, ':');
        size_t dlen = end ? (size_t)(end - list) : strlen(list);
        if (modfind_in(list, dlen, name, len))
            return true;
        list = end ? end + 1 : NULL;
    }
    return false;
}

bool modfind_exists(const char *name, size_t len, const char *script)
{
    if (modfind_builtin(name, len))
        return true;
    const char *slash = script[0] == '<' ? NULL : strrchr(script, '/');
    if (slash ? modfind_in(script, (size_t)(slash - script) + (slash == script), name, len)
              : modfind_in("", 0, name, len))
        return true;
    if (modfind_in_list(getenv("PYTHONPATH"), name, len))
        return true;
    for (size_t i = 0; i < HV_COUNTOF(modnames_path); i++)
        if (modfind_in(modnames_path[i], strlen(modnames_path[i]), name, len))
            return true;
    return false;
}
