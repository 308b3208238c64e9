/*
 * 04-mallocstats: sys._debugmallocstats() in CPython 3.11's exact format.
 * The numbers of a report captured from /usr/bin/python3 are parsed back and
 * formatted again: the text must come out byte for byte the same.  Then the
 * report of a simulated heap is checked against its known contents.
 */
#include "testutil.h"

#include "mallocstats.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char *slurp(const char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        fail_msg("cannot open %s", path);
    buf b = BUF_INIT;
    char chunk[4096];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
        buf_add(&b, chunk, n);
    fclose(f);
    return b.data;
}

static uint64_t value_of(const char *line)
{
    const char *eq = strrchr(line, '=');
    uint64_t v = 0;
    for (const char *p = eq + 1; *p && *p != '\n'; p++)
        if (*p >= '0' && *p <= '9')
            v = v * 10 + (uint64_t)(*p - '0');
    return v;
}

static int starts(const char *line, const char *prefix)
{
    return strncmp(line, prefix, strlen(prefix)) == 0;
}

/* Parses a CPython report back into the numbers it was made from. */
static void parse_report(const char *text, pymalloc_stats *st, mallocstats_freelists *fl)
{
    memset(st, 0, sizeof *st);
    memset(fl, 0, sizeof *fl);
    st->alignment = 16;
    for (const char *next = text; *next;) {
        char line[256];
        size_t len = strcspn(next, "\n");
        snprintf(line, sizeof line, "%.*s", (int)len, next);
        next += len + (next[len] == '\n');
        unsigned c, size, n;
        unsigned long long pools, used, avail, a, b;
        if (sscanf(line, "Small block threshold = %u, in %u size classes.", &size, &n) == 2)
            st->threshold = size, st->nclasses = n;
        else if (sscanf(line, "%u %u %llu %llu %llu", &c, &size, &pools, &used, &avail) == 5 &&
                 !strchr(line, '='))
            st->pools[c] = pools, st->in_use[c] = used, st->avail[c] = avail;
        else if (starts(line, "# arenas allocated total"))
            st->arenas_allocated_total = value_of(line);
        else if (starts(line, "# arenas highwater mark"))
            st->arenas_highwater = value_of(line);
        else if (sscanf(line, "%llu arenas * %llu bytes/arena", &a, &b) == 2)
            st->arenas_current = a, st->arena_size = b;
        else if (sscanf(line, "%llu unused pools * %llu bytes", &a, &b) == 2)
            st->unused_pools = a, st->pool_size = b;
        else if (starts(line, "# bytes in allocated blocks"))
            st->allocated_bytes = value_of(line);
        else if (starts(line, "# bytes in available blocks"))
            st->available_bytes = value_of(line);
        else if (starts(line, "# bytes lost to pool headers"))
            st->pool_header_bytes = value_of(line);
        else if (starts(line, "# bytes lost to quantization"))
            st->quantization = value_of(line);
        else if (starts(line, "# bytes lost to arena alignment"))
            st->arena_alignment = value_of(line);
        else if (starts(line, "# arena map mid nodes"))
            st->map_mid_nodes = value_of(line);
        else if (starts(line, "# arena map bot nodes"))
            st->map_bot_nodes = value_of(line);
        else if (starts(line, "# bytes lost to arena map root"))
            st->map_root_bytes = value_of(line);
        else if (starts(line, "# bytes lost to arena map mid"))
            st->map_mid_bytes = value_of(line);
        else if (starts(line, "# bytes lost to arena map bot"))
            st->map_bot_bytes = value_of(line);
        else if (sscanf(line, " %u free %u-sized PyTupleObjects", &n, &size) == 2)
            fl->tuples[size] = n;
        else if (strstr(line, " free PyDictObjects ") && sscanf(line, " %u", &n) == 1)
            fl->dicts = n;
        else if (strstr(line, " free PyFloatObjects ") && sscanf(line, " %u", &n) == 1)
            fl->floats = n;
        else if (strstr(line, " free PyListObjects ") && sscanf(line, " %u", &n) == 1)
            fl->lists = n;
    }
}

static void test_cpython_format(void **state)
{
    char path[4096];
    snprintf(path, sizeof path, "%s/tests/fixtures/debugmallocstats-3.11.txt",
             getenv("TOP_SRCDIR") ? getenv("TOP_SRCDIR") : ".");
    char *want = slurp(path);
    pymalloc_stats st;
    mallocstats_freelists fl;
    parse_report(want, &st, &fl);
    assert_true(st.nclasses == 32 && st.arenas_current > 0);
    buf got = BUF_INIT;
    mallocstats_format(&got, &st, &fl);
    assert_string_equal(buf_str(&got), want);
    buf_free(&got);
    free(want);
}

static void test_printone(void **state)
{
    buf b = BUF_INIT;
    assert_int_equal(mallocstats_line(&b, "# arenas allocated total", 2), 2);
    mallocstats_line(&b, "Total", 2097152);
    mallocstats_line(&b, "a label that is longer than thirty-five columns", 1234567890123ULL);
    assert_string_equal(buf_str(&b),
                        "# arenas allocated total           =                    2\n"
                        "Total                              =            2,097,152\n"
                        "a label that is longer than thirty-five columns=    1,234,567,890,123\n");
    buf_free(&b);
}

/* 1000 requests of 64 bytes: 4 pools of 255 blocks, 20 available; one arena
 * with 60 unused pools; the totals add up to the arena. */
static void test_simulated_report(void **state)
{
    pymalloc *pm = pymalloc_new(profile_default(), 0, NULL, NULL);
    for (int i = 0; i < 1000; i++)
        pymalloc_malloc(pm, 64);
    pymalloc_stats st;
    pymalloc_get_stats(pm, &st);
    buf b = BUF_INIT;
    mallocstats_format(&b, &st, NULL);
    const char *t = buf_str(&b);
    assert_non_null(strstr(t, "\n    3     64           4            1000            20\n"));
    assert_non_null(strstr(t, "\n60 unused pools * 16384 bytes      =              983,040\n"));
    assert_non_null(strstr(t, "\n1 arenas * 1048576 bytes/arena     =            1,048,576\n"));
    assert_non_null(strstr(t, "\n# bytes in allocated blocks        =               64,000\n"));
    assert_non_null(strstr(t, "\n# bytes lost to quantization       =                   64\n"));
    assert_non_null(strstr(t, "\nTotal                              =            1,048,576\n"));
    assert_non_null(strstr(t, "\n# arena map bot nodes              =                    1\n"));
    assert_null(strstr(t, "PyDictObject"));
    buf_free(&b);
    pymalloc_delete(pm);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_cpython_format),
        cmocka_unit_test(test_printone),
        cmocka_unit_test(test_simulated_report),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
