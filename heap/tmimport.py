#!/usr/bin/env python3
"""tmimport.py — writes tmimport.inc, `import tracemalloc`'s collector stream.

Usage: tmimport.py LOGDIR > tmimport.inc   (make update-tmimport TMLOGS=LOGDIR)

LOGDIR holds the logs of python3's own source (Debian's python3.11 3.11.2
source package, its patches applied) built with a log line on stderr, when
the environment has HVLOG, for each GC-relevant event:
  N <type> [n]       _PyObject_GC_New / _PyObject_GC_NewVar (the L follows)
  L <addr>           _PyObject_GC_Link: generation 0's count + 1
  D <type> <addr> n  PyObject_GC_Del (n: a tuple's length, else -1): count - 1
  tpop n <addr> / tpush n <addr>, lpop/lpush <addr>, dpop/dpush <addr>
                     a tuple, list or dict taken from / parked on its free
                     list (neither counts)
  K <addr>           _PyObject_GC_TRACK (pycore_object.h): the collector starts
                     tracking the object (a dict only when it gets a tracked
                     value), which puts it in generation 0 then
  GCB gen / GCE n    gc_collect_main's start and end (n collected)
  C <addr>           delete_garbage: an object found unreachable
and, with HVFULL set, a full collection (free lists kept) at every L,
printing "F" first.  Built as python3 is (./configure --prefix=/usr; _pickle
and _struct built in, Modules/Setup.local *static*) and run with
PYTHONHOME=/usr -X frozen_modules=on under `setarch -R`, it starts as
python3 does, gc.get_count() and all: the same sys.path and site-packages,
whose .pth files matter (setuptools' distutils-precedence.pth puts a finder
first on sys.meta_path, called for every import; pickle.py's failing
`from org.python.core import ...` searches every sys.path entry).  The
scripts write MARK1 and MARK2 on fd 2 around `import tracemalloc`:
  run1: gc.disable(); the import; then gc.DEBUG_SAVEALL, gc.collect() and a
        line "G <id hex> <type> <tuple len or -1> <leaf>" per garbage object
        on stdout (leaf: a tuple holding nothing tracked), then, for a leaf, the
        ids of the garbage objects referring to it (gc.get_referrers), comma-
        separated, or "-" -> run1.err, run1.out
  run2: HVFULL and gc.DEBUG_SAVEALL before the import -> run2.err: when each
        garbage object becomes unreachable (the L before which it is found)
  run4: HVFULL alone -> run4.err: what freeing each garbage group releases
        besides itself (direct: at its collection; held: tuples of its
        functions' code objects, freed when the module's code object dies)
The A/F stream (allocations, frees by kind) of run1 and run2 must agree.

Kinds: 0 any object without a free list, 1..19 a tuple of that length,
20 a list (PyList_New), 21 a dict (new_dict), 22 a tuple of 20 (parked on
its free list, never taken back: tupleobject.c's maybe_freelist_pop).
"""
import os
import sys

K_LIST, K_DICT, K_TUPLE20 = 20, 21, 22


def tuple_kind(n):
    """A tuple of length n on its free list (20: parked, never reused)."""
    return K_TUPLE20 if n == 20 else n


def kind_of(t, n):
    if t == 'tuple' and 1 <= n < 20:
        return n
    return {'list': K_LIST, 'dict': K_DICT}.get(t, 0)


def lines(path):
    """The lines between MARK1 and MARK2, split."""
    inreg = False
    for line in open(path):
        w = line.split()
        if not w:
            continue
        if w[0] == 'MARK1':
            inreg = True
        elif w[0] == 'MARK2':
            return
        elif inreg:
            yield w


def stream(path, skip_collections=False):
    """[(op 'A'|'F', kind, addr)], with ('C', addr, index) for collected
    objects (the index of the next event)."""
    ev, out, tracks, pend, incol = [], [], [], None, False
    for w in lines(path):
        op = w[0]
        if op == 'GCB':
            incol = True
            continue
        if op == 'GCE':
            incol = False
            continue
        if incol and skip_collections:
            continue
        if op == 'N':
            pend = (w[1], int(w[2]) if len(w) > 2 else -1)
        elif op == 'L':
            ev.append(('A', kind_of(*pend) if pend else 0, w[1]))
            pend = None
        elif op in ('tpop', 'tpush'):
            ev.append(('A' if op == 'tpop' else 'F', tuple_kind(int(w[1])), w[2]))
        elif op in ('lpop', 'lpush', 'dpop', 'dpush'):
            ev.append(('A' if op[1:] == 'pop' else 'F', K_LIST if op[0] == 'l' else K_DICT, w[1]))
        elif op == 'D':
            ev.append(('F', kind_of(w[1], int(w[3])), w[2]))
        elif op == 'C':
            out.append((w[1], len(ev)))
        elif op == 'K':
            tracks.append((w[1], len(ev)))
    return ev, out, tracks


def main(d):
    ev1, _, tracks1 = stream(os.path.join(d, 'run1.err'))
    ev2, coll, _ = stream(os.path.join(d, 'run2.err'))
    seq = [(o, k) for o, k, a in ev1]
    if seq != [(o, k) for o, k, a in ev2]:
        sys.exit('tmimport.py: run1 and run2 do not make the same allocations')
    # the object a C line names: the latest allocation at its address before it
    rel = {}
    byaddr = {}
    for i, (o, k, a) in enumerate(ev2):
        if o == 'A':
            byaddr.setdefault(a, []).append(i)
    for a, nxt in coll:
        allocs = [i for i in byaddr.get(a, []) if i < nxt]
        if allocs:
            rel.setdefault(allocs[-1], nxt - 1)     # found at the L of event nxt - 1
    last1 = {}
    for i, (o, k, a) in enumerate(ev1):
        if o == 'A':
            last1[a] = i
    garbage, holder = {}, {}
    for line in open(os.path.join(d, 'run1.out')):
        w = line.split()
        if w and w[0] == 'G' and '0x' + w[1] in last1:
            i = last1['0x' + w[1]]
            garbage[i] = int(w[4])
            if w[4] == '1' and w[5] != '-':
                holder[i] = last1['0x' + w[5].split(',')[0]]
    order = sorted(garbage)
    release = {}
    for i in order:             # a leaf is never found: it dies with the object holding it
        r = rel.get(i, rel.get(holder.get(i)))
        if r is None:
            sys.exit('tmimport.py: garbage object %d: no release found' % i)
        release[i] = r
    points = sorted(set(release.values()))
    group = {i: points.index(release[i]) for i in order}
    # what each group's collection frees besides its members (run4)
    ev4, _, _ = stream(os.path.join(d, 'run4.err'), skip_collections=True)
    direct = [dict() for _ in points]
    colfree, cur, idx, incol = [], None, 0, False
    for w in lines(os.path.join(d, 'run4.err')):
        if w[0] == 'GCB':
            incol, cur = True, {}
        elif w[0] == 'GCE':
            incol = False
            if int(w[1]):
                colfree.append((idx - 1, cur))
        elif incol:
            k = None
            if w[0] in ('tpush', 'lpush', 'dpush'):
                k = tuple_kind(int(w[1])) if w[0] == 'tpush' else K_LIST if w[0] == 'lpush' else K_DICT
            elif w[0] == 'D' and kind_of(w[1], int(w[3])):
                k = kind_of(w[1], int(w[3]))
            if k:
                cur[k] = cur.get(k, 0) + 1
        elif w[0] in ('L', 'tpop', 'lpop', 'dpop', 'tpush', 'lpush', 'dpush', 'D'):
            idx += 1
    for at_, freed in colfree:
        g = max(j for j, p in enumerate(points) if p <= at_ + 1)
        for k, n in freed.items():
            direct[g][k] = direct[g].get(k, 0) + n
    # frees run4 makes that run1 lacks: the code objects' tuples
    s4 = [(o, k) for o, k, a in ev4]
    i = j = 0
    held = [dict() for _ in points]
    drop = [None] * len(points)
    to1 = {}                    # run4's index of an event run1 has -> run1's
    last4 = {}
    held_leaf = set()           # leaves a code object holds too (its constants)
    while j < len(s4):
        if ev4[j][0] == 'A':
            last4[ev4[j][2]] = j
        if i < len(seq) and seq[i] == s4[j]:
            to1[j] = i
            i += 1
            j += 1
            continue
        o, k = s4[j]
        if o != 'F' or not k:
            sys.exit('tmimport.py: run4 makes an allocation run1 lacks at %d' % i)
        g = max(n for n, p in enumerate(points) if p <= i)
        if drop[g] is None:
            drop[g] = i
        made = to1.get(last4.get(ev4[j][2]))
        if made in garbage:
            if not garbage[made] or group[made] != g:
                sys.exit('tmimport.py: garbage object %d dies with a code object' % made)
            held_leaf.add(made)
        else:
            held[g][k] = held[g].get(k, 0) + 1
        j += 1
    for i in order:             # the members' own frees are not extra (a held leaf's is later)
        k = seq[i][1]
        if k and i not in held_leaf:
            direct[group[i]][k] = direct[group[i]].get(k, 0) - 1
    # the stream: a member is made where the collector starts tracking it
    # (_PyObject_GC_TRACK: K), its allocation counted where it happened
    tracked = {}
    for a, pos in tracks1:
        tracked.setdefault(a, []).append(pos)
    allocs1 = {}
    for i, (o, k, a) in enumerate(ev1):
        if o == 'A':
            allocs1.setdefault(a, []).append(i)
    ops = []
    after = {}
    for i in order:
        a = ev1[i][2]
        nxt = min([j for j in allocs1[a] if j > i] + [len(ev1)])
        at = min([pos for pos in tracked.get(a, []) if i < pos <= nxt] + [i + 1])
        if at - 1 > release[i]:
            sys.exit('tmimport.py: garbage object %d is tracked after it dies' % i)
        op = 'TMS_HELD_LEAF' if i in held_leaf else 'TMS_LEAF' if garbage[i] else 'TMS_MEMBER'
        after.setdefault(at - 1, []).append((op, seq[i][1], group[i]))
    for g, p in enumerate(points):
        after.setdefault(p, []).append(('TMS_RELEASE', 0, g))
    for g, p in enumerate(drop):
        if p is not None:
            if p <= points[g]:
                sys.exit('tmimport.py: group %d: its code dies before it' % g)
            after.setdefault(p - 1, []).append(('TMS_CODE_DROP', 0, g))
    for i, (o, k) in enumerate(seq):
        op = 'TMS_ALLOC' if o == 'A' else 'TMS_FREE'
        if ops and ops[-1][0] == op and ops[-1][1] == k and ops[-1][2] < 65535:
            ops[-1] = (op, k, ops[-1][2] + 1)
        else:
            ops.append((op, k, 1))
        ops.extend(after.get(i, []))
    for g in range(len(points)):    # every group needs a dict (its hub) and a mutable first member
        mem = [i for i in order if group[i] == g]
        kinds = [seq[i][1] for i in mem]
        first = next(seq[i][1] for i in mem if not garbage[i])
        if K_DICT not in kinds or 1 <= first <= 19:
            sys.exit('tmimport.py: group %d has no dict or starts with a tuple' % g)
    print('/* tmimport.inc — generated by tmimport.py from an instrumented CPython 3.11\'s')
    print(' * logs of `import tracemalloc` (see tmimport.py): do not edit. */')
    nmem = max(sum(1 for i in order if group[i] == g) for g in range(len(points)))
    nheld = max(sum(held[g].values()) + sum(1 for i in held_leaf if group[i] == g)
                for g in range(len(points)))
    print('#define TM_GROUPS %d' % len(points))
    print('#define TM_MEMBERS_MAX %d     /* objects of one group, at most */' % nmem)
    print('#define TM_HELD_MAX %d        /* of one group\'s, held by a code object, at most */' % nheld)
    print('static const struct tm_step tm_stream[] = {')
    row = []
    for op, k, n in ops:
        row.append('{%s, %d, %d},' % (op, k, n))
        if len(row) == 4:
            print('    ' + ' '.join(row))
            row = []
    if row:
        print('    ' + ' '.join(row))
    print('};')
    print('/* what a group\'s collection frees besides its members: kind, count, held by a code object */')
    print('static const struct tm_extra tm_extras[] = {')
    for g in range(len(points)):
        for k, n in sorted(direct[g].items()):
            if n > 0:
                print('    {%d, %d, %d, 0},' % (g, k, n))
        for k, n in sorted(held[g].items()):
            print('    {%d, %d, %d, 1},' % (g, k, n))
    print('};')


if __name__ == '__main__':
    if len(sys.argv) != 2:
        sys.exit('usage: tmimport.py LOGDIR')
    main(sys.argv[1])
