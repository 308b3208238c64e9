/*
 * buf.h — a growable byte buffer (text output, encodings).  Never fails:
 * host OOM goes through hv_oom().  The contents are always NUL-terminated.
 */
#ifndef HV_BUF_H
#define HV_BUF_H

#include "hv.h"

#include <stdarg.h>

typedef struct buf {
    char *data;     /* NUL-terminated contents, or NULL while empty */
    size_t len;     /* bytes used, excluding the terminator */
    size_t cap;     /* bytes allocated */
} buf;

#define BUF_INIT {NULL, 0, 0}

void buf_free(buf *b);
void buf_clear(buf *b);                          /* keeps the allocation */
void buf_add(buf *b, const void *p, size_t n);
void buf_adds(buf *b, const char *s);
void buf_addc(buf *b, char c);
void buf_printf(buf *b, const char *fmt, ...) HV_PRINTF(2, 3);
void buf_vprintf(buf *b, const char *fmt, va_list ap);
/* Appends n with thousands separators (",") right-aligned in `width`. */
void buf_add_grouped(buf *b, uint64_t n, int width);
/* The contents as a C string ("" while empty); valid until the next change. */
const char *buf_str(const buf *b);

#endif
