# repr of a dict view: dictview_repr lists the view, then PyUnicode_FromFormat("%s(%R)")
# writes the type's name and the list's repr into a writer: tracemalloc's peak sees both.
import tracemalloc
d = {48: 54405, "k": [1, 2]}
tracemalloc.start()
for view in (d.keys(), d.values(), d.items(), {}.keys()):
    c0, p0 = tracemalloc.get_traced_memory()
    tracemalloc.reset_peak()
    text = repr(view)
    c1, p1 = tracemalloc.get_traced_memory()
    print(text, c1 - c0, p1 - c0)
    del text
d[0] = d.values()
print(d)
tracemalloc.stop()
