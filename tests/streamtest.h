/*
 * streamtest.h — what the live stream's tests share: the model a stream's
 * events give when replayed from an empty one, and a checked seek.
 * Include after testutil.h (cmocka).
 */
#ifndef HV_STREAMTEST_H
#define HV_STREAMTEST_H

#include "buf.h"
#include "model.h"
#include "stream.h"

#include <stdint.h>

/* The digest of the model replayed from an empty one: events [0, pos) of
 * s applied (model_digest). */
static uint64_t replayed_digest(const stream *s, uint64_t pos)
{
    model *m = model_new(stream_profile(s));
    for (uint64_t i = 0; i < pos; i++) {
        hv_event ev = stream_event(s, i);
        if (model_knows(ev.kind))
            assert_int_equal(model_apply(m, &ev), 0);
    }
    uint64_t d = model_digest(m, stream_profile(s));
    model_delete(m);
    return d;
}

/* Seeks s to pos (the test fails if it cannot); the events the seek
 * applied or undid. */
static uint64_t seek_to(stream *s, uint64_t pos)
{
    buf err = BUF_INIT;
    uint64_t before = stream_events_moved(s);
    if (stream_seek(s, pos, &err) != 0)
        fail_msg("seek to %llu: %s", (unsigned long long)pos, buf_str(&err));
    buf_free(&err);
    assert_int_equal(stream_position(s), pos);
    return stream_events_moved(s) - before;
}

#endif
