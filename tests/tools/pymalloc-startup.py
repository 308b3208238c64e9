# pymalloc-startup.py — reads /usr/bin/python3's pymalloc state (the
# usedpools ring of each size class) from the outside, with gdb, when the
# main module's first instruction runs: nothing is imported into the
# measured process, so what is read is what start-up (site, encodings,
# __main__, the compile of the script) left for the first statement.
# heap/pymalloc.c's startup_ring table is made from this tool's output
# for tests/py's programs (below).
#
#   cd tests/py && env -u PYTHONUNBUFFERED PYTHONHASHSEED=0 LC_ALL=C.UTF-8 \
#       PYTHONDONTWRITEBYTECODE=1 setarch -R \
#       gdb -batch -x ../tools/pymalloc-startup.py --args /usr/bin/python3 prog.py
#
# Run it from the directory, under the name and with the environment the
# program is run with (regen.sh's): the counts move with all three and with
# the size of the script.  PMS_STOP=evalcode reads at the main module's
# PyEval_EvalCode instead; PMS_STOP=mark at the first call of a function
# named hv_mark (heap/pymalloc.c's import_ring: a script that defines
# `def hv_mark(): pass`, then runs `import tracemalloc`, then `hv_mark()`).  Output, one line per size class with pools in
# usedpools: the ring from its head, each pool as
# "count/nblocks chain=N[indexes]+F": the block indexes on its freeblock
# list in the order pymalloc_alloc hands them out, then F never-carved
# blocks after them.
#
# Run by python3 on several such outputs, it prints heap/pymalloc.c's
# startup_ring rows: per class, the ring a typical one shows (tests/py's
# programs: the output of each, run as above, saved to a file).
#
#   python3 ../tools/pymalloc-startup.py [--like ../../heap/pymalloc.c] dumps/*.txt
#
# --like keeps each row's free blocks per pool, and takes the most common
# order of them.
#
# How: the usedpools array is static in obmalloc.c (no debug symbols
# here); it is found in python3's .data by its initial value, each pair of
# entries pointing 16 bytes before itself (obmalloc.c's PTA()); Debian's
# python3 is not position-independent, so that address holds in the
# process.  The stop: 3.11's eval loop fires its DTrace probes only on its
# tracing path, which it takes while the line probe's semaphore is set; the
# tool sets the line and function__entry semaphores once the main module's
# PyEval_EvalCode is entered and stops at function__entry, which RESUME
# reaches before any statement (it reads the ASCII file name in place: no
# allocation).  Pool header (struct pool_header, 64-bit): count u32
# (padded to 8), freeblock, nextpool, prevpool pointers, arenaindex, szidx,
# nextoffset, maxnextoffset u32.  POOL_SIZE 16 KiB, POOL_OVERHEAD 48.
import collections
import os
import re
import struct
import sys

try:
    import gdb
except ImportError:     # run by python3: the table from dumps
    gdb = None

EXE = "/usr/bin/python3"
POOL_SIZE, OVERHEAD, NCLASSES = 16384, 48, 32


def find_usedpools():
    f = open(EXE, "rb").read()
    shoff = struct.unpack_from("<Q", f, 0x28)[0]
    shentsize, shnum, shstrndx = struct.unpack_from("<HHH", f, 0x3a)
    secs = [struct.unpack_from("<IIQQQQ", f, shoff + i * shentsize) for i in range(shnum)]
    stroff = secs[shstrndx][4]
    for name, _t, _fl, addr, off, size in secs:
        if f[stroff + name:stroff + name + 6] != b".data\0":
            continue
        d = f[off:off + size]
        for o in range(0, size - 16 * NCLASSES, 8):
            if all(struct.unpack_from("<QQ", d, o + 16 * i) == (addr + o + 16 * i - 16,) * 2
                   for i in range(NCLASSES)):
                return addr + o
    raise SystemExit("usedpools not found")


def u64(inf, a):
    return struct.unpack("<Q", bytes(inf.read_memory(a, 8)))[0]


def dump():
    inf = gdb.selected_inferior()
    up = USEDPOOLS
    for c in range(NCLASSES):
        size = (c + 1) * 16
        nblocks = (POOL_SIZE - OVERHEAD) // size
        fake = up + 16 * c - 16
        p, ring = u64(inf, up + 16 * c), []
        while p != fake and len(ring) < 10000:
            h = bytes(inf.read_memory(p, 48))
            count, fb, nxt = struct.unpack_from("<IxxxxQQ", h, 0)
            szidx, nextoff, maxnext = struct.unpack_from("<III", h, 36)
            chain = []
            while fb and len(chain) <= nblocks:
                chain.append((fb - p - OVERHEAD) // size)
                fb = u64(inf, fb)
            fresh = (maxnext - nextoff) // size + 1 if nextoff <= maxnext else 0
            ring.append("%d/%d chain=%d[%s]+%d" % (count, nblocks, len(chain),
                                                  " ".join(map(str, chain)), fresh))
            p = nxt
        if ring:
            print("class %2d size %3d pools %d: %s" % (c, size, len(ring), " | ".join(ring)))


def spell(chain, fresh):
    """A pool as heap/pymalloc.c's startup_ring spells it: runs of three
    or more consecutive indexes as "a-b" (downwards when a > b)."""
    out, i = [], 0
    while i < len(chain):
        j = i
        step = 1 if i + 1 < len(chain) and chain[i + 1] == chain[i] + 1 else -1
        while j + 1 < len(chain) and chain[j + 1] == chain[j] + step:
            j += 1
        if j - i >= 2:
            out.append("%d-%d" % (chain[i], chain[j]))
        else:
            j = i
            out.append(str(chain[i]))
        i = j + 1
    return " ".join(out) + "+%d" % fresh


def spelled_free(row):
    """The free blocks of each pool of a startup_ring row."""
    free = []
    for p in filter(None, row.split("|")):
        chain, tail = p.split("+")
        free.append(int(tail) + sum(abs(int(b) - int(a)) + 1 for a, b in
                                    (w.split("-") if "-" in w else (w, w) for w in chain.split())))
    return free


def table(paths, like=None):
    """Per class, the ring a typical dump shows: among the rings of the
    most common length, the median number of free blocks, then the most
    common ring with it.  With like (heap/pymalloc.c), among the rings
    whose pools have as many free blocks as that row's, the most common."""
    rings = collections.defaultdict(list)
    for path in paths:
        seen = {}
        for line in open(path):
            m = re.match(r"class +(\d+) size +\d+ pools \d+: (.*)", line)
            if not m:
                continue
            pools = []
            for p in m[2].split(" | "):
                count, nblocks, chain, fresh = re.match(
                    r"(\d+)/(\d+) chain=\d+\[([\d ]*)\]\+(\d+)", p).groups()
                chain = [int(x) for x in chain.split()]
                pools.append((int(nblocks) - int(count), spell(chain, int(fresh))))
            seen[int(m[1])] = (tuple(f for f, _ in pools), " | ".join(s for _, s in pools))
        for c in range(NCLASSES):
            rings[c].append(seen.get(c, ((), "")))
    rows = re.findall(r'^    "([^"]*)",', open(like).read(), re.M) if like else []
    for c in range(NCLASSES):
        npools = collections.Counter(len(f) for f, _ in rings[c])
        n = npools.most_common(1)[0][0]
        typical = [(f, r) for f, r in rings[c] if len(f) == n]
        free = sorted(typical)[(len(typical) - 1) // 2][0]
        if rows:
            typical, free = rings[c], tuple(spelled_free(rows[c]))
        ring = collections.Counter(r for f, r in typical if f == free).most_common(1)[0][0]
        print('    "%s",%s/* %d */' % (ring, " " * max(1, 50 - len(ring)), (c + 1) * 16))


if gdb is None:
    if sys.argv[1:2] == ["--like"]:
        table(sys.argv[3:], sys.argv[2])
    else:
        table(sys.argv[1:])
    raise SystemExit(0)
USEDPOOLS = find_usedpools()
gdb.execute("set pagination off")
gdb.execute("set confirm off")
gdb.execute("unset environment LINES")
gdb.execute("unset environment COLUMNS")
gdb.execute("set startup-with-shell off")
gdb.execute("break _PyRun_SimpleFileObject")
gdb.execute("run")
gdb.execute("delete")
gdb.execute("break PyEval_EvalCode")
gdb.execute("continue")
gdb.execute("delete")
if os.environ.get("PMS_STOP") != "evalcode":
    # the probes' semaphores set, the stop at function__entry (see above)
    probes = {}
    for line in gdb.execute("info probes stap python", to_string=True).splitlines():
        w = line.split()
        if len(w) >= 5 and w[0] == "stap":
            probes[w[2]] = (int(w[3], 16), int(w[4], 16))
    for name in ("line", "function__entry"):
        gdb.execute("set var *(unsigned short *)%#x = 1" % probes[name][1])
    cond = ' if $_streq((char *)$_probe_arg1, "hv_mark")' if os.environ.get("PMS_STOP") == "mark" else ""
    gdb.execute("break *%#x%s" % (probes["function__entry"][0], cond))
    gdb.execute("continue")
print("usedpools at %#x" % USEDPOOLS)
dump()
gdb.execute("kill")
