# PyMapping_Keys of a mapping that is not a dict ({**m}, f(**m),
# dict.update(m)): keys() called as PyObject_CallMethodNoArgs calls it (no
# bound method made), a list kept as it is, anything else iterated into a
# new list (the result dropped first); a non-iterable result is python3's
# TypeError naming the mapping's type.
import tracemalloc


class ListKeys:
    def keys(self):
        return ['a']

    def __getitem__(self, k):
        return 1


class ViewKeys(ListKeys):
    def keys(self):
        return {'a': 1, 'b': 2}.keys()


class IterKeys(ListKeys):
    def keys(self):
        return iter(['a', 'b', 'c'])


class BadKeys(ListKeys):
    def keys(self):
        return 5


def f(**k):
    return k


for m in (ListKeys(), ViewKeys(), IterKeys()):
    tracemalloc.start()
    d = {**m}
    e = f(**m)
    g = {}
    g.update(m)
    print(type(m).__name__, d, e, g, tracemalloc.get_traced_memory())
    tracemalloc.stop()
try:
    d = {**BadKeys()}
except TypeError as e:
    print(e)
try:
    {}.update(BadKeys())
except TypeError as e:
    print(e)
