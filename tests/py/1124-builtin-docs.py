# A builtin type's __doc__: type_get_doc makes a new str of its tp_doc text
# (without the signature) at each access, None for an empty one; an
# instance's __doc__ is the str type_ready put in the type's dict.
import sys, tracemalloc
print((5).__doc__ is int.__dict__['__doc__'], [].__doc__ is list.__dict__['__doc__'], (5).__doc__ is int.__doc__)
print(None.__doc__, ....__doc__, NotImplemented.__doc__)
print(sys.getrefcount(int.__dict__['__doc__']), sys.getrefcount((5).__doc__))
tracemalloc.start()
a = int.__doc__
b = (5).__doc__
c = len(list.__doc__) + len(dict.__doc__)
print(tracemalloc.get_traced_memory(), c)
tracemalloc.stop()
print(repr(float.__doc__), repr(range.__doc__[:40]), repr(str.__doc__[:30]))
print(repr(sys.stdout.__doc__[:30]), repr(type(sys.stdout).__base__.__doc__[:20]))
print(repr(ValueError.__doc__), repr(Exception().__doc__), repr(object.__doc__[:10]))
print(repr(iter([]).__doc__), repr(type(iter([])).__doc__))
print(repr(reversed.__doc__), repr(enumerate.__doc__[:30]), repr(zip.__doc__[:20]))
print(repr(bool.__doc__[:20]), repr(True.__doc__[:20]))
print(type.__doc__)
print(repr(property.__doc__[:30]), repr(type(len).__doc__), repr(type(lambda: 0).__doc__[:30]))
print(repr(staticmethod.__doc__[:30]), repr(classmethod.__doc__[:20]))
tracemalloc.start()
x = type.__doc__
print(tracemalloc.get_traced_memory())
print(repr(super.__doc__[:20]), repr(type(int.real).__doc__))
