/*
 * ucn.h — Unicode character names as CPython 3.11's unicodedata name
 * capsule (unicodedata._ucnhash_CAPI, Unicode 14.0.0) gives them and
 * looks them up: the `\N{...}` escapes of str literals (parse.c) and the
 * 'namereplace' error handler (bytes.c).  The names are python3's own
 * (heap/ucnnames.py); the tables are constant, so no context is needed.
 */
#ifndef HV_UCN_H
#define HV_UCN_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Room for any name and its NUL (CPython's NAME_MAXLEN is 256). */
#define UCN_BUF 256

/* The capsule's getname(cp, ..., with_alias_and_seq=1), as namereplace
 * calls it: the name of cp into out (UCN_BUF bytes, NUL-ended), the
 * algorithmic ones (HANGUL SYLLABLE ..., CJK UNIFIED IDEOGRAPH-XXXX)
 * included, and, for the plane-15 slots CPython keeps its name aliases
 * and named sequences in (U+F0000..., U+F0200...), theirs.  Its length,
 * or 0 when cp has no name. */
size_t ucn_name(uint32_t cp, char *out);

/* The capsule's getcode(name, len, ..., with_named_seq=0), as the
 * unicodeescape decoder calls it: the code point name[0..len) names, in
 * any ASCII case (the HANGUL SYLLABLE and CJK UNIFIED IDEOGRAPH- forms
 * only in upper case), an alias naming its character; a named sequence
 * is not found.  False when nothing has that name. */
bool ucn_lookup(const char *name, size_t len, uint32_t *cp);

#endif
