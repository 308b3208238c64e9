# _weakref, the C module python3's start-up already imported (importlib's
# bootstrap loads it): `import _weakref` and `from _weakref import ...` only
# look it up and bind; its references, name and doc are python3's, and
# ReferenceType's (the type is ref) too, before and after `import tracemalloc`.
import _weakref, sys
from _weakref import ref, getweakrefs, getweakrefcount
print(sys.getrefcount(_weakref), sys.getrefcount(ref), sys.getrefcount(getweakrefs))
print(_weakref.__name__, _weakref.__doc__, _weakref.__package__ == '')
print(ref is _weakref.ReferenceType, getweakrefcount is _weakref.getweakrefcount)
print(getweakrefcount, ref)
import gc
print(gc.get_count())
import tracemalloc
print(sys.getrefcount(_weakref), sys.getrefcount(ref))
