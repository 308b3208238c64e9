/*
 * codec.h — events in compact batches, as the store keeps them.
 *
 * A batch is a self-contained run of events: it decodes without any other
 * batch, so a replayer can start at any batch.  Inside a batch each event
 * is coded against what the batch has seen so far (the previous site, the
 * recently used addresses, sizes and types, the blocks recently allocated
 * in each size class), so a typical event takes one to three bytes instead
 * of the 48 of an hv_event.  codec.c documents the format.
 *
 * Round trip: decoding gives back the kind, the site and every field of
 * the union member that event.h lists for the kind; other bytes decode as
 * zero.  Events of kinds the codec does not know keep their whole union.
 *
 * Decoding treats the blob as hostile: a wrong checksum, a truncated or
 * overlong batch, an out-of-range field — each is reported in one line,
 * never read past the end, never trusted.
 */
#ifndef HV_CODEC_H
#define HV_CODEC_H

#include "buf.h"
#include "event.h"
#include "profile.h"

#include <stddef.h>
#include <stdint.h>

enum { CODEC_MAX_EVENTS = 1 << 16 };   /* events in one batch, at most */
enum { CODEC_FORMAT = 4 };              /* the format new batches have */

typedef struct codec_ctx codec_ctx;     /* the prediction state (codec.c) */

typedef struct codec_enc {
    codec_ctx *x;           /* predictions, reset at each batch */
    buf payload;            /* the events coded so far (the encoder keeps
                               room for the header before data: free it
                               with codec_enc_free only) */
    size_t count;           /* events in payload */
    unsigned shift;         /* the profile's alignment shift */
    unsigned pool_bits;     /* log2 of its pool size */
    uint64_t step;          /* the number of the last STEP of the batches
                               finished (codec_enc_step: of all added) */
    int reference;          /* code with the reference coder (tests) */
} codec_enc;

/* A new, empty batch for a heap of geometry prof (the codec predicts
 * classes and pools from it; any profile decodes any batch).  Cannot fail. */
void codec_enc_init(codec_enc *e, const profile *prof);
/* The same, writing batches of format fmt (1 to CODEC_FORMAT; others: the
 * newest): what files recorded by older versions hold, for tests. */
void codec_enc_init_format(codec_enc *e, const profile *prof, unsigned fmt);
void codec_enc_free(codec_enc *e);
/* From now on e codes with the reference coder, the one description of
 * the format that the decoder shares, instead of the fast encoder the
 * newest format has: the same bytes, slower (tests compare the two). */
void codec_enc_use_reference(codec_enc *e);
/* Adds ev to the batch (at most CODEC_MAX_EVENTS; the caller finishes a
 * batch before that).  Cannot fail. */
void codec_enc_add(codec_enc *e, const hv_event *ev);
/* Adds events ev[0..n) to the batch, in order, until the batch holds
 * CODEC_MAX_EVENTS events or its payload reaches max_bytes (checked after
 * each event, as a caller of codec_enc_add would); returns how many it
 * added.  The same bytes as codec_enc_add one at a time, without a call
 * per event. */
size_t codec_enc_add_many(codec_enc *e, const hv_event *ev, size_t n, size_t max_bytes);
/* The number of the last STEP event added (0: none yet). */
uint64_t codec_enc_step(const codec_enc *e);
/* Appends the finished batch to out and starts a new, empty one. */
void codec_enc_finish(codec_enc *e, buf *out);
/* The same without the copy: finishes the batch where it was coded (the
 * header goes into room kept before the payload) and returns it, *len
 * bytes, valid until the next call on e; starts a new, empty batch.
 * Cannot fail. */
const void *codec_enc_seal(codec_enc *e, size_t *len);

/* The number of events a batch claims to hold, or -1 if p[0..n) does not
 * start like a batch.  (decode checks the claim.) */
long codec_batch_count(const void *p, size_t n);

/* Decodes the batch p[0..n) into out[0..max).  Returns the number of
 * events, or -1 with a one-line reason appended to why (which may be NULL)
 * if the batch is corrupt or holds more than max events. */
long codec_decode(const void *p, size_t n, hv_event *out, size_t max, buf *why);

/* CRC-32 (IEEE) of p[0..n), continuing from crc (0 to start). */
uint32_t codec_crc32(uint32_t crc, const void *p, size_t n);
/* The checksum a batch of format fmt carries, of p[0..n), continuing from
 * crc (0 to start): CRC-32 up to format 3, CRC-32C (Castagnoli) from 4. */
uint32_t codec_checksum(unsigned fmt, uint32_t crc, const void *p, size_t n);
/* CRC-32C computed without the CPU's instruction (tests compare the two). */
uint32_t codec_checksum_soft(uint32_t crc, const void *p, size_t n);

#endif
