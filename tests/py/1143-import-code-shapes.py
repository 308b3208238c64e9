# The code python3 compiles for imports heapviz lets run to their error:
# `import a.b` stores the top-level name, `import a.b.c as d` walks the
# parts with IMPORT_FROM (SWAP, POP_TOP) before its store, a relative
# import loads its level and names '' or its module: the code objects'
# sizes and local names are python3's, and each raises at its line.
import sys


def plain():
    import no_such_hv_pkg.sub


def as_dotted():
    import no_such_hv_pkg.sub.deeper as d2
    return d2


def as_two():
    import no_such_hv_pkg.sub as s, no_such_hv_other
    return s


def relative():
    from . import sibling
    from ..up.down import x as y, z
    return sibling, y, z


for fn in (plain, as_dotted, as_two, relative):
    c = fn.__code__
    print(fn.__name__, c.co_varnames, c.co_nlocals, sys.getsizeof(c))
    try:
        fn()
    except ImportError as e:
        print(type(e).__name__, e, e.name, e.__traceback__.tb_next.tb_lineno)
