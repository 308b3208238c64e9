# dictview_repr: PySequence_List of the view, then PyUnicode_FromFormat
# ("%s(%R)"): the list's repr and the format's writer buffer (len + 100
# characters, overallocated as it grows) are alive together, which sets
# tracemalloc's peak.
import tracemalloc
tracemalloc.start()
d = {i: i * i for i in range(9)}
words = {"w%d" % i: "x" * i for i in range(30)}
print(tracemalloc.get_traced_memory())
print(d.values())
print(tracemalloc.get_traced_memory())
print(d.keys(), d.items())
print(tracemalloc.get_traced_memory())
s = repr(words.items())
print(len(s), tracemalloc.get_traced_memory())
del s
print({}.keys(), tracemalloc.get_traced_memory())
