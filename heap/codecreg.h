/*
 * codecreg.h — the names CPython 3.11's codec registry resolves, without
 * the registry: which module of the encodings package a name finds.
 * str.encode and bytes.decode (bytes.c) and the tokenizer's coding cookie
 * (lex.c) ask it; the lists are python3's own (heap/codecnames.py).
 */
#ifndef HV_CODECREG_H
#define HV_CODECREG_H

#include <stdbool.h>
#include <stddef.h>

/* _Py_normalize_encoding of name into out[0..size): lower case, each run
 * of characters other than ASCII letters, digits and '.' one '_' (none
 * leading).  False when it does not fit (out then unspecified). */
bool codecreg_normalize(const char *name, char *out, size_t size);

/* The codec module encodings.search_function imports for name, as
 * _PyCodec_Lookup passes it on (normalized): an alias's module (the name
 * as it is, then with each '.' as '_'), else, holding no '.', a codec
 * module of that name.  A static string ("utf_8", "latin_1", ...), or
 * NULL when the registry has no codec: LookupError. */
const char *codecreg_module(const char *name);

/* Whether a codec module is a text encoding (CodecInfo._is_text_encoding):
 * _PyCodec_LookupTextEncoding, which io.TextIOWrapper uses, refuses the
 * others ('hex', 'base64', 'rot13', ...). */
bool codecreg_is_text(const char *module);

/* Whether a text encoding decodes ASCII bytes as themselves (measured
 * by heap/codecnames.py): a source file of ASCII bytes reads the same
 * in it as in UTF-8. */
bool codecreg_keeps_ascii(const char *module);

/* Length of the valid UTF-8 sequence at p[0..n) (n >= 1), or 0 with the
 * UTF-8 decoder's error (CPython's rules: no overlongs, no surrogates,
 * nothing above U+10FFFF): *why its reason and *bad the bytes it covers
 * (endinpos - startinpos). */
size_t codecreg_utf8_valid(const unsigned char *p, size_t n, const char **why, size_t *bad);

#endif
