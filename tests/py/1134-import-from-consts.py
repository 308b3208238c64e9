# from-imports inside functions: CPython loads the level (0) and the
# fromlist tuple by LOAD_CONST before IMPORT_NAME, so both stay in the
# function's co_consts (trim_unused_consts keeps them) while an
# unreachable import's are trimmed with it.  The fromlist tuples hold the
# imported names: the names' refcounts (the whole module is compiled
# before it runs) count the tuples kept.
import sys
print(sys.getrefcount("getrefcount"), sys.getrefcount("getsizeof"))
def f():
    from sys import getrefcount as rc
def g():
    return 1
    from sys import getsizeof as gs
def h(x):
    if x:
        return 2
    from sys import getsizeof as gs, getrefcount as rc
print(f(), g(), h(1))
