/*
 * mallocstats.c — the text of sys._debugmallocstats().
 *
 * Layout (CPython 3.11, Objects/obmalloc.c and Python/sysmodule.c):
 *
 *   Small block threshold = 512, in 32 size classes.
 *   <blank> class/size/num pools/blocks in use/avail blocks table, classes
 *           without pools omitted
 *   <blank> arena counters            (printone lines)
 *   <blank> byte accounting + Total   (the identity of pymalloc.c, inv. 6)
 *   <blank> "arena map counts", radix-tree nodes and their bytes
 *   <blank> free-list lines: dict, float, list, 1..20-sized tuples
 */
#include "mallocstats.h"

#include "buf.h"

#include <stdio.h>
#include <string.h>

uint64_t mallocstats_line(buf *out, const char *label, uint64_t value)
{
    size_t n = strlen(label);
    buf_adds(out, label);
    for (; n < 35; n++)
        buf_addc(out, ' ');
    buf_addc(out, '=');
    buf_add_grouped(out, value, 21);
    buf_addc(out, '\n');
    return value;
}

/* _PyDebugAllocatorStats: "N <name>s * S bytes each" right-aligned in 48. */
static void freelist_line(buf *out, const char *name, unsigned n, uint64_t size)
{
    char what[128], label[160];
    snprintf(what, sizeof what, "%u %ss * %llu bytes each", n, name, (unsigned long long)size);
    snprintf(label, sizeof label, "%48s ", what);
    mallocstats_line(out, label, n * size);
}

static void class_table(buf *out, const pymalloc_stats *st)
{
    buf_printf(out, "Small block threshold = %u, in %u size classes.\n", st->threshold, st->nclasses);
    buf_adds(out, "\nclass   size   num pools   blocks in use  avail blocks\n"
                  "-----   ----   ---------   -------------  ------------\n");
    for (unsigned c = 0; c < st->nclasses; c++)
        if (st->pools[c])
            buf_printf(out, "%5u %6u %11llu %15llu %13llu\n", c, (c + 1) * st->alignment,
                       (unsigned long long)st->pools[c], (unsigned long long)st->in_use[c],
                       (unsigned long long)st->avail[c]);
    buf_addc(out, '\n');
}

static void arena_totals(buf *out, const pymalloc_stats *st)
{
    char label[64];
    mallocstats_line(out, "# arenas allocated total", st->arenas_allocated_total);
    mallocstats_line(out, "# arenas reclaimed", st->arenas_allocated_total - st->arenas_current);
    mallocstats_line(out, "# arenas highwater mark", st->arenas_highwater);
    mallocstats_line(out, "# arenas allocated current", st->arenas_current);
    snprintf(label, sizeof label, "%llu arenas * %llu bytes/arena",
             (unsigned long long)st->arenas_current, (unsigned long long)st->arena_size);
    mallocstats_line(out, label, st->arenas_current * st->arena_size);
    buf_addc(out, '\n');
    uint64_t total = mallocstats_line(out, "# bytes in allocated blocks", st->allocated_bytes);
    total += mallocstats_line(out, "# bytes in available blocks", st->available_bytes);
    snprintf(label, sizeof label, "%llu unused pools * %llu bytes",
             (unsigned long long)st->unused_pools, (unsigned long long)st->pool_size);
    total += mallocstats_line(out, label, st->unused_pools * st->pool_size);
    total += mallocstats_line(out, "# bytes lost to pool headers", st->pool_header_bytes);
    total += mallocstats_line(out, "# bytes lost to quantization", st->quantization);
    total += mallocstats_line(out, "# bytes lost to arena alignment", st->arena_alignment);
    mallocstats_line(out, "Total", total);
}

static void arena_map(buf *out, const pymalloc_stats *st)
{
    buf_adds(out, "\narena map counts\n");
    mallocstats_line(out, "# arena map mid nodes", st->map_mid_nodes);
    mallocstats_line(out, "# arena map bot nodes", st->map_bot_nodes);
    buf_addc(out, '\n');
    uint64_t total = mallocstats_line(out, "# bytes lost to arena map root", st->map_root_bytes);
    total += mallocstats_line(out, "# bytes lost to arena map mid", st->map_mid_bytes);
    total += mallocstats_line(out, "# bytes lost to arena map bot", st->map_bot_bytes);
    mallocstats_line(out, "Total", total);
}

void mallocstats_format(buf *out, const pymalloc_stats *st, const mallocstats_freelists *fl)
{
    class_table(out, st);
    arena_totals(out, st);
    arena_map(out, st);
    if (!fl)
        return;
    buf_addc(out, '\n');
    freelist_line(out, "free PyDictObject", fl->dicts, 48);
    freelist_line(out, "free PyFloatObject", fl->floats, 24);
    freelist_line(out, "free PyListObject", fl->lists, 40);
    for (unsigned n = 1; n <= 20; n++) {
        char name[48];
        snprintf(name, sizeof name, "free %u-sized PyTupleObject", n);
        freelist_line(out, name, fl->tuples[n], 24 + 8 * n);
    }
}
