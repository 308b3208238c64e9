# A dict subclass's instance: dict's 48 bytes, the __weakref__ slot and a
# 32-byte pre-header; Counter(a=1) merges the keyword dict the call packed
# (dict_update_common: PyDict_Merge clones its keys), whose own keys go to
# the keys free list, which tracemalloc still counts.
import sys
import tracemalloc

class Counter(dict):
    pass

class NoDict(dict):
    __slots__ = ()

print(sys.getsizeof({}), sys.getsizeof(Counter()), sys.getsizeof(NoDict()), Counter().__sizeof__())
print(sys.getsizeof(Counter(a=1)), sys.getsizeof(dict(a=1)), sys.getsizeof(Counter({'a': 1})))
tracemalloc.start()
def traced():
    return tracemalloc.get_traced_memory()[0]
s0 = traced()
c = Counter()
print(traced() - s0)
del c
print(traced() - s0)
for make in (lambda: Counter(a=1), lambda: Counter(a=1, b=2), lambda: Counter([('a', 1)]),
             lambda: Counter({'a': 1}, b=2), lambda: Counter(**{'k': 1})):
    c = make()
    print(c, traced() - s0)
    del c
    print(traced() - s0)

class Init(dict):
    def __init__(self, **kw):
        super().__init__(**kw)

c = Init(p=1, q=2)
print(c, traced() - s0)
dict.__init__(c, r=3)
print(c, traced() - s0)
