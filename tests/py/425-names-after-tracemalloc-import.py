# Names CPython has interned before the program asks: those of its
# start-up (the frozen modules, the builtins) and, once the program has run
# `import tracemalloc`, those the thirty modules it loads bring ('doc',
# 'fget', 'ADDITEMS'...).  sys.intern gives that object back, and
# property()'s keyword parser (parser_init's new_kwtuple) finds 'doc'
# there instead of keeping a str of its own.
import sys
import tracemalloc

tracemalloc.start()
c0 = tracemalloc.get_traced_memory()[0]
p = property(fget=None)
c1 = tracemalloc.get_traced_memory()[0]
q = property(None, fdel=None)
c2 = tracemalloc.get_traced_memory()[0]
print(c1 - c0, c2 - c1)
tracemalloc.stop()


def fresh(*parts):
    return "".join(parts)


for parts in (("BOM_", "UTF8"), ("d", "oc"), ("fg", "et"), ("ADD", "ITEMS"), ("zq", "xv")):
    s = fresh(*parts)
    print(s, sys.intern(s) is not s)
