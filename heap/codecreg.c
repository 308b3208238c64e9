/*
 * codecreg.c — codec names as CPython 3.11's registry resolves them.
 *
 *   name ──_Py_normalize_encoding──▶ "utf_8" ──search_function──▶ module
 *                                      aliases.py, then the encodings package
 *
 * The registry itself is not modelled: a module name is all heapviz needs
 * to tell the codecs it implements from the ones it refuses and from the
 * names python3 rejects with LookupError.
 */
#include "codecreg.h"

#include "hv.h"

#include <stdlib.h>
#include <string.h>

struct codec_alias {
    const char *name;       /* a key of encodings.aliases.aliases */
    const char *module;     /* the codec module it names */
};

#include "codecnames.inc"

bool codecreg_normalize(const char *name, char *out, size_t size)
{
    size_t k = 0;
    bool punct = false;
    for (; *name; name++) {
        unsigned char c = (unsigned char)*name;
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '.')) {
            punct = true;
            continue;
        }
        if (punct && k && k + 1 < size)
            out[k++] = '_';
        if (k + 1 >= size)
            return false;
        out[k++] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
        punct = false;
    }
    out[k] = 0;
    return true;
}

static const char *alias_module(const char *name)
{
    for (const struct codec_alias *a = codec_aliases; a->name; a++)
        if (!strcmp(a->name, name))
            return a->module;
    return NULL;
}

static const char *listed(const char *const *list, const char *name)
{
    for (; *list; list++)
        if (!strcmp(*list, name))
            return *list;
    return NULL;
}

const char *codecreg_module(const char *name)
{
    size_t size = strlen(name) + 1;
    char *low = hv_malloc(size);
    codecreg_normalize(name, low, size);                  /* fits: never longer */
    const char *module = alias_module(low);
    bool dot = strchr(low, '.') != NULL;
    for (char *p = low; dot && !module && (p = strchr(p, '.')); p++)
        *p = '_';
    if (!module && dot)
        module = alias_module(low);
    else if (!module)
        module = listed(codec_modules, low);
    free(low);
    return module;
}

size_t codecreg_utf8_valid(const unsigned char *p, size_t n, const char **why, size_t *bad)
{
    unsigned c = p[0];
    size_t k = c < 0x80 ? 1 : c >= 0xc2 && c < 0xe0 ? 2 : c >= 0xe0 && c < 0xf0 ? 3
             : c >= 0xf0 && c < 0xf5 ? 4 : 0;
    *why = "invalid start byte";
    *bad = 1;
    if (k == 0)
        return 0;
    unsigned lo = 0x80, hi = 0xbf;
    if (c == 0xe0) lo = 0xa0;
    if (c == 0xed) hi = 0x9f;
    if (c == 0xf0) lo = 0x90;
    if (c == 0xf4) hi = 0x8f;
    for (size_t j = 1; j < k; j++) {
        if (j >= n) {
            *why = "unexpected end of data";
            *bad = n;
            return 0;
        }
        unsigned d = p[j];
        if (d < (j == 1 ? lo : 0x80) || d > (j == 1 ? hi : 0xbf)) {
            *why = "invalid continuation byte";
            *bad = j;
            return 0;
        }
    }
    return k;
}

bool codecreg_is_text(const char *module)
{
    return !listed(codec_binary, module);
}

bool codecreg_keeps_ascii(const char *module)
{
    return listed(codec_ascii, module) != NULL;
}
