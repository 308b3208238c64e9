# What a class statement allocates, as tracemalloc sees it: the type object
# (PyHeapTypeObject, 904 bytes + 16 of GC header + 40 per __slots__ member
# + one 40-byte sentinel), its dict, bases and mro tuples, and the entry in
# its base's tp_subclasses (an int key for the class's address and a weak
# reference).
import sys
import tracemalloc

tracemalloc.start()
base = tracemalloc.get_traced_memory()[0]


class Plain:
    pass


plain = tracemalloc.get_traced_memory()[0]


class Slotted:
    __slots__ = ('a', 'b', 'c')


slotted = tracemalloc.get_traced_memory()[0]
print(plain - base, slotted - plain)
print(sys.getsizeof(Plain), sys.getsizeof(Slotted))
