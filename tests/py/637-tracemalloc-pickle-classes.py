# The program's first full collection frees the garbage `import tracemalloc` leaves
# (pickle's three exception classes) together with the program's own.  Each class's
# type_dealloc makes the key of its base's tp_subclasses entry, an int of 28 bytes, and
# frees it at once: traced, here while the program's garbage is still allocated, so
# the peak get_traced_memory() reports after the collection is 28 bytes higher.
# (Reduced from gen.py 7300311 --features core,tracemem,classes,gc,closures,
# generators,instdicts.)
import gc
import tracemalloc

tracemalloc.start()


class C1:
    def __init__(self, a):
        self.other = None

    def total(self):
        return self.a + len(self.b)

    def __init__(self, a):
        self.b = [a]

    def total(self):
        acc.append(i)


v3 = "line\n"
v4 = v3 + "tab\t"
v5 = len(v4)


def g1(n):
    yield i * 4


o6 = C1(75829)
o7 = C1(v5 + 123)
o6.other = o7
o7.other = o6
del o6, o7
before = tracemalloc.get_traced_memory()
print(gc.collect())
after = tracemalloc.get_traced_memory()
print(after[1] - before[0])
