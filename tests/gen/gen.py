#!/usr/bin/env python3
"""gen.py - random Python programs in heapviz's language subset, for
differential testing against python3 (tests/gen/README in the header of
fuzz-diff.sh says how they are used).

    gen.py SEED [--features a,b,...] [--stmts N]      one program on stdout
    gen.py --list-features

Deterministic: the same seed and options give the same program, on any
machine (only random.Random(seed) decides).  Every program terminates
(loops are bounded, recursion is shallow, no input) and prints the values
heapviz promises to reproduce: repr of results, sys.getsizeof,
sys.getrefcount of containers and instances, identities compared with
`is` and id(), gc.collect() / gc.get_count() / gc.is_tracked().

The generator keeps a table of live variables and their kinds so it only
writes operations that are meaningful for them; exceptions it provokes on
purpose are caught and printed (type and message).
"""
import random
import sys

FEATURES = {
    "core": "ints, floats, str, lists, tuples, dicts, loops, functions, repr/len/type",
    "sizeof": "sys.getsizeof of every kind of value",
    "refcount": "sys.getrefcount of containers and instances (never of ints/str)",
    "ids": "identity: `is` between aliases and constants, id() reuse after del",
    "gc": "gc.collect(), gc.is_tracked(), len(gc.get_referents())",
    "gccount": "gc.get_count(): the allocation counts of the young generation",
    "classes": "classes with __init__, attributes, __slots__, instance cycles",
    "generators": "generator functions and generator expressions",
    "closures": "nested functions with nonlocal counters",
    "errors": "exceptions caught and printed: IndexError, KeyError, ZeroDivisionError...",
    "bigint": "ints beyond 2**64, mixed arithmetic",
    "strsets": "sets and dicts of str printed in iteration order (hash order)",
    "sets": "sets of ints, set operations",
    "bytes": "bytes literals, concatenation, indexing",
    "finalizers": "classes with __del__ printing, del of the last reference",
    "bigmul": "ints of 70-2000 digits: products, squares, 10**k, pow with a modulus, inverses",
    "unpack": "loops of 8+ rounds unpacking tuples, lists, strs and mixes, some of the wrong length",
    "dunders": "special methods called by name: x.__mul__(y), o.__repr__(), __getattr__, __slots__",
    "zipstrict": "zip(strict=...) of lists, strs, generators and iterators that raise",
    "kwargs": "bytes(source=, encoding=, errors=), round/pow/sum/min/max by keyword, bad ones",
    "fmtindex": "str.format's {0[N]} on lists, tuples, strs and dicts; str indexing and slicing",
    "genstates": "generators in every state (new, suspended, finished) sent, thrown into and closed",
    "getattrs": "getattr(x, name, default) and hasattr on builtin values, present and missing names",
    "formats": "format() and f-strings with random specs on int, bool, float, complex, str, None, lists",
    "exchain": "exceptions raised by builtins caught, re-raised, chained (from, from None), in finally and with",
    "stmts": "global, assert, chained comparisons, while/else, chained and augmented assignment to subscripts and attributes, try/else/finally order",
    "methods": "str/list/dict/set methods and builtins the core set never calls: find, partition, sort(key=), setdefault, divmod, hex, reversed...",
    "inherit": "class hierarchies: super().__init__, overrides, class attributes, __eq__/__str__, isinstance, vars(), with on user classes",
    "tracemalloc": "tracemalloc.get_traced_memory() deltas (current and peak) around allocations and frees",
    "instdicts": "instance __dict__s: key-sharing tables, attributes added, deleted and set through __dict__, their getsizeof",
    "seqops": "slice assignment and extended-slice del, dict-view set operations, %-formatting and str.format, float arithmetic, sequence comparisons",
    "tracemem": "tracemalloc started first; get_traced_memory() (current, peak) printed, stop and restart",
    "builtins": "the methods set, with sys.intern, vars, gc.get_threshold, chr/ord/pow(a, b, m), sorted(key=, reverse=), "
                "enumerate(start=), min(default=), isinstance",
    "control": "the stmts set, with for/else and break",
    "unistr": "str methods on non-ASCII text (Latin-1, BMP, CJK, emoji): case, split/join, replace, find, "
              "encode, slicing, len, getsizeof, tracemalloc deltas",
    "streams": "print(sep=, end=, flush=, file=sys.stdout/sys.stderr/a sink object), sys.stdout.write's count, "
               "flush, long writes past the 8 KiB buffer, bad arguments",
    "complexes": "complex values: arithmetic with ints and floats, abs, conjugate, real/imag, ** and pow, "
                 "complex('...'), division by zero, unorderable comparisons",
    "errpeaks": "type errors of operators and builtins (len, abs, unary and binary operators, iteration, "
                "hashing, indexing, conversions, calls) at module level, with tracemalloc's current and "
                "peak around each: the message's own peak, no frame object made at the same moment",
    "convs": "int.to_bytes/from_bytes, str.maketrans/translate, bytes.maketrans, float.hex/fromhex, "
             "bin/oct/hex, int(s, base), ascii, encode/decode with error handlers, good and bad arguments",
    "introspect": "dir(), globals(), locals(), function and cell attributes, yield from, filter, issubclass, "
                  "setattr/delattr, dict/set comprehensions, slot wrappers and type dicts, next(it, default)",
    "lateimport": "`import gc` moved down to just before the first top-level statement that uses gc "
                  "(the import's dicts and tuples then come off free lists the program has used)",
    "uncaught": "the program ends with an uncaught exception from a function whose frame holds an object "
                "with __del__ (sys.last_traceback keeps it until after the final collection)",
    "snapshots": "(its programs differ from python3: README, stop 28) tracemalloc snapshots around statements: compare_to and statistics by lineno, filename and "
                 "traceback (line numbers, sizes, counts), Traceback length and frames, get_object_traceback, "
                 "clear_traces",
    "walrus": "assignment expressions: := in if/elif/while conditions, any/all and comprehensions binding "
              "the enclosing scope's name, a nonlocal target in a nested function, print(x := ...)",
    "multiinherit": "diamonds and mixins with super().__init__ chains, __mro__ and __bases__ by name, "
                    "method resolution through super(), isinstance/issubclass, inconsistent MROs, a mixin with a "
                    "builtin base, conflicting layouts, getsizeof of instances, getrefcount of classes, "
                    "gc.collect() after del of a hierarchy",
    "newsub": "__new__ singletons and validators, subclasses of int/float/str/tuple with extra attributes "
              "and __slots__, arithmetic giving base results, builtins and methods given them, repr, getsizeof, "
              "tracemalloc deltas",
    "memview": "memoryview over bytes and bytearrays: slices, writes through, exports blocking resizes "
               "(BufferError), release and with, tobytes/tolist/hex, getsizeof, tracemalloc deltas, "
               "getrefcount of the exporter",
    "weakrefs": "_weakref.ref to instances, sets, functions and classes, with and without printing callbacks, "
                "dying referents, cycles collected, getweakrefcount/getweakrefs, ref() reuse, bad referents",
    "structseq": "sys.version_info/float_info/int_info/hash_info/thread_info: indexing, slicing, comparisons, "
                 "unpacking, fields, getrefcount, getsizeof, read-only fields, the types called",
    "lambdas": "lambda as key functions of sorted/min/max and list.sort, map (one and two iterables) and filter "
               "(with None), dispatch dicts of lambdas, default-argument capture against late binding, "
               "curried lambdas, key functions that raise, calls with wrong arguments (tracemalloc's deltas "
               "around them), a class's lambda with a private keyword-only default",
    "comprehend": "nested list comprehensions with conditions, flattening, dict and set comprehensions with "
                  "filters, generator expressions consumed by sum/any/all/min/max/join/sorted or partly by next(), "
                  "the loop variable not leaking, errors raised inside, tracemalloc's deltas around nested ones",
    "strbuild": "strings built in loops (+=, join of f-string/%/format parts), then split, partitioned, "
                "splitlines'd and compared; center/zfill/replace with a count, str.format templates, getsizeof, "
                "tracemalloc's deltas around the loops and joins",
    "match": "match statements over ints, strs, tuples, lists, dicts and instances with __match_args__: guards, "
             "or-patterns, captures, **rest, star patterns, class patterns that raise; captures printed with "
             "getsizeof and getrefcount, tracemalloc's deltas, in functions, loops and at module level",
    "subsets": "subclasses of set, frozenset, bytes and bytearray with __slots__, tags set in __init__/__new__, "
               "__repr__: operations and their result types, repr, getsizeof, getrefcount, gc.is_tracked, "
               "mutation, hashing, tracemalloc deltas",
    "typecall": "classes made by type(name, bases, dict) with lambdas, __init__, __slots__, __repr__, "
                "__qualname__, builtin bases, subclassed by class statements; instances, attributes, getsizeof, "
                "bad type() calls",
}

SAFE = ["core", "sizeof", "refcount", "ids", "gc", "classes", "generators", "closures",
        "errors", "bigint", "sets", "bytes"]


class Gen:
    def __init__(self, seed, features, nstmts):
        self.r = random.Random(seed)
        self.f = set(features)
        self.nstmts = nstmts
        self.lines = []
        self.vars = {}          # name -> kind
        self.nextvar = 0
        self.indent = 0
        self.classes = []       # (name, has_slots, attrs)
        self.funcs = []         # (name, nparams)
        self.gens = []          # generator function names
        self.counters = []      # closure factories

    # ---- helpers -------------------------------------------------------------
    def emit(self, text):
        self.lines.append("    " * self.indent + text)

    def has(self, feat):
        return feat in self.f

    def newname(self, prefix="v"):
        self.nextvar += 1
        return "%s%d" % (prefix, self.nextvar)

    def pick(self, *kinds):
        names = [n for n, k in self.vars.items() if k in kinds]
        return self.r.choice(names) if names else None

    def chance(self, p):
        return self.r.random() < p

    # ---- literals and expressions by kind ------------------------------------
    def int_lit(self):
        r = self.r
        c = r.randrange(10)
        if c < 4:
            return str(r.randint(-5, 256))
        if c < 7:
            return str(r.randint(257, 100000) * r.choice([1, -1]))
        if self.has("bigint") and c < 9:
            return "%d" % (r.randint(1, 9) * 10 ** r.randint(18, 60) + r.randint(0, 999))
        return str(r.randint(0, 2 ** 31))

    def float_lit(self):
        r = self.r
        return r.choice(["0.0", "1.5", "-2.25", "3.141592653589793", "1e10", "2.5e-3",
                         "%d.%d" % (r.randint(0, 999), r.randint(0, 99)), "0.1", "100.0"])

    def str_lit(self):
        r = self.r
        pool = ["", "a", "b", "hello", "Hello World", "x" * r.randint(2, 40), "spam eggs",
                "caf\u00e9", "\u00fc", "abc123", "snake_case", "a-b-c", "  pad  ", "UPPER",
                "\u20ac", "\u4e2d\u6587", "tab\\t", "line\\n"]
        return '"%s"' % r.choice(pool)

    def expr(self, kind):
        r = self.r
        v = self.pick(kind)
        if kind == "int":
            c = r.randrange(9)
            if v and c == 0:
                return "%s + %s" % (v, self.int_lit())
            if v and c == 1:
                return "%s * %d" % (v, r.randint(-3, 7))
            if v and c == 2:
                return "%s // %d" % (v, r.choice([1, 2, 3, 7, -4]))
            if v and c == 3:
                return "%s %% %d" % (v, r.choice([2, 5, 10, 97]))
            if c == 4:
                s = self.pick("list", "str", "dict", "tuple")
                if s:
                    return "len(%s)" % s
            if v and c == 5:
                return "-%s" % v
            if v and c == 6 and self.has("bigint"):
                return "%s ** %d" % (v, r.randint(2, 5))
            return self.int_lit()
        if kind == "float":
            c = r.randrange(5)
            if v and c == 0:
                return "%s * %s" % (v, self.float_lit())
            iv = self.pick("int")
            if iv and c == 1:
                return "%s / %d" % (iv, r.choice([2, 3, 7, -8]))
            if iv and c == 2:
                return "float(%s)" % iv
            return self.float_lit()
        if kind == "str":
            c = r.randrange(12)
            if v and c == 0:
                return "%s + %s" % (v, self.str_lit())
            if v and c == 1:
                return "%s * %d" % (v, r.randint(0, 4))
            if v and c == 2:
                return "%s.%s()" % (v, r.choice(["upper", "lower", "strip", "title",
                                                  "capitalize", "swapcase"]))
            iv = self.pick("int", "float")
            if iv and c == 3:
                return "str(%s)" % iv
            if v and c == 4:
                return "%s[%d:%d]" % (v, r.randint(0, 3), r.randint(2, 9))
            if iv and c == 5:
                return 'f"<{%s}>"' % iv
            lv = self.pick("list", "tuple")
            if lv and c == 6:
                return '"-".join(str(e) for e in %s)' % lv
            if v and c == 7:
                return '%s.replace("l", "L")' % v
            a = self.pick("list", "dict", "tuple", "int", "float")
            if a and c == 8:
                return "repr(%s)" % a
            return self.str_lit()
        if kind == "bytes":
            c = r.randrange(4)
            if v and c == 0:
                return "%s + b\"%s\"" % (v, r.choice(["", "x", "abc"]))
            if c == 1:
                return "bytes(%d)" % r.randint(0, 20)
            if v and c == 2:
                return "%s[1:]" % v
            return r.choice(['b""', 'b"a"', 'b"hello"', 'b"\\x00\\xff"', 'b"%s"' % ("z" * r.randint(2, 30))])
        if kind == "list":
            c = r.randrange(10)
            n = r.randint(0, 12)
            if c == 0:
                return "list(range(%d))" % n
            if c == 1:
                return "[i * %d for i in range(%d)]" % (r.randint(1, 9), n)
            if v and c == 2:
                return "%s + [%s]" % (v, self.expr("int"))
            if v and c == 3:
                return "%s[:]" % v
            if v and c == 4:
                return "%s * %d" % (v, r.randint(0, 3))
            if c == 5:
                return "[%s]" % ", ".join(self.expr(r.choice(["int", "str", "float"]))
                                          for _ in range(r.randint(0, 6)))
            s = self.pick("str")
            if s and c == 6:
                return "%s.split()" % s
            if c == 7:
                return "[[j] * %d for j in range(%d)]" % (r.randint(0, 3), r.randint(0, 5))
            return "[%s]" % ", ".join(self.expr("int") for _ in range(r.randint(0, 9)))
        if kind == "tuple":
            c = r.randrange(5)
            if c == 0:
                return "()"
            lv = self.pick("list")
            if lv and c == 1:
                return "tuple(%s)" % lv
            if c == 2:
                return "(%s,)" % self.expr("int")
            return "(%s)" % ", ".join(self.expr(r.choice(["int", "str", "float"]))
                                      for _ in range(r.randint(2, 6)))
        if kind == "dict":
            c = r.randrange(6)
            n = r.randint(0, 12)
            if c == 0:
                return "{i: i * i for i in range(%d)}" % n
            if c == 1:
                return "dict(%s)" % ", ".join("k%d=%s" % (i, self.expr("int")) for i in range(r.randint(0, 5)))
            if c == 2:
                return "{}"
            if c == 3:
                return "{%s}" % ", ".join('"k%d": %s' % (i, self.expr(r.choice(["int", "str"])))
                                          for i in range(r.randint(1, 7)))
            return "{%s}" % ", ".join("%d: %s" % (r.randint(-20, 300), self.expr("int"))
                                      for i in range(r.randint(1, 7)))
        if kind == "set":
            c = r.randrange(5)
            if c == 0:
                return "set(range(%d))" % r.randint(0, 20)
            if c == 1:
                return "set()"
            if c == 2 and v:
                o = self.pick("set")
                return "%s %s %s" % (v, r.choice(["|", "&", "-", "^"]), o)
            if c == 3:
                return "{i %% %d for i in range(%d)}" % (r.randint(1, 9), r.randint(0, 30))
            return "{%s}" % ", ".join(str(r.randint(-5, 100)) for _ in range(r.randint(1, 8)))
        if kind == "complex":
            c = r.randrange(6)
            if v and c == 0:
                return "%s %s (%s)" % (v, r.choice(["+", "-", "*"]), self.expr(r.choice(["int", "float", "complex"])))
            if v and c == 1:
                return "%s.conjugate()" % v
            if c == 2:
                return "complex(%s, %s)" % (self.float_lit(), self.int_lit())
            if c == 3:
                return "%s%s%sj" % (r.randint(-9, 9), r.choice(["+", "-"]), self.float_lit())
            return r.choice(["1j", "0j", "-2.5j", "(3+4j)", "complex(1e300, 1e300)", "complex('1.5-2j')"])
        if kind == "inst":
            if not self.classes:
                return "None"
            name, slots, attrs = self.r.choice(self.classes)
            return "%s(%s)" % (name, self.expr("int"))
        raise ValueError(kind)

    # ---- definitions ---------------------------------------------------------
    def define_class(self):
        r = self.r
        name = "C%d" % (len(self.classes) + 1)
        slots = self.chance(0.3)
        self.emit("class %s:" % name)
        self.indent += 1
        if slots:
            self.emit('__slots__ = ("a", "b", "other")')
        else:
            self.emit("kind = %s" % self.str_lit())
        self.emit("def __init__(self, a):")
        self.emit("    self.a = a")
        self.emit("    self.b = [a]")
        self.emit("    self.other = None")
        self.emit("def total(self):")
        self.emit("    return self.a + len(self.b)")
        if self.has("finalizers") and self.chance(0.5):
            self.emit("def __del__(self):")
            self.emit('    print("del %s", self.a)' % name)
        if not slots and self.chance(0.5):
            self.emit("def __repr__(self):")
            self.emit('    return "%s(" + repr(self.a) + ")"' % name)
        self.indent -= 1
        self.classes.append((name, slots, ["a", "b", "other"]))

    def define_func(self):
        r = self.r
        name = "f%d" % (len(self.funcs) + 1)
        n = r.randint(0, 3)
        params = ["p%d" % i for i in range(n)]
        if n and self.chance(0.4):
            params[-1] += "=%d" % r.randint(0, 9)
        self.emit("def %s(%s):" % (name, ", ".join(params)))
        self.indent += 1
        self.emit("acc = [%s]" % ", ".join(p.split("=")[0] for p in params))
        k = r.randrange(4)
        if k == 0:
            self.emit("for i in range(%d):" % r.randint(0, 6))
            self.emit("    acc.append(i)")
        elif k == 1:
            self.emit("acc = tuple(acc)")
        elif k == 2:
            self.emit("acc = {str(i): i for i in acc}")
        self.emit("return acc")
        self.indent -= 1
        self.funcs.append((name, n))

    def define_gen(self):
        name = "g%d" % (len(self.gens) + 1)
        self.emit("def %s(n):" % name)
        self.emit("    for i in range(n):")
        self.emit("        yield i * %d" % self.r.randint(1, 5))
        self.gens.append(name)

    def define_counter(self):
        name = "make_counter%d" % (len(self.counters) + 1)
        self.emit("def %s():" % name)
        self.emit("    count = 0")
        self.emit("    def bump(by=1):")
        self.emit("        nonlocal count")
        self.emit("        count += by")
        self.emit("        return count")
        self.emit("    return bump")
        self.counters.append(name)

    # ---- statements ----------------------------------------------------------
    def kinds(self):
        k = ["int", "float", "str", "list", "tuple", "dict"]
        if self.has("sets"):
            k.append("set")
        if self.has("bytes"):
            k.append("bytes")
        if self.has("classes") and self.classes:
            k.append("inst")
        if self.has("complexes"):
            k.append("complex")
        return k

    def assign(self):
        kind = self.r.choice(self.kinds())
        e = self.expr(kind)
        old = self.pick(kind) if self.chance(0.3) else None
        name = old or self.newname()
        self.emit("%s = %s" % (name, e))
        self.vars[name] = kind

    def show(self):
        r = self.r
        v = self.pick(*self.kinds())
        if not v:
            return
        kind = self.vars[v]
        opts = ["repr", "type"]
        if kind in ("list", "tuple", "dict", "str", "bytes", "set"):
            opts.append("len")
        if self.has("sizeof"):
            opts += ["sizeof", "sizeof"]
        if self.has("refcount") and kind in ("list", "dict", "inst", "set"):
            opts += ["refcount"]
        if self.has("gc"):
            opts.append("tracked")
        if kind == "set" and not self.has("strsets"):
            pass
        o = r.choice(opts)
        if o == "repr":
            if kind == "inst":
                self.emit("print(%s.a, %s.total())" % (v, v))
            elif kind == "set":
                self.emit("print(sorted(%s))" % v)
            else:
                self.emit("print(%s)" % v)
        elif o == "type":
            self.emit("print(type(%s).__name__)" % v)
        elif o == "len":
            self.emit("print(len(%s))" % v)
        elif o == "sizeof":
            self.emit("print(sys.getsizeof(%s))" % v)
        elif o == "refcount":
            self.emit("print(sys.getrefcount(%s))" % v)
        elif o == "tracked":
            self.emit("print(gc.is_tracked(%s))" % v)

    def mutate(self):
        r = self.r
        v = self.pick("list", "dict", "set") if self.has("sets") else self.pick("list", "dict")
        if not v:
            return self.assign()
        kind = self.vars[v]
        if kind == "list":
            c = r.randrange(7)
            if c == 0:
                self.emit("%s.append(%s)" % (v, self.expr(r.choice(["int", "str"]))))
            elif c == 1:
                self.emit("%s.extend(range(%d))" % (v, r.randint(0, 9)))
            elif c == 2:
                self.emit("if %s:" % v)
                self.emit("    print(%s.pop())" % v)
            elif c == 3:
                self.emit("%s.insert(%d, %s)" % (v, r.randint(-2, 3), self.expr("int")))
            elif c == 4:
                self.emit("if %s:" % v)
                self.emit("    %s[0] = %s" % (v, self.expr("str")))
            elif c == 5:
                self.emit("%s.reverse()" % v)
            else:
                self.emit("del %s[:%d]" % (v, r.randint(0, 3)))
        elif kind == "dict":
            c = r.randrange(5)
            k = r.choice(['"k%d"' % r.randint(0, 6), str(r.randint(0, 12))])
            if c == 0:
                self.emit("%s[%s] = %s" % (v, k, self.expr(r.choice(["int", "str", "list"]))))
            elif c == 1:
                self.emit("print(%s.pop(%s, None))" % (v, k))
            elif c == 2:
                self.emit("if %s in %s:" % (k, v))
                self.emit("    del %s[%s]" % (v, k))
            elif c == 3:
                self.emit("print(%s.get(%s), list(%s.keys())[:3])" % (v, k, v))
            else:
                self.emit("%s.update({%s: %d})" % (v, k, r.randint(0, 9)))
        else:
            c = r.randrange(3)
            if c == 0:
                self.emit("%s.add(%d)" % (v, r.randint(0, 50)))
            elif c == 1:
                self.emit("%s.discard(%d)" % (v, r.randint(0, 50)))
            else:
                self.emit("print(%d in %s)" % (r.randint(0, 20), v))

    def loop(self):
        r = self.r
        acc = self.newname("acc")
        n = r.randint(0, 25)
        c = r.randrange(3)
        self.emit("%s = []" % acc)
        if c == 0:
            self.emit("for i in range(%d):" % n)
            self.emit("    %s.append(%s)" % (acc, r.choice(["i", "str(i)", "[i]", "(i, i)", "i * 1000", "{i: i}"])))
        elif c == 1:
            self.emit("i = 0")
            self.emit("while i < %d:" % n)
            self.emit("    if i %% %d == 0:" % r.randint(2, 5))
            self.emit("        %s.append(i)" % acc)
            self.emit("    i += 1")
        else:
            self.emit("for i, x in enumerate(%s):" % r.choice(['"abcdef"', "range(5, 12)", "[3, 1, 2]"]))
            self.emit("    if i > %d:" % r.randint(0, 5))
            self.emit("        break")
            self.emit("    %s.append((i, x))" % acc)
            self.emit("else:")
            self.emit("    %s.append(None)" % acc)
        self.emit("print(len(%s), %s[-3:])" % (acc, acc))
        self.vars[acc] = "list"

    def identity(self):
        r = self.r
        c = r.randrange(4)
        v = self.pick(*self.kinds())
        if c == 0 and v:
            a = self.newname("alias")
            self.emit("%s = %s" % (a, v))
            self.emit("print(%s is %s, id(%s) == id(%s))" % (a, v, a, v))
            self.vars[a] = self.vars[v]
        elif c == 1:
            kind = r.choice(["list", "dict", "tuple", "float", "str"])
            a, b = self.newname("t"), self.newname("t")
            self.emit("%s = %s" % (a, self.expr(kind)))
            self.emit("%s = id(%s)" % (b, a))
            self.emit("del %s" % a)
            self.vars.pop(a, None)
            c2 = self.newname("t")
            self.emit("%s = %s" % (c2, self.expr(kind)))
            self.emit("print(id(%s) == %s)" % (c2, b))
            self.vars[c2] = kind
        elif c == 2:
            lit = r.choice(["1000", "-6", "256", "257", '"abc"', '"hello world"', "()", "2.5"])
            self.emit("x1 = %s" % lit)
            self.emit("x2 = %s" % lit)
            self.emit("print(x1 is x2)")
        else:
            v = self.pick("int")
            if v:
                self.emit("print(%s is %s + 0, %s == %s + 0)" % (v, v, v, v))

    def gc_stmt(self):
        r = self.r
        c = r.randrange(4)
        if c == 0:
            self.emit("print(gc.collect())")
        elif c == 1 and self.has("gccount"):
            self.emit("print(gc.get_count())")
        elif c == 2:
            v = self.pick("list", "dict", "tuple", "inst")
            if v:
                self.emit("print(len(gc.get_referents(%s)))" % v)
        elif c == 3 and self.has("gccount"):
            self.emit("gc.collect()")
            self.emit("print(gc.get_count())")

    def cycle(self):
        if not self.classes:
            return self.define_class()
        name = self.r.choice(self.classes)[0]
        a, b = self.newname("o"), self.newname("o")
        self.emit("%s = %s(%s)" % (a, name, self.expr("int")))
        self.emit("%s = %s(%s)" % (b, name, self.expr("int")))
        self.emit("%s.other = %s" % (a, b))
        self.emit("%s.other = %s" % (b, a))
        if self.has("refcount"):
            self.emit("print(sys.getrefcount(%s), sys.getrefcount(%s))" % (a, b))
        if self.chance(0.6):
            self.emit("del %s, %s" % (a, b))
            if self.has("gc"):
                self.emit("print(gc.collect())")
        else:
            self.vars[a] = self.vars[b] = "inst"

    def call(self):
        r = self.r
        if not self.funcs:
            return self.define_func()
        name, n = r.choice(self.funcs)
        res = self.newname("r")
        self.emit("%s = %s(%s)" % (res, name, ", ".join(self.expr("int") for _ in range(n))))
        self.emit("print(%s)" % res)
        self.vars[res] = "any"

    def gen_stmt(self):
        r = self.r
        if not self.gens or self.chance(0.2):
            return self.define_gen()
        g = r.choice(self.gens)
        c = r.randrange(4)
        if c == 0:
            self.emit("print(list(%s(%d)))" % (g, r.randint(0, 8)))
        elif c == 1:
            self.emit("print(sum(%s(%d)), max(%s(%d), default=-1))" % (g, r.randint(0, 8), g, r.randint(0, 3)))
        elif c == 2:
            it = self.newname("it")
            self.emit("%s = %s(%d)" % (it, g, r.randint(1, 5)))
            self.emit("print(next(%s), type(%s).__name__)" % (it, it) if False else "print(type(%s).__name__)" % it)
            if self.has("sizeof"):
                self.emit("print(sys.getsizeof(%s))" % it)
            self.emit("for v in %s:" % it)
            self.emit("    print(v)")
        else:
            self.emit("print(sum(x * x for x in range(%d)))" % r.randint(0, 30))

    def closure(self):
        if not self.counters or self.chance(0.3):
            return self.define_counter()
        mk = self.r.choice(self.counters)
        c = self.newname("c")
        self.emit("%s = %s()" % (c, mk))
        self.emit("print(%s(), %s(%d), %s())" % (c, c, self.r.randint(1, 9), c))

    def error(self):
        r = self.r
        c = r.randrange(6)
        self.emit("try:")
        if c == 0:
            self.emit("    print([1, 2, 3][%d])" % r.randint(3, 9))
        elif c == 1:
            self.emit('    print({"a": 1}["%s"])' % r.choice(["b", "zz"]))
        elif c == 2:
            self.emit("    print(%d // %s)" % (r.randint(1, 9), r.choice(["0", "(1 - 1)"])))
        elif c == 3:
            self.emit('    print(int("%s"))' % r.choice(["12x", "", "3.5"]))
        elif c == 4:
            self.emit('    print(1 + "a")')
        else:
            self.emit("    print(undefined_name_%d)" % r.randint(0, 9))
        self.emit("except Exception as e:")
        self.emit("    print(type(e).__name__, e)")

    def bigmul(self):
        r = self.r
        def big():
            c = r.randrange(5)
            if c == 0:
                return "10 ** %d" % r.randint(70, 2000)
            if c == 1:
                return "%d ** %d" % (r.choice([3, 7, 11, 99]), r.randint(150, 2000))
            if c == 2:
                return "(1 << %d) - %d" % (r.randint(230, 6600), r.randint(0, 3))
            if c == 3:
                return "-(%d ** %d + %d)" % (r.choice([3, 7]), r.randint(150, 1500), r.randint(0, 9))
            return "int(\"%s\" * %d)" % (r.choice(["9", "12", "1000", "7"]), r.randint(20, 180))
        a, b = self.newname("big"), self.newname("big")
        self.emit("%s = %s" % (a, big()))
        self.emit("%s = %s" % (b, big() if self.chance(0.7) else a))
        c = r.randrange(6)
        res = self.newname("prod")
        if c == 0:
            self.emit("%s = %s * %s" % (res, a, b))
        elif c == 1:
            self.emit("%s = %s * %s" % (res, a, a))
        elif c == 2:
            self.emit("%s = %s ** %d" % (res, a, r.randint(2, 3)))
        elif c == 3:
            self.emit("%s = pow(%s, %s, %s)" % (res, a, r.choice(["10 ** 30 + 7", "%d ** 40" % r.randint(2, 9), "abs(%s) + 1" % b]),
                                              "abs(%s) | 1" % b))
        elif c == 4:
            self.emit("try:")
            self.emit("    %s = pow(%s, -1, abs(%s) + 2)" % (res, a, b))
            self.emit("except ValueError as e:")
            self.emit("    %s = str(e)" % res)
        else:
            self.emit("%s = %s" % (res, a))
            self.emit("for i in range(%d):" % r.randint(1, 3))
            self.emit("    %s = %s * %s %% (%s or 1)" % (res, res, b, "10 ** %d" % r.randint(100, 700)))
        self.emit("print(%s %% %d if isinstance(%s, int) else %s, (%s).bit_length() if isinstance(%s, int) else 0)"
                  % (res, r.choice([97, 1000003, 2 ** 61 - 1]), res, res, res, res))
        if self.has("sizeof"):
            self.emit("print(sys.getsizeof(%s))" % res)
        self.emit("del %s, %s, %s" % (a, b, res))

    def unpack(self):
        r = self.r
        shapes = ["(%d, %d)", "[%d, %d]", "\"%s\""]
        items = []
        for _ in range(r.randint(8, 14)):
            sh = r.choice(shapes + ["(%d, %d)"] * 3)
            if sh.startswith("\""):
                items.append('"%s"' % "".join(r.choice("ab\u00e9\u20acz") for _ in range(2)))
            else:
                items.append(sh % (r.randint(-5, 300), r.randint(-5, 300)))
        if self.chance(0.3):
            items.insert(r.randrange(len(items)), r.choice(["(1, 2, 3)", "[1]", '"abc"', "()", "7", "None",
                                                            "range(2)", "{1: 2, 3: 4}"]))
        acc = self.newname("pairs")
        self.emit("%s = []" % acc)
        self.emit("for item in [%s]:" % ", ".join(items))
        self.emit("    try:")
        self.emit("        a, b = item")
        self.emit("    except (ValueError, TypeError) as e:")
        self.emit("        print(type(e).__name__, e)")
        self.emit("        continue")
        self.emit("    %s.append((b, a))" % acc)
        self.emit("print(len(%s), %s[:3], %s[-1:])" % (acc, acc, acc))
        if self.chance(0.4):
            self.emit("for i in range(%d):" % r.randint(8, 20))
            self.emit("    x, y, z = %s" % r.choice(["i, -i, str(i)", "[i, i * i, i]", '"xyz"', "(i, (i,), [i])"]))
            self.emit("    x, y = y, x")
            self.emit("print(x, y, z)")
        if self.has("refcount") and self.chance(0.5):
            self.emit("print(sys.getrefcount(%s))" % acc)
        self.vars[acc] = "list"

    def dunders(self):
        r = self.r
        c = r.randrange(6)
        if c == 0:
            op = r.choice(["__mul__", "__add__", "__sub__", "__floordiv__", "__mod__", "__pow__", "__rmul__", "__lt__"])
            a, b = self.expr("int"), str(r.randint(-2, 6)) if op == "__pow__" else self.expr("int")
            self.emit("try:")
            self.emit("    print((%s).%s(%s))" % (a, op, b))
            self.emit("except Exception as e:")
            self.emit("    print(type(e).__name__, e)")
        elif c == 1:
            v = self.pick("list", "str", "tuple", "dict", "float", "int")
            if v:
                m = r.choice(["__repr__()", "__str__()", "__len__()" if self.vars[v] not in ("int", "float") else "__hash__() == hash(%s)" % v,
                              "__mul__(2)", "__contains__(1)" if self.vars[v] in ("list", "tuple", "dict") else "__eq__(%s)" % v])
                self.emit("try:")
                self.emit("    print(%s.%s)" % (v, m))
                self.emit("except Exception as e:")
                self.emit("    print(type(e).__name__, e)")
        elif c == 2:
            name = self.newname("D")
            slots = self.chance(0.5)
            self.emit("class %s:" % name)
            if slots:
                self.emit('    __slots__ = ("x",)')
            self.emit("    def __init__(self, x):")
            self.emit("        self.x = x")
            self.emit("    def __mul__(self, other):")
            self.emit("        return %s(self.x * other)" % name)
            if self.chance(0.5):
                self.emit("    def __repr__(self):")
                self.emit('        return "%s(%%r)" %% (self.x,)' % name)
            else:
                self.emit("    def __str__(self):")
                self.emit('        return "<%s>"' % name)
            if self.chance(0.5):
                self.emit("    def __getattr__(self, name):")
                self.emit("        if name.startswith(\"__\"):")
                self.emit("            raise AttributeError(name)")
                self.emit("        return name.upper()")
            o = self.newname("d")
            self.emit("%s = %s(%s)" % (o, name, self.expr("int")))
            self.emit("print(%s.__mul__(%d).x, (%s * 2).x, %s.__str__()[:12], str(%s)[:12])" % (o, r.randint(-3, 9), o, o, o))
            self.emit("try:")
            self.emit("    print(%s.%s)" % (o, r.choice(["missing", "__missing__", "x", "__add__(1)"])))
            self.emit("except AttributeError as e:")
            self.emit("    print('AttributeError', e)")
        elif c == 3:
            self.emit("print(%s)" % r.choice(["int.__mul__(6, 7)", "str.__mul__('ab', 3)", "list.__repr__([1, 'a'])",
                                              "object.__repr__(None)[:6]", "(3).__pow__(%d, 7)" % r.randint(-1, 20),
                                              "tuple.__len__((1, 2))", "[].__len__.__name__", "(2 ** 80).__mul__(2 ** 80) % 1000"]))
        elif c == 4:
            m = self.newname("m")
            self.emit("%s = (%s).__mul__" % (m, self.expr("int")))
            self.emit("print(%s(%d), %s.__name__)" % (m, r.randint(-2, 9), m))
            if self.has("refcount"):
                self.emit("print(sys.getrefcount(%s))" % m)
            self.emit("del %s" % m)
        else:
            v = self.pick("inst")
            if v:
                self.emit("print(%s.__class__.__name__, %s.total.__name__)" % (v, v))

    def zipstrict(self):
        r = self.r
        def src():
            n = r.randint(0, 5)
            return r.choice(["list(range(%d))" % n, '"%s"' % ("abcdef"[:n]), "tuple(range(%d))" % n,
                             "(i for i in range(%d))" % n, "iter([%s])" % ", ".join(str(i) for i in range(n)),
                             "fail(%d)" % n])
        if not getattr(self, "has_fail", False):
            self.emit("def fail(n):")
            self.emit("    for i in range(n):")
            self.emit("        yield i")
            self.emit("    raise KeyError(n)")
            self.has_fail = True
        args = ", ".join(src() for _ in range(r.randint(0, 3)))
        kw = r.choice(["strict=True", "strict=True", "strict=False", "strict=1", "strict=[]", "stric=True"])
        self.emit("try:")
        self.emit("    print(list(zip(%s%s%s)))" % (args, ", " if args else "", kw))
        self.emit("except (ValueError, KeyError, TypeError) as e:")
        self.emit("    print(type(e).__name__, e)")

    def kwargs(self):
        r = self.r
        calls = ['bytes(source="%s", encoding="%s")' % (r.choice(["abc", "caf\u00e9", "\u20ac"]), r.choice(["utf-8", "ascii", "latin-1"])),
                 'bytes("%s", "ascii", errors="strict")' % r.choice(["x", "\u00e9\u00e9"]),
                 "bytes(source=%d)" % r.randint(-1, 9), "bytes(source=[%d, %d])" % (r.randint(0, 300), r.randint(0, 9)),
                 'bytes(%d, encoding="ascii")' % r.randint(0, 3), 'bytes(errors="strict")', "bytes(b\"ab\", \"ascii\")",
                 "round(number=%s, ndigits=%d)" % (self.float_lit(), r.randint(-2, 3)), "round(number=%d, ndigits=-%d)" % (r.randint(0, 99999), r.randint(0, 3)),
                 "round(ndigits=1)", "pow(base=%d, exp=%d, mod=%d)" % (r.randint(-9, 9), r.randint(-1, 40), r.randint(-5, 13)),
                 "pow(%d, exp=%d)" % (r.randint(-9, 9), r.randint(0, 9)), "pow(2, ex=3)",
                 "sum([%d, %d], start=%d)" % (r.randint(0, 9), r.randint(0, 9), r.randint(-9, 9)), "sum(iterable=[1])", "sum([[1]], start=[])",
                 "min([%s], key=lambda x: -x, default=0)" % ", ".join(str(r.randint(0, 9)) for _ in range(r.randint(0, 4))),
                 "max([], default=%d)" % r.randint(0, 9), "min(key=len)", "max(1, 2, default=3)", "max([1], foo=2)",
                 "min(%d, %d, key=abs)" % (r.randint(-9, 9), r.randint(-9, 9))]
        self.emit("try:")
        self.emit("    print(%s)" % r.choice(calls))
        self.emit("except (TypeError, ValueError, UnicodeError) as e:")
        self.emit("    print(type(e).__name__, e)")

    def fmtindex(self):
        r = self.r
        v = self.pick("list", "tuple", "str", "dict")
        if not v:
            return self.assign()
        idx = r.choice(["0", "1", "2", "5", "-1", "k0", "01", "x", "1][0", "99999999999999999999"])
        self.emit("try:")
        self.emit('    print("<{0[%s]}>".format(%s))' % (idx, v))
        self.emit("except Exception as e:")
        self.emit("    print(type(e).__name__, e)")
        s = self.pick("str")
        if s and self.chance(0.6):
            i = r.randint(-3, 5)
            self.emit("if len(%s) > %d:" % (s, abs(i)))
            self.emit("    print(repr(%s[%d]), %s[::%d], [c for c in %s][:4], %s[%d:%d:%d])"
                      % (s, i, s, r.choice([2, -1, 3, -2]), s, s, r.randint(0, 2), r.randint(3, 9), r.choice([1, 2, -1])))
            if self.has("sizeof"):
                self.emit("    print(sys.getsizeof(%s[%d]), sys.getsizeof(%s[::2]))" % (s, i, s))
            if self.has("ids"):
                self.emit("    print(%s[%d] is %s[%d], %s[:] is %s)" % (s, i, s, i, s, s))

    def genstates(self):
        r = self.r
        if not getattr(self, "has_stepper", False):
            self.emit("def stepper(n):")
            self.emit("    try:")
            self.emit("        for i in range(n):")
            self.emit("            got = yield i")
            self.emit("            if got is not None:")
            self.emit("                print('sent', got)")
            self.emit("    except ValueError as e:")
            self.emit("        print('stepper caught', type(e).__name__, e)")
            self.emit("        yield -1")
            self.emit("    except GeneratorExit:")
            self.emit("        print('stepper exits')")
            self.emit("        %s" % r.choice(["raise", "raise", "return", "yield -2", "raise KeyError('in close')"]))
            self.emit("    finally:")
            self.emit("        print('stepper finally')")
            self.emit("    return n")
            self.has_stepper = True
        g = self.newname("gs")
        self.emit("%s = stepper(%d)" % (g, r.randint(0, 3)))
        for _ in range(r.randint(1, 4)):
            op = r.choice(["next(%s)", "%s.send(None)", "%s.send(%d)" % ("%s", r.randint(0, 9)), "%s.close()",
                           "%s.throw(ValueError('v'))", "%s.throw(KeyError)", "%s.throw(ValueError, 3)",
                           "%s.throw(GeneratorExit)", "%s.throw(StopIteration)", "list(%s)", "%s.gi_frame is None"])
            self.emit("try:")
            self.emit("    print(%s)" % (op % g))
            self.emit("except (StopIteration, ValueError, KeyError, RuntimeError, GeneratorExit) as e:")
            self.emit("    print(type(e).__name__, e, type(e.__context__).__name__)")
        if self.has("refcount") and self.chance(0.3):
            self.emit("print(sys.getrefcount(%s))" % g)
        self.emit("del %s" % g)

    GETATTR_NAMES = ["append", "real", "imag", "upper", "keys", "get", "foo", "bar_baz", "__len__", "__class__",
                     "__iter__", "__next__", "__name__", "__add__", "__hash__", "__format__", "__dir__",
                     "__getitem__", "gi_frame", "args", "__contains__", "count",
                     "index", "conjugate", "numerator", "bit_length", "decode", "encode", "send", "close"]

    def getattrs(self):
        r = self.r
        v = r.choice([self.expr(r.choice(["int", "float", "str", "list", "tuple", "dict"])), "None", "True", "2j",
                      "b'xy'", "range(3)", "{1, 2}", "frozenset()", "iter([1])", "iter('ab\u00e9')", "(x for x in [])",
                      "len", "print", "int", "str", "ValueError('e')", "zip()", "enumerate([])", "map(abs, [])"])
        names = r.sample(self.GETATTR_NAMES, r.randint(1, 4))
        d = r.choice(["None", "'dflt'", "0", "len"])
        self.emit("obj, dflt = %s, %s" % (v, d))
        self.emit("for name in %r:" % (names,))
        self.emit("    try:")
        self.emit("        got = getattr(obj, name, dflt)")
        self.emit("        print(name, got is dflt, hasattr(obj, name), callable(got))")
        self.emit("    except Exception as e:")
        self.emit("        print(name, type(e).__name__, e)")
        if self.chance(0.2):
            self.emit("try:")
            self.emit("    getattr(obj, %s)" % r.choice(["'nope'", "1", "None", "b'x'"]))
            self.emit("except (AttributeError, TypeError) as e:")
            self.emit("    print(type(e).__name__, e)")
        self.emit("del obj, dflt")

    def format_spec(self):
        r = self.r
        parts = []
        if self.chance(0.3):
            parts.append(r.choice(["", "*", "0", "x", "\u00e9", "{"]) + r.choice("<>^="))
        for bit, p in (("+- ", 0.3), ("z", 0.1), ("#", 0.3), ("0", 0.2)):
            if self.chance(p):
                parts.append(r.choice(bit))
        if self.chance(0.4):
            parts.append(str(r.randint(0, 25)))
        if self.chance(0.25):
            parts.append(r.choice([",", "_", ",_", "_,"]))
        if self.chance(0.35):
            parts.append("." + str(r.randint(0, 12)))
        if self.chance(0.7):
            parts.append(r.choice("bcdeEfFgGnosxX%rj\u00e9"))
        return "".join(parts)

    def formats(self):
        r = self.r
        v = r.choice([self.expr("int"), self.expr("float"), "complex(%s, %s)" % (self.float_lit(), self.float_lit()),
                      "%dj" % r.randint(-9, 9), "True", "False", self.str_lit(), "None", "[1, 'a']", "(2,)",
                      "-0.0", "float('inf')", "float('nan')", "10 ** %d" % r.randint(15, 40)])
        specs = [self.format_spec() for _ in range(r.randint(1, 4))]
        self.emit("for spec in %s:" % "[%s]" % ", ".join('"%s"' % sp for sp in specs))
        self.emit("    try:")
        self.emit("        print(repr(format(%s, spec)), repr(f'{%s:{spec}}'))" % (v, v))
        self.emit("    except (ValueError, TypeError, OverflowError) as e:")
        self.emit("        print(type(e).__name__, e)")

    def exchain(self):
        r = self.r
        fail = r.choice(["{}['k']", "[][3]", "1 // 0", "int('x')", "'a' + 1", "None.foo", "next(iter([]))",
                         "[1].index(5)", "float('q')", "(1, 2)[7]", "'abc'.index('z')", "b'x'.decode('ascii') + 1",
                         "{}.pop('p')", "chr(-3)", "iter(3)", "'\u00e9'.encode('ascii')"])
        then = r.choice(["raise", "raise RuntimeError('again')", "raise RuntimeError('again') from e",
                         "raise RuntimeError('again') from None", "raise e", "pass", "return 'handled'",
                         "%s" % r.choice(["[].pop()", "{}[0]", "1 / 0"])])
        f = self.newname("chain")
        self.emit("def %s():" % f)
        self.emit("    try:")
        if self.chance(0.3):
            self.emit("        with open_close():" if getattr(self, "has_oc", False) else "        if True:")
            self.emit("            %s" % fail)
        else:
            self.emit("        %s" % fail)
        self.emit("    except Exception as e:")
        self.emit("        %s" % then)
        if self.chance(0.5):
            self.emit("    finally:")
            self.emit("        print('finally', %s)" % r.choice(["1", "'f'"]))
        if self.chance(0.2):
            self.emit("        %s" % r.choice(["return 'finally wins'", "[][0]", "pass"]))
        self.emit("try:")
        self.emit("    print(%s())" % f)
        self.emit("except Exception as x:")
        self.emit("    c, k = x.__context__, x.__cause__")
        self.emit("    print(type(x).__name__, x, type(c).__name__, type(k).__name__, x.__suppress_context__)")
        self.emit("    print(c is None or c.__context__ is None)")

    def stmts(self):
        r = self.r
        c = r.randrange(8)
        if c == 0:
            if not getattr(self, "has_global", False):
                self.emit("total_g = 0")
                self.emit("def bump_g(by):")
                self.emit("    global total_g")
                self.emit("    total_g += by")
                self.emit("    return total_g")
                self.has_global = True
            self.emit("print(bump_g(%s), total_g)" % self.expr("int"))
        elif c == 1:
            v = self.pick("int")
            cond = r.choice(["%s > %d" % (v, r.randint(-5, 300)) if v else "1 < 2",
                             "len([%d]) == %d" % (r.randint(0, 9), r.randint(0, 2)), "[]", "'x'", "None"])
            self.emit("try:")
            if self.chance(0.5):
                self.emit("    assert %s, %s" % (cond, r.choice(["'msg'", "[1, 2]", "None", "%d" % r.randint(0, 9)])))
            else:
                self.emit("    assert %s" % cond)
            self.emit("    print('assert passed')")
            self.emit("except AssertionError as e:")
            self.emit("    print('AssertionError', repr(e), e.args)")
        elif c == 2:
            a, b = self.expr("int"), self.expr("int")
            # no `is` against a literal: the compiler's SyntaxWarning is not what is tested here
            ops = [r.choice(["<", "<=", "==", "!=", ">", ">="]), r.choice(["<", "==", "!=", ">=", "in", "not in"])]
            rhs = "[%s]" % b if ops[1] in ("in", "not in") else b
            self.emit("try:")
            self.emit("    print(%s %s %s %s %s)" % (a, ops[0], self.expr("int"), ops[1], rhs))
            self.emit("except TypeError as e:")
            self.emit("    print('TypeError', e)")
        elif c == 3:
            acc = self.newname("acc")
            n = r.randint(0, 12)
            self.emit("%s = []" % acc)
            self.emit("k = %d" % n)
            self.emit("while k > 0:")
            self.emit("    k -= %d" % r.randint(1, 3))
            self.emit("    if k %% %d == 0:" % r.randint(2, 5))
            self.emit("        continue")
            self.emit("    if k == %d:" % r.randint(0, 12))
            self.emit("        break")
            self.emit("    %s.append(k)" % acc)
            self.emit("else:")
            self.emit("    %s.append('done')" % acc)
            self.emit("print(%s, k)" % acc)
            self.vars[acc] = "list"
        elif c == 4:
            a, b = self.newname("ch"), self.newname("ch")
            kind = r.choice(["list", "dict", "int", "str"])
            self.emit("%s = %s = %s" % (a, b, self.expr(kind)))
            self.emit("print(%s is %s)" % (a, b))
            if kind == "list":
                self.emit("%s += [%s]" % (a, self.expr("int")))
                self.emit("print(%s is %s, len(%s))" % (a, b, b))
                i = r.choice(["0", "-1"])
                self.emit("if %s and type(%s[%s]) is int:" % (a, a, i))    # [0] may be a str or tuple
                self.emit("    %s[%s] %s= %d" % (a, i, r.choice(["+", "*"]), r.randint(2, 3)))
            elif kind == "dict":
                k = '"k%d"' % r.randint(0, 3)
                self.emit("%s[%s] = %s.get(%s, 0) if type(%s.get(%s, 0)) is int else 0" % (a, k, b, k, b, k))
                self.emit("%s[%s] += %d" % (a, k, r.randint(1, 9)))
            else:
                self.emit("%s += %s" % (a, self.expr(kind)))
                self.emit("print(%s is %s)" % (a, b))
            self.emit("print(%s, %s)" % (a, b))
            self.vars[a] = self.vars[b] = kind
        elif c == 5:
            fail = r.choice(["pass", "[][0]", "{}['k']", "1 // 0", "int('z')", "None"])
            self.emit("def tef%d(x):" % self.nextvar)
            self.emit("    out = []")
            self.emit("    try:")
            self.emit("        out.append('try')")
            self.emit("        if x:")
            self.emit("            %s" % fail)
            self.emit("    except (IndexError, KeyError) as e:")
            self.emit("        out.append(type(e).__name__)")
            if self.chance(0.5):
                self.emit("        return out")
            self.emit("    except ZeroDivisionError:")
            self.emit("        out.append('zde')")
            self.emit("    else:")
            self.emit("        out.append('else')")
            self.emit("    finally:")
            self.emit("        out.append('finally')")
            self.emit("    out.append('after')")
            self.emit("    return out")
            self.emit("for x in (0, 1):")
            self.emit("    try:")
            self.emit("        print(tef%d(x))" % self.nextvar)
            self.emit("    except ValueError as e:")
            self.emit("        print('ValueError', e)")
        elif c == 6:
            if not self.classes:
                return self.define_class()
            name, slots, attrs = r.choice(self.classes)
            o = self.newname("o")
            self.emit("%s = %s(%s)" % (o, name, self.expr("int")))
            self.emit("%s.a += %s" % (o, self.expr("int")))
            self.emit("%s.b += [%s]" % (o, self.expr("int")))
            self.emit("%s.b[0] *= %d" % (o, r.randint(0, 3)))
            self.emit("print(%s.a, %s.b, %s.total())" % (o, o, o))
            self.vars[o] = "inst"
        else:
            a, b = self.newname("s"), self.newname("s")
            self.emit("%s, %s = %s, %s" % (a, b, self.expr("int"), self.expr("str")))
            self.emit("%s, %s = %s, %s" % (a, b, b, a))
            # the right side is built before any target is bound: a and b swap back
            self.emit("[%s, (%s, %s)] = [%s, (%s, %s)]" % (a, b, a, b, a, b))
            self.emit("print(%s, %s)" % (a, b))
            self.vars[a] = "int"
            self.vars[b] = "str"

    def methods(self):
        r = self.r
        c = r.randrange(6)
        if c == 0:
            s = self.pick("str") or self.str_lit()
            m = r.choice(["find('%s')", "rfind('%s')", "index('%s')", "count('%s')", "startswith('%s')",
                          "endswith('%s')", "split('%s')", "split('%s', 1)", "rsplit('%s', 1)", "partition('%s')",
                          "rpartition('%s')", "strip('%s')", "lstrip('%s')", "rstrip('%s')", "replace('%s', '')",
                          "center(%d, '%s')", "ljust(%d)", "rjust(%d, '%s')", "zfill(%d)", "isdigit()", "isalpha()",
                          "isspace()", "isupper()", "islower()", "splitlines()", "encode()", "casefold()"])
            arg = r.choice(["a", "l", " ", "-", "x", "ab", "e", "\u00e9"])
            if m.count("%") == 2:
                m = m % (r.randint(0, 30), arg[0])
            elif "%d" in m:
                m = m % r.randint(0, 30)
            elif "%s" in m:
                m = m % arg
            self.emit("try:")
            self.emit("    print(repr(%s.%s))" % (s, m))
            self.emit("except ValueError as e:")
            self.emit("    print('ValueError', e)")
        elif c == 1:
            lv = self.pick("list")
            if not lv:
                return self.assign()
            m = r.choice(["sort()", "sort(reverse=True)", "sort(key=str)", "sort(key=lambda x: -x)", "index(%d)",
                          "remove(%d)", "count(%d)", "clear()", "copy()", "pop(%d)"])
            if "%d" in m:
                m = m % r.randint(-2, 12)
            self.emit("try:")
            self.emit("    print(%s.%s, %s[:6])" % (lv, m, lv))
            self.emit("except (ValueError, TypeError, IndexError) as e:")
            self.emit("    print(type(e).__name__, e)")
        elif c == 2:
            dv = self.pick("dict")
            if not dv:
                return self.assign()
            k = r.choice(['"k%d"' % r.randint(0, 6), str(r.randint(0, 12))])
            m = r.choice(["setdefault(%s, %s)" % (k, self.expr("int")), "setdefault(%s)" % k, "popitem()",
                          "copy()", "items()", "values()", "keys()", "pop(%s)" % k, "get(%s, 'none')" % k])
            self.emit("try:")
            self.emit("    print(%s.%s, len(%s))" % (dv, m, dv))
            self.emit("except KeyError as e:")
            self.emit("    print('KeyError', e)")
            if self.chance(0.3):
                self.emit("print(list(%s.items())[:4], sorted(%s, key=str)[:4])" % (dv, dv))
        elif c == 3:
            a, b = self.expr("int"), r.choice(["3", "-7", "0", "%d" % r.randint(1, 99)])
            e = r.choice(["divmod(%s, %s)" % (a, b), "hex(%s)" % a, "abs(%s)" % a, "chr(%d)" % r.randint(32, 0x20ac),
                          "ord('%s')" % r.choice(["a", "\u00e9", "\u20ac", "Z"]), "bool(%s)" % a, "round(%s / 7, 2)" % a,
                          "int('%s', %d)" % (r.choice(["ff", "101", "z", "777"]), r.choice([2, 8, 16, 36])),
                          "divmod(%s, 2.5)" % a, "%s ** -1" % b, "-%s // %s" % (a, b), "%s %% -%s" % (a, b)])
            self.emit("try:")
            self.emit("    print(%s)" % e)
            self.emit("except (ValueError, ZeroDivisionError) as e:")
            self.emit("    print(type(e).__name__, e)")
        elif c == 4:
            src = self.pick("list", "tuple", "str") or "[3, 1, 2]"
            e = r.choice(["list(reversed(%s))", "sorted(%s, key=str, reverse=True)", "list(enumerate(%s, 1))[:4]",
                          "any(%s)", "all(%s)", "[x for x in %s if x][:5]", "{str(x): i for i, x in enumerate(%s)}",
                          "min(%s, key=str, default=None)", "max(%s, key=str, default=None)", "list(zip(%s, %s[1:]))[:3]",
                          "tuple(%s)[::-1]", "set(%s) == set(%s)", "[[y for y in range(x)] for x in range(3)]",
                          "isinstance(%s, (list, tuple))"])
            self.emit("print(%s)" % e.replace("%s", src))
        else:
            a, b = self.pick("set") or "{1, 2, 3}", "{%s}" % ", ".join(str(r.randint(0, 9)) for _ in range(r.randint(0, 4)))
            m = r.choice(["union", "intersection", "difference", "symmetric_difference", "issubset", "issuperset",
                          "isdisjoint"])
            self.emit("print(sorted(%s.%s(%s)) if not isinstance(%s.%s(%s), bool) else %s.%s(%s))"
                      % (a, m, b, a, m, b, a, m, b))
            self.emit("print(sorted(frozenset(%s) | %s), frozenset(%s) == set(%s))" % (b, a, b, b))

    def inherit(self):
        r = self.r
        if not getattr(self, "has_base", False) or self.chance(0.25):
            n = getattr(self, "nbase", 0) + 1
            self.nbase = n
            base, sub = "Base%d" % n, "Sub%d" % n
            self.emit("class %s:" % base)
            self.emit("    tag = %s" % self.str_lit())
            self.emit("    count = 0")
            self.emit("    def __init__(self, x):")
            self.emit("        self.x = x")
            self.emit("        %s.count += 1" % base)
            self.emit("    def describe(self):")
            self.emit("        return '%s:' + str(self.x)" % base)
            if self.chance(0.6):
                self.emit("    def __eq__(self, other):")
                self.emit("        return isinstance(other, %s) and self.x == other.x" % base)
            if self.chance(0.5):
                self.emit("    def __str__(self):")
                self.emit("        return '<' + self.describe() + '>'")
            self.emit("class %s(%s):" % (sub, base))
            if self.chance(0.4):
                self.emit("    tag = 'sub'")
            self.emit("    def __init__(self, x, y=%d):" % r.randint(0, 9))
            self.emit("        super().__init__(x)")
            self.emit("        self.y = y")
            self.emit("    def describe(self):")
            self.emit("        return super().describe() + '/' + str(self.y)")
            if self.chance(0.5):
                self.emit("    def __enter__(self):")
                self.emit("        print('enter', self.x)")
                self.emit("        return self.y")
                self.emit("    def __exit__(self, t, v, tb):")
                self.emit("        print('exit', t is None)")
                self.emit("        return %s" % r.choice(["True", "False", "None"]))
                self.with_classes = getattr(self, "with_classes", []) + [sub]
            self.bases = getattr(self, "bases", []) + [(base, sub)]
            self.has_base = True
            return
        base, sub = r.choice(self.bases)
        a, b = self.newname("h"), self.newname("h")
        self.emit("%s = %s(%s)" % (a, sub, self.expr("int")))
        self.emit("%s = %s(%s)" % (b, r.choice([base, sub]), self.expr("int") if self.chance(0.5) else "%s.x" % a))
        c = r.randrange(5)
        if c == 0:
            self.emit("print(%s.describe(), %s.describe(), %s == %s, %s != %s)" % (a, b, a, b, b, a))
        elif c == 1:
            self.emit("print(str(%s)[:12], repr(%s)[:12], %s.tag, %s.tag, %s.count)" % (a, b, a, b, base))
        elif c == 2:
            self.emit("print(isinstance(%s, %s), isinstance(%s, %s), type(%s).__name__, type(%s).__name__)"
                      % (a, base, b, sub, a, b))
            self.emit("print(vars(%s), sorted(%s.__dict__))" % (a, b))
        elif c == 3 and sub in getattr(self, "with_classes", []):
            self.emit("try:")
            self.emit("    with %s as w:" % a)
            self.emit("        print('body', w)")
            if self.chance(0.5):
                self.emit("        %s" % r.choice(["[][1]", "{}['w']", "1 // 0"]))
            self.emit("    print('after with')")
            self.emit("except Exception as e:")
            self.emit("    print('escaped', type(e).__name__)")
        else:
            self.emit("%s.tag = %s" % (a, self.str_lit()))
            self.emit("print(%s.tag, %s.tag, %s.tag)" % (a, b, sub))
            self.emit("del %s.tag" % a)
            self.emit("print(%s.tag)" % a)
        self.vars[a] = self.vars[b] = "obj"

    def tracemalloc(self):
        r = self.r
        if not getattr(self, "has_tm", False):
            self.emit("import tracemalloc")
            self.emit("tracemalloc.start()")
            self.has_tm = True
        kind = r.choice(["list", "dict", "str", "tuple", "set" if self.has("sets") else "list", "bytes" if self.has("bytes") else "str"])
        t = self.newname("tm")
        self.emit("tm_c0, tm_p0 = tracemalloc.get_traced_memory()")
        self.emit("%s = %s" % (t, self.expr(kind)))
        if self.chance(0.5):
            self.emit("%s = [%s for _ in range(%d)]" % (t, t, r.randint(0, 40)))
            kind = "list"
        self.emit("tm_c1, tm_p1 = tracemalloc.get_traced_memory()")
        self.emit("print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)")
        if self.chance(0.5):
            self.emit("del %s" % t)
            self.emit("tm_c2, tm_p2 = tracemalloc.get_traced_memory()")
            self.emit("print('tm del', tm_c2 - tm_c1, tm_p2 - tm_p1)")
        else:
            self.vars[t] = kind

    UNI_PIECES = ["a", "Z", " ", "-", "7", "\u00e9", "\u00fc", "\u00df", "\u00c5", "\u00ff", "\u0130",
                  "\u03a3", "\u03c3", "\u0436", "\u20ac", "\u4e2d", "\u6587", "\uff21", "\u1e9e",
                  "\U0001f600", "\U0001f40d", "\ufb01", "\u0149", "e\u0301"]

    def uni_lit(self):
        r = self.r
        n = r.choice([0, 1, 2, 3, 5, 8, 13, 30])
        return '"%s"' % "".join(r.choice(self.UNI_PIECES) for _ in range(n))

    def unistr(self):
        r = self.r
        u = self.pick("ustr")
        if not u or self.chance(0.3):
            u = self.newname("u")
            self.emit("%s = %s" % (u, self.uni_lit()))
            self.vars[u] = "ustr"
        other = self.uni_lit()
        piece = '"%s"' % r.choice(self.UNI_PIECES)
        ops = ["%s.upper()" % u, "%s.lower()" % u, "%s.casefold()" % u, "%s.title()" % u,
               "%s.swapcase()" % u, "%s.capitalize()" % u,
               "%s.split(%s)" % (u, piece), "%s.split()" % u, "%s.rsplit(%s, 1)" % (u, piece),
               "%s.join([%s, %s])" % (piece, u, other), "%s.replace(%s, %s)" % (u, piece, other),
               "%s.find(%s)" % (u, piece), "%s.rfind(%s)" % (u, piece), "%s.count(%s)" % (u, piece),
               "%s.index(%s)" % (u, piece), "%s.startswith(%s)" % (u, piece), "%s.endswith(%s)" % (u, piece),
               "%s.encode()" % u, "%s.encode('utf-8')" % u, "%s.encode('latin-1')" % u,
               "%s.encode('ascii', 'replace')" % u, "%s.encode('ascii')" % u,
               "%s.strip(%s)" % (u, piece), "%s.partition(%s)" % (u, piece), "%s.center(%d, %s)" % (u, r.randint(0, 20), piece),
               "%s[%d:%d]" % (u, r.randint(-6, 6), r.randint(-6, 12)), "%s[::%d]" % (u, r.choice([-1, 2, -3])),
               "%s[%d]" % (u, r.randint(-3, 4)), "len(%s)" % u, "%s + %s" % (u, other), "%s * %d" % (u, r.randint(0, 4)),
               "%s in %s" % (piece, u), "%s < %s" % (u, other), "%s.isalpha()" % u, "%s.isupper()" % u,
               "[ord(c) for c in %s[:4]]" % u, "%s.zfill(%d)" % (u, r.randint(0, 12)), "repr(%s)" % u,
               "%s.ljust(%d)" % (u, r.randint(0, 12)), "ascii(%s)" % u if False else "%s.isascii()" % u]
        e = r.choice(ops)
        c = r.randrange(5)
        if c == 0 and self.has("tracemalloc"):
            if not getattr(self, "has_tm", False):
                self.emit("import tracemalloc")
                self.emit("tracemalloc.start()")
                self.has_tm = True
            t = self.newname("ut")
            self.emit("tm_c0, tm_p0 = tracemalloc.get_traced_memory()")
            self.emit("try:")
            self.emit("    %s = %s" % (t, e))
            self.emit("except (ValueError, UnicodeError, IndexError) as e:")
            self.emit("    %s = type(e).__name__" % t)
            self.emit("tm_c1, tm_p1 = tracemalloc.get_traced_memory()")
            self.emit("print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)")
            self.emit("del %s" % t)
            return
        self.emit("try:")
        if c == 1:
            t = self.newname("us")
            self.emit("    %s = %s" % (t, e))
            self.emit("    print(%s, sys.getsizeof(%s))" % (t, t))
        else:
            self.emit("    print(%s)" % e)
        self.emit("except (ValueError, UnicodeError, IndexError) as e:")
        self.emit("    print(type(e).__name__, e)")

    def instdicts(self):
        r = self.r
        if not getattr(self, "has_pt", False) or self.chance(0.15):
            n = getattr(self, "npt", 0) + 1
            self.npt = n
            self.emit("class P%d:" % n)
            self.emit("    def __init__(self, a, b):")
            attrs = r.sample(["x", "y", "z", "w", "name", "data"], r.randint(1, 5))
            for i, at in enumerate(attrs):
                self.emit("        self.%s = %s" % (at, "a" if i == 0 else "b" if i == 1 else "[%d]" % i))
            self.pts = getattr(self, "pts", []) + [("P%d" % n, attrs)]
            self.has_pt = True
        cls, attrs = r.choice(self.pts)
        o, o2 = self.newname("p"), self.newname("p")
        self.emit("%s = %s(%s, %s)" % (o, cls, self.expr("int"), self.expr("str")))
        self.emit("%s = %s(%s, %s)" % (o2, cls, self.expr("int"), self.expr("int")))
        for _ in range(r.randint(1, 4)):
            c = r.randrange(7)
            t = r.choice([o, o2])
            extra = r.choice(["extra", "x", "y", "q%d" % r.randint(0, 9), attrs[0]])
            if c == 0:
                self.emit("%s.%s = %s" % (t, extra, self.expr("int")))
            elif c == 1:
                self.emit("try:")
                self.emit("    del %s.%s" % (t, r.choice(attrs + [extra])))
                self.emit("except AttributeError as e:")
                self.emit("    print('AttributeError', e)")
            elif c == 2:
                self.emit("print(sys.getsizeof(%s.__dict__), len(vars(%s)), sorted(vars(%s)))" % (t, t, t))
            elif c == 3:
                self.emit("%s.__dict__[%s] = %d" % (t, r.choice(["'k'", "'x'", "1"]), r.randint(0, 9)))
            elif c == 4:
                self.emit("print(sys.getsizeof(%s), gc.is_tracked(%s.__dict__))" % (t, t))
            elif c == 5:
                self.emit("d_ = %s.__dict__" % t)
                self.emit("print(sys.getsizeof(d_), list(d_)[:4])")
                self.emit("del d_")
            else:
                self.emit("print([%s(i, i) for i in range(%d)][-1].__dict__)" % (cls, r.randint(1, 12)))
        self.emit("print(sys.getsizeof(%s.__dict__), sys.getsizeof(%s.__dict__))" % (o, o2))
        self.vars[o] = self.vars[o2] = "obj"

    def seqops(self):
        r = self.r
        c = r.randrange(8)
        lv = self.pick("list")
        if c == 0 and lv:
            self.emit("%s[%d:%d] = %s" % (lv, r.randint(-3, 3), r.randint(0, 6), r.choice(["[]", "[1, 2, 3]", "'ab'", "range(4)", "(9,)"])))
            self.emit("print(%s, len(%s))" % (lv, lv))
        elif c == 1 and lv:
            self.emit("try:")
            self.emit("    %s[::%d] = %s" % (lv, r.choice([2, -1, 3]), r.choice(["[]", "[0] * len(%s[::2])" % lv, "range(2)"])))
            self.emit("except ValueError as e:")
            self.emit("    print('ValueError', e)")
            self.emit("del %s[::%d]" % (lv, r.choice([2, -2, 3])))
            self.emit("print(%s, sys.getsizeof(%s))" % (lv, lv))
        elif c == 2:
            dv = self.pick("dict") or "{1: 2}"
            self.emit("print(sorted(%s.keys() %s {%s}, key=repr), %s.keys() == set(%s))" % (
                dv, r.choice(["&", "|", "-", "^"]), ", ".join(repr(x) for x in r.sample(["k0", "k1", 0, 1, 2, 5], 2)), dv, dv))
        elif c == 3:
            fmt = r.choice(["'%d-%s' % (A, B)", "'%5.2f|%x' % (A, abs(A))", "'%r' % (B,)", "'%-6s|' % B", "'{} {}'.format(A, B)",
                            "'{1}{0}'.format(A, B)", "'{:>8}'.format(B)", "'{0!r:^12}'.format(B)", "'%s%%' % A", "'%c' % 65"])
            self.emit("try:")
            self.emit("    print(%s)" % fmt.replace("A", self.expr("int")).replace("B", self.expr("str")))
            self.emit("except (TypeError, ValueError) as e:")
            self.emit("    print(type(e).__name__, e)")
        elif c == 4:
            op = r.choice(["+", "-", "*", "/", "//", "%", "**", "<", "=="])
            a = self.expr("float")
            if op == "**":      # an int exponent stays small (a float one overflows quickly)
                b = r.choice([self.float_lit(), str(r.randint(-5, 400)), "%d.5" % r.randint(0, 300)])
            else:
                b = self.expr(r.choice(["float", "int"]))
            self.emit("try:")
            self.emit("    print(%s %s %s, round(%s, %d), int(%s))" % (a, op, b, a, r.randint(0, 3), a))
            self.emit("except (ZeroDivisionError, OverflowError, ValueError) as e:")
            self.emit("    print(type(e).__name__, e)")
        elif c == 5:
            x, y = self.expr(r.choice(["list", "tuple"])), self.expr(r.choice(["list", "tuple"]))
            self.emit("try:")
            self.emit("    print(%s < %s, %s == %s, max(%s, %s))" % (x, y, x, y, x, y))
            self.emit("except TypeError as e:")
            self.emit("    print('TypeError', e)")
        elif c == 6:
            s = self.pick("str") or self.str_lit()
            self.emit("print(%s in %s, %s * 2 in %s, [c for c in %s if c in 'aeiou\\u00e9'], %s[::-1][:5])" % (
                self.str_lit(), s, self.str_lit(), s, s, s))
        else:
            self.emit("print([(i, j) for i in range(%d) for j in range(i) if (i + j) %% %d], {i %% 3: i for i in range(%d)})" % (
                r.randint(0, 5), r.randint(2, 3), r.randint(0, 9)))

    def program_prelude(self):
        if self.has("exchain"):
            self.emit("class open_close:")
            self.emit("    def __enter__(self):")
            self.emit("        return self")
            self.emit("    def __exit__(self, t, v, tb):")
            self.emit("        print('exit', t.__name__ if t else None)")
            self.emit("        return %s" % self.r.choice(["False", "None", "t is KeyError"]))
            self.has_oc = True

    def tracemem(self):
        r = self.r
        c = r.randrange(5)
        if c == 0:
            self.emit("tracemalloc.stop()")
            self.emit("tracemalloc.start()")
        elif c == 1:
            self.emit("print(tracemalloc.is_tracing(), tracemalloc.get_traced_memory())")
        else:
            self.emit("print(tracemalloc.get_traced_memory())")

    def builtins(self):
        # divmod, hex, reversed/any/all and the str/list/dict/set methods: methods() writes them
        r = self.r
        lv = self.pick("list")
        sv = self.pick("str")
        c = r.randrange(9)
        if c == 0 and lv:
            self.emit("try:")
            self.emit("    print(sorted(%s, reverse=%s), sorted(%s, key=%s))"
                      % (lv, r.choice(["True", "False"]), lv, r.choice(["str", "repr", "len", "abs", "type"])))
            self.emit("except TypeError as e:")
            self.emit("    print(type(e).__name__, e)")
        elif c == 1 and lv:
            self.emit("print(list(enumerate(%s, start=%d))[:4])" % (lv, r.randint(-2, 5)))
        elif c == 2 and sv:
            t = self.newname("s")
            self.emit("%s = sys.intern(%s + %s)" % (t, sv, self.str_lit()))
            self.emit("print(%s is sys.intern(%s), len(%s))" % (t, t, t))
            self.vars[t] = "str"
        elif c == 3 and self.pick("inst"):
            v = self.pick("inst")
            self.emit("print(hasattr(%s, '__dict__') and sorted(vars(%s)))" % (v, v))
        elif c == 4:
            self.emit("print(gc.get_threshold(), gc.isenabled())")
        elif c == 5:
            a = self.expr("int")
            self.emit("print(chr(65 + abs(%s) %% 26), ord(%s), round(%s / 7, 2), pow(%s, 2, 97))"
                      % (a, self.str_lit() + "[:1] or 'a'", a, a))
        elif c == 6 and lv:
            self.emit("try:")
            self.emit("    print(min(%s, default=None), sum(x for x in %s if type(x) is int))" % (lv, lv))
            self.emit("except TypeError as e:")
            self.emit("    print(type(e).__name__, e)")
        elif c == 7 and self.pick(*self.kinds()):
            v = self.pick(*self.kinds())
            self.emit("print(bool(%s), isinstance(%s, (int, str)), type(%s) is %s)"
                      % (v, v, v, r.choice(["int", "list", "dict", "str", "tuple"])))
        else:
            self.methods()

    def control(self):
        # global, while/else, assert, chained comparisons and assignments, augmented assignment
        # to attributes and subscripts, try/else/finally: stmts() writes them
        r = self.r
        v = self.pick("list", "tuple", "str")
        if not v or r.randrange(4):
            return self.stmts()
        self.emit("for x in %s:" % v)
        self.emit("    if x == %s:" % self.expr(r.choice(["int", "str"])))
        self.emit("        print('found', x)")
        self.emit("        break")
        self.emit("else:")
        self.emit("    print('not found')")

    def streams(self):
        r = self.r
        if not getattr(self, "has_sink", False):
            self.emit("class Sink:")
            self.emit("    def __init__(self):")
            self.emit("        self.parts = []")
            self.emit("    def write(self, s):")
            self.emit("        self.parts.append(s)")
            self.emit("        return len(s)")
            self.emit("sink = Sink()")
            self.has_sink = True
        v = self.pick(*self.kinds())
        item = v or self.expr("str")
        if v and self.vars[v] == "inst":
            # an instance's default repr holds its address, which heapviz's
            # simulated heap does not share with python3: print its type
            item = "type(%s).__name__" % v
        c = r.randrange(10)
        if c == 0:
            self.emit("print(%s, %s, sep=%r, end=%r)" % (item, self.expr("int"), r.choice(["", "-", ", ", "\u00e9"]),
                                                        r.choice(["\n", "|\n", "!\n\n"])))
        elif c == 1:
            n = self.newname("n")
            self.emit("%s = sys.stdout.write(%s)" % (n, r.choice(["str(%s) + '\\n'" % item, "'\u4e2d\u6587\\n'",
                                                                 "''", "'x' * %d + '\\n'" % r.randint(0, 9000)])))
            self.emit("print(%s)" % n)
            self.vars[n] = "int"
        elif c == 2:
            self.emit("print(%s, file=sys.stderr)" % item)
            if self.chance(0.5):
                self.emit("sys.stderr.flush()")
        elif c == 3:
            self.emit("print(%s, %s, file=sink, sep=%r)" % (item, self.expr("int"), r.choice([" ", "", "::"])))
            self.emit("print(sink.parts[-4:], len(sink.parts))")
        elif c == 4:
            self.emit("print(%s, flush=True)" % item)
        elif c == 5:
            self.emit("sys.stdout.flush()")
            if getattr(self, "has_tm", False):
                self.emit("print('flushed', tracemalloc.get_traced_memory()[0] > 0)")
        elif c == 6:
            bad = r.choice(["sys.stdout.write(%s)" % r.choice(["5", "b'x'", "None", "[1]"]),
                            "print(1, sep=3)", "print(1, end=[])", "print(1, file=5)", "print(1, file=None, flush=1)",
                            "sys.stdout.write()", "sys.stdout.write('a', 'b')", "print(1, foo=2)"])
            self.emit("try:")
            self.emit("    print(%s)" % bad)
            self.emit("except (TypeError, AttributeError) as e:")
            self.emit("    print(type(e).__name__, e)")
        elif c == 7:
            self.emit("print(*%s, sep=%r)" % (self.pick("list", "tuple", "str") or "[1, 2]", r.choice(["", ",", "\t"])))
        elif c == 8 and (self.has("tracemalloc") or self.has("tracemem")):
            if not getattr(self, "has_tm", False):
                self.emit("import tracemalloc")
                self.emit("tracemalloc.start()")
                self.has_tm = True
            self.emit("tm_c0, tm_p0 = tracemalloc.get_traced_memory()")
            self.emit("print(%s, %s)" % (item, r.choice(["'x' * %d" % r.randint(0, 3000), "'\u00e9' * 3", "1.5"])))
            self.emit("tm_c1, tm_p1 = tracemalloc.get_traced_memory()")
            self.emit("print('tm print', tm_c1 - tm_c0, tm_p1 - tm_p0)")
        else:
            self.emit("print(sys.getsizeof(sys.stdout), sys.stdout.write is sys.stdout.write, %s)" % item)

    def complexes(self):
        r = self.r
        v = self.pick("complex")
        if not v:
            return self.assign()
        o = "(%s)" % self.expr(r.choice(["int", "float", "complex"]))
        c = r.randrange(8)
        if c == 0:
            self.emit("print(%s %s %s)" % (v, r.choice(["+", "-", "*", "=="]), o))
        elif c == 1:
            self.emit("print(abs(%s), %s.real, %s.imag, %s.conjugate())" % (v, v, v, v))
        elif c == 2:
            self.emit("try:")
            self.emit("    print(%s ** %s)" % (v, r.choice(["2", "-1", "0.5", "3j", "0", "%s" % o])))
            self.emit("except (ZeroDivisionError, OverflowError) as e:")
            self.emit("    print(type(e).__name__, e)")
        elif c == 3:
            self.emit("try:")
            self.emit("    print(%s / %s)" % (v, r.choice(["0", "0j", "0.0", o])))
            self.emit("except ZeroDivisionError as e:")
            self.emit("    print(type(e).__name__, e)")
        elif c == 4:
            self.emit("try:")
            self.emit("    print(%s)" % r.choice(["%s < %s" % (v, o), "int(%s)" % v, "float(%s)" % v,
                                                  "complex(%r)" % r.choice(["1+2j", "bad", "  3j ", "1e5-1e-5j", "(1+1j)", "j"]),
                                                  "%s // 2" % v, "%s %% 2" % v, "divmod(%s, 2)" % v, "round(%s)" % v]))
            self.emit("except (TypeError, ValueError) as e:")
            self.emit("    print(type(e).__name__, e)")
        elif c == 5:
            self.emit("print(repr(%s), str(%s), bool(%s), hash(%s) == hash(%s))" % (v, v, v, v, o))
        elif c == 6:
            self.emit("print(pow(%s, 2), %s == %s.real, sys.getsizeof(%s))" % (v, v, v, v))
        else:
            t = self.newname("cs")
            self.emit("%s = [%s * i for i in range(%d)]" % (t, v, r.randint(0, 12)))
            self.emit("print(sum(%s), len(set(%s)))" % (t, t))
            self.vars[t] = "list"

    # (format, kinds of its operands): each operand a live variable of that
    # kind or a literal; every one raises TypeError or ValueError.
    ERRPEAK_OPS = [
        ("len(%s)", ["int"]), ("len(%s)", ["float"]), ("len(None)", []), ("abs(%s)", ["str"]),
        ("abs(%s)", ["list"]), ("-%s", ["str"]), ("~%s", ["float"]), ("+%s", ["list"]), ("-%s", ["dict"]),
        ("%s + %s", ["int", "str"]), ("%s + %s", ["str", "int"]), ("%s + %s", ["list", "tuple"]),
        ("%s + %s", ["tuple", "list"]), ("%s + %s", ["dict", "dict"]), ("%s - %s", ["str", "str"]),
        ("%s / %s", ["list", "int"]), ("%s ** %s", ["str", "int"]), ("%s @ %s", ["int", "int"]),
        ("%s * 1.5", ["str"]), ("%s * 2.5", ["list"]), ("%s * %s", ["tuple", "float"]), ("%s %% %s", ["list", "int"]),
        ("%s << %s", ["float", "int"]), ("%s & %s", ["str", "int"]), ("%s | %s", ["dict", "int"]),
        ("[q for q in %s]", ["int"]), ("list(%s)", ["float"]), ("{%s}", ["list"]), ("{%s: 1}", ["dict"]),
        ("hash(%s)", ["list"]), ("%s in %s", ["int", "int"]), ("sorted(%s, key=len)", ["list"]),
        ("[1, 2][%s]", ["float"]), ("(1, 2)[%s]", ["str"]), ("%s[1.5]", ["str"]), ("int(%s)", ["list"]),
        ("float(%s)", ["dict"]), ("range(%s)", ["float"]), ("next(%s)", ["list"]), ("%s()", ["int"]),
        ("chr(%s)", ["str"]), ("ord(%s)", ["int"]), ("iter(%s)", ["int"]), ("%s < %s", ["int", "str"]),
        ("min(%s, %s)", ["str", "int"]), ("sum(%s)", ["str"]), ("divmod(%s, %s)", ["str", "int"]),
        ("round(%s)", ["str"]), ("pow(%s, 2, 5)", ["float"]), ("%s.append(1)", ["tuple"]),
        ("%s.x", ["int"]), ("setattr(%s, 'y', 1)", ["list"]), ("%s[0] = 1", ["str"]), ("del %s[0]", ["tuple"]),
    ]
    ERRPEAK_LITS = {"int": ["7", "300", "-5"], "float": ["2.5", "0.1"], "str": ['"abc"', '"\u00e9t\u00e9"', '""'],
                    "list": ["[1, 2]", "[]", "[3]"], "tuple": ["(1, 2)", "()"], "dict": ['{"a": 1}', "{}"]}

    def errpeaks(self):
        r = self.r
        if not getattr(self, "has_tm", False):
            self.emit("import tracemalloc")
            self.emit("tracemalloc.start()")
            self.has_tm = True
        if not getattr(self, "has_frame", False):
            self.emit("try:")               # the module's frame object, made once
            self.emit("    1 / 0")
            self.emit("except ZeroDivisionError:")
            self.emit("    pass")
            self.has_frame = True
        fmt, kinds = r.choice(self.ERRPEAK_OPS)
        args = tuple((self.pick(k) if self.chance(0.4) else None) or "(%s)" % r.choice(self.ERRPEAK_LITS[k]) for k in kinds)
        self.emit("tracemalloc.reset_peak()")
        self.emit("ep_c0 = tracemalloc.get_traced_memory()[0]")
        self.emit("try:")
        self.emit("    " + fmt % args)
        self.emit("except (TypeError, ValueError, AttributeError) as e:")
        self.emit("    ep_c1, ep_p1 = tracemalloc.get_traced_memory()")
        self.emit("    print(type(e).__name__, e, ep_c1 - ep_c0, ep_p1 - ep_c0)")

    def tm_around(self, lines, label):
        """Emit `lines` (a line or a list) after tracemalloc.reset_peak() when
        tracemalloc runs, printing the current and peak deltas after `label`;
        else `lines` alone."""
        lines = [lines] if isinstance(lines, str) else lines
        tm = getattr(self, "has_tm", False)
        if tm:
            self.emit("tracemalloc.reset_peak()")
            self.emit("tm_c0 = tracemalloc.get_traced_memory()[0]")
        for line in lines:
            self.emit(line)
        if not tm:
            return
        self.emit("tm_c1, tm_p1 = tracemalloc.get_traced_memory()")
        self.emit("print(%r, tm_c1 - tm_c0, tm_p1 - tm_c0)" % label)

    def try_print(self, expr, errors="ValueError, TypeError, OverflowError"):
        self.emit("try:")
        self.emit("    print(%s)" % expr)
        self.emit("except (%s) as e:" % errors)
        self.emit("    print(type(e).__name__, e)")

    CONV_STRS = ['"abc"', '"hello world"', '"caf\u00e9"', '"\u20ac5"', '"\u4e2d\u6587"', '""', '"aabbcc"',
                 '"\U0001f600x"', '"tab\\t"']

    def convs(self):
        r = self.r
        iv = self.pick("int") or str(r.randint(-300, 70000))
        sv = self.pick("str") or r.choice(self.CONV_STRS)
        c = r.randrange(13)
        if c == 0:
            n = r.choice([iv, str(r.randint(-70000, 70000)), "2**%d" % r.randint(7, 80), "-1", "0", "255", "256"])
            ln = r.choice(["1", "2", "4", "8", "0", "16", "3"])
            order = r.choice(["'big'", "'little'", "byteorder='big'", "byteorder='little'", "'middle'"])
            kw = r.choice(["", ", signed=True", ", signed=False"])
            t = self.newname("tb")
            self.emit("try:")
            self.emit("    %s = (%s).to_bytes(%s, %s%s)" % (t, n, ln, order, kw))
            self.emit("    print(%s, len(%s), sys.getsizeof(%s))" % (t, t, t))
            self.emit("except (ValueError, TypeError, OverflowError) as e:")
            self.emit("    print(type(e).__name__, e)")
            self.emit("    %s = b'\\x01\\x02'" % t)
            self.vars[t] = "bytes"
        elif c == 1:
            b = self.pick("bytes") or r.choice(["b''", "b'\\x00'", "b'\\xff\\xfe'", "b'abc'", "bytes(9)", "b'\\x80' * 9"])
            kw = r.choice(["", ", signed=True", ", signed=False"])
            t = self.newname("fb")
            self.tm_around("%s = int.from_bytes(%s, %s%s)" % (t, b, r.choice(["'big'", "'little'", "byteorder='big'"]), kw),
                           "tm from_bytes")
            self.emit("print(%s, sys.getsizeof(%s))" % (t, t))
            self.vars[t] = "int"
        elif c == 2:
            t = self.newname("tt")
            a = r.choice([("'abc'", "'xyz'"), ("'a'", "'\u00e9'"), ("'el'", "'EL'"), ("'ab'", "'x'"), ("'\u20ac'", "'E'")])
            form = r.choice(["str.maketrans(%s, %s)" % a, "str.maketrans(%s, %s, 'o ')" % a,
                             "str.maketrans({'a': 'A', 'l': None, 'o': '00', 101: 69})",
                             "str.maketrans({'ab': 1})", "str.maketrans(%s)" % a[0], "''.maketrans(%s, %s)" % a])
            self.emit("try:")
            self.emit("    %s = %s" % (t, form))
            self.emit("except (ValueError, TypeError) as e:")
            self.emit("    print(type(e).__name__, e)")
            self.emit("    %s = {97: 66}" % t)
            self.emit("print(sorted(%s.items()), sys.getsizeof(%s))" % (t, t))
            self.tm_around("tr = %s.translate(%s)" % (sv, t), "tm translate")
            self.emit("print(repr(tr), tr == %s, sys.getsizeof(tr))" % sv)
            self.vars[t] = "dict"
        elif c == 3:
            tbl = r.choice(["bytes.maketrans(b'abc', b'xyz')", "bytes.maketrans(b'', b'')", "None",
                            "bytes(range(256))[::-1]", "b'short'", "bytes.maketrans(b'ab', b'x')"])
            b = self.pick("bytes") or r.choice(["b'abcabc'", "b'hello'", "b''", "b'\\x00\\xff'"])
            self.try_print("%s.translate(%s%s)" % (b, tbl, r.choice(["", ", b'a'", ", delete=b'lo'"])))
        elif c == 4:
            f = self.pick("float") or self.float_lit()
            t = self.newname("fh")
            self.emit("%s = (%s).hex()" % (t, f))
            self.emit("print(%s, float.fromhex(%s) == %s, sys.getsizeof(%s))" % (t, t, f, t))
            self.vars[t] = "str"
            self.try_print("float.fromhex(%r)" % r.choice(["0x1.8p1", "-0x1p-1074", "inf", "nan", "0x.8", " 0x10 ",
                                                          "bad", "0x1p99999", "1", "0X1.FFFFFFFFFFFFFP+1023"]))
        elif c == 5:
            n = r.choice([iv, "-%s" % iv, "2**%d" % r.randint(30, 200), "0"])
            self.emit("print(bin(%s), oct(%s), hex(%s))" % (n, n, n))
            self.tm_around("bo = bin(%s) + oct(%s)" % (n, n), "tm bin oct")
            self.emit("print(len(bo), sys.getsizeof(bo))")
        elif c == 6:
            s = r.choice(["'ff'", "'0x1f'", "' 12 '", "'1_000'", "'z'", "'0b101'", "'0o17'", "'-7f'", "''",
                          "'9' * %d" % r.randint(20, 60), "'\u0661\u0662'", "' \u0663_\u0664 '", "'\u0661z'",
                          "'\u00e9'", "'1_\u00e9'"])
            base = r.choice(["16", "0", "2", "8", "36", "10", "1", "37"])
            self.try_print("int(%s, %s)" % (s, base))
        elif c == 7:
            self.emit("print(ascii(%s), len(ascii(%s)))" % (sv, sv))
            self.tm_around("asc = ascii(%s)" % sv, "tm ascii")
            self.emit("print(sys.getsizeof(asc))")
        elif c == 8:
            enc = r.choice(["'utf-8'", "'ascii'", "'latin-1'", "'utf-16'", "'utf-32'", "'UTF8'"])
            err = r.choice(["", ", 'replace'", ", 'ignore'", ", 'xmlcharrefreplace'", ", 'backslashreplace'",
                            ", errors='strict'"])
            t = self.newname("eb")
            self.emit("try:")
            self.emit("    %s = %s.encode(%s%s)" % (t, sv, enc, err))
            self.emit("except UnicodeEncodeError as e:")
            self.emit("    print(type(e).__name__, e)")
            self.emit("    %s = b'\\xe9t\\xe9'" % t)
            self.emit("print(%s, sys.getsizeof(%s))" % (t, t))
            self.vars[t] = "bytes"
        elif c == 10:
            t = r.choice(["'1.5'", "' 2_5.0 '", "'\u0661\u066b\u0665'", "'\u0664\u0662'", "'1e\u0663'", "'\u00e9'",
                          "'\u3000-7.25\u3000'", "'1__0'", "'_1'", "'in'", "'-InFiNiTy'", "'nan'", "'.'", "'1.5x'",
                          "'x' * %d" % r.randint(1, 300), "'\u20ac' * %d" % r.randint(1, 9), "''", "'1\\x00'",
                          "'0x10'", "'\u0967\u0968.\u0969'", "'  '", "b' 1_5.25 '", "b'\\xd9\\xa1'",
                          "b'x' * %d" % r.randint(1, 300), "b'-inf'"])
            self.tm_around(["try:", "    fv = float(%s)" % t, "except ValueError as e:", "    fv = e"], "tm float")
            self.emit("print(repr(fv))")
        elif c == 11:
            b = self.pick("bytes") or r.choice(["b'abc'", "b''", "bytes(5)"])
            self.emit("print(%s.hex(), bytes.fromhex(%s.hex()) == %s, len(%s.hex()))" % (b, b, b, b))
            self.try_print("bytes.fromhex(%r)" % r.choice(["00ff", " 0a 0b ", "0g", "abc", "", "e9 \u00e9"]))
            self.try_print("str(%s, %s)" % (b, r.choice(["'ascii'", "'utf-8'", "'latin-1'", "'utf-8', 'replace'"])),
                           "UnicodeDecodeError, LookupError")
        elif c == 12:
            n = r.choice([iv, "-%s" % iv, "2**%d - 1" % r.randint(1, 130)])
            self.emit("print((%s).bit_length(), (%s).bit_count(), (%s).as_integer_ratio(), (%s).is_integer())"
                      % (n, n, self.pick("float") or self.float_lit(), self.float_lit()))
        else:
            b = self.pick("bytes") or r.choice(["b'abc'", "b'\\xe9t\\xe9'", "b'\\xff'", "b''"])
            enc = r.choice(["", "'utf-8'", "'latin-1'", "'ascii'"])
            err = r.choice(["", "'replace'", "'ignore'", "'backslashreplace'"])
            args = ", ".join(a for a in (enc, ("errors=" if not enc else "") + err if err else "") if a)
            self.try_print("repr(%s.decode(%s))" % (b, args),
                           "UnicodeDecodeError, LookupError")

    def introspect(self):
        r = self.r
        c = r.randrange(12)
        if c == 0:
            self.emit("print(len(dir()), %r in dir(), %r in globals())" % (self.newname("nx"), "sys"))
        elif c == 1:
            f = self.newname("fi")
            self.emit("def %s(a, b=%s, *, c=%s):" % (f, self.int_lit(), r.choice(["None", "'k'", "[]"])))
            self.emit("    x = a + b")
            self.emit("    loc = locals()")
            self.emit("    return sorted(loc), len(loc)")
            self.emit("print(%s(%s), %s.__defaults__, %s.__kwdefaults__, %s.__name__, %s.__qualname__)"
                      % (f, self.expr("int"), f, f, f, f))
            self.emit("print(%s.__code__.co_varnames, %s.__code__.co_argcount, sys.getrefcount(%s))" % (f, f, f))
        elif c == 2:
            f = self.newname("mk")
            self.emit("def %s(n):" % f)
            self.emit("    k = [n]")
            self.emit("    def inner():")
            self.emit("        k.append(n)")
            self.emit("        return len(k)")
            self.emit("    return inner")
            g = self.newname("cl")
            self.emit("%s = %s(%s)" % (g, f, self.expr("int")))
            self.emit("print(%s(), len(%s.__closure__), %s.__closure__[0].cell_contents, %s.__qualname__)" % (g, g, g, g))
            if self.has("refcount"):
                self.emit("print(sys.getrefcount(%s.__closure__[0]))" % g)
            self.vars[g] = "any"
        elif c == 3:
            g = self.newname("yf")
            self.emit("def %s(n):" % g)
            self.emit("    got = yield from range(n)")
            self.emit("    r = yield from (i * i for i in range(n))")
            self.emit("    yield got, r")
            self.emit("print(list(%s(%d)))" % (g, r.randint(0, 6)))
            it = self.newname("yi")
            self.emit("%s = %s(%d)" % (it, g, r.randint(1, 4)))
            self.emit("print(next(%s), %s.gi_yieldfrom is not None, next(%s, 'end'))" % (it, it, it))
            self.vars[it] = "any"
        elif c == 4:
            lv = self.pick("list", "tuple", "str") or "[0, 1, '', 2, None]"
            self.emit("print(list(filter(None, %s)), list(filter(lambda q: q != 1, %s))[:5])" % (lv, lv))
            self.tm_around("fl = filter(None, %s)" % lv, "tm filter")
            self.emit("print(type(fl).__name__, sys.getsizeof(fl), next(fl, 'none'))")
        elif c == 5:
            a = r.choice(["bool", "int", "str", "object", "list", "dict", "type", "Exception", "KeyError", "ValueError"])
            b = r.choice(["int", "object", "(int, str)", "LookupError", "BaseException", "()", "5"])
            self.try_print("issubclass(%s, %s)" % (a, b), "TypeError")
        elif c == 6 and self.classes:
            name = r.choice(self.classes)[0]
            o = self.newname("sa")
            self.emit("%s = %s(%s)" % (o, name, self.expr("int")))
            at = r.choice(["a", "b", "other", "zz", "kind"])
            self.emit("try:")
            self.emit("    setattr(%s, %r, %s)" % (o, at, self.expr("int")))
            self.emit("    print(getattr(%s, %r), hasattr(%s, %r))" % (o, at, o, at))
            self.emit("    delattr(%s, %r)" % (o, at))
            self.emit("    print(hasattr(%s, %r))" % (o, at))
            self.emit("    delattr(%s, %r)" % (o, at))
            self.emit("except AttributeError as e:")
            self.emit("    print(type(e).__name__, e)")
            self.emit("del %s" % o)             # its attributes may be gone
        elif c == 7:
            t = self.newname("dc")
            src = self.pick("list", "str", "tuple") or "range(%d)" % r.randint(0, 20)
            form = r.choice(["{repr(x): i for i, x in enumerate(%s)}", "{repr(x) for x in %s}",
                             "{i: [x] for i, x in enumerate(%s) if i %% 2}",
                             "[(a, b) for a in %s for b in range(2)]", "{str(x) for x in %s if x}"])
            self.tm_around("%s = %s" % (t, form % src), "tm comp")
            self.emit("print(len(%s), sys.getsizeof(%s))" % (t, t))
            self.vars[t] = "any"
        elif c == 8:
            a, b = self.expr("int"), self.expr("int")
            m = r.choice(["__add__", "__mul__", "__sub__", "__lt__", "__eq__", "__floordiv__", "__and__"])
            self.try_print("int.%s(%s, %s), (%s).%s(%s), int.%s" % (m, a, b, a, m, b, m), "TypeError, ZeroDivisionError")
            self.try_print("(%s).%s(%s)" % (a, m, r.choice(["1.5", "'x'", "None", "True"])))
        elif c == 9:
            t = r.choice(["int", "str", "list", "dict", "float", "tuple", "set", "bytes", "object", "bool"])
            self.emit("print(type(%s.__dict__).__name__, len(%s.__dict__), %r in vars(%s))"
                      % (t, t, r.choice(["__len__", "count", "__add__", "append", "keys", "__doc__"]), t))
        elif c == 10:
            lv = self.pick("list", "tuple", "str", "dict", "set") or "[]"
            it = self.newname("nx")
            self.emit("%s = iter(%s)" % (it, lv))
            self.emit("print(next(%s, 'a'), next(%s, None), type(%s).__name__)" % (it, it, it))
            self.vars[it] = "any"
        else:
            v = self.pick("list", "dict", "str", "tuple", "int", "float") or "None"
            self.emit("print(type(%s).__name__, %s.__class__ is type(%s), isinstance(%s, (int, str)))" % (v, v, v, v))
            self.emit("print(callable(%s), callable(type(%s)), hash(%s) == hash(%s) if %s.__hash__ else 'unhashable')"
                      % (v, v, v, v, v))

    def snapshots(self):
        r = self.r
        if not getattr(self, "has_tm", False):
            self.emit("import tracemalloc")
            self.emit("tracemalloc.start(%s)" % r.choice(["", "", "3", "25"]))
            self.has_tm = True
        c = r.randrange(6)
        key = r.choice(["'lineno'", "'lineno'", "'filename'", "'traceback'"])
        if c <= 1:
            self.emit("snap0 = tracemalloc.take_snapshot()")
            for _ in range(r.randint(1, 3)):
                self.r.choice([self.assign, self.assign, self.mutate, self.delete, self.call])()
            self.emit("snap1 = tracemalloc.take_snapshot()")
            self.emit("print([(d.traceback[0].lineno, d.size_diff, d.count_diff) for d in "
                      "snap1.compare_to(snap0, %s)[:%d]])" % (key, r.randint(1, 4)))
            self.emit("del snap0, snap1")
        elif c == 2:
            self.emit("snap0 = tracemalloc.take_snapshot()")
            self.emit("st = snap0.statistics(%s)" % key)
            self.emit("print(len(st) > 0, [(x.traceback[0].lineno, x.size, x.count) for x in st[:%d]])" % r.randint(1, 3))
            self.emit("tb = st[0].traceback if st else None")
            self.emit("if tb is not None:")
            self.emit("    print(len(tb), tb.total_nframe, [f.lineno for f in tb][:3], tb[-1].lineno, "
                      "hash(tb) == hash(st[0].traceback))")
            self.emit("del snap0, st, tb")
        elif c == 3:
            v = self.pick("list", "dict", "str", "tuple", "set", "inst", "bytes")
            if not v:
                return self.assign()
            self.emit("otb = tracemalloc.get_object_traceback(%s)" % v)
            self.emit("print(None if otb is None else (len(otb), otb[0].lineno))")
            self.emit("del otb")
        elif c == 4:
            self.emit("tm_c0 = tracemalloc.get_traced_memory()[0]")
            self.emit("tracemalloc.clear_traces()")
            self.emit("print(tracemalloc.get_traced_memory(), tm_c0 >= 0, tracemalloc.get_traceback_limit())")
        else:
            self.emit("snap0 = tracemalloc.take_snapshot()")
            self.emit("st = snap0.statistics('traceback')")
            self.emit("print([(len(x.traceback), x.traceback[0].lineno, x.count) for x in st[:%d]])" % r.randint(1, 3))
            self.emit("print(sorted(x.traceback[0].lineno for x in snap0.statistics('lineno'))[:5])")
            self.emit("del snap0, st")

    # ---- walrus: assignment expressions ----------------------------------------
    def walrus(self):
        """One use of `:=`: in an if or while condition, a comprehension
        binding its target in the enclosing scope, or a nested function."""
        r = self.r
        c = r.randrange(6)
        if c == 0:
            self.walrus_if()
        elif c == 1:
            self.walrus_while()
        elif c == 2:
            self.walrus_comp()
        elif c == 3:
            self.walrus_nested()
        elif c == 4:
            self.walrus_anyall()
        else:
            w = self.newname("w")
            self.emit("print(%s := %s, %s)" % (w, self.expr(r.choice(["int", "str", "list"])), w))
            self.vars[w] = "any"

    def walrus_if(self):
        r = self.r
        w = self.newname("w")
        kind = r.choice(["int", "str", "list", "tuple"])
        test = {"int": "(%s := %s) > %d" % (w, self.expr("int"), r.randint(-5, 50)),
                "str": "len(%s := %s) %% 2" % (w, self.expr("str")),
                "list": "(%s := %s)" % (w, self.expr("list")),
                "tuple": "(%s := %s) and %s[0]" % (w, self.expr("tuple"), w)}[kind]
        self.emit("if %s:" % test)
        self.emit("    print('yes', %s)" % w)
        if self.chance(0.5):
            self.emit("elif (%s := %d):" % (w, r.randint(0, 2)))
            self.emit("    print('elif', %s)" % w)
        self.emit("else:")
        self.emit("    print('no', %s)" % w)
        self.vars[w] = "any"

    def walrus_while(self):
        r = self.r
        w, acc = self.newname("w"), self.newname("wl")
        self.emit("%s = []" % acc)
        self.emit("%s = %d" % (w, r.randint(0, 12)))
        if self.chance(0.5):
            self.emit("while (%s := %s - %d) > 0:" % (w, w, r.randint(1, 3)))
            self.emit("    %s.append(%s)" % (acc, w))
        else:
            src = self.newname("wit")
            self.emit("%s = iter(%s)" % (src, self.expr("list")))
            self.emit("while (%s := next(%s, None)) is not None:" % (w, src))
            self.emit("    %s.append(%s)" % (acc, w))
            self.emit("del %s" % src)
        self.emit("print(%s, %s)" % (acc, w))
        self.vars[acc] = "list"
        self.vars[w] = "any"

    def walrus_comp(self):
        r = self.r
        w, res = self.newname("w"), self.newname("wc")
        n = r.randint(0, 9)
        c = r.randrange(4)
        if c == 0:
            self.emit("%s = [(%s := x * %d) for x in range(%d)]" % (res, w, r.randint(1, 5), n))
        elif c == 1:
            self.emit("%s = [y for x in range(%d) if (y := x %% %d) and (%s := x)]" % (res, n, r.randint(2, 4), w))
        elif c == 2:
            self.emit("%s = {x: (%s := str(x) * 2) for x in range(%d)}" % (res, w, n))
        else:
            self.emit("%s = sum((%s := x + %d) for x in %s)" % (res, w, r.randint(0, 9), "[%s]" % ", ".join(str(r.randint(-9, 9)) for _ in range(max(n, 1)))))
        self.emit("try:")
        self.emit("    print(%s, %s)" % (res, w))
        self.emit("except NameError as e:")
        self.emit("    print('NameError', e)")
        if c == 2 and self.chance(0.5) and "sizeof" in self.f:
            self.emit("print(sys.getsizeof(%s))" % res)
        self.vars[res] = "any"

    def walrus_nested(self):
        r = self.r
        f = self.newname("wf")
        self.emit("def %s(seq):" % f)
        self.emit("    total = 0")
        self.emit("    def inner(v):")
        self.emit("        nonlocal total")
        self.emit("        if (total := total + v) > %d:" % r.randint(0, 20))
        self.emit("            return [z for x in range(3) if (z := x + total) % 2]")
        self.emit("        return None")
        self.emit("    out = [got for v in seq if (got := inner(v)) is not None]")
        self.emit("    return out, total, [last := v for v in seq][-1:] , last if seq else None")
        self.emit("print(%s(%s))" % (f, "[%s]" % ", ".join(str(r.randint(-5, 15)) for _ in range(r.randint(1, 6)))))
        if self.chance(0.3):
            self.emit("print(%s.__code__.co_varnames, %s.__code__.co_cellvars)" % (f, f))

    def walrus_anyall(self):
        r = self.r
        w = self.newname("w")
        fn = r.choice(["any", "all"])
        op = r.choice([">", "<", "=="])
        data = "[%s]" % ", ".join(str(r.randint(-9, 9)) for _ in range(r.randint(1, 7)))
        self.emit("print(%s((%s := x) %s %d for x in %s), %s)" % (fn, w, op, r.randint(-3, 3), data, w))
        self.vars[w] = "int"

    # ---- multiinherit: diamonds, mixins, the C3 mro -----------------------------
    def multiinherit(self):
        r = self.r
        hier = getattr(self, "mi_hiers", [])
        if not hier or self.chance(0.3):
            self.mi_define()
            return
        c = r.randrange(9)
        names = r.choice(hier)
        if c == 0:
            self.mi_instances(names)
        elif c == 1:
            cls = r.choice(names)
            self.emit("print([k.__name__ for k in %s.__mro__], [b.__name__ for b in %s.__bases__])" % (cls, cls))
        elif c == 2:
            cls = r.choice(names)
            self.emit("print(%s.__base__.__name__, %s.__mro__[1].__name__, len(%s.mro()))" % (cls, cls, cls))
        elif c == 3:
            self.emit("print(%s)" % ", ".join("sys.getrefcount(%s)" % n for n in names))
        elif c == 4:
            self.mi_bad_mro(names)
        elif c == 5:
            a, b = r.choice(names), r.choice(names)
            self.emit("print(issubclass(%s, %s), issubclass(%s, %s), %s.__subclasses__() == %s.__subclasses__())"
                      % (a, b, b, a, a, b))
            self.emit("print(sorted(k.__name__ for k in %s.__subclasses__()))" % a)
        elif c == 6:
            self.mi_delete(names)
        elif c == 7:
            self.mi_builtin_mix()
        else:
            self.mi_instances(names)

    def mi_define(self):
        """A diamond A <- (B, C) <- D, sometimes a mixin before D's bases
        and an extra leaf; every __init__ chains with super().__init__."""
        r = self.r
        n = getattr(self, "mi_n", 0) + 1
        self.mi_n = n
        a, b, c, d = ("MA%d" % n, "MB%d" % n, "MC%d" % n, "MD%d" % n)
        mix = "Mix%d" % n if self.chance(0.5) else None
        self.emit("class %s:" % a)
        self.emit("    def __init__(self, **kw):")
        self.emit("        print('init %s', sorted(kw))" % a)
        self.emit("        self.a = kw.get('a', %d)" % r.randint(0, 9))
        self.emit("    def who(self):")
        self.emit("        return '%s'" % a)
        if mix:
            self.emit("class %s:" % mix)
            if self.chance(0.5):
                self.emit("    __slots__ = ()")
            self.emit("    def __init__(self, **kw):")
            self.emit("        print('init %s')" % mix)
            self.emit("        super().__init__(**kw)")
            self.emit("    def __repr__(self):")
            self.emit("        return type(self).__name__ + '(' + str(sorted(vars(self).items())) + ')'")
        for cls, base in ((b, a), (c, a)):
            self.emit("class %s(%s):" % (cls, base))
            if self.chance(0.5):
                self.emit("    kind = %s" % self.str_lit())
            self.emit("    def __init__(self, **kw):")
            self.emit("        print('init %s')" % cls)
            self.emit("        self.%s = %d" % (cls.lower(), r.randint(0, 99)))
            self.emit("        super().__init__(**kw)")
            if self.chance(0.6):
                self.emit("    def who(self):")
                self.emit("        return '%s>' + super().who()" % cls)
        order = [b, c] if self.chance(0.7) else [c, b]
        bases = ([mix] if mix else []) + order
        if self.chance(0.2):
            bases.append("object")
        self.emit("class %s(%s):" % (d, ", ".join(bases)))
        if self.chance(0.5):
            self.emit("    def __init__(self, **kw):")
            self.emit("        kw.setdefault('a', %d)" % r.randint(0, 9))
            self.emit("        super().__init__(**kw)")
            self.emit("        print('init %s', self.a)" % d)
        else:
            self.emit("    pass")
        names = [a, b, c, d] + ([mix] if mix else [])
        self.emit("print([k.__name__ for k in %s.__mro__])" % d)
        self.mi_hiers = getattr(self, "mi_hiers", []) + [names]

    def mi_instances(self, names):
        r = self.r
        a, b, c, d = names[:4]
        o = self.newname("mi")
        self.emit("%s = %s(%s)" % (o, d, r.choice(["", "x=1", "a=5, z=2"])))
        k = r.randrange(4)
        if k == 0:
            self.emit("print(%s.who(), %s.a, isinstance(%s, %s), isinstance(%s, (%s, int)))" % (o, o, o, b, o, c))
        elif k == 1:
            self.emit("print(sorted(vars(%s)), %s.__dict__ == vars(%s))" % (o, o, o))
            if len(names) > 4:
                self.emit("print(repr(%s))" % o)
        elif k == 2:
            self.emit("print(sys.getsizeof(%s), sys.getsizeof(%s.__dict__), sys.getrefcount(%s))" % (o, o, o))
        else:
            self.emit("print(super(%s, %s).who(), super(%s, %s).who())" % (b, o, c, o))
        if self.chance(0.3):
            self.emit("%s.peer = %s" % (o, o))
            self.emit("del %s" % o)
            self.emit("print(gc.collect())")
        else:
            self.vars[o] = "obj"

    MI_BUILTINS = {"int": "7", "float": "2.5", "str": "'ab'", "tuple": "(1, 2)", "list": "[3]", "dict": "{1: 2}"}

    def mi_builtin_mix(self):
        """A mixin and a builtin base in either order (the builtin's layout is
        the best base), or two builtin bases whose layouts conflict."""
        r = self.r
        n = getattr(self, "mi_n", 0) + 1
        self.mi_n = n
        b1 = r.choice(sorted(self.MI_BUILTINS))
        if self.chance(0.3):
            b2 = r.choice([b for b in sorted(self.MI_BUILTINS) if b != b1])
            self.emit("try:")
            self.emit("    class Conf%d(%s, %s):" % (n, b1, b2))
            self.emit("        pass")
            self.emit("    print('made', Conf%d.__mro__)" % n)
            self.emit("except TypeError as e:")
            self.emit("    print('TypeError', e)")
            return
        mix, cls = "BMix%d" % n, "BCls%d" % n
        self.emit("class %s:" % mix)
        self.emit("    def hello(self):")
        self.emit("        return 'hi ' + repr(self) + ' ' + type(self).__name__")
        bases = [mix, b1] if self.chance(0.5) else [b1, mix]
        self.emit("class %s(%s):" % (cls, ", ".join(bases)))
        self.emit("    pass")
        o = self.newname("mb")
        self.emit("%s = %s(%s)" % (o, cls, self.MI_BUILTINS[b1]))
        self.emit("print(%s.hello(), [k.__name__ for k in %s.__mro__], %s.__base__.__name__)" % (o, cls, cls))
        self.emit("print(sys.getsizeof(%s), %s == %s(%s), isinstance(%s, %s))" % (o, o, b1, o, o, mix))
        self.emit("%s.tag = %s" % (o, self.str_lit()))
        self.emit("print(vars(%s), sys.getrefcount(%s))" % (o, cls))

    def mi_bad_mro(self, names):
        r = self.r
        a, b, c, d = names[:4]
        bases = r.choice([(a, b), (b, b), (d, b, c), (a, d), (b, c, a, d)])
        self.emit("try:")
        self.emit("    class Bad_(%s):" % ", ".join(bases))
        self.emit("        pass")
        self.emit("    print('made', [k.__name__ for k in Bad_.__mro__])")
        self.emit("except TypeError as e:")
        self.emit("    print('TypeError', e)")

    def mi_delete(self, names):
        """Deletes a whole hierarchy (its instances first) and collects: the
        classes are cycles (mro, __dict__'s functions, __weakref__)."""
        for v in [v for v, k in self.vars.items() if k == "obj" and v.startswith("mi")]:
            self.emit("del %s" % v)
            del self.vars[v]
        self.emit("del %s" % ", ".join(names))
        self.emit("print(gc.collect())")
        self.mi_hiers.remove(names)

    # ---- newsub: __new__ and subclasses of int/float/str/tuple -------------------
    NEWSUB_BASES = ["int", "float", "str", "tuple"]

    def newsub(self):
        r = self.r
        subs = getattr(self, "ns_subs", [])
        if not subs or self.chance(0.25):
            r.choice([self.ns_define_sub, self.ns_define_sub, self.ns_singleton])()
            return
        name, base = r.choice(subs)
        if base == "single":
            self.ns_use_singleton(name)
        else:
            self.ns_use_sub(name, base)

    def ns_base_arg(self, base):
        r = self.r
        return {"int": str(r.choice([0, 1, -3, 7, 255, 256, 2 ** 31, -(2 ** 40), 10 ** 20])),
                "float": repr(r.choice([0.0, 1.5, -2.25, 1e300, 3.0, 0.1])),
                "str": self.str_lit(),
                "tuple": r.choice(["()", "(1,)", "(1, 2)", "[3, 'x', None]", "range(%d)" % r.randint(0, 6)])}[base]

    def ns_define_sub(self):
        r = self.r
        base = r.choice(self.NEWSUB_BASES)
        n = getattr(self, "ns_n", 0) + 1
        self.ns_n = n
        name = "%s%d" % (base.capitalize() + "Sub", n)
        self.emit("class %s(%s):" % (name, base))
        body = len(self.lines)
        if self.chance(0.3):
            self.emit("    __slots__ = ()")
        if self.chance(0.6):
            self.emit("    def __new__(cls, v, note=None):")
            if base in ("int", "float") and self.chance(0.5):
                self.emit("        if v < 0:")
                self.emit("            raise ValueError('negative ' + cls.__name__)")
            self.emit("        self = super().__new__(cls, v)")
            if self.chance(0.5):
                self.emit("        try:")
                self.emit("            self.note = note")
                self.emit("        except AttributeError as e:")
                self.emit("            print('AttributeError', e)")
            self.emit("        return self")
            if self.chance(0.5):
                self.emit("    def __init__(self, v, note=None):")
                self.emit("        print('init', type(self).__name__, v)")
        if self.chance(0.4):
            self.emit("    def __repr__(self):")
            self.emit("        return '%s(' + %s.__repr__(self) + ')'" % (name, base))
        if len(self.lines) == body:
            self.emit("    pass")
        self.emit("print(%s.__mro__, %s.__base__ is %s)" % (name, name, base))
        self.ns_subs = getattr(self, "ns_subs", []) + [(name, base)]

    def ns_singleton(self):
        r = self.r
        n = getattr(self, "ns_n", 0) + 1
        self.ns_n = n
        name = "Single%d" % n
        self.emit("class %s:" % name)
        self.emit("    _inst = None")
        self.emit("    def __new__(cls, *args):")
        self.emit("        if cls._inst is None:")
        self.emit("            cls._inst = super().__new__(cls)")
        self.emit("            print('new', cls.__name__)")
        self.emit("        return cls._inst")
        if self.chance(0.6):
            self.emit("    def __init__(self, *args):")
            self.emit("        self.args = args")
        if self.chance(0.3):
            self.emit("class %sKid(%s):" % (name, name))
            self.emit("    pass")
            self.emit("print(%sKid() is %s(), %sKid._inst is %s._inst)" % (name, name, name, name))
        self.ns_subs = getattr(self, "ns_subs", []) + [(name, "single")]

    def ns_use_singleton(self, name):
        r = self.r
        a, b = self.newname("sg"), self.newname("sg")
        self.emit("%s = %s(%d)" % (a, name, r.randint(0, 9)))
        self.emit("%s = %s(%s)" % (b, name, r.choice(["", "1, 2", "'k'"])))
        self.emit("print(%s is %s, getattr(%s, 'args', None), sys.getrefcount(%s))" % (a, b, a, a))
        if self.chance(0.3):
            self.emit("print(sys.getsizeof(%s), type(%s).__new__ is %s.__new__)" % (a, a, name))
        self.vars[a] = self.vars[b] = "obj"

    def ns_use_sub(self, name, base):
        r = self.r
        v = self.newname("ns")
        arg = self.ns_base_arg(base)
        c = r.randrange(7)
        self.emit("try:")
        self.emit("    %s = %s(%s)" % (v, name, arg))
        self.emit("except (ValueError, TypeError) as e:")
        self.emit("    print(type(e).__name__, e)")
        self.emit("    %s = %s(%s)" % (v, name, {"int": "5", "float": "2.5", "str": "'s'", "tuple": "(9,)"}[base]))
        if c == 0:
            self.emit("print(repr(%s), str(%s), type(%s).__name__, isinstance(%s, %s))" % (v, v, v, v, base))
        elif c == 1:
            other = {"int": "3", "float": "0.5", "str": "'!'", "tuple": "(0,)"}[base]
            ops = {"int": ["+", "*", "-", "//", ">>", "&"], "float": ["+", "*", "-", "/"],
                   "str": ["+"], "tuple": ["+"]}[base]
            op = r.choice(ops)
            self.emit("try:")
            self.emit("    print(type(%s %s %s).__name__, type(%s %s %s).__name__, %s %s %s)"
                      % (v, op, other, other, op, v, v, op, other))
            self.emit("except (ZeroDivisionError, OverflowError) as e:")
            self.emit("    print(type(e).__name__)")
            if base == "str":
                self.emit("print(type(%s.upper()).__name__, type(%s[:2]).__name__, type(%s * 2).__name__)" % (v, v, v))
            elif base == "tuple":
                self.emit("print(type(%s[:1]).__name__, %s == tuple(%s), hash(%s) == hash(tuple(%s)))" % (v, v, v, v, v))
            else:
                self.emit("print(type(-%s).__name__, type(abs(%s)).__name__, %s == %s(%s))" % (v, v, v, base, v))
        elif c == 2:
            self.emit("print(sys.getsizeof(%s), sys.getsizeof(%s(%s)), hasattr(%s, '__dict__'))" % (v, base, v, v))
        elif c == 3:
            self.emit("try:")
            self.emit("    %s.extra = [%s]" % (v, v))
            self.emit("    print(vars(%s) if hasattr(%s, '__dict__') else None)" % (v, v))
            self.emit("except AttributeError as e:")
            self.emit("    print('AttributeError', e)")
        elif c == 4:
            if not getattr(self, "has_tm", False):
                self.emit("import tracemalloc")
                self.emit("tracemalloc.start()")
                self.has_tm = True
            t = self.newname("nt")
            self.emit("ns_c0, ns_p0 = tracemalloc.get_traced_memory()")
            self.emit("%s = [%s(%s(%s)) for _ in range(%d)]" % (t, name, base, v, r.randint(0, 6)))
            self.emit("ns_c1, ns_p1 = tracemalloc.get_traced_memory()")
            self.emit("print('tm', ns_c1 - ns_c0, ns_p1 - ns_p0)")
            self.emit("del %s" % t)
            self.emit("ns_c2, ns_p2 = tracemalloc.get_traced_memory()")
            self.emit("print('tm del', ns_c2 - ns_c1)")
        elif c == 5:
            self.emit("print(%s == %s, %s(%s) is %s, bool(%s), hash(%s) == hash(%s(%s)))" % (v, arg, base, v, v, v, v, base, v))
        else:
            self.ns_builtin_calls(v, base)
        self.vars[v] = "any"

    NS_CALLS = {
        "int": ["[10, 20, 30, 40, 50, 60, 70][%s %% 7]", "divmod(%s, 3)", "pow(%s, 2)", "format(%s, 'x')",
                "{int(%s): 1}.get(%s)", "%s.bit_length()", "str(%s)", "(%s).to_bytes(16, 'big', signed=True)[-2:]"],
        "float": ["format(%s, '.2f')", "%s.is_integer()", "round(%s)", "int(%s)", "divmod(%s, 2)", "str(%s)",
                  "%s.hex()", "%s.as_integer_ratio()"],
        "str": ["'-'.join([%s, %s])", "f'{%s}'", "sorted(%s)", "%s in 'abc'", "%s.split()", "%s.encode()",
                "'<%%s>' %% %s", "%s.partition(' ')", "%s.center(12, '*')", "%s.casefold()"],
        "tuple": ["%s + %s", "%s * 2", "list(%s)", "%s.count(1)", "len(%s)", "tuple(%s) is %s", "%s[::-1]",
                  "sorted(%s, key=repr)", "%s.index(%s[0]) if %s else -1"],
    }

    def ns_builtin_calls(self, v, base):
        """Builtin functions and methods given a subclass's instance: each
        result's repr and type (an exact base type where CPython makes one)."""
        for form in self.r.sample(self.NS_CALLS[base], 2):
            e = form.replace("%%", "\0").replace("%s", v).replace("\0", "%")
            self.emit("try:")
            self.emit("    ns_r = %s" % e)
            self.emit("    print(repr(ns_r)[:60], type(ns_r).__name__)")
            self.emit("except (TypeError, ValueError, IndexError, OverflowError) as e:")
            self.emit("    print(type(e).__name__, e)")

    # ---- memview / weakrefs / structseq (opt-in; each keeps its own state) ---
    MV_ERRS = "(BufferError, TypeError, ValueError, IndexError, AttributeError, NotImplementedError)"

    def mv_bytes_lit(self):
        r = self.r
        n = r.choice([0, 1, 3, 5, 8, 13, 40, 300, 600])
        c = r.randrange(4)
        if c == 0:
            return "b'%s'" % "".join(r.choice("abcxyz09") for _ in range(min(n, 40)))
        if c == 1:
            return "bytes(range(%d))" % min(n, 256)
        if c == 2:
            return "bytes(%d)" % n
        return "b'%s' * %d" % (r.choice(["ab", "x", "0123"]), r.randint(0, 200))

    def mv_exporter(self):
        """An exporter name: an existing bytes or bytearray of this feature's
        or a new one (its kind stays out of kinds(): no other feature uses it)."""
        r = self.r
        srcs = getattr(self, "mv_srcs", None)
        if srcs is None:
            srcs = self.mv_srcs = []
        if srcs and self.chance(0.6):
            return r.choice(srcs)
        name = self.newname("mb")
        if self.chance(0.6):
            self.emit("%s = bytearray(%s)" % (name, self.mv_bytes_lit()))
        else:
            self.emit("%s = %s" % (name, self.mv_bytes_lit()))
        srcs.append(name)
        return name

    def mv_try(self, stmt):
        """stmt (one line) with the errors a view raises caught and printed."""
        self.emit("try:")
        self.emit("    " + stmt)
        self.emit("except %s as e:" % self.MV_ERRS)
        self.emit("    print(type(e).__name__, e)")

    def memview(self):
        r = self.r
        b = self.mv_exporter()
        views = getattr(self, "mv_views", None)
        if views is None:
            views = self.mv_views = []
        live = [v for v in views if v[1] == b]
        if live and self.chance(0.6):
            m = r.choice(live)[0]
        else:
            m = self.newname("m")
            if self.has("tracemalloc") and self.chance(0.3):
                self.ensure_tm()
                self.emit("tm_c0, tm_p0 = tracemalloc.get_traced_memory()")
                self.emit("%s = memoryview(%s)" % (m, b))
                self.emit("tm_c1, tm_p1 = tracemalloc.get_traced_memory()")
                self.emit("print('tm mv', tm_c1 - tm_c0, tm_p1 - tm_p0)")
            else:
                self.emit("%s = memoryview(%s)" % (m, b))
            views.append((m, b))
        i, j = r.randint(-6, 8), r.randint(-4, 50)
        k = r.choice([1, 2, 3, -1, -2])
        ops = [
            "print(len(%s), %s.nbytes, %s.readonly, %s.format, %s.itemsize, %s.ndim)" % ((m,) * 6),
            "print(%s.shape, %s.strides, %s.suboffsets, %s.contiguous, %s.obj is %s)" % (m, m, m, m, m, b),
            "print(%s[%d])" % (m, i),
            "print(%s[%d:%d].tobytes(), %s[%d:%d].tolist())" % (m, i, j, m, j, i),
            "print(%s[::%d].tolist()[:12], %s[::%d].nbytes)" % (m, k, m, k),
            "print(%s.hex()[:40], %s[:6].hex(%r), %s[:9].hex('-', %d))" % (m, m, r.choice(":- "), m, r.choice([1, 2, -2, 3])),
            "%s[%d] = %d" % (m, i, r.choice([0, 7, 255, 256, -1])),
            "%s[%d:%d] = %s" % (m, i, i + r.randint(0, 4), r.choice(["b'QQ'", "b'Z'", "bytearray(b'ab')", "b''", "b'1234'"])),
            "print(%s == %s, %s == %s, %s != b'')" % (m, b, m, self.mv_bytes_lit(), m),
            "print(bytes(%s[:8]), bytearray(%s[%d:%d]), list(%s[:5]))" % (m, m, i, j, m),
            "print(hash(%s.toreadonly()) == hash(bytes(%s)))" % (m, m),
            "print(%d in %s, b'-'.join([%s[:3], b'x']))" % (r.randint(0, 120), m, m),
            "print(sys.getsizeof(%s), sys.getsizeof(%s[%d:%d]))" % (m, m, i, j),
            "print(sys.getrefcount(%s))" % b,
            "%s.append(%d)" % (b, r.randint(0, 255)),
            "%s += b'%s'" % (b, "x" * r.randint(0, 5)),
            "%s.extend(b'abc')" % b,
            "del %s[%d]" % (b, r.randint(-2, 2)),
            "%s.clear()" % b,
            "print(%s.pop(), len(%s))" % (b, b),
            "%s[%d:%d] = b'%s'" % (b, i, j, "w" * r.randint(0, 6)),
            "print(memoryview(%s)[%d:][::%d].tolist()[:8], bytes(%s[::%d])[:8])" % (m, i, k, m, k),
            "print(list(reversed(%s[:6])), next(iter(%s)), b''.join([%s[:2], %s[%d:%d]]))" % (m, m, m, m, i, j),
            "print(str(%s[:5], 'ascii'), %s[:3].toreadonly().readonly, int(%s[:1] or b'0', 16))" % (m, m, m),
            "print(%s.find(%s[:2]), %s.startswith(%s[:1]), %s + %s[:2])" % (b, m, b, m, b, m),
        ]
        c = r.randrange(10)
        if c == 0:
            # release (or a with block) and what a released view refuses
            self.emit("%s.release()" % m)
            self.mv_try("print(%s[0])" % m)
            self.mv_try("print(len(%s))" % m)
            views.remove((m, b))
            self.emit("del %s" % m)
            self.mv_try("%s.append(1)" % b)
            return
        if c == 1:
            w = self.newname("w")
            self.emit("with memoryview(%s) as %s:" % (b, w))
            self.emit("    print(%s.tobytes()[:10], %s.nbytes)" % (w, w))
            self.emit("    try:")
            self.emit("        %s.append(0)" % b)
            self.emit("    except (BufferError, AttributeError) as e:")
            self.emit("        print(type(e).__name__, e)")
            self.mv_try("print(%s.nbytes)" % w)
            self.emit("print(%s == %s, len(%s))" % (w, w, b))
            return
        if c == 2 and self.has("gc"):
            self.emit("print(gc.is_tracked(%s), len(gc.get_referents(%s)))" % (m, m))
            return
        if c == 3 and self.has("refcount"):
            self.emit("print(sys.getrefcount(%s), sys.getrefcount(%s))" % (b, m))
            return
        if c == 4 and self.has("tracemalloc"):
            self.ensure_tm()
            t = self.newname("ms")
            self.emit("tm_c0, tm_p0 = tracemalloc.get_traced_memory()")
            self.emit("%s = %s[%d:%d]" % (t, m, i, j) if self.chance(0.5) else "%s = %s[::%d].tobytes()" % (t, m, k))
            self.emit("tm_c1, tm_p1 = tracemalloc.get_traced_memory()")
            self.emit("del %s" % t)
            self.emit("tm_c2, tm_p2 = tracemalloc.get_traced_memory()")
            self.emit("print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0, tm_c2 - tm_c1)")
            return
        if c == 5 and len(views) > 1:
            v, vb = r.choice(views)
            self.emit("del %s" % v)
            views.remove((v, vb))
            return
        self.mv_try(r.choice(ops))

    def wr_setup(self):
        """`import _weakref`, a class whose instances take weak references
        and a callback that prints, emitted once."""
        if getattr(self, "wr_ready", False):
            return
        self.wr_ready = True
        self.wr_objs, self.wr_refs = [], []
        self.emit("import _weakref")
        self.emit("class WR_:")
        self.emit("    def __init__(self, tag):")
        self.emit("        self.tag = tag")
        if self.has("finalizers"):
            self.emit("    def __del__(self):")
            self.emit("        print('del WR_', self.tag)")
        self.emit("wr_all_ = []")
        self.emit("def wr_cb_(ref):")
        self.emit("    print('callback', ref() is None, _weakref.getweakrefcount(ref))")

    def wr_target(self):
        """A live referent's name: an existing one or a new instance, set,
        frozenset, function or class."""
        r = self.r
        if self.wr_objs and self.chance(0.6):
            return r.choice(self.wr_objs)
        o = self.newname("wo")
        c = r.randrange(6)
        if c == 0:
            self.emit("%s = {%d, %d}" % (o, r.randint(0, 9), r.randint(10, 99)))
        elif c == 1:
            self.emit("%s = frozenset(range(%d))" % (o, r.randint(0, 6)))
        elif c == 2:
            self.emit("def %s(x):" % o)
            self.emit("    return x + 1")
        elif c == 3:
            self.emit("class %s(WR_):" % o)
            self.emit("    pass")
        else:
            self.emit("%s = WR_(%r)" % (o, o))
        self.wr_objs.append(o)
        return o

    def weakrefs(self):
        r = self.r
        self.wr_setup()
        o = self.wr_target()
        refs = [x for x in self.wr_refs if x[1] == o]
        c = r.randrange(13)
        if c == 0 or not refs:
            w = self.newname("wr")
            cb = r.choice(["", ", wr_cb_", ", lambda x: print('lambda cb', x() is None)"])
            self.emit("%s = _weakref.ref(%s%s)" % (w, o, cb))
            self.emit("print(%s() is %s, _weakref.getweakrefcount(%s), len(_weakref.getweakrefs(%s)))" % (w, o, o, o))
            self.wr_refs.append((w, o))
        elif c == 1:
            self.emit("print(_weakref.ref(%s) is _weakref.ref(%s), _weakref.getweakrefcount(%s))" % (o, o, o))
        elif c == 2:
            # the referent dies: its callbacks run now
            self.emit("del %s" % o)
            self.wr_objs.remove(o)
            for w, _ in refs:
                self.emit("print(%s() is None)" % w)
        elif c == 3:
            # a cycle holding a referent: dies in a collection
            a = self.newname("wc")
            w = self.newname("wr")
            self.emit("%s = WR_(%r)" % (a, a))
            self.emit("%s.peer = [%s, WR_('in %s')]" % (a, a, a))
            self.emit("%s = _weakref.ref(%s, wr_cb_)" % (w, a))
            self.emit("del %s" % a)
            self.emit("print(%s() is None, gc.collect(), %s() is None)" % (w, w))
        elif c == 4:
            w = r.choice(refs)[0]
            self.emit("print(%s == _weakref.ref(%s), hash(%s) == hash(%s), %s.__weakref__ is not None)" % (w, o, w, o, o))
        elif c == 5:
            w = r.choice(refs)[0]
            self.emit("print(sys.getsizeof(%s), type(%s).__name__, callable(%s))" % (w, w, w))
        elif c == 6 and self.has("refcount"):
            w = r.choice(refs)[0]
            self.emit("print(sys.getrefcount(%s), sys.getrefcount(%s))" % (o, w))
        elif c == 7:
            bad = r.choice(["[1, 2]", "{'a': 1}", "(1,)", "'s'", "42", "b'x'", "None"])
            self.emit("try:")
            self.emit("    _weakref.ref(%s)" % bad)
            self.emit("except TypeError as e:")
            self.emit("    print('TypeError', e)")
        elif c == 8 and self.has("gc"):
            w = r.choice(refs)[0]
            self.emit("print(gc.is_tracked(%s), len(gc.get_referents(%s)))" % (w, w))
        elif c == 9:
            w, _ = r.choice(refs)
            self.emit("del %s" % w)
            self.wr_refs.remove((w, o))
            self.emit("print(_weakref.getweakrefcount(%s))" % o)
        elif c == 10 and self.has("tracemalloc"):
            self.ensure_tm()
            w = self.newname("wr")
            self.emit("tm_c0, tm_p0 = tracemalloc.get_traced_memory()")
            self.emit("%s = _weakref.ref(%s, wr_cb_)" % (w, o))
            self.emit("tm_c1, tm_p1 = tracemalloc.get_traced_memory()")
            self.emit("print('tm wr', tm_c1 - tm_c0, tm_p1 - tm_p0)")
            self.wr_refs.append((w, o))
        elif c == 11:
            # a callback that raises (reported as unraisable) or drops other refs
            w = self.newname("wr")
            self.emit("%s = _weakref.ref(%s, %s)" % (w, o, r.choice(["lambda x: 1 / 0", "lambda x: print('cb', x() is None, len(wr_all_))", "lambda x: print('cb', type(x).__name__)"])))
            self.wr_refs.append((w, o))
        else:
            self.emit("print([x() is %s for x in _weakref.getweakrefs(%s)])" % (o, o))

    SQ_NAMES = ["sys.version_info", "sys.float_info", "sys.int_info", "sys.hash_info", "sys.thread_info"]
    SQ_FIELDS = {"sys.version_info": ["major", "minor", "micro", "releaselevel", "serial"],
                 "sys.float_info": ["max", "max_exp", "dig", "mant_dig", "epsilon", "radix", "rounds", "min_10_exp"],
                 "sys.int_info": ["bits_per_digit", "sizeof_digit", "default_max_str_digits", "str_digits_check_threshold"],
                 "sys.hash_info": ["width", "modulus", "inf", "nan", "imag", "algorithm", "hash_bits", "seed_bits", "cutoff"],
                 "sys.thread_info": ["name", "lock", "version"]}

    def structseq(self):
        r = self.r
        s = r.choice(self.SQ_NAMES)
        f = r.choice(self.SQ_FIELDS[s])
        i, j = r.randint(-6, 10), r.randint(-3, 10)
        ops = [
            "print(%s)" % s, "print(%s.%s, %s[%d])" % (s, f, s, i), "print(%s[%d:%d], %s[::%d])" % (s, i, j, s, r.choice([1, 2, -1, 3])),
            "print(len(%s), type(%s).__name__, isinstance(%s, tuple))" % (s, s, s),
            "print(%s >= %s, %s == %s, %s < %s)" % (s, r.choice(["(3, 8)", "(3, 11, 2)", "(3, 12)", "()"]), s,
                                                     "tuple(%s)" % s, s, r.choice(["(3,)", "(4, 0)", "(2, 7, 18)"])),
            "print(%s + (1,), %s * %d)" % (s, "%s[:2]" % s, r.randint(0, 2)),
            "print(%s.index(%s[%d]), %s.count(%s[0]), %s[0] in %s)" % (s, s, r.randint(0, 2), s, s, s, s),
            "print(hash(%s) == hash(tuple(%s)))" % (s, s),
            "print(sys.getsizeof(%s), sys.getsizeof(%s[:%d]))" % (s, s, r.randint(0, 5)),
            "print(list(%s), sorted(map(str, %s))[:3])" % (s, s),
            "%s.%s = 0" % (s, f), "print(%s[%d])" % (s, r.randint(5, 12)), "print(%s.missing_)" % s,
            "print(type(%s)(%s) == %s)" % (s, "tuple(%s)" % s, s),
            "print(type(%s)(%s))" % (s, r.choice(["(1, 2)", "[]", "range(%d)" % r.randint(0, 12)])),
        ]
        c = r.randrange(8)
        if c == 0:
            n = len(self.SQ_FIELDS[s])
            names = [self.newname("sq") for _ in range(n + r.choice([0, 0, -1, 1]))]
            self.emit("try:")
            self.emit("    %s = %s" % (", ".join(names), s))
            self.emit("    print(%s)" % ", ".join(names))
            self.emit("except ValueError as e:")
            self.emit("    print('ValueError', e)")
            return
        if c == 1:
            a, b = self.newname("sq"), self.newname("sq")
            self.emit("%s, *%s = %s" % (a, b, s))
            self.emit("print(%s, %s)" % (a, b))
            return
        if c == 2 and self.has("refcount"):
            v = self.newname("sq")
            self.emit("%s = %s" % (v, s))
            self.emit("print(sys.getrefcount(%s), sys.getrefcount(%s))" % (v, s))
            self.emit("del %s" % v)
            return
        if c == 3 and self.has("tracemalloc"):
            self.ensure_tm()
            t = self.newname("sq")
            self.emit("tm_c0, tm_p0 = tracemalloc.get_traced_memory()")
            self.emit("%s = %s" % (t, r.choice(["%s[:%d]" % (s, j), "tuple(%s)" % s, "list(%s)" % s, "repr(%s)" % s,
                                                 "%s + %s" % (s, s)])))
            self.emit("tm_c1, tm_p1 = tracemalloc.get_traced_memory()")
            self.emit("print('tm sq', tm_c1 - tm_c0, tm_p1 - tm_p0)")
            self.emit("del %s" % t)
            return
        if c == 4 and self.has("gc"):
            self.emit("print(gc.is_tracked(%s), len(gc.get_referents(%s)))" % (s, s))
            return
        self.emit("try:")
        self.emit("    " + r.choice(ops))
        self.emit("except (IndexError, AttributeError, TypeError, ValueError) as e:")
        self.emit("    print(type(e).__name__, e)")

    # ---- lambdas: key functions, map/filter, dispatch tables, late binding -----
    def lam_records(self):
        """A list of (int, str, float) tuples made up for sorting by key."""
        r = self.r
        names = ["ann", "Bob", "cid", "Dee", "eve", "Fay", "gus", "bob", ""]
        return "[%s]" % ", ".join("(%d, %r, %s)" % (r.randint(-9, 9), r.choice(names), self.float_lit())
                                  for _ in range(r.randint(0, 7)))

    def lambdas(self):
        """One use of lambda: sorted/min/max with key=, map and filter,
        a dispatch dict, default-argument capture against late binding,
        curried lambdas, or a key function that raises."""
        r = self.r
        c = r.randrange(9)
        if c == 8:
            return self.lam_badcall()
        if c == 0:
            recs = self.newname("recs")
            self.emit("%s = %s" % (recs, self.lam_records()))
            key = r.choice(["lambda t: t[0]", "lambda t: (t[1].lower(), -t[0])", "lambda t: t[2]",
                            "lambda t: len(t[1])", "lambda t: t[1]", "lambda t: (t[0] % 3, t[1])"])
            self.emit("print(sorted(%s, key=%s, reverse=%s))" % (recs, key, r.choice(["True", "False"])))
            if self.chance(0.5):
                self.emit("%s.sort(key=%s)" % (recs, key))
                self.emit("print([t[1] for t in %s])" % recs)
            self.vars[recs] = "list"
        elif c == 1:
            src = self.pick("list", "tuple", "str") or "[5, -3, 8, 0]"
            fn = r.choice(["min", "max"])
            key = r.choice(["lambda x: str(x)", "lambda x: repr(x)[::-1]", "lambda x: -len(str(x))",
                            "lambda x: (type(x).__name__, str(x))", "lambda x: x"])
            self.emit("try:")
            self.emit("    print(%s(%s, key=%s, default=%s))" % (fn, src, key, r.choice(["None", "'empty'", "-1"])))
            self.emit("except TypeError as e:")
            self.emit("    print('TypeError', e)")
        elif c == 2:
            n = r.randint(0, 9)
            f = r.choice(["lambda x: x * x", "lambda x: x %% %d" % r.randint(2, 5), "lambda x: str(x) * 2",
                          "lambda x: [x] * (x % 3)", "lambda x: (x, -x)", "lambda x: x / %d" % r.randint(1, 4)])
            m = self.newname("m")
            self.emit("%s = list(map(%s, range(%d)))" % (m, f, n))
            self.emit("print(%s)" % m)
            if self.chance(0.5):
                self.emit("print(list(map(lambda a, b: a + b, %s, %s)))" % (m, "%s[::-1]" % m))
            self.vars[m] = "list"
        elif c == 3:
            src = self.pick("list") or "list(range(%d))" % r.randint(0, 12)
            pred = r.choice(["lambda x: x", "lambda x: type(x) is int and x > %d" % r.randint(-5, 50),
                             "lambda x: isinstance(x, str)", "None", "lambda x: bool(str(x).strip('0'))"])
            f = self.newname("flt")
            self.emit("%s = filter(%s, %s)" % (f, pred, src))
            if self.chance(0.4):
                self.emit("print(next(%s, 'none'))" % f)
            self.emit("print(list(%s), type(%s).__name__)" % (f, f))
            self.emit("del %s" % f)
        elif c == 4:
            d = self.newname("ops")
            self.emit("%s = {'add': lambda a, b: a + b, 'sub': lambda a, b: a - b, 'mul': lambda a, b: a * b," % d)
            self.emit("    'div': lambda a, b: a / b, 'pow': lambda a, b: a ** b}")
            for _ in range(r.randint(1, 4)):
                op = r.choice(["add", "sub", "mul", "div", "pow", "mod"])
                a, b = r.randint(-9, 30), r.choice([0, 1, 2, 3, -2, 7])
                self.emit("try:")
                self.emit("    print(%r, %s[%r](%d, %d))" % (op, d, op, a, b))
                self.emit("except (KeyError, ZeroDivisionError) as e:")
                self.emit("    print(type(e).__name__, e)")
            if self.has("sizeof"):
                self.emit("print(sys.getsizeof(%s['add']), %s['add'].__name__, %s['add'].__qualname__)" % (d, d, d))
            if self.has("refcount"):
                self.emit("print(sys.getrefcount(%s['sub']))" % d)
            self.vars[d] = "any"         # its repr would print the lambdas' addresses
        elif c == 5:
            fs = self.newname("fs")
            n = r.randint(1, 5)
            if self.chance(0.5):
                self.emit("%s = [lambda x, i=i: x + i for i in range(%d)]" % (fs, n))
            else:
                self.emit("%s = [lambda x: x + i for i in range(%d)]" % (fs, n))
            self.emit("print([f(%d) for f in %s])" % (r.randint(0, 100), fs))
            if self.chance(0.4):
                self.emit("print(%s[0].__defaults__, %s[0].__closure__ is None, %s[-1].__qualname__)" % (fs, fs, fs))
            self.vars[fs] = "any"        # its repr would print the lambdas' addresses
        elif c == 6:
            a = self.newname("cur")
            self.emit("%s = lambda a: lambda b: lambda c: a * 100 + b * 10 + c" % a)
            self.emit("print(%s(%d)(%d)(%d), %s(1)(2).__name__)" % (a, r.randint(0, 9), r.randint(0, 9),
                                                                  r.randint(0, 9), a))
            if self.chance(0.5):
                self.emit("print((lambda *a, **k: (a, sorted(k)))(%d, %r, z=1, y=2))" % (r.randint(0, 9), "s"))
            self.emit("del %s" % a)
        else:
            src = "[%s]" % ", ".join(r.choice(["1", "'a'", "2.5", "None", "(1,)", "[0]", "-4"])
                                     for _ in range(r.randint(2, 5)))
            key = r.choice(["lambda x: x", "lambda x: 1 / (x - x)", "lambda x: x.real", "lambda x: len(x)",
                            "lambda x: {}[x]", "lambda: 0"])
            self.emit("try:")
            self.emit("    print(sorted(%s, key=%s))" % (src, key))
            self.emit("except (TypeError, ZeroDivisionError, AttributeError, KeyError) as e:")
            self.emit("    print(type(e).__name__, e)")

    def lam_badcall(self):
        """A lambda or def called with the wrong arguments (too many, missing
        positional or keyword-only ones, an unknown or repeated keyword), the
        TypeError printed, tracemalloc's deltas around it when it runs; or a
        class whose lambda has a private keyword-only default."""
        r = self.r
        if self.chance(0.2):
            k = self.newname("Lk")
            self.emit("class %s:" % k)
            self.emit("    f = lambda self, *, __k=%d, **kw: (__k, sorted(kw))" % r.randint(0, 9))
            self.emit("print(%s().f(), %s().f(__k=1), %s.f.__kwdefaults__)" % (k, k, k))
            return
        f = self.newname("lf")
        sig = r.choice(["a", "a, b", "a, b=2", "a, b, c, d", "*, k", "a, *, k, kk", "a, b=1, *c, k=3", "a, /, b"])
        if self.chance(0.5):
            self.emit("%s = lambda %s: 0" % (f, sig))
        else:
            self.emit("def %s(%s):" % (f, sig))
            self.emit("    return 0")
        args = r.choice(["", "1", "1, 2, 3", "1, 2, 3, 4, 5", "k=1", "1, k=1", "1, zz=2", "1, a=2", "a=1, b=2", "*[1, 2], kk=0"])
        self.tm_around(["try:", "    %s(%s)" % (f, args), "except TypeError as e:", "    print('TypeError', e)"],
                       "call " + f)
        self.emit("del %s" % f)

    # ---- comprehend: nested comprehensions, generator expressions consumed ---
    def comprehend(self):
        """One comprehension: nested with conditions, flattening, dict and
        set comprehensions with filters, conditional expressions inside,
        generator expressions consumed by sum/any/all/min/max/join/tuple,
        partly consumed ones, the loop variable not leaking, an error
        raised inside one."""
        r = self.r
        c = r.randrange(8)
        n, m = r.randint(0, 6), r.randint(0, 6)
        if c == 0:
            g = self.newname("grid")
            self.tm_around("%s = [[%s for j in range(%d)%s] for i in range(%d)%s]"
                           % (g, r.choice(["i * j", "i + j", "(i, j)", "str(i) + str(j)", "i - j"]), m,
                              r.choice(["", " if j %% %d" % r.randint(2, 3), " if j != i"]), n,
                              r.choice(["", " if i % 2 == 0", " if i > %d" % r.randint(0, 3)])), "grid " + g)
            self.emit("print(%s)" % g)
            if self.chance(0.6):
                self.emit("print([x for row in %s for x in row%s])" % (g, r.choice(["", " if x", " if x != 0"])))
            if self.has("sizeof") and self.chance(0.5):
                self.emit("print(sys.getsizeof(%s), [sys.getsizeof(row) for row in %s])" % (g, g))
            self.vars[g] = "list"
        elif c == 1:
            d = self.newname("dc")
            src = self.pick("list", "str", "tuple") or "range(%d)" % n
            self.emit("try:")
            self.emit("    %s = {%s for i, x in enumerate(%s)%s}"
                      % (d, r.choice(["i: x", "x: i", "str(x): i * i", "i %% %d: x" % r.randint(1, 4)]), src,
                         r.choice(["", " if i % 2", " if x"])))
            self.emit("except TypeError as e:")
            self.emit("    %s = 'TypeError: ' + str(e)" % d)
            self.emit("try:")
            self.emit("    print(%s, len(%s))" % (d, d))
            self.emit("except TypeError as e:")
            self.emit("    print('TypeError', e)")
            if self.has("sizeof") and self.chance(0.5):
                self.emit("print(sys.getsizeof(%s))" % d)
            self.vars[d] = "any"
        elif c == 2:
            s = self.newname("sc")
            self.emit("%s = {x %% %d for x in range(%d) if x %% %d}" % (s, r.randint(1, 7), r.randint(0, 40),
                                                                       r.randint(2, 4)))
            self.emit("print(sorted(%s), len(%s))" % (s, s))
            if self.has("sizeof") and self.chance(0.5):
                self.emit("print(sys.getsizeof(%s))" % s)
            self.vars[s] = "any"
        elif c == 3:
            fn = r.choice(["sum", "any", "all", "min", "max", "tuple", "sorted", "list", "set", "len"])
            body = r.choice(["x * x", "x %% %d" % r.randint(2, 5), "x > %d" % r.randint(-2, 9), "-x", "x // 2"])
            cond = r.choice(["", " if x % 2", " if x > %d" % r.randint(0, 8)])
            expr = "(%s for x in range(%d)%s)" % (body, n * 2, cond)
            if fn == "len":
                expr = "[%s for x in range(%d)%s]" % (body, n * 2, cond)
            self.emit("try:")
            self.emit("    print(%s(%s))" % (fn, expr))
            self.emit("except (ValueError, TypeError) as e:")
            self.emit("    print(type(e).__name__, e)")
        elif c == 4:
            src = self.pick("list", "tuple") or "[%s]" % ", ".join(str(r.randint(0, 9)) for _ in range(n))
            sep = r.choice(["', '", "''", "'-'", "' | '"])
            self.emit("print(%s.join(str(x) for x in %s), %s.join([repr(x) for x in %s][::-1]))" % (sep, src, sep, src))
        elif c == 5:
            g = self.newname("ge")
            self.emit("%s = (x * %d for x in range(%d) if x != %d)" % (g, r.randint(1, 5), n + 2, r.randint(0, 3)))
            for _ in range(r.randint(1, 3)):
                self.emit("print(next(%s, 'done'))" % g)
            self.emit("print(list(%s), list(%s))" % (g, g))
            if self.has("sizeof") and self.chance(0.4):
                self.emit("print(sys.getsizeof(%s), type(%s).__name__)" % (g, g))
            self.emit("del %s" % g)
        elif c == 6:
            v = self.newname("leak")
            self.emit("%s = [%s for %s in range(%d)]" % (v, v + "_i", v + "_i", n))
            self.emit("try:")
            self.emit("    print(%s, %s_i)" % (v, v))
            self.emit("except NameError as e:")
            self.emit("    print('NameError', e)")
            self.emit("print([(a, b) for a in range(%d) for b in range(a) if (a + b) %% %d == 0])"
                      % (n, r.randint(1, 3)))
            self.emit("print([x if x %% 2 else -x for x in range(%d)], [[x] * x for x in range(%d)])" % (n, m))
            self.vars[v] = "list"
        else:
            d = r.choice(["0", "x - %d" % r.randint(0, 5), "(x % 3)"])
            self.emit("try:")
            self.emit("    print([%d // (%s) for x in range(%d)])" % (r.randint(1, 99), d, n))
            self.emit("except ZeroDivisionError as e:")
            self.emit("    print('ZeroDivisionError', e)")
            dv = self.pick("dict")
            if dv:
                self.emit("print({k: v for k, v in %s.items() if v %s}, [k for k in %s][:3])"
                          % (dv, r.choice(["is not None", "== 0", "!= 1"]), dv))

    # ---- strbuild: strings built in loops, join/split/format round trips -----
    def strbuild(self):
        """A string built in a loop (+=, join of parts, f-strings with
        specs, %-formatting, str.format), then taken apart again (split,
        partition, splitlines, strip) and compared with what it was made of;
        getsizeof and tracemalloc figures of the result when asked."""
        r = self.r
        c = r.randrange(6)
        s = self.newname("sb")
        n = r.randint(0, 14)
        if c == 0:                          # measured when tracemalloc runs: += resizes in place
            self.tm_around(["%s = %s" % (s, self.str_lit()), "for i in range(%d):" % n,
                            "    %s += %s" % (s, r.choice(["str(i)", "chr(97 + i % 26)", "'ab'", "str(i) + ','",
                                                           "'\\u00e9'", "'\\u20ac' * (i % 2)"]))], "build " + s)
            self.emit("print(%s, len(%s))" % (s, s))
            if self.has("sizeof"):
                self.emit("print(sys.getsizeof(%s))" % s)
        elif c == 1:
            parts = self.newname("parts")
            self.emit("%s = []" % parts)
            self.emit("for i in range(%d):" % n)
            self.emit("    %s.append(%s)" % (parts, r.choice(["f'{i:03d}'", "f'{i * 1.5:.2f}'", "'%-4s|' % i",
                                                              "'{:>5}'.format(i)", "f'{i:x}'", "f'{i!r:^6}'",
                                                              "str(i) * (i % 3)"])))
            sep = r.choice(["','", "' '", "''", "'; '", "'\\n'"])
            self.tm_around("%s = %s.join(%s)" % (s, sep, parts), "join " + s)
            self.emit("print(repr(%s))" % s)
            if sep != "''":
                self.emit("print(%s.split(%s) == %s, len(%s.split(%s)))" % (s, sep, parts, s, sep))
            self.vars[parts] = "list"
        elif c == 2:
            words = " ".join(r.choice(["alpha", "Beta", "gamma", "DELTA", "eps", "z", "mu-nu", "x_y"])
                             for _ in range(r.randint(0, 8)))
            self.emit("%s = %r" % (s, words))
            op = r.choice(["' '.join(w.capitalize() for w in %s.split())", "'_'.join(%s.lower().split())",
                           "' '.join(reversed(%s.split()))", "''.join(w[0] for w in %s.split() if w)",
                           "'-'.join(%s.split(' ', 2))", "' '.join(%s.rsplit(None, 1))",
                           "'/'.join(sorted(%s.split(), key=len))"])
            self.emit("print(repr(%s))" % (op % s))
            self.emit("print(%s.partition(' '), %s.title().swapcase())" % (s, s))
        elif c == 3:
            rows = r.randint(1, 4)
            self.emit("%s = ''" % s)
            self.emit("for i in range(%d):" % rows)
            self.emit("    %s += '%%-6s%%5d%%8.2f\\n' %% ('r' + str(i), i * %d, i / %d)" % (s, r.randint(1, 999), r.randint(1, 7)))
            self.emit("print(%s, end='')" % s)
            self.emit("print([ln.split() for ln in %s.splitlines()])" % s)
            if self.chance(0.5):
                self.emit("print(%s.count('\\n'), %s.rstrip().rfind('\\n'), %s.strip()[:%d])" % (s, s, s, r.randint(0, 9)))
        elif c == 4:
            self.emit("%s = ''.join(chr(ord('a') + (i * %d) %% 26) for i in range(%d))" % (s, r.randint(1, 7), n))
            self.emit("print(%s, %s.upper().center(%d, '*'), %s.zfill(%d))" % (s, s, r.randint(0, 20), s, r.randint(0, 12)))
            self.emit("print(%s.replace(%r, '', %d), %s.startswith(('a', 'b')), %s.endswith(%r))"
                      % (s, r.choice("abcdh"), r.randint(-1, 2), s, s, r.choice(["a", "", "zz"])))
            if self.has("sizeof"):
                self.emit("print(sys.getsizeof(%s), sys.getsizeof(%s * 2))" % (s, s))
        else:
            tmpl = r.choice(["'{} has {} items'", "'{0}-{1}-{0}'", "'{name}: {n:>4}'", "'{:*^9}|{}'", "'{!r}/{!s}'"])
            args = r.choice(["%s, %s" % (self.str_lit(), self.expr("int")), "name=%s, n=%s" % (self.str_lit(), self.expr("int"))])
            self.emit("try:")
            self.emit("    %s = %s.format(%s)" % (s, tmpl, args))
            self.emit("except (KeyError, IndexError, ValueError) as e:")
            self.emit("    %s = type(e).__name__ + ': ' + str(e)" % s)
            self.emit("print(%s, len(%s))" % (s, s))
        self.vars[s] = "str"

    # ---- match / subsets / typecall (opt-in; each keeps its own state) ------
    def ensure_tm(self):
        """tracemalloc started once, by whichever feature needs it first."""
        if not getattr(self, "has_tm", False):
            self.emit("import tracemalloc")
            self.emit("tracemalloc.start()")
            self.has_tm = True

    # (pattern, names it binds); an irrefutable pattern only ends a match
    MT_PATS = [
        ("0", []), ("1 | 2 | 3", []), ("-1 | 300", []), ("int(n) if n > 10", ["n"]),
        ("int() | float() as num", ["num"]), ("True", []), ("None", []), ("'a' | 'hello'", []),
        ("str(s) if len(s) > 3", ["s"]), ("str() as s", ["s"]), ("bool(b)", ["b"]), ("()", []),
        ("[]", []), ("(a,)", ["a"]), ("[a, b]", ["a", "b"]), ("[a, *rest]", ["a", "rest"]),
        ("(a, *_, b)", ["a", "b"]), ("[int(a), str(b)]", ["a", "b"]), ("[[a, b], *rest]", ["a", "b", "rest"]),
        ("(a, b) if a == b", ["a", "b"]), ("[*rest, 0]", ["rest"]), ("[1, *_]", []), ("{}", []),
        ("{'k': v}", ["v"]), ("{'k': v, **rest}", ["v", "rest"]), ("{'a': 1 | 2 as x}", ["x"]),
        ("{'k': [a, *rest]}", ["a", "rest"]), ("{'a': _, 'b': b}", ["b"]), ("{1: x, **rest}", ["x", "rest"]),
        ("MK.A", []), ("MK.B | MK.C", []), ("MPt(0, 0)", []), ("MPt(x=0, y=yy)", ["yy"]),
        ("MPt(a, b) if str(a) > str(b)", ["a", "b"]), ("MPt(x=MPt() as inner)", ["inner"]), ("MPt()", []),
        ("list([a, b])", ["a", "b"]), ("dict({'k': v})", ["v"]), ("tuple((a, *rest))", ["a", "rest"]),
        ("[MPt(x=a), *rest]", ["a", "rest"]), ("MSub(a)", ["a"]), ("(1 | 2) as one", ["one"]),
        ("[a, b] | (a, b, _)", ["a", "b"]), ("{'k': str() | bytes() as v}", ["v"]),
        ("set() | frozenset() as st", ["st"]), ("[a, [b, *rest]]", ["a", "b", "rest"]),
        ("{**rest}", ["rest"]), ("MPt(y=[*rest])", ["rest"]), ("float(f) if f > 1", ["f"]),
        ("-0.0 | 1.5", []), ("1 + 2j | -3j", []), ("'a' 'b' | b'ab'", []), ("bytes() as by", ["by"]),
        ("MStr() as ms", ["ms"]), ("str('ab')", []), ("[MStr(a), *_]", ["a"]), ("MDict({'k': v})", ["v"]),
        ("{'m': v}", ["v"]), ("MLoose(a, b)", ["a", "b"]), ("MPt(z=w)", ["w"]), ("MEq()", []),
        ("MEq(a)", ["a"]), ("100000000000000000000 | 18446744073709551616", []), ("bool() | None as nb", ["nb"]),
        ("int(n) if (n := n + 1) > 2", ["n"]), ("[_, _, *mid, _]", ["mid"]), ("(_, [*inner])", ["inner"]),
    ]
    # patterns that raise TypeError when tried against an instance
    MT_BAD = [("MPt(a, b, c)", ["a", "b", "c"]), ("MPt(a, x=b)", ["a", "b"]), ("MK(a)", ["a"]),
              ("MBadArgs(a)", ["a"]), ("MK.C(a)", ["a"]), ("MStrArgs(a)", ["a"]), ("bool(a, b)", ["a", "b"]),
              ("MRaise(a)", ["a"])]
    MT_SUBJ = ["0", "1", "2", "3", "-1", "300", "12", "10 ** 20", "2.5", "True", "False", "None", "'a'",
               "'hello'", "'xyz'", "()", "(1,)", "(1, 2)", "(2, 2)", "(1, 'x')", "(1, 2, 3, 0)", "[]", "[1]",
               "[1, 2]", "[[1, 2], 3]", "[1, 'x']", "['a', 'b', 'c', 0]", "{}", "{'k': 1}",
               "{'k': [1, 2, 3], 'z': 0}", "{'a': 1, 'b': 2}", "{'a': 3}", "{1: 'one', 2: 'two'}",
               "{'k': 'str'}", "{'k': b'by'}", "MPt(0, 0)", "MPt(3, 1)", "MPt(0, 5)", "MPt(MPt(1, 1), 2)",
               "MSub(4, 4)", "[MPt(1, 2), 3]", "set()", "frozenset({1})", "b'ab'", "bytearray(b'xy')",
               "range(3)", "[0, [1, 2, 3]]", "MPt(1, [2, 3])", "-0.0", "1 + 2j", "'ab'", "b'ab'", "MStr('ab')",
               "[MStr('q'), 1]", "MDict(k=5)", "MDict(m=1)", "MLoose()", "MEq()", "2 ** 64", "(1, [2, 3])",
               "(1, 2, 3, 4, 5)", "MRaise()", "MBadArgs()", "MStrArgs()"]

    def mt_classes(self):
        """MPt (with __match_args__), its subclass MSub and MK's constants, once."""
        if getattr(self, "mt_defined", False):
            return
        self.mt_defined = True
        self.emit("class MPt:")
        self.emit("    __match_args__ = ('x', 'y')")
        self.emit("    def __init__(self, x, y):")
        self.emit("        self.x, self.y = x, y")
        self.emit("    def __repr__(self):")
        self.emit("        return 'MPt(%r, %r)' % (self.x, self.y)")
        self.emit("class MSub(MPt):")
        self.emit("    pass")
        self.emit("class MK:")
        self.emit("    A, B, C = 1, 'hello', (1, 2)")
        self.emit("class MStr(str):")
        self.emit("    pass")
        self.emit("class MDict(dict):")
        self.emit("    def __missing__(self, key):")
        self.emit("        print('missing', key)")
        self.emit("        return 0")
        self.emit("class MBase:")
        self.emit("    def __repr__(self):")
        self.emit("        return '<' + type(self).__name__ + '>'")
        self.emit("class MLoose(MBase):")
        self.emit("    __match_args__ = ('p', 'q')")
        self.emit("    def __getattr__(self, name):")
        self.emit("        return name * 2")
        self.emit("class MEq(MBase):")
        self.emit("    __match_args__ = ('v',)")
        self.emit("    v = [1]")
        self.emit("    def __eq__(self, other):")
        self.emit("        return True")
        self.emit("class MBadArgs(MBase):")
        self.emit("    __match_args__ = ['x']")
        self.emit("    x = 1")
        self.emit("class MStrArgs(MBase):")
        self.emit("    __match_args__ = (1,)")
        self.emit("class MRaise(MBase):")
        self.emit("    __match_args__ = ('boom',)")
        self.emit("    @property")
        self.emit("    def boom(self):")
        self.emit("        raise TypeError('boom property')")

    def mt_cases(self, bad):
        """The case clauses (pattern, names): 1-4 refutable ones, maybe one
        that raises, maybe an irrefutable last one."""
        r = self.r
        cases = r.sample(self.MT_PATS, r.randint(1, 4))
        if bad:
            cases.insert(r.randrange(len(cases) + 1), r.choice(self.MT_BAD))
        if self.chance(0.5):
            cases.append(r.choice([("_", []), ("other", ["other"])]))
        return cases

    def mt_body(self, i, names):
        """A case's body: the captures printed, some with refcount and size."""
        r = self.r
        self.emit("print('case', %d%s)" % (i, "".join(", " + n for n in names)))
        if names and self.chance(0.5):
            n = r.choice(names)
            self.emit("print(type(%s).__name__, sys.getsizeof(%s), sys.getrefcount(%s) if isinstance(%s, "
                      "(list, dict, tuple, MPt)) else '-')" % (n, n, n, n))

    def mt_emit_match(self, subject, cases):
        self.emit("match %s:" % subject)
        for i, (pat, names) in enumerate(cases):
            self.emit("    case %s:" % pat)
            self.indent += 2
            self.mt_body(i, names)
            self.indent -= 2

    def match(self):
        r = self.r
        self.mt_classes()
        bad = self.chance(0.15)
        cases = self.mt_cases(bad)
        subjects = r.sample(self.MT_SUBJ, r.randint(1, 5))
        form = r.randrange(3)
        tm = self.chance(0.3)
        if tm:
            self.ensure_tm()
        if form == 0:
            f = self.newname("mf")
            self.emit("def %s(s):" % f)
            self.indent += 1
            self.mt_emit_match("s", cases)
            self.emit("return %s" % r.choice(["None", "s", "locals()"]))
            self.indent -= 1
            calls = ["print(repr(%s(%s))[:70])" % (f, s) for s in subjects]
        elif form == 1:
            calls = ["for mt_s in [%s]:" % ", ".join(subjects)]
        else:
            calls = []
        body = calls if form == 0 else []
        lines_before = len(self.lines)
        if tm:
            self.emit("tracemalloc.reset_peak()")
            self.emit("tm_c0 = tracemalloc.get_traced_memory()[0]")
        if bad:
            self.emit("try:")
            self.indent += 1
        if form == 0:
            for c in body:
                self.emit(c)
        elif form == 1:
            self.emit(calls[0])
            self.indent += 1
            self.mt_emit_match("mt_s", cases)
            self.indent -= 1
        else:
            self.mt_emit_match(subjects[0], cases)
        if bad:
            self.indent -= 1
            self.emit("except TypeError as e:")
            self.emit("    print('TypeError', e)")
        if tm:
            self.emit("tm_c1, tm_p1 = tracemalloc.get_traced_memory()")
            self.emit("print('tm match', tm_c1 - tm_c0, tm_p1 - tm_c0)")
        if form == 2 and any("rest" in n for _, n in cases) and self.chance(0.5):
            self.emit("print('rest' in dir(), 'other' in dir())")

    # ---- subsets: subclasses of set, frozenset, bytes, bytearray ------------
    SS_ARGS = {"set": ["[1, 2, 3]", "()", "'abca'", "range(5)", "{7, 8}"],
               "frozenset": ["[1, 2, 3]", "()", "'abca'", "range(5)", "{7, 8}"],
               "bytes": ["b'abc'", "b''", "3", "[65, 66, 67]", "bytes(2)", "b'hello world'"],
               "bytearray": ["b'abc'", "b''", "3", "[65, 66, 67]", "b'hello world'"]}
    SS_OTHER = {"set": "{2, 9}", "frozenset": "frozenset({2, 9})", "bytes": "b'!'", "bytearray": "b'!'"}

    def subsets(self):
        subs = getattr(self, "ss_subs", [])
        if not subs or self.chance(0.25):
            self.ss_define()
            return
        self.ss_use(*self.r.choice(subs))

    def ss_define(self):
        """A subclass of one of the four, maybe with __slots__, an __init__
        or __new__ taking a tag, a __repr__ and a method."""
        r = self.r
        base = r.choice(["set", "frozenset", "bytes", "bytearray"])
        n = getattr(self, "ss_n", 0) + 1
        self.ss_n = n
        name = "%sSub%d" % (base.capitalize(), n)
        self.emit("class %s(%s):" % (name, base))
        slots = self.chance(0.25)
        if slots:
            self.emit("    __slots__ = %s" % ("()" if base == "bytes" else r.choice(["()", "('tag',)"])))
        mutable = base in ("set", "bytearray")
        if self.chance(0.5):
            if mutable:
                self.emit("    def __init__(self, v=(), tag=None):")
                self.emit("        super().__init__(v)")
            else:
                self.emit("    def __new__(cls, v=(), tag=None):")
                self.emit("        self = super().__new__(cls, v)")
            self.emit("        try:")
            self.emit("            self.tag = tag")
            self.emit("        except AttributeError as e:")
            self.emit("            print('AttributeError', e)")
            if not mutable:
                self.emit("        return self")
        if self.chance(0.4):
            self.emit("    def __repr__(self):")
            self.emit("        return '<%s ' + %s.__repr__(self) + '>'" % (name, base))
        if base == "bytes" and self.chance(0.3):
            self.emit("    def __bytes__(self):")
            self.emit("        return b'<' + bytes.__bytes__(self) + b'>'")
        if self.chance(0.4):
            self.emit("    def size(self):")
            self.emit("        return len(self) * 10")
        self.emit("    pass")
        self.emit("print(%s.__mro__, %s.__base__ is %s)" % (name, name, base))
        self.ss_subs = getattr(self, "ss_subs", []) + [(name, base)]

    SS_OPS = {
        "set": ["{v} | {o}", "{v} & {o}", "{v} - {o}", "{v} ^ {o}", "{v}.copy()", "{v}.union([5])",
                "{v}.difference()", "set({v})", "frozenset({v})", "{o} | {v}"],
        "frozenset": ["{v} | {o}", "{v} & {o}", "{v} - {o}", "{v}.copy()", "{v}.union([5])", "frozenset({v})",
                      "{o} | {v}", "{v}.intersection({o})"],
        "bytes": ["{v} + {o}", "{v} * 2", "{v}[:2]", "{v}.upper()", "bytes({v})", "{v}.replace(b'a', b'z')",
                  "{o} + {v}", "{v}.split()", "{v}.hex()", "{v}.decode()", "{v}.join([b'1', b'2'])",
                  "bytearray({v})", "{v} % ()", "b'%b' % {v}", "int.from_bytes({v}, 'big')"],
        "bytearray": ["{v} + {o}", "{v} * 2", "{v}[:2]", "{v}.upper()", "bytes({v})", "{v}.copy()",
                      "{o} + {v}", "{v}.split()", "{v}.hex()", "{v}.decode()", "bytearray({v})"],
    }
    SS_MUT = {"set": ["{v}.add(4)", "{v}.discard(1)", "{v}.update('xy')", "{v} |= {o}", "{v}.clear()",
                      "{v} -= {o}", "{v}.pop()"],
              "bytearray": ["{v}.append(33)", "{v}.extend(b'zz')", "{v} += b'+'", "{v}[0:1] = b''",
                            "{v}.clear()", "{v} *= 2", "del {v}[::2]", "{v}.pop()"]}

    def ss_use(self, name, base):
        r = self.r
        v = self.newname("ss")
        self.emit("%s = %s(%s)" % (v, name, r.choice(self.SS_ARGS[base])))
        c = r.randrange(7)
        o = self.SS_OTHER[base]
        if c == 0:
            self.emit("print(repr(%s), str(%s), len(%s), isinstance(%s, %s), type(%s) is %s)"
                      % (v, v, v, v, base, v, base))
        elif c == 1:
            for form in r.sample(self.SS_OPS[base], 2):
                e = form.format(v=v, o=o)
                self.emit("try:")
                self.emit("    ss_r = %s" % e)
                self.emit("    print(repr(ss_r)[:60], type(ss_r).__name__)")
                self.emit("except (TypeError, ValueError, KeyError, UnicodeDecodeError) as e:")
                self.emit("    print(type(e).__name__, e)")
        elif c == 2:
            self.emit("print(sys.getsizeof(%s), sys.getsizeof(%s(%s)), sys.getrefcount(%s), gc.is_tracked(%s))"
                      % (v, base, v, v, v))
        elif c == 3:
            self.emit("try:")
            self.emit("    %s.extra = [%s]" % (v, v))
            self.emit("    print(sorted(vars(%s)), sys.getrefcount(%s))" % (v, v))
            self.emit("except (AttributeError, TypeError) as e:")
            self.emit("    print(type(e).__name__, e)")
        elif c == 4:
            self.ensure_tm()
            t = self.newname("st")
            self.emit("ss_c0 = tracemalloc.get_traced_memory()[0]")
            self.emit("%s = [%s(%s) for _ in range(%d)]" % (t, name, r.choice(self.SS_ARGS[base]), r.randint(0, 5)))
            self.emit("ss_c1 = tracemalloc.get_traced_memory()[0]")
            self.emit("del %s" % t)
            self.emit("print('tm', ss_c1 - ss_c0, tracemalloc.get_traced_memory()[0] - ss_c1)")
        elif c == 5 and base in self.SS_MUT:
            for form in r.sample(self.SS_MUT[base], 2):
                self.emit("try:")
                self.emit("    %s" % form.format(v=v, o=o))
                self.emit("except (KeyError, IndexError) as e:")
                self.emit("    print(type(e).__name__, e)")
            self.emit("print(repr(%s), getattr(%s, 'tag', '-'), sys.getsizeof(%s))" % (v, v, v))
        else:
            self.emit("print(%s == %s(%s), %s in [%s], bool(%s), getattr(%s, 'tag', '-'))" %
                      (v, base, v, v, o, v, v))
            if base in ("frozenset", "bytes"):
                self.emit("print(hash(%s) == hash(%s(%s)), {%s: 1}[%s(%s)])" % (v, base, v, v, base, v))
        self.vars[v] = "any"

    # ---- typecall: classes made by type(name, bases, dict) --------------------
    TC_BASES = ["()", "(object,)", "(int,)", "(list,)", "(Exception,)", "(dict,)", "(str,)"]
    TC_BAD = ["type('X', (1,), {})", "type('X', (bool,), {})", "type('a', 'b')", "type(1, (), {})",
              "type('X', (), [])", "type('X', (int, str), {})", "type('X', (), {'__slots__': 1})",
              "type('X', (), {}, 1)", "type('X', (), {'__slots__': ('a', 'a')})", "type('x\\0y', (), {})",
              "type('X', (), {'__qualname__': 3})"]

    def typecall(self):
        subs = getattr(self, "tc_types", [])
        c = self.r.randrange(10)
        if not subs or c < 3:
            self.tc_define()
        elif c == 3:
            e = self.r.choice(self.TC_BAD)
            self.emit("try:")
            self.emit("    print(%s)" % e)
            self.emit("except (TypeError, ValueError) as e:")
            self.emit("    print(type(e).__name__, e)")
        else:
            self.tc_use(*self.r.choice(subs))

    def tc_define(self):
        """type(name, bases, dict) with attributes, methods as lambdas or
        defs, maybe __init__, __slots__, __repr__; sometimes subclassed by
        a class statement or by another type() call."""
        r = self.r
        n = getattr(self, "tc_n", 0) + 1
        self.tc_n = n
        name = "Tc%d" % n
        prior = getattr(self, "tc_types", [])
        bases = r.choice(self.TC_BASES + (["(%s,)" % prior[-1][0]] if prior else []))
        items = ["'x': %d" % r.randint(0, 99), "'f': lambda self: self.x * 2"]
        if self.chance(0.4) and bases in ("()", "(object,)"):
            items.append("'__slots__': ('a', 'b')")
        if self.chance(0.5):
            f = "tc_init%d" % n
            self.emit("def %s(self, *args):" % f)
            self.emit("    self.nargs = len(args)" if "'__slots__'" not in "".join(items) else "    self.a = len(args)")
            items.append("'__init__': %s" % f)
        if self.chance(0.4):
            items.append("'__repr__': lambda self: '<%s>'" % name)
        if self.chance(0.3):
            items.append("'__doc__': 'made by type'")
        if self.chance(0.2):
            items.append("'__qualname__': 'Q.%s'" % name)
        for extra in self.TC_EXTRAS:
            if self.chance(0.12):
                items.append(extra)
        self.emit("%s = type(%r, %s, {%s})" % (name, name, bases, ", ".join(items)))
        self.emit("print(%s.__name__, %s.__qualname__, %s.__module__, %s.__mro__)" % (name, name, name, name))
        if self.chance(0.3):
            self.emit("print(sorted(k for k in vars(%s) if not k.startswith('__')), %s.__doc__)" % (name, name))
        if self.chance(0.25):
            kid = "%sKid" % name
            self.emit("class %s(%s):" % (kid, name))
            self.emit("    y = 5")
            self.emit("print(%s.__mro__, %s.y + %s.x)" % (kid, kid, kid))
            self.tc_types = prior + [(name, bases), (kid, bases)]
        else:
            self.tc_types = prior + [(name, bases)]

    TC_EXTRAS = ["'__eq__': lambda s, o: True", "'__len__': lambda s: 3", "'__bool__': lambda s: False",
                 "'__getitem__': lambda s, i: i * 2", "'k': classmethod(lambda c: c.__name__)",
                 "'st': staticmethod(lambda: 'static')", "'p': property(lambda s: 'prop')",
                 "'__module__': 'mymod'", "'__hash__': None", "'__iter__': lambda s: iter([1, 2])"]
    TC_PROBES = ["hash({v}) is not None", "len({v})", "bool({v})", "{v}[4]", "{c}.k()", "{c}.st()", "{v}.p",
                 "{c}.__module__", "{c}.__hash__ is None", "list({v})", "{v} == 5", "type({v}) is {c}",
                 "type.__call__({c}) is not None", "{c}.__dict__.get('__dict__') is not None",
                 "type({c}) is type", "{c}.__class__.__name__"]

    TC_ARGS = {"()": "", "(object,)": "", "(int,)": "7", "(list,)": "[1, 2]", "(Exception,)": "'boom'",
               "(dict,)": "{'a': 1}", "(str,)": "'s'"}

    def tc_use(self, name, bases):
        r = self.r
        v = self.newname("tc")
        arg = self.TC_ARGS.get(bases, "")
        self.emit("try:")
        self.emit("    %s = %s(%s)" % (v, name, arg))
        self.emit("except TypeError as e:")
        self.emit("    print('TypeError', e)")
        self.emit("    %s = None" % v)
        c = r.randrange(7)
        if c == 0:
            self.emit("print(repr(%s).split(' at ')[0][:60], isinstance(%s, %s), type(%s).__name__)" % (v, v, name, v))
        elif c == 1:
            self.emit("try:")
            self.emit("    print(%s.f(), %s.x, getattr(%s, 'nargs', '-'))" % (v, v, v))
            self.emit("except (AttributeError, TypeError) as e:")
            self.emit("    print(type(e).__name__, e)")
        elif c == 2:
            self.emit("print(sys.getsizeof(%s), hasattr(%s, '__dict__'), gc.is_tracked(%s))" % (v, v, v))
        elif c == 3:
            self.emit("try:")
            self.emit("    %s.z = [1]" % v)
            self.emit("    %s.x = 3" % name)
            self.emit("    print(%s.z, %s.x, sys.getrefcount(%s))" % (v, v, v))
            self.emit("except (AttributeError, TypeError) as e:")
            self.emit("    print(type(e).__name__, e)")
        elif c == 4:
            self.ensure_tm()
            self.emit("tc_c0 = tracemalloc.get_traced_memory()[0]")
            self.emit("tc_l = [%s(%s) for _ in range(%d)]" % (name, arg, r.randint(0, 4)))
            self.emit("tc_c1 = tracemalloc.get_traced_memory()[0]")
            self.emit("del tc_l")
            self.emit("print('tm', tc_c1 - tc_c0, tracemalloc.get_traced_memory()[0] - tc_c1)")
        elif c == 5:
            for probe in r.sample(self.TC_PROBES, 3):
                self.try_print(probe.format(v=v, c=name), "TypeError, AttributeError, IndexError, KeyError")
        else:
            self.emit("print(issubclass(%s, %s), %s.__bases__, len(%s.__subclasses__()))"
                      % (name, bases.strip("(),") or "object", name, name))
        self.vars[v] = "any"

    def delete(self):
        v = self.pick(*[k for k in self.kinds() if k != "int"] + ["any"])
        if v:
            self.emit("del %s" % v)
            del self.vars[v]

    def statement(self):
        choices = [(self.assign, 5), (self.show, 5), (self.mutate, 3), (self.loop, 1),
                   (self.call, 1), (self.delete, 1)]
        if self.has("ids"):
            choices.append((self.identity, 2))
        if self.has("gc"):
            choices.append((self.gc_stmt, 1))
        if self.has("classes"):
            choices.append((self.cycle, 1))
        if self.has("generators"):
            choices.append((self.gen_stmt, 1))
        if self.has("closures"):
            choices.append((self.closure, 1))
        if self.has("errors"):
            choices.append((self.error, 1))
        for feat, fn in (("bigmul", self.bigmul), ("unpack", self.unpack), ("dunders", self.dunders),
                         ("zipstrict", self.zipstrict), ("kwargs", self.kwargs), ("fmtindex", self.fmtindex),
                         ("genstates", self.genstates), ("getattrs", self.getattrs), ("formats", self.formats),
                         ("exchain", self.exchain), ("stmts", self.stmts), ("methods", self.methods),
                         ("inherit", self.inherit), ("tracemalloc", self.tracemalloc),
                         ("instdicts", self.instdicts), ("seqops", self.seqops),
                         ("tracemem", self.tracemem),
                         ("builtins", self.builtins), ("control", self.control), ("unistr", self.unistr),
                         ("streams", self.streams), ("complexes", self.complexes),
                         ("errpeaks", self.errpeaks), ("convs", self.convs),
                         ("introspect", self.introspect), ("snapshots", self.snapshots),
                         ("walrus", self.walrus), ("multiinherit", self.multiinherit),
                         ("newsub", self.newsub),
                         ("memview", self.memview), ("weakrefs", self.weakrefs), ("structseq", self.structseq),
                         ("lambdas", self.lambdas), ("comprehend", self.comprehend), ("strbuild", self.strbuild),
                         ("match", self.match), ("subsets", self.subsets), ("typecall", self.typecall)):
            if self.has(feat):
                choices.append((fn, 2))
        fns = [f for f, w in choices for _ in range(w)]
        self.r.choice(fns)()

    def program(self):
        self.emit("import sys")
        self.emit("import gc")
        if self.has("tracemem"):
            self.emit("import tracemalloc")
            self.emit("tracemalloc.start()")
            self.has_tm = True      # tracemalloc() needs no import of its own
        if self.has("classes"):
            for _ in range(self.r.randint(1, 2)):
                self.define_class()
        self.define_func()
        self.program_prelude()
        for _ in range(self.nstmts):
            self.statement()
        if self.has("gc"):
            self.emit("print(gc.collect())")
        if self.has("tracemem"):
            self.emit("print(tracemalloc.get_traced_memory())")
        if self.has("uncaught"):
            self.uncaught_end()
        if self.has("lateimport"):
            self.late_gc_import()
        return "\n".join(self.lines) + "\n"

    def uncaught_end(self):
        """The last statement raises out of a function whose frame holds an
        instance with __del__ and a list; a cycle with __del__ made before it
        is garbage at exit (the final collection runs its finalizers first)."""
        r = self.r
        self.emit("class Held_:")
        self.emit("    def __init__(self, tag):")
        self.emit("        self.tag = tag")
        self.emit("    def __del__(self):")
        self.emit("        print('del Held_', self.tag)")
        self.emit("c1_, c2_ = Held_('c1'), Held_('c2')")
        self.emit("c1_.peer, c2_.peer = c2_, c1_")
        self.emit("del c1_, c2_")
        self.emit("def fail_(n):")
        self.emit("    h = Held_(n)")
        self.emit("    items = [h, n]")
        self.emit("    return %s" % r.choice(["items[n]", "{'k': h}[n]", "n // (n - n)", "h.missing", "int('x%d' % n)"]))
        self.emit("print('before')")
        self.emit("fail_(%d)" % r.randint(2, 300))

    def late_gc_import(self):
        """Moves `import gc` (the second line) to just before the top-level
        statement holding the first use of gc (none: the end)."""
        lines = self.lines
        gi = lines.index("import gc")
        del lines[gi]
        first = next((i for i, l in enumerate(lines) if i >= gi and "gc." in l), len(lines))
        while first > gi and first < len(lines) and (lines[first].startswith((" ", "except", "else", "finally", "elif"))):
            first -= 1
        lines.insert(first, "import gc")


def main(argv):
    if "--list-features" in argv:
        for k, v in FEATURES.items():
            print("%-11s %s%s" % (k, v, "" if k in SAFE else "  (not in the default set)"))
        return 0
    seed, feats, n = None, list(SAFE), 40
    i = 1
    while i < len(argv):
        a = argv[i]
        if a == "--features" and i + 1 < len(argv):
            feats = [f for f in argv[i + 1].split(",") if f]
            i += 1
        elif a == "--stmts" and i + 1 < len(argv):
            n = int(argv[i + 1])
            i += 1
        elif seed is None and a.lstrip("-").isdigit():
            seed = int(a)
        else:
            print("gen.py: unexpected argument %r (see the header)" % a, file=sys.stderr)
            return 2
        i += 1
    bad = [f for f in feats if f not in FEATURES]
    if seed is None or bad:
        print("gen.py: usage: gen.py SEED [--features a,b] [--stmts N]%s"
              % ("; unknown feature " + bad[0] if bad else ""), file=sys.stderr)
        return 2
    if "core" not in feats:
        feats.append("core")
    sys.stdout.write("# gen.py %d --features %s --stmts %d\n" % (seed, ",".join(feats), n))
    sys.stdout.write(Gen(seed, feats, n).program())
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
