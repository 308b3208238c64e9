# type(name, bases, dict) allocates as the class statement's type_new
# does (the packed argument tuple, the copied dict grown by __module__,
# the type, its mro, the shared keys), and a failed call frees what it
# made: traced sizes, the collector's counts and a name's references.
import gc, sys, tracemalloc
gc.disable()
tracemalloc.start()
name = ''.join(['Po', 'int'])
before = sys.getrefcount(name)
base = tracemalloc.get_traced_memory()[0]
P = type(name, (), {'x': 0, 'y': 0})
made = tracemalloc.get_traced_memory()
print(made[0] - base, made[1] - base, sys.getrefcount(name) - before, gc.get_count())
p = P()
p.x = 3
print(p.x, p.y, sys.getsizeof(p), gc.is_tracked(P))
Q = type('Q', (P,), {'__slots__': ('z',)})
q = Q()
q.z = 1
print(Q.__mro__, sys.getsizeof(q), tracemalloc.get_traced_memory()[0] - base)
tracemalloc.reset_peak()
mark = tracemalloc.get_traced_memory()[0]
try:
    type('Bad', (), {'__qualname__': 1, 'a': [1, 2, 3]})
except TypeError as e:
    print(e)
print(tracemalloc.get_traced_memory()[0] - mark, gc.get_count())
del P, p, Q, q
print(gc.collect(), sys.getrefcount(name) - before, tracemalloc.get_traced_memory()[0] - base)
