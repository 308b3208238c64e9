# Attributes on a list subclass's instance: list's tp_new makes no inline
# values (object_new does that), so the first attribute makes a split
# __dict__ over the class's shared keys; __dict__ and vars() are it.
import sys
import tracemalloc

class Stack(list):
    pass

tracemalloc.start()
s = Stack()
before = tracemalloc.get_traced_memory()[0]
s.top = 0
print(tracemalloc.get_traced_memory()[0] - before)
s.size = 1
print(tracemalloc.get_traced_memory()[0] - before)
print(s.top, s.size, s.__dict__, vars(s), sys.getsizeof(s.__dict__))
t = Stack()
before = tracemalloc.get_traced_memory()[0]
d = t.__dict__
print(d, tracemalloc.get_traced_memory()[0] - before)
del s.top
print(s.__dict__, hasattr(s, 'top'), getattr(s, 'top', None))
try:
    s.missing
except AttributeError as e:
    print(e)
try:
    del s.missing
except AttributeError as e:
    print(e)
