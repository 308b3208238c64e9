# Each builtin base's tp_subclasses table as CPython 3.11.2 has it when a
# script starts: KeyError has none (its first subclass makes the dict),
# BaseException's is full (resized), ValueError's has room; list's made by
# the first list subclass is freed with the last one (remove_subclass
# clears an emptied table).
import tracemalloc, gc
tracemalloc.start()
def used():
    return tracemalloc.get_traced_memory()[0]
s0 = used()
class V(ValueError): pass
s1 = used()
class K(KeyError): pass
s2 = used()
class K2(KeyError): pass
s3 = used()
class B(BaseException): pass
s4 = used()
class L(list): pass
s5 = used()
print(s1 - s0, s2 - s1, s3 - s2, s4 - s3, s5 - s4)
del K, K2, L
gc.collect()
print(used() - s0)
