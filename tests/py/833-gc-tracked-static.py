# gc.is_tracked of what python3's runtime makes at start-up: the
# descriptors of builtin types (method, wrapper, getset, member), builtin
# functions and bound builtin methods, modules and gc.garbage are tracked;
# static types and the empty tuple are not.
import gc
import sys
import tracemalloc

objs = [('int.real', int.real), ('list.append', list.append), ('str.upper', str.upper),
        ('object.__repr__', object.__repr__), ('int.__add__', int.__add__),
        ('complex.imag', complex.imag), ('dict.fromkeys', dict.fromkeys), ('len', len),
        ('print', print), ('sys.getsizeof', sys.getsizeof), ('gc.collect', gc.collect),
        ('tracemalloc.start', tracemalloc.start), ('[].append', [].append),
        ('(1).__add__', (1).__add__), ('list.__len__', list.__len__), ('str.join', str.join),
        ('list.__getitem__', list.__getitem__), ('list.__init__', list.__init__),
        ('object.__init__', object.__init__), ('gc.garbage', gc.garbage), ('sys', sys),
        ('gc', gc), ('tracemalloc', tracemalloc), ('globals()', globals()),
        ('int', int), ('object', object), ('type', type), ('ValueError', ValueError),
        ('()', ()), ('None', None), ('list.__hash__', list.__hash__)]
for name, o in objs:
    print(name, type(o).__name__, gc.is_tracked(o))
d = {}
d['f'] = len
t = (str.upper,)
gc.collect()
print(gc.is_tracked(d), gc.is_tracked(t))
