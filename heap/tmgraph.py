#!/usr/bin/python3
"""tmgraph.py — writes tmgraph.inc: who holds whom among the garbage `import tracemalloc` leaves.

Usage: /usr/bin/python3 tmgraph.py TMIMPORT_INC > tmgraph.inc   (make update-tmgraph)

Run by the judge itself (CPython 3.11): with the collector off, `import tracemalloc`, then
gc.DEBUG_SAVEALL and gc.collect() list the 128 garbage objects the import leaves (pure-Python
classes replaced by their C versions, types._C, two enum classes, pickle's exceptions) in the
collector's list order, the order tmimport.inc's stream makes its members (TMS_MEMBER, _LEAF,
_HELD_LEAF); gc.get_referents gives the references among them.  A class is a cycle of its
own (type, __dict__, __mro__, descriptors), its methods hang off its __dict__: when a young
collection falls inside a group, the classes already in an older generation stay garbage
until a collection of that generation, as python3's do.

Each stream member is matched to the earliest unmatched garbage object of its kind (a tuple's
length, a list, a dict, or any other type), which puts right the few a dict's late tracking
reorders.  A stand-in holds what its object holds, within what it can hold (heapviz's stand-ins:
a cell or pickle class for kind 0 holds one reference, a tuple its length, a dict or list any
number): an object holding more than its stand-in can gives the rest to a member of its own
strongly connected component that can hold them (a class's __dict__ or __mro__), which leaves
what every object reaches unchanged; outside a cycle (a classmethod: its function and its
__dict__), to the target only it holds that can (the __dict__ then holds the function).  A
group's extras (tmimport.inc's tm_extras: its methods' defaults and code objects' tuples) go
to its classes' __dict__s, in proportion to the functions each holds.  Prints the table of
(holder, held) member indices, that of (group, __dict__ member, weight), and the members that
are classes in the last group (pickle's exceptions, which python3 leaves to the program).
"""
import gc
import sys

K_LIST, K_DICT = 20, 21


def stream_members(path):
    """[(kind, group)] of tmimport.inc's members, in stream order (re imported
    after the garbage is listed: it imports what tracemalloc imports)."""
    import re
    src = open(path).read()
    body = src[src.index('tm_stream[]'):]
    body = body[:body.index('};')]
    return [(int(k), int(n)) for op, k, n in re.findall(r'\{(TMS_\w+), (\d+), (\d+)\}', body)
            if op in ('TMS_MEMBER', 'TMS_LEAF', 'TMS_HELD_LEAF')]


def garbage():
    """The import's garbage objects, in the collector's order (a new interpreter's)."""
    gc.disable()
    import tracemalloc  # noqa: F401
    gc.set_debug(gc.DEBUG_SAVEALL)
    gc.collect()
    g = list(gc.garbage)
    gc.set_debug(0)
    gc.garbage.clear()
    return g


def kind(o):
    if type(o) is tuple and 1 <= len(o) < 20:
        return len(o)
    return K_LIST if type(o) is list else K_DICT if type(o) is dict else 0


def capacity(k):
    return 1 << 30 if k in (K_LIST, K_DICT) else k if k else 1


def sccs(n, edges):
    """Tarjan's strongly connected components: comp[v] for v in range(n)."""
    index, low, comp, stack, on, counter = {}, {}, [None] * n, [], set(), [0]

    def visit(v):
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on.add(v)
        for w in edges[v]:
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            while True:
                w = stack.pop()
                on.discard(w)
                comp[w] = v
                if w == v:
                    break

    for v in range(n):
        if v not in index:
            visit(v)
    return comp


def main(path):
    objs = garbage()
    members = stream_members(path)
    if len(objs) != len(members):
        sys.exit('tmgraph.py: %d garbage objects, %d stream members' % (len(objs), len(members)))
    free = list(range(len(objs)))
    at = {}                                 # id(object) -> member index
    for m, (k, _) in enumerate(members):
        i = next((i for i in free if kind(objs[i]) == k), None)
        if i is None:
            sys.exit('tmgraph.py: member %d (kind %d) has no garbage object' % (m, k))
        free.remove(i)
        at[id(objs[i])] = m
    obj = {m: o for o in objs for m in [at[id(o)]]}
    n = len(members)
    edges = [[] for _ in range(n)]
    for m in range(n):
        for r in gc.get_referents(obj[m]):
            if id(r) in at and at[id(r)] not in edges[m]:
                edges[m].append(at[id(r)])
    comp = sccs(n, edges)
    cap = [capacity(k) for k, _ in members]
    for v in range(n):
        if len(edges[v]) <= cap[v]:
            continue
        inside = [w for w in edges[v] if comp[w] == comp[v]]
        hosts = [c for c in range(n) if c != v and comp[c] == comp[v]]
        if not hosts:                       # no cycle: a target only v holds takes the rest
            only = [w for w in edges[v] if cap[w] > len(edges[v]) and
                    all(w not in edges[u] for u in range(n) if u != v)]
            if not only:
                sys.exit('tmgraph.py: member %d holds more than its stand-in can' % v)
            inside, hosts = only, only
        keep = (inside or edges[v])[:cap[v]]
        rest = [w for w in edges[v] if w not in keep]
        for w in rest:
            host = next((c for c in hosts if w in edges[c] or len(edges[c]) < cap[c]), None)
            if host is None:
                sys.exit('tmgraph.py: member %d holds more than its stand-in can' % v)
            if w not in edges[host]:
                edges[host].append(w)
        edges[v] = keep
    for v in range(n):                      # a tuple's items exist when it is made
        if members[v][0] not in (0, K_LIST, K_DICT) and any(w > v for w in edges[v]):
            sys.exit('tmgraph.py: tuple member %d holds a later member' % v)
    pairs = [(v, w) for v in range(n) for w in edges[v]]
    # who frees a group's extras (its methods' defaults and code objects' tuples): each
    # class's __dict__, weighted by the functions it holds (through a staticmethod or a
    # classmethod too)
    funcs = {m for m in range(n) if type(obj[m]).__name__ == 'function'}
    holders = []
    for m in range(n):
        if members[m][0] != K_DICT:
            continue
        held = {x for r in gc.get_referents(obj[m]) if id(r) in at
                for x in [at[id(r)]] + [at[id(q)] for q in gc.get_referents(r) if id(q) in at]}
        weight = len(held & funcs)
        if weight:
            holders.append((members[m][1], m, weight))
    print('/* tmgraph.inc — generated by tmgraph.py (run by /usr/bin/python3) from the')
    print(' * garbage `import tracemalloc` leaves: do not edit.  {holder, held}: members in')
    print(' * the order tm_stream makes them. */')
    print('#define TM_MEMBERS %d' % n)
    print('static const struct tm_edge tm_edges[] = {')
    row = []
    for v, w in pairs:
        row.append('{%d, %d},' % (v, w))
        if len(row) == 10:
            print('    ' + ' '.join(row))
            row = []
    if row:
        print('    ' + ' '.join(row))
    print('};')
    print('static const struct tm_holder tm_holders[] = {')
    for g, m, w in holders:
        print('    {%d, %d, %d},' % (g, m, w))
    print('};')
    last = members[-1][1]
    classes = [m for m in range(n) if members[m][1] == last and isinstance(obj[m], type)]
    print('/* the classes of the group left to the program (pickle\'s exceptions) */')
    print('static const uint8_t tm_last_classes[] = {%s};' % ', '.join(map(str, classes)))


if __name__ == '__main__':
    if len(sys.argv) != 2:
        sys.exit('usage: tmgraph.py TMIMPORT_INC > tmgraph.inc')
    main(sys.argv[1])
