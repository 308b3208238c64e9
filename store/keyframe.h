/*
 * keyframe.h — a heap model as the store keeps it: model_save()'s bytes
 * (sectioned, see heap/model_io.c) behind a format byte and a CRC-32, so a
 * damaged keyframe is reported rather than half loaded.
 *
 *   ┌────────┬────────────┬──────────────────────────────┐
 *   │ u8 (1) │ u32 CRC-32 │ model_save() bytes           │
 *   └────────┴────────────┴──────────────────────────────┘
 */
#ifndef HV_KEYFRAME_H
#define HV_KEYFRAME_H

#include "buf.h"
#include "model.h"

/* Appends m as a keyframe to out.  Cannot fail. */
void keyframe_encode(const model *m, buf *out);
/* The model in keyframe p[0..n) for geometry prof, or NULL with a one-line
 * reason appended to why (which may be NULL). */
model *keyframe_decode(const profile *prof, const void *p, size_t n, buf *why);

#endif
