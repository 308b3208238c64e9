/*
 * fuzz-codec: libFuzzer target for everything the store decodes from a
 * file.  The first byte picks the decoder:
 *   'b'  an event batch of format 1: shift, pool bits, count (2 bytes,
 *        little-endian) and the events; the harness writes the header and
 *        checksum, so the fuzzer reaches the event decoder instead of the
 *        CRC
 *   '2'..'4'  the same for a batch of that format
 *   'k'  a keyframe as stored (format byte, CRC, model_save bytes)
 *   'm'  model_save bytes alone (past the CRC, into the section parser)
 * Properties: no crash, no read out of bounds (ASan), no undefined
 * behaviour (UBSan); a decoded batch re-encodes (the fast encoder and the
 * reference coder to the same bytes) and decodes to the same
 * events; a loaded model passes model_check; decoded events applied to a
 * model are accepted or refused, never trusted blindly.
 * Built and run briefly by tests/46-fuzz.sh when clang has libFuzzer.
 */
#include "codec.h"
#include "keyframe.h"
#include "model.h"

#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void batch(const uint8_t *d, size_t n, unsigned fmt)
{
    if (n < 4)
        return;
    const profile *prof = profile_find("classroom");
    unsigned count = d[2] | (unsigned)d[3] << 8;
    uint8_t *b = malloc(n + 16);
    size_t len = 0;
    b[len++] = (uint8_t)fmt;
    b[len++] = d[0] % 13;
    b[len++] = d[1] % 31;
    for (unsigned v = count; ; v >>= 7) {
        b[len++] = (uint8_t)((v & 0x7f) | (v >= 0x80 ? 0x80 : 0));
        if (v < 0x80)
            break;
    }
    size_t head = len + 4;
    memcpy(b + head, d + 4, n - 4);
    uint32_t crc = codec_checksum(fmt, codec_checksum(fmt, 0, b, len), b + head, n - 4);
    for (int i = 0; i < 4; i++)
        b[len + i] = (uint8_t)(crc >> (8 * i));
    hv_event *ev = malloc((count + 1) * sizeof *ev), *again = malloc((count + 1) * sizeof *ev);
    long got = codec_decode(b, head + n - 4, ev, count, NULL);
    if (got >= 0) {
        codec_enc e, r;
        buf out = BUF_INIT, ref = BUF_INIT;
        codec_enc_init(&e, prof);
        codec_enc_init(&r, prof);
        codec_enc_use_reference(&r);            /* the fast encoder says the same */
        for (long i = 0; i < got; i++) {
            codec_enc_add(&e, &ev[i]);
            codec_enc_add(&r, &ev[i]);
        }
        codec_enc_finish(&e, &out);
        codec_enc_finish(&r, &ref);
        if (out.len != ref.len || memcmp(out.data, ref.data, out.len) != 0)
            abort();
        if (codec_decode(out.data, out.len, again, count, NULL) != got ||
            memcmp(ev, again, (size_t)got * sizeof *ev) != 0)
            abort();
        model *m = model_new(prof);
        for (long i = 0; i < got; i++)
            model_apply(m, &ev[i]);
        if (model_check(m, NULL) != 0)
            abort();
        model_delete(m);
        codec_enc_free(&e);
        codec_enc_free(&r);
        buf_free(&out);
        buf_free(&ref);
    }
    free(ev);
    free(again);
    free(b);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const profile *prof = profile_find("classroom");
    model *m = NULL;
    switch (data[0]) {
    case 'b': batch(data + 1, size - 1, 1); break;
    case '2': case '3': case '4': batch(data + 1, size - 1, (unsigned)(data[0] - '0')); break;
    case 'k': m = keyframe_decode(prof, data + 1, size - 1, NULL); break;
    case 'm': m = model_load(prof, data + 1, size - 1, NULL); break;
    default: break;
    }
    if (m && model_check(m, NULL) != 0)
        abort();
    model_delete(m);
    return 0;
}
