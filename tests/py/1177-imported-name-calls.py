# CPython 3.11 compiles obj.meth(...) as LOAD_METHOD unless obj is a name
# the module binds by an import (is_import_originated): then LOAD_ATTR and
# CALL, 6 cache units shorter, and a method of the object is bound first.
# The module's scope decides, whatever the scope of the call.
import sys
import gc as g
from sys import argv
def uses_module():
    return sys.getsizeof(1)
def uses_alias():
    return g.isenabled()
def uses_from():
    return argv.count(1)
def uses_local():
    a = argv
    return a.count(1)
def imports_itself():
    import sys
    return sys.getsizeof(1)
class C:
    def m(self):
        return sys.intern('x')
for f in (uses_module, uses_alias, uses_from, uses_local, imports_itself, C.m):
    print(f.__name__, sys.getsizeof(f.__code__))
import tracemalloc
tracemalloc.start()
argv.count(0)
print(tracemalloc.get_traced_memory())
tracemalloc.reset_peak()
a = argv
a.count(0)
print(tracemalloc.get_traced_memory())
tracemalloc.reset_peak()
print(uses_from(), tracemalloc.get_traced_memory())
