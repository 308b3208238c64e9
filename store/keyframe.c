/*
 * keyframe.c — the checksummed envelope around a saved model.
 */
#include "keyframe.h"

#include "codec.h"

enum { FORMAT = 1, HEADER = 5 };

void keyframe_encode(const model *m, buf *out)
{
    buf body = BUF_INIT;
    model_save(m, &body);
    uint32_t crc = codec_crc32(0, body.data, body.len);
    uint8_t head[HEADER] = {FORMAT, (uint8_t)crc, (uint8_t)(crc >> 8), (uint8_t)(crc >> 16), (uint8_t)(crc >> 24)};
    buf_add(out, head, HEADER);
    buf_add(out, body.data, body.len);
    buf_free(&body);
}

model *keyframe_decode(const profile *prof, const void *p, size_t n, buf *why)
{
    const uint8_t *b = p;
    if (n < HEADER || b[0] != FORMAT) {
        if (why && n < HEADER)
            buf_printf(why, "keyframe too short (%zu bytes)", n);
        else if (why)
            buf_printf(why, "keyframe format %u is not known", b[0]);
        return NULL;
    }
    uint32_t crc = (uint32_t)b[1] | (uint32_t)b[2] << 8 | (uint32_t)b[3] << 16 | (uint32_t)b[4] << 24;
    if (codec_crc32(0, b + HEADER, n - HEADER) != crc) {
        if (why)
            buf_adds(why, "keyframe checksum mismatch");
        return NULL;
    }
    return model_load(prof, b + HEADER, n - HEADER, why);
}
