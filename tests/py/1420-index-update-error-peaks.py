# list.index's "%R is not in list" and dict()'s "dictionary update sequence
# element #%zd has length %zd; 2 is required" go through PyErr_Format: the
# repr made, written into the writer's buffer and dropped; the element (and
# its iterator) released only after the message is made, the element
# before its PySequence_Fast copy.  tracemalloc's peak shows both.
import tracemalloc
tracemalloc.start()
def big(n=400):
    return "q" * n
lst = [1, 2, 3]
cases = [('dict(tuples of 3)', lambda: dict((big(), big(), big()) for i in range(1))),
         ('dict(strs)', lambda: dict([big(3)])), ('dict(ints)', lambda: dict([5])),
         ('list.index', lambda: lst.index(big())), ('list.index(2, 0, 1)', lambda: [1, 2].index(2, 0, 1)),
         ('range.index', lambda: range(5).index(big(300)))]
for label, fn in cases:
    for k in range(2):
        tracemalloc.reset_peak()
        c0 = tracemalloc.get_traced_memory()[0]
        try:
            fn()
        except (ValueError, TypeError) as e:
            m = type(e).__name__ + ": " + str(e)[:50]
        c1, p1 = tracemalloc.get_traced_memory()
    print(label, c1 - c0, p1 - c0, m)
