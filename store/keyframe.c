/*
 * keyframe.c — the checksummed envelope around a saved model, and a
 * seeker's keyframes in memory (keyframe.h).
 */
#include "keyframe.h"

#include "codec.h"
#include "hv.h"

#include <stdlib.h>
#include <string.h>

enum { FORMAT = 1, HEADER = 5 };

void keyframe_wrap(const void *saved, size_t n, buf *out)
{
    uint32_t crc = codec_crc32(0, saved, n);
    uint8_t head[HEADER] = {FORMAT, (uint8_t)crc, (uint8_t)(crc >> 8), (uint8_t)(crc >> 16), (uint8_t)(crc >> 24)};
    buf_add(out, head, HEADER);
    buf_add(out, saved, n);
}

void keyframe_encode(const model *m, buf *out)
{
    buf body = BUF_INIT;
    model_save(m, &body);
    keyframe_wrap(body.data, body.len, out);
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

/* ---- a seeker's keyframes in memory ------------------------------------------ */

void kfset_free(kfset *k)
{
    for (size_t i = 0; i < k->n; i++)
        buf_free(&k->kf[i].data);
    free(k->kf);
    model_delete(k->spare);
    *k = (kfset)KFSET_INIT;
}

size_t kfset_upto(const kfset *k, uint64_t p)
{
    size_t lo = 0, hi = k->n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (k->kf[mid].pos <= p)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

uint64_t kfset_at(const kfset *k, uint64_t p)
{
    size_t i = kfset_upto(k, p);
    return i ? k->kf[i - 1].pos : 0;
}

enum kfset_way kfset_way(uint64_t pos, uint64_t base, uint64_t p, uint64_t cost)
{
    if (p >= pos && (p - pos <= cost || p - pos < KEYFRAME_NEAR))
        return KFSET_FORWARD;
    if (p < pos && p >= base && pos - p <= cost)
        return KFSET_BACKWARD;
    return KFSET_JUMP;
}

uint64_t kfset_next(kfset *k, uint64_t lastkf)
{
    size_t i = kfset_upto(k, lastkf);
    uint64_t per = k->per_object ? k->per_object : KEYFRAME_EVENTS_PER_OBJECT;
    uint64_t n = i && k->kf[i - 1].pos == lastkf ? per * k->kf[i - 1].objects : 0;
    uint64_t spacing = n > KEYFRAME_SPACING_MIN ? n : KEYFRAME_SPACING_MIN;
    if (spacing > k->max_spacing)
        k->max_spacing = spacing;
    return lastkf + spacing;
}

int kfset_keep(kfset *k, model *m, uint64_t pos, int drop)
{
    if (!model_can_save(m))
        return 0;
    size_t i = kfset_upto(k, pos);
    if (!(i && k->kf[i - 1].pos == pos)) {
        hv_grow(&k->kf, &k->cap, k->n + 1, sizeof *k->kf, 16);
        memmove(k->kf + i + 1, k->kf + i, (k->n - i) * sizeof *k->kf);
        k->n++;
        k->kf[i] = (kfset_entry){pos, model_obj_count(m), model_step(m), BUF_INIT};
        buf *d = &k->kf[i].data;
        model_save(m, d);
        d->data = hv_realloc(d->data, d->len + 1);     /* kept for long: no spare capacity */
        d->cap = d->len + 1;
        if (drop)
            model_drop_history(m);
        k->built++;
    }
    return 1;
}

model *kfset_load(kfset *k, const profile *prof, uint64_t p, uint64_t *kpos, buf *why)
{
    size_t i = kfset_upto(k, p);
    model *m = i ? model_load_own(prof, k->kf[i - 1].data.data, k->kf[i - 1].data.len, why) : model_new(prof);
    *kpos = i ? k->kf[i - 1].pos : 0;
    return m;
}

void kfset_stash(kfset *k, model *m, uint64_t pos, uint64_t base)
{
    model_delete(k->spare);
    k->spare = m;
    k->spare_pos = pos;
    k->spare_base = base;
}

uint64_t kfset_cost(const kfset *k, uint64_t p)
{
    size_t i = kfset_upto(k, p);
    return i ? p - k->kf[i - 1].pos + KEYFRAME_EVENTS_PER_OBJECT * k->kf[i - 1].objects : p;
}

model *kfset_unstash(kfset *k, uint64_t p, uint64_t *pos, uint64_t *base)
{
    uint64_t s = k->spare_pos, cost = kfset_cost(k, p);
    if (!k->spare || !(p >= s ? p - s <= cost : p >= k->spare_base && s - p <= cost))
        return NULL;
    model *m = k->spare;
    *pos = s;
    *base = k->spare_base;
    k->spare = NULL;
    return m;
}
