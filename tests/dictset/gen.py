#!/usr/bin/python3
"""Writes tests/dictset/cases.h: random programs of dict and set operations
with what /usr/bin/python3 (3.11) prints after each step -- repr() and
sys.getsizeof() -- for tests/21-dict.c and tests/22-set.c.

Set elements are ints, floats and tuples of ints (their hashes are
CPython's in heapviz, so table order must match byte for byte); dict keys
may also be str (a dict's order and sizes do not depend on hashes).

Usage: /usr/bin/python3 tests/dictset/gen.py > tests/dictset/cases.h
"""
import random
import sys

assert sys.version_info[:2] == (3, 11), "the oracle must be CPython 3.11"

INTS = [0, 1, 2, 3, 5, 7, 8, 9, 16, 17, 24, 32, 33, 40, 64, 100, 255, 256, 257, 1000, 4096,
        -1, -2, -5, -6, -100, 2**30, 2**31 + 5, 2**61 - 1, 2**61, 2**62 + 3, 12345678901,
        -(2**40)]
FLOATS = [0.5, 1.5, -2.25, 2.0, -1.0, 0.1, 1e100, 3.75, 1024.0, -0.0]
TUPLES = [(1, 2), (2, 1), (0, 0), (3, -1), (100, 7), (-5, 8)]
STRS = ["a", "b", "key", "x1", "hello", "zz", "q"]

SET_OPS = ["add", "discard", "pop", "update_list", "update_set", "or_set", "and_set",
           "sub_set", "xor_set", "iand_list", "isub_list", "ixor_list", "copy", "clear",
           "refreeze", "ior_set", "union_list", "difference_list", "compare", "fhash",
           "symdiff_list", "isdisjoint_list"]
DICT_OPS = ["set", "del", "pop", "popitem", "setdefault", "update_pairs", "update_dict", "copy",
            "clear", "or_dict", "fromkeys_list", "fromkeys_dict", "fromkeys_set", "dict_pairs",
            "ior_pairs", "get", "keys_and", "keys_or", "keys_sub", "keys_xor", "items_and",
            "keys_isdisjoint", "keys_le"]


def c_val(x):
    if x is None:
        return "{DS_NONE, 0, 0, 0, 0}"
    if isinstance(x, bool):
        raise ValueError(x)
    if isinstance(x, int):
        return "{DS_INT, %dLL, 0, 0, 0}" % x
    if isinstance(x, float):
        return "{DS_FLOAT, 0, 0, %r, 0}" % x
    if isinstance(x, tuple):
        return "{DS_TUPLE, %dLL, %dLL, 0, 0}" % x
    if isinstance(x, str):
        return '{DS_STR, 0, 0, 0, "%s"}' % x
    raise ValueError(x)


def c_str(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def element(rng, with_str):
    pools = [INTS, INTS, FLOATS, TUPLES] + ([STRS] if with_str else [])
    return rng.choice(rng.choice(pools))


def run_set(rng, steps):
    s = set()
    out = []
    for _ in range(steps):
        op = rng.choice(SET_OPS)
        xs = [element(rng, False) for _ in range(rng.randint(0, 12 if rng.random() < .3 else 5))]
        aux = ""
        if op == "add":
            xs = xs[:1] or [element(rng, False)]
            s.add(xs[0])
        elif op == "discard":
            xs = [rng.choice(sorted(s, key=repr))] if s and rng.random() < .7 else [element(rng, False)]
            s.discard(xs[0])
        elif op == "pop":
            xs = []
            if not s:
                continue
            aux = repr(s.pop())
        elif op == "update_list":
            s.update(list(xs))
        elif op in ("update_set", "or_set", "and_set", "sub_set", "xor_set", "ior_set"):
            t = set()
            for x in xs:
                t.add(x)
            if op == "update_set":
                s.update(t)
            elif op == "or_set":
                s = s | t
            elif op == "ior_set":
                s |= t
            elif op == "and_set":
                s = s & t
            elif op == "sub_set":
                s = s - t
            else:
                s = s ^ t
        elif op == "iand_list":
            s.intersection_update(list(xs))
        elif op == "isub_list":
            s.difference_update(list(xs))
        elif op == "ixor_list":
            s.symmetric_difference_update(list(xs))
        elif op == "union_list":
            s = s.union(list(xs))
        elif op == "difference_list":
            s = s.difference(list(xs))
        elif op == "copy":
            xs = []
            s = s.copy()
        elif op == "clear":
            xs = []
            s.clear()
        elif op == "refreeze":
            xs = []
            s = set(frozenset(s))
        elif op == "compare":
            t = set()
            for x in xs:
                t.add(x)
            aux = repr((s <= t, s < t, s == t, s >= t, s > t, s != t, s.issubset(xs),
                        s.issuperset(xs)))
        elif op == "fhash":
            xs = []
            aux = repr(hash(frozenset(s)))
        elif op == "symdiff_list":
            s = s.symmetric_difference(list(xs))
        elif op == "isdisjoint_list":
            aux = repr(s.isdisjoint(list(xs)))
        out.append((op, xs, repr(s), sys.getsizeof(s), aux))
    return out


def run_dict(rng, steps):
    d = {}
    out = []
    for _ in range(steps):
        op = rng.choice(DICT_OPS)
        n = rng.randint(0, 14 if rng.random() < .3 else 5)
        ks = [element(rng, True) for _ in range(n)]
        vs = [rng.choice(INTS + [None, "v"]) for _ in range(n)]
        args = []
        aux = ""
        if op == "set":
            k, v = element(rng, True), rng.choice(INTS + [None])
            d[k] = v
            args = [k, v]
        elif op in ("del", "pop", "get"):
            k = rng.choice(list(d)) if d and rng.random() < .7 else element(rng, True)
            args = [k]
            if op == "del":
                if k not in d:
                    continue
                del d[k]
            elif op == "pop":
                aux = repr(d.pop(k, None))
            else:
                aux = repr(d.get(k))
        elif op == "popitem":
            if not d:
                continue
            aux = repr(d.popitem())
        elif op == "setdefault":
            k, v = element(rng, True), rng.choice(INTS)
            aux = repr(d.setdefault(k, v))
            args = [k, v]
        elif op in ("update_pairs", "dict_pairs", "ior_pairs"):
            pairs = list(zip(ks, vs))
            args = [x for p in pairs for x in p]
            if op == "update_pairs":
                d.update(pairs)
            elif op == "ior_pairs":
                d |= pairs
            else:
                d = dict(pairs)
        elif op in ("update_dict", "or_dict"):
            t = {}
            for k, v in zip(ks, vs):
                t[k] = v
            args = [x for p in zip(ks, vs) for x in p]
            if op == "update_dict":
                d.update(t)
            else:
                d = d | t
        elif op == "copy":
            d = d.copy()
        elif op == "clear":
            d.clear()
        elif op == "fromkeys_list":
            args = ks
            d = dict.fromkeys(list(ks), 7)
        elif op == "fromkeys_dict":
            t = {}
            for k in ks:
                t[k] = None
            args = ks
            d = dict.fromkeys(t)
        elif op.startswith("keys_") or op == "items_and":
            hashable = all(not isinstance(k, str) for k in d) and \
                all(not isinstance(x, str) for x in d.values())
            ks = [k for k in ks if not isinstance(k, str)]
            if not hashable:
                continue
            args = ks
            t = set()
            for k in ks:
                t.add(k)
            if op == "keys_and":
                r = d.keys() & t
            elif op == "keys_or":
                r = d.keys() | list(ks)
            elif op == "keys_sub":
                r = d.keys() - list(ks)
            elif op == "keys_xor":
                r = d.keys() ^ t
            elif op == "items_and":
                r = d.items() & set(d.items())
            elif op == "keys_isdisjoint":
                r = d.keys().isdisjoint(list(ks))
            else:
                r = (d.keys() <= t, d.keys() == t, d.items() == set(d.items()))
            aux = repr(r)
        elif op == "fromkeys_set":
            ks = [k for k in ks if not isinstance(k, str)]
            t = set()
            for k in ks:
                t.add(k)
            args = ks
            d = dict.fromkeys(t, 1)
        out.append((op, args, repr(d), sys.getsizeof(d), aux))
    return out


def emit(name, ops, programs):
    print("static const ds_step %s[] = {" % name)
    for prog in programs:
        print("    {DS_BEGIN, 0, {{0}}, NULL, 0, NULL},")
        for op, args, r, size, aux in prog:
            vals = ", ".join(c_val(a) for a in args) or "{0}"
            print("    {%d, %d, {%s}, %s, %d, %s}," % (ops.index(op), len(args), vals, c_str(r), size,
                                                     c_str(aux)))
    print("};")


def main():
    rng = random.Random(20231123)
    print("/* Generated by tests/dictset/gen.py with /usr/bin/python3 %s: do not edit. */"
          % sys.version.split()[0])
    print("#define DS_MAXARGS 28")
    print("enum { DS_INT, DS_FLOAT, DS_TUPLE, DS_STR, DS_NONE };")
    print("enum { DS_BEGIN = -1 };")
    print("enum { %s };" % ", ".join("SET_%s" % o.upper() for o in SET_OPS))
    print("enum { %s };" % ", ".join("DICT_%s" % o.upper() for o in DICT_OPS))
    print("typedef struct ds_val { int kind; long long a, b; double f; const char *s; } ds_val;")
    print("typedef struct ds_step { int op, n; ds_val x[DS_MAXARGS]; const char *repr; "
          "long long size; const char *aux; } ds_step;")
    emit("set_cases", SET_OPS, [run_set(rng, 30) for _ in range(40)])
    emit("dict_cases", DICT_OPS, [run_dict(rng, 30) for _ in range(40)])


main()
