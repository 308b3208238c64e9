# from gc import *: IMPORT_STAR at module level binds gc's public names
# (no __all__: the keys of its __dict__ not starting with '_') in the
# dict's order, the very objects, one more reference each; the module
# itself is not bound; a name bound before is replaced.
import sys
collect = 'mine'
before = list(globals())
import gc
rc = sys.getrefcount(gc.collect), sys.getrefcount(gc.garbage), sys.getrefcount(gc.callbacks)
from gc import *
new = [k for k in globals() if k not in before]
print(len(new), new)
print(collect is gc.collect, garbage is gc.garbage, callbacks is gc.callbacks, DEBUG_LEAK, DEBUG_SAVEALL)
print(sys.getrefcount(gc.collect) - rc[0], sys.getrefcount(gc.garbage) - rc[1],
      sys.getrefcount(gc.callbacks) - rc[2])
print(isenabled(), get_threshold(), get_count() == gc.get_count(), get_objects, is_tracked([]))
print(list(globals()).index('collect') < list(globals()).index('enable'), '__name__' in new, 'gc' in new)
disable()
print(isenabled())
enable()
class Node:
    pass
a = Node()
a.me = a
del a
print(collect())
